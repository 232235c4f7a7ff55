import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicWriteError, writeFileAtomic } from './atomic-write.js';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atomic-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('creates parent folders and leaves no temporary file', async () => {
    const f = path.join(dir, 'a', 'b', 'z.zone');
    await writeFileAtomic(f, 'one\n');
    expect(fs.readFileSync(f, 'utf8')).toBe('one\n');
    expect(fs.readdirSync(path.dirname(f))).toEqual(['z.zone']);
  });

  it('replaces the file by rename and keeps its permissions', async () => {
    const f = path.join(dir, 'z.zone');
    fs.writeFileSync(f, 'old\n');
    fs.chmodSync(f, 0o640);
    const ino = fs.statSync(f).ino;
    await writeFileAtomic(f, 'new\n');
    const st = fs.statSync(f);
    expect(st.ino).not.toBe(ino);
    expect(st.mode & 0o777).toBe(0o640);
    expect(fs.readFileSync(f, 'utf8')).toBe('new\n');
  });

  it('leaves the old file and no temporary file when the rename fails', async () => {
    const f = path.join(dir, 'z.zone');
    fs.mkdirSync(f);
    fs.writeFileSync(path.join(f, 'keep'), 'x');
    await expect(writeFileAtomic(f, 'new\n')).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['z.zone']);
    expect(fs.readFileSync(path.join(f, 'keep'), 'utf8')).toBe('x');
  });
});

describe('writeFileAtomic errors name what the user can fix, never the temporary file', () => {
  it.each<[string, (f: string) => void, (f: string) => RegExp]>([
    ['a file where the directory should be', (f) => fs.writeFileSync(path.dirname(path.dirname(f)), 'x'),
      (f) => new RegExp(`^cannot create the directory ${esc(path.dirname(f))}: (a part of the path is a file, not a directory \\(ENOTDIR\\)|a file of that name is in the way \\(EEXIST\\))$`)],
    ['a directory where the file should be', (f) => fs.mkdirSync(f, { recursive: true }),
      (f) => new RegExp(`^cannot replace ${esc(f)}: it is a directory \\(EISDIR\\)$`)],
  ])('%s', async (_n, arrange, want) => {
    const f = path.join(dir, 'blocked', 'zones', 'z.zone');
    arrange(f);
    const err = await writeFileAtomic(f, 'new\n').then(() => undefined, (e: unknown) => e as AtomicWriteError);
    expect(err).toBeInstanceOf(AtomicWriteError);
    expect(err!.message).toMatch(want(f));
    expect(err!.message).not.toContain('.tmp');
  });
});

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
