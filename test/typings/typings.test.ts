// Type-checks the example configs in examples/ with the real `tsc --noEmit`, against the shipped typings
// (resolved as the installed package `dnscode`, or written by `dnscode write-types`).
import { execFile } from 'node:child_process';
import { cp, mkdtemp, mkdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTypes } from '../../src/cli/commands/write-types.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = path.join(ROOT, 'test/typings/examples');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const BIN = path.join(ROOT, 'bin/dnscode');
const work: string[] = [];

/** Copies an example into a temp folder where `dnscode` is installed (a symlink to this checkout). */
async function prepare(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `dnscode-typings-${name}-`));
  work.push(dir);
  await cp(path.join(EXAMPLES, name), dir, { recursive: true });
  await mkdir(path.join(dir, 'node_modules'));
  await symlink(ROOT, path.join(dir, 'node_modules/dnscode'), 'dir');
  if ((await readFile(path.join(dir, 'tsconfig.json'), 'utf8')).includes('types-dnscontrol.d.ts')) {
    const io = { out: () => {}, err: () => {}, color: false, cwd: dir, env: {} };
    await writeTypes({}, io);
  }
  return dir;
}

async function tsc(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, [TSC, '-p', dir, '--pretty', 'false'], { cwd: dir });
    return { code: 0, output: stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, output: err.stdout };
  }
}

afterAll(async () => {
  await Promise.all(work.map((d) => rm(d, { recursive: true, force: true })));
});

describe('shipped typings type-check real configs', () => {
  it.each([
    ['js-script', 'plain dnsconfig.js with the file from write-types'],
    ['js-require', 'multi-file .js config with require() of .js, .json, .json5, CWD paths and require_glob'],
    ['ts-module', 'dnsconfig.ts that imports a local module (globals from tsconfig "types", bundler-style paths)'],
    ['ts-require', 'dnsconfig.ts that uses require() and shares names with the required file'],
    ['mjs-module', 'dnsconfig.mjs with import and a triple-slash reference'],
    ['vars-bind-ts', '-v variables and BIND default_soa/default_ns meta in TypeScript'],
    ['vars-bind-js', '-v variables and BIND default_soa/default_ns meta in JavaScript'],
    ['builders', 'builders accepted where records are, typed as the engine returns them (DNSControl#2582)'],
    ['expect-errors', 'every @ts-expect-error line is really an error'],
  ])('%s: %s', async (name) => {
    const { code, output } = await tsc(await prepare(name));
    expect(output).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('rejects a deliberate type error, naming file, line and the wrong argument', async () => {
    const { code, output } = await tsc(await prepare('type-error'));
    expect(code).toBe(2);
    expect(output).toMatch(/^dnsconfig\.js\(5,25\): error TS2345: Argument of type 'DomainModifier' is not assignable to parameter of type 'RecordModifierArg'/m);
    expect(output.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  // What type-checks must also run: the examples through the real engine (needs `npm run build`).
  it.each([
    ['js-script', []],
    ['js-require', []],
    ['ts-module', []],
    ['ts-require', []],
    ['mjs-module', []],
    ['vars-bind-ts', ['-v', 'env=prod']],
    ['vars-bind-ts', []],
    ['vars-bind-js', ['-v', 'env=prod']],
    ['builders', []],
  ])('%s: `dnscode check` accepts it too', async (name, flags) => {
    const dir = await prepare(name);
    const r = await run(process.execPath, [BIN, 'check', ...flags], { cwd: dir }).catch((e: { stdout: string; stderr: string }) => e);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('No errors.\n');
  }, 60_000);
});
