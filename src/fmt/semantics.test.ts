// fmt changes layout only: each DSL fixture gives the same IR before and after formatting, and formatting
// the result again changes nothing.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';
import { formatConfig } from './format.js';

const FIXTURES = fileURLToPath(new URL('../dsl/testdata/', import.meta.url));
const configs = (await readdir(FIXTURES)).filter((f) => f.endsWith('.js'));
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function ir(dir: string, file: string): Promise<string> {
  const io = { out: () => {}, err: () => {}, color: false, cwd: dir, env: {} };
  return JSON.stringify(await loadConfig({ config: file, variable: ['env=prod'] }, io, { raw: true }), (k, v) =>
    (k === 'filepos' ? undefined : v));
}

describe('fmt keeps the meaning of a config', () => {
  it.each(configs)('%s', async (file) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dnscode-fmt-ir-'));
    dirs.push(dir);
    await cp(FIXTURES, dir, { recursive: true });
    const before = await ir(dir, file);
    const formatted = await formatConfig(await readFile(path.join(dir, file), 'utf8'), file);
    await writeFile(path.join(dir, file), formatted);
    expect(await ir(dir, file)).toEqual(before);
    expect(await formatConfig(formatted, file)).toBe(formatted);
  });
});
