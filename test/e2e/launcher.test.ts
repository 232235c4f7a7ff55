// bin/dnscode in a checkout that was never built: one clear instruction, not a Node stack trace.
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, dnscode } from './helpers.js';

let dir: string | undefined;
afterEach(async () => { if (dir) await rm(dir, { recursive: true, force: true }); dir = undefined; });

describe('launcher', () => {
  it('says to build when dist/ is missing', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dnscode-unbuilt-'));
    await mkdir(path.join(dir, 'bin'));
    const launcher = path.join(dir, 'bin', 'dnscode');
    await copyFile(CLI, launcher);
    const r = await dnscode(dir, ['version'], {}, '', launcher);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Error: dnscode is not built: run "npm ci" (or "npm run build") in ${dir}/\n`);
  });

  it('runs the built CLI', async () => {
    const r = await dnscode(process.cwd(), ['version']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^dnscode \d+\.\d+\.\d+/);
  });

  it('get-zones --help says how to import everything', async () => {
    const r = await dnscode(process.cwd(), ['get-zones', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"all" for every zone the provider lists');
    expect(r.stdout).toContain('dnscode get-zones --format js --out dnsconfig.js bind BIND all');
  });
});
