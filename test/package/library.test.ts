// The library API as a user gets it: `npm pack`, the tarball installed into a fresh project, then a program
// and a TypeScript file that `import { … } from "dnscode"`. The program loads a config, pushes it to BIND zone files through computePlan/applyPlan, finds nothing to do the second time,
// and round-trips the zone file through parseZone/formatZone.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = process.cwd();
let project: string;

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'dnscode-library-'));
  // npm test has built dist/ already; packing must not build again.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], { cwd: repo });
  const tarball = path.join(project, (JSON.parse(stdout) as Array<{ filename: string }>)[0]!.filename);
  // Installed as a user installs it. dnscode has no dependencies (everything is bundled), so this works
  // offline; only the consumer's own @types/node comes from this checkout.
  await writeFile(path.join(project, 'package.json'), '{ "type": "module", "private": true }\n');
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: project });
  await mkdir(path.join(project, 'node_modules', '@types'), { recursive: true });
  await symlink(path.join(repo, 'node_modules', '@types', 'node'), path.join(project, 'node_modules', '@types', 'node'));
}, 120_000);

afterAll(async () => { if (project) await rm(project, { recursive: true, force: true }); });

describe('import { … } from "dnscode" (packed tarball)', () => {
  it('holds what a user needs and nothing of the build: LICENSE, README, docs, typings; no source maps or build info', async () => {
    const pkg = path.join(project, 'node_modules', 'dnscode');
    const files = (await readdir(pkg, { recursive: true })).map(String);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'docs/library.md', 'dist/index.d.ts', 'dist/isolate/evaluator.mjs', 'dist/bundle/cli.js', 'dist/bundle/index.js', 'dist/THIRD-PARTY-NOTICES.md', 'types/index.d.ts']));
    expect(files.filter((f) => f.endsWith('.map') || f.endsWith('.tsbuildinfo'))).toEqual([]);
    // Only the bundle runs: tsc's per-module output stays out (its .d.ts files are the typings).
    expect(files.filter((f) => f.startsWith('dist/') && f.endsWith('.js') && !f.startsWith('dist/bundle/') && !f.startsWith('dist/vendor/'))).toEqual([]);
    // Nothing but dnscode was installed.
    expect((await readdir(path.join(project, 'node_modules'))).filter((d) => !d.startsWith('.') && d !== '@types')).toEqual(['dnscode']);
  });

  it('loads a config, pushes it to BIND, then finds nothing to do', async () => {
    await writeFile(path.join(project, 'dnsconfig.js'), [
      'var REG = NewRegistrar("none");',
      'var DSP = NewDnsProvider("bind");',
      'D("example.com", REG, DnsProvider(DSP), A("@", "192.0.2.1"), MX("@", 10, "mail"), A("mail", "192.0.2.2"));',
      '',
    ].join('\n'));
    await writeFile(path.join(project, 'creds.json'), '{ "bind": { "TYPE": "BIND", "directory": "zones" } }\n');
    await writeFile(path.join(project, 'use.mjs'), `
      import { loadConfig, computePlan, applyPlan, providerTypes, getProviderType, parseZone, formatZone } from 'dnscode';
      import { readFileSync } from 'node:fs';
      const cfg = await loadConfig();
      const first = await computePlan({ forPush: true });
      const seen = [];
      const result = await applyPlan(first, { reporter: { correction: (c, label) => { if (!label.info) seen.push(c.msg); } } });
      const second = await computePlan();
      await second.close();
      const text = readFileSync('zones/example.com.zone', 'utf8');
      const records = parseZone(text, { origin: 'example.com' });
      console.log(JSON.stringify({
        domains: cfg.domains.map((d) => d.name),
        records: cfg.domains[0].records.map((r) => r.type + ' ' + r.name),
        firstTotal: first.plan.total, applied: result.applied.length, error: result.error ?? null, seen: seen.length,
        secondTotal: second.plan.total,
        parsed: records.filter((r) => r.type !== 'SOA' && r.type !== 'NS').map((r) => r.type + ' ' + r.name).sort(),
        reformatted: formatZone(records, { origin: 'example.com' }).includes('192.0.2.2'),
        bind: getProviderType('BIND')?.name ?? null, providers: providerTypes().length,
      }));
    `);
    const { stdout } = await run(process.execPath, ['use.mjs'], { cwd: project });
    const out = JSON.parse(stdout);
    expect(out.domains).toEqual(['example.com']);
    expect(out.records.sort()).toEqual(['A @', 'A mail', 'MX @']);
    expect(out.firstTotal).toBeGreaterThan(0);
    expect(out).toMatchObject({ applied: out.seen, error: null, secondTotal: 0, reformatted: true, bind: 'BIND' });
    expect(out.applied).toBeGreaterThan(0);
    expect(out.parsed).toEqual(['A @', 'A mail', 'MX @']);
    expect(out.providers).toBeGreaterThan(5);
    expect(await readFile(path.join(project, 'zones', 'example.com.zone'), 'utf8')).toMatch(/IN\s+MX\s+10 mail/);
  }, 60_000);

  it('errors are the exported classes, with the config position', async () => {
    await writeFile(path.join(project, 'bad.js'), 'D("example.com", NewRegistrar("none"), MX("@", "mail"));\n');
    await writeFile(path.join(project, 'bad.mjs'), `
      import { loadConfig, ConfigError, ValidationError } from 'dnscode';
      try { await loadConfig({ config: 'bad.js' }); console.log('no error'); }
      catch (e) { console.log((e instanceof ConfigError || e instanceof ValidationError) + ' ' + e.message); }
    `);
    const { stdout } = await run(process.execPath, ['bad.mjs'], { cwd: project });
    expect(stdout).toMatch(/^true .*bad\.js:1/);
  }, 60_000);

  it('type-checks a TypeScript program against the declarations in the tarball', async () => {
    await writeFile(path.join(project, 'use.ts'), `
      import { computePlan, type Plan, type RecordConfig, parseZone } from 'dnscode';
      const records: RecordConfig[] = parseZone('@ 300 IN A 192.0.2.1\\n', { origin: 'example.com' });
      const planned = await computePlan({ domains: 'example.com' });
      const plan: Plan = planned.plan;
      const total: number = plan.total + records.length;
      // @ts-expect-error forPush is a boolean
      await computePlan({ forPush: 'yes' });
      export { total };
    `);
    await writeFile(path.join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] },
      files: ['use.ts'],
    }));
    const tsc = path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project }).then(() => ({ code: 0, out: '' }), (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }));
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);
});
