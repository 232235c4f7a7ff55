import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleTypings, typingFiles } from './bundle.js';
import { writeTypes } from '../cli/commands/write-types.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('bundleTypings', () => {
  it('joins every file that types/index.d.ts references, without the reference lines', async () => {
    const files = (await typingFiles()).map((f) => path.basename(f));
    expect(files).toEqual(['base.d.ts', 'records.d.ts', 'modifiers.d.ts', 'builders.d.ts', 'top-level.d.ts', 'json5.d.cts']);
    const text = await bundleTypings('9.9.9');
    expect(text).toContain('(dnscode 9.9.9)');
    expect(text).not.toMatch(/^\/\/\/ <reference path="[a-z-]+\.d\.c?ts"/m);
  });

  it.each([
    ['D', 'declare function D(name: string, registrar: string'],
    ['A', 'declare function A(name: RecordName, address: IPv4'],
    ['SPF_BUILDER', 'declare function SPF_BUILDER(options: SpfBuilderOptions): DomainModifier;'],
    ['DMARC_BUILDER', 'declare function DMARC_BUILDER(options: DmarcBuilderOptions): DomainModifier;'],
    ['NewDnsProvider', 'declare function NewDnsProvider(name: string, meta?: ProviderMeta): string;'],
    ['require', 'import require = __dnscode.require;'],
    ['json5', "declare module '*.json5'"],
  ])('declares %s', async (_name, declaration) => {
    expect(await bundleTypings('0')).toContain(declaration);
  });
});

describe('write-types', () => {
  it('writes the file, and leaves an identical one untouched (mtime kept)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dnscode-wt-'));
    dirs.push(dir);
    const err: string[] = [];
    const io = { out: () => {}, err: (t: string) => void err.push(t), color: false, cwd: dir, env: {} };
    expect(await writeTypes({ dtsFile: 'dns.d.ts' }, io)).toBe(0);
    const file = path.join(dir, 'dns.d.ts');
    const first = await stat(file);
    await new Promise((r) => setTimeout(r, 20));
    expect(await writeTypes({ dtsFile: 'dns.d.ts' }, io)).toBe(0);
    expect((await stat(file)).mtimeMs).toBe(first.mtimeMs);
    expect(err).toEqual(['Wrote dns.d.ts\n', 'Unchanged dns.d.ts\n']);
    await writeFile(file, 'stale');
    await writeTypes({ dtsFile: 'dns.d.ts' }, io);
    expect(await readFile(file, 'utf8')).toContain('declare function D(');
  });
});
