// `dnscode fmt` driven as a real process (needs `npm run build`), on real files in a temp folder.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../../bin/dnscode', import.meta.url));
const UGLY = 'var REG=NewRegistrar("none")\nD("example.com",REG,A("@","192.0.2.1"),END)\n';
const PRETTY = 'var REG = NewRegistrar("none");\nD("example.com", REG, A("@", "192.0.2.1"), END);\n';
const OLD = new Date('2020-01-01T00:00:00Z');
const dirs: string[] = [];
let dir = '';

function dnscode(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Writes a file with an old mtime, so that "not rewritten" is visible. */
async function put(name: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
  await writeFile(path.join(dir, name), text);
  await utimes(path.join(dir, name), OLD, OLD);
}
const read = (name: string) => readFile(path.join(dir, name), 'utf8');
const mtime = async (name: string) => (await stat(path.join(dir, name))).mtimeMs;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dnscode-fmt-'));
  dirs.push(dir);
});
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('dnscode fmt', () => {
  it('--check: exit 1 naming the file, file untouched; exit 0 once formatted', async () => {
    await put('dnsconfig.js', UGLY);
    const r = await dnscode('fmt', '--check');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('dnsconfig.js: not formatted (run: dnscode fmt -i dnsconfig.js)\n');
    expect(await read('dnsconfig.js')).toBe(UGLY);
    expect(await mtime('dnsconfig.js')).toBe(OLD.getTime());
    await put('dnsconfig.js', PRETTY);
    expect((await dnscode('fmt', '--check')).code).toBe(0);
  });

  it('rewrites in place, then leaves a formatted file alone (mtime kept)', async () => {
    await put('dnsconfig.js', UGLY);
    expect(await dnscode('fmt')).toMatchObject({ code: 0, stderr: 'dnsconfig.js: formatted\n' });
    expect(await read('dnsconfig.js')).toBe(PRETTY);
    await utimes(path.join(dir, 'dnsconfig.js'), OLD, OLD);
    expect(await dnscode('fmt')).toMatchObject({ code: 0, stderr: 'dnsconfig.js: already formatted\n' });
    expect(await mtime('dnsconfig.js')).toBe(OLD.getTime());
  });

  it('-i/-o: writes the output only, and only when it differs', async () => {
    await put('in.ts', "const REG: string = NewRegistrar('none')\n");
    expect((await dnscode('fmt', '-i', 'in.ts', '-o', 'out.ts')).code).toBe(0);
    expect(await read('out.ts')).toBe('const REG: string = NewRegistrar("none");\n');
    expect(await read('in.ts')).toBe("const REG: string = NewRegistrar('none')\n");
    await utimes(path.join(dir, 'out.ts'), OLD, OLD);
    expect((await dnscode('fmt', '--input', 'in.ts', '--output', 'out.ts')).code).toBe(0);
    expect(await mtime('out.ts')).toBe(OLD.getTime());
  });

  it("ignores the project's .prettierrc (the layout is fixed)", async () => {
    await put('.prettierrc', JSON.stringify({ singleQuote: true, semi: false, tabWidth: 2 }));
    await put('dnsconfig.js', UGLY);
    await dnscode('fmt');
    expect(await read('dnsconfig.js')).toBe(PRETTY);
  });

  it.each([
    ['bad.js', 'D("x",\n  A("@", "192.0.2.1"),,\n);\n', /^Error: bad\.js:2:\d+: Unexpected token/],
    ['missing.js', undefined, /^Error: missing\.js: no such file/],
  ])('%s: one clear error, exit 1, nothing written', async (name, text, message) => {
    if (text !== undefined) await put(name, text);
    const r = await dnscode('fmt', '-i', name);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    if (text !== undefined) expect(await read(name)).toBe(text);
  });

  it('without -i, formats the config the loader would pick (dnsconfig.ts)', async () => {
    await put('dnsconfig.ts', "const REG: string = NewRegistrar('none')\n");
    expect(await dnscode('fmt')).toMatchObject({ code: 0, stderr: 'dnsconfig.ts: formatted\n' });
    expect(await read('dnsconfig.ts')).toBe('const REG: string = NewRegistrar("none");\n');
  });

  it('several files: each named when unformatted, all formatted in place', async () => {
    await put('dnsconfig.js', PRETTY);
    await put('zones/a.js', 'D("a.example","none",A("x","192.0.2.1"))\n');
    await put('zones/b.js', 'D("b.example", "none");\n');
    const check = await dnscode('fmt', '--check', 'zones/a.js', 'zones/b.js');
    expect(check).toMatchObject({ code: 1, stderr: 'zones/a.js: not formatted (run: dnscode fmt zones/a.js)\nzones/b.js: already formatted\n' });
    expect(await dnscode('fmt', '-i', 'dnsconfig.js', 'zones/a.js')).toMatchObject({
      code: 0, stderr: 'dnsconfig.js: already formatted\nzones/a.js: formatted\n',
    });
    expect(await read('zones/a.js')).toBe('D("a.example", "none", A("x", "192.0.2.1"));\n');
    expect(await dnscode('fmt', '-o', 'x.js', 'zones/b.js')).toMatchObject({ code: 1, stderr: expect.stringMatching(/^Error: fmt: -o\/--output takes a single input/) });
  });
});
