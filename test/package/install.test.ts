// dnscode as a user installs it: `npm install -g` of the packed tarball into a temporary prefix, then the
// installed command on a fresh project: --help, check, and a push to BIND zone files that a second push finds
// nothing to do. The install must stay light (issue: ≤ 25 MB on disk, ≤ 30 packages); bench/install.mjs
// reports the same figures with the cold start-up time.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = process.cwd();
let tmp: string;
let prefix: string;
let bin: string;

async function du(dir: string): Promise<number> {
  let total = 0;
  for (const f of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) total += (await stat(path.join(f.parentPath, f.name))).size;
  }
  return total;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'dnscode-install-'));
  prefix = path.join(tmp, 'prefix');
  // npm test has built dist/ already; packing must not build again.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: repo });
  const tarball = path.join(tmp, (JSON.parse(stdout) as Array<{ filename: string }>)[0]!.filename);
  // --offline: dnscode has no dependencies to fetch; installing runs no build (no prepare for a tarball).
  await run('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { cwd: tmp });
  bin = path.join(prefix, 'bin', 'dnscode');
}, 120_000);

afterAll(async () => { if (tmp) await rm(tmp, { recursive: true, force: true }); });

describe('npm install -g <packed tarball>', () => {
  it('is light: one package, well under 25 MB', async () => {
    const modules = path.join(prefix, 'lib', 'node_modules');
    expect((await readdir(modules)).filter((d) => !d.startsWith('.'))).toEqual(['dnscode']);
    expect(await readdir(path.join(modules, 'dnscode'))).not.toContain('node_modules');
    expect(await du(modules)).toBeLessThan(25 * 1024 * 1024);
  });

  it('runs --help and version', async () => {
    expect((await run(bin, ['--help'])).stdout).toMatch(/preview[\s\S]*push[\s\S]*get-zones/);
    const pkg = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as { version: string };
    expect((await run(bin, ['version'])).stdout).toContain(pkg.version);
  });

  it('checks, pushes to BIND zone files, then finds nothing to do', async () => {
    const project = path.join(tmp, 'project');
    await run('mkdir', ['-p', project]);
    await writeFile(path.join(project, 'dnsconfig.js'), [
      'var REG = NewRegistrar("none");',
      'var DSP = NewDnsProvider("bind");',
      'D("example.com", REG, DnsProvider(DSP), A("@", "192.0.2.1"), MX("@", 10, "mail"), A("mail", "192.0.2.2"),',
      '    SPF_BUILDER({ label: "@", parts: ["v=spf1", "mx", "-all"] }));',
      '',
    ].join('\n'));
    await writeFile(path.join(project, 'creds.json'), '{ "bind": { "TYPE": "BIND", "directory": "zones" } }\n');
    await run(bin, ['check'], { cwd: project });
    const first = await run(bin, ['push'], { cwd: project });
    expect(first.stdout).toMatch(/CREATE example\.com MX 10 mail\.example\.com\./);
    expect(await readFile(path.join(project, 'zones', 'example.com.zone'), 'utf8')).toMatch(/IN\s+TXT\s+"v=spf1 mx -all"/);
    const second = await run(bin, ['push'], { cwd: project });
    expect(second.stdout).not.toMatch(/CREATE|MODIFY|DELETE/);
    expect(second.stdout).toMatch(/Done\. 0 corrections\./);
  }, 60_000);
});
