// Creds and selection flags through the real CLI: !command creds, $VAR, no creds file, --providers with
// _exclude_from_defaults, --domains wildcards, --full.
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, Workdir, dnscode } from './helpers.js';

let w: Workdir | undefined;
afterEach(async () => { await w?.remove(); w = undefined; });

const TWO_PROVIDERS = `${HEADER}var DSP_STAGE = NewDnsProvider("stage");
D("example.com", REG_NONE, DnsProvider(DSP_BIND), DnsProvider(DSP_STAGE), A("@", "192.0.2.1"));
D("sub.example.com", REG_NONE, DnsProvider(DSP_BIND), A("@", "192.0.2.2"));
D("example.net", REG_NONE, DnsProvider(DSP_BIND), A("@", "192.0.2.3"));
`;
const CREDS = `{
  "bind": { "TYPE": "BIND", "directory": "$ZONEDIR" },
  "stage": { "TYPE": "BIND", "directory": "stage", "_exclude_from_defaults": "true" },
}`;

describe('creds and selection flags', () => {
  it('$VAR in creds, _exclude_from_defaults, --providers', async () => {
    w = await Workdir.create(TWO_PROVIDERS, CREDS);
    const env = { ZONEDIR: 'main-zones' };
    const def = await dnscode(w.dir, ['push'], env);
    expect(def.code, def.stderr).toBe(0);
    expect(def.stdout).not.toContain('(stage)');
    await expect(w.read('main-zones/example.com.zone')).resolves.toContain('192.0.2.1');
    await expect(w.read('stage/example.com.zone')).rejects.toThrow();

    const only = await dnscode(w.dir, ['push', '--providers', 'stage'], env);
    expect(only.code, only.stderr).toBe(0);
    expect(only.stdout).toContain('(stage)');
    expect(only.stdout).not.toContain('(bind)');
    await expect(w.read('stage/example.com.zone')).resolves.toContain('192.0.2.1');

    const all = await dnscode(w.dir, ['preview', '--providers', 'all', '--full'], env);
    expect(all.stdout).toContain('----- DNS Provider: stage...');
    expect(all.stdout).toContain('----- DNS Provider: bind...');
    expect(all.stdout).toMatch(/Done\. 0 corrections\.\n$/);

    const skipping = await dnscode(w.dir, ['preview', '--full'], env);
    expect(skipping.stdout).toContain('----- DNS Provider: bind...\n0 corrections (bind)\n----- DNS Provider: stage... (skipping)\n----- Registrar: none...');

    const typo = await dnscode(w.dir, ['preview', '--providers', 'stagee'], env);
    expect(typo.stderr).toContain('--providers names "stagee"');
  });

  it('boolean flags take =true|false as in DNSControl; FORCE_COLOR and NO_COLOR decide colours', async () => {
    w = await Workdir.create(TWO_PROVIDERS, CREDS);
    const esc = (env: Record<string, string>, ...flags: string[]) =>
      dnscode(w!.dir, ['preview', '--domains', 'example.net', ...flags], { ZONEDIR: 'z', NO_COLOR: '', ...env }).then((r) => {
        expect(r.code, r.stderr).toBe(0);
        return r.stdout.includes('\x1b[');
      });
    expect(await esc({ FORCE_COLOR: '1' })).toBe(true);
    expect(await esc({ FORCE_COLOR: '1' }, '--no-colors=false')).toBe(true);
    expect(await esc({ FORCE_COLOR: '1' }, '--no-colors=true')).toBe(false);
    expect(await esc({ FORCE_COLOR: '1' }, '--no-colors')).toBe(false);
    expect(await esc({ FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
    expect(await esc({})).toBe(false); // a pipe, not a terminal
    const full = await dnscode(w.dir, ['preview', '--domains', 'example.net', '--full=true'], { ZONEDIR: 'z' });
    expect(full.code, full.stderr).toBe(0);
    const bad = await dnscode(w.dir, ['preview', '--full=maybe'], { ZONEDIR: 'z' });
    expect(bad.stderr).toContain("unknown option '--full=maybe'");
  });

  it('prints the TeamCity status line when TEAMCITY_VERSION is set', async () => {
    w = await Workdir.create(TWO_PROVIDERS, CREDS);
    const r = await dnscode(w.dir, ['preview', '--domains', 'example.net'], { ZONEDIR: 'z', TEAMCITY_VERSION: '2024.1' });
    expect(r.stderr).toMatch(/##teamcity\[buildStatus status='SUCCESS' text='\d+ corrections'\]/);
  });

  it('--domains *.example.com takes the apex and subzones only', async () => {
    w = await Workdir.create(TWO_PROVIDERS, CREDS);
    const r = await dnscode(w.dir, ['preview', '--domains', '*.example.com'], { ZONEDIR: 'z' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Domain: example.com\n');
    expect(r.stdout).toContain('Domain: sub.example.com\n');
    expect(r.stdout).not.toContain('Domain: example.net');
    const none = await dnscode(w.dir, ['preview', '--domains', 'example.org'], { ZONEDIR: 'z' });
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('WARNING: --domains "example.org" matches no domain in the config');
    expect(none.stdout).toBe('Done. 0 corrections.\n');
  });

  it('creds from a !command; no creds file at all uses the implicit bind entry', async () => {
    const config = `var REG = NewRegistrar("none");\nD("example.com", REG, DnsProvider(NewDnsProvider("bind")), A("@", "192.0.2.1"));\n`;
    w = await Workdir.create(config, '');
    await w.write('gen-creds.sh', '#!/bin/sh\necho \'{"bind": {"TYPE": "BIND", "directory": "fromcmd"}}\'\n');
    const r = await w.run('push', '--creds', '!sh gen-creds.sh');
    expect(r.code, r.stderr).toBe(0);
    await expect(w.read('fromcmd/example.com.zone')).resolves.toContain('192.0.2.1');

    const none = await w.run('push', '--creds', 'missing.json');
    expect(none.code, none.stderr).toBe(0);
    expect(none.stderr).toContain('INFO: creds file "missing.json" does not exist');
    await expect(w.read('zones/example.com.zone')).resolves.toContain('192.0.2.1');
  });

  it('a provider TYPE dnscode lacks stops only the runs that select its domains (partial migration with --domains)', async () => {
    const config = `${HEADER}var DSP_HE = NewDnsProvider("hedns");
D("example.com", REG_NONE, DnsProvider(DSP_BIND), A("@", "192.0.2.1"));
D("legacy.example", REG_NONE, DnsProvider(DSP_HE), A("@", "192.0.2.9"));
`;
    w = await Workdir.create(config, '{ "bind": { "TYPE": "BIND", "directory": "zones" }, "hedns": { "TYPE": "HEDNS", "username": "$HE_USER" } }');
    const some = await w.run('push', '--domains', 'example.com');
    expect(some.code, some.stderr).toBe(0);
    await expect(w.read('zones/example.com.zone')).resolves.toContain('192.0.2.1');

    const all = await w.run('preview');
    expect(all.code).toBe(1);
    expect(all.stderr).toMatch(/^Error: NewDnsProvider\("hedns"\): unknown provider type "HEDNS" \(from TYPE in creds\.json\); known types: .*\n$/);
    expect(all.stdout).toBe('');
  });
});
