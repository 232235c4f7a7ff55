// Safety limits through the real CLI over BIND zone files: push refuses (exit 1, nothing written) beyond
// 30% of a zone's records or an apex NS change, preview warns, and each documented way through works.
import { afterEach, describe, expect, it } from 'vitest';
import { BIND_CREDS, Workdir } from '../e2e/helpers.js';

/** 98 A records + 2 apex NS = 100 existing records; the first `modified` A records get another address. */
function config(modified: number, ns = ['ns1.example.net.', 'ns2.example.net.']): string {
  return `var REG_NONE = NewRegistrar("none");
var DSP_BIND = NewDnsProvider("bind", {
  default_soa: { master: "ns1.example.net.", mbox: "hostmaster.example.net." },
  default_ns: ${JSON.stringify(ns)},
});
var recs = [];
for (var i = 0; i < 98; i++) recs.push(A("h" + i, (i < ${modified} ? "198.51.100." : "192.0.2.") + (i + 1)));
D("example.com", REG_NONE, DnsProvider(DSP_BIND), recs);
`;
}

let w: Workdir | undefined;
afterEach(async () => { await w?.remove(); w = undefined; });

async function pushed(): Promise<Workdir> {
  const wd = await Workdir.create(config(0));
  const first = await wd.run('push');
  expect(first.code, first.stderr).toBe(0); // a new zone: nothing existed, nothing to protect
  return wd;
}

describe('the 30% limit', () => {
  it('31% modified: preview warns, push refuses and writes nothing, --force pushes', async () => {
    w = await pushed();
    await w.write('dnsconfig.js', config(31));
    const preview = await w.run('preview');
    expect(preview.code).toBe(0);
    expect(preview.stderr).toContain('WARNING: push will refuse: example.com (bind): would delete or modify 31 of 100 existing records (31%), more than the 30% limit; to push anyway, add --force');
    const before = await w.snapshot();
    const refused = await w.run('push');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe([
      'Error: push refused by the safety limits; nothing was applied:',
      '  - example.com (bind): would delete or modify 31 of 100 existing records (31%), more than the 30% limit;',
      '    to push anyway, add --force, or raise the limit with --max-change 31 or "max_change_percent": "31" in the "bind" entry of creds.json',
      'DNSControl has no such limits: add --force to push exactly what it would push.',
      '',
    ].join('\n'));
    expect(await w.snapshot()).toEqual(before);
    const forced = await w.run('push', '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toContain('WARNING: --force: pushing beyond the safety limits: example.com (bind): would delete or modify 31 of 100');
    expect(await w.read('zones/example.com.zone')).toMatch(/h30\s+IN\s+A\s+198\.51\.100\.31/);
  });

  it('29% modified: push goes through without a warning', async () => {
    w = await pushed();
    await w.write('dnsconfig.js', config(29));
    const p = await w.run('push');
    expect(p.code, p.stderr).toBe(0);
    expect(p.stderr).toBe('');
    expect(await w.read('zones/example.com.zone')).toMatch(/h28\s+IN\s+A\s+198\.51\.100\.29/);
  });

  it.each<[string, string[], string]>([
    ['--max-change 31', ['--max-change', '31'], BIND_CREDS],
    ['creds.json max_change_percent', [], '{ "bind": { "TYPE": "BIND", "directory": "zones", "max_change_percent": "40" } }'],
  ])('%s raises the limit', async (_n, flags, creds) => {
    w = await pushed();
    await w.write('creds.json', creds);
    await w.write('dnsconfig.js', config(31));
    const p = await w.run('push', ...flags);
    expect(p.code, p.stderr).toBe(0);
    expect(p.stderr).toBe('');
  });

  it('a bad limit is a clear error', async () => {
    w = await pushed();
    const p = await w.run('preview', '--max-change', 'lots');
    expect(p.code).toBe(1);
    expect(p.stderr).toBe('Error: --max-change must be a number from 0 to 100, got "lots"\n');
  });
});

describe('apex NS', () => {
  it('a changed NS set needs --force or allow_apex_ns_change', async () => {
    w = await pushed();
    await w.write('dnsconfig.js', config(0, ['ns1.example.net.', 'ns3.example.net.']));
    const preview = await w.run('preview');
    expect(preview.stderr).toContain('WARNING: push will refuse: example.com (bind): would change the apex NS set from ns1.example.net, ns2.example.net to ns1.example.net, ns3.example.net');
    const before = await w.snapshot();
    const refused = await w.run('push');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('to push anyway, add --force, or set "allow_apex_ns_change": "true" in the "bind" entry of creds.json');
    expect(await w.snapshot()).toEqual(before);
    await w.write('creds.json', '{ "bind": { "TYPE": "BIND", "directory": "zones", "allow_apex_ns_change": "true" } }');
    const ok = await w.run('push');
    expect(ok.code, ok.stderr).toBe(0);
    expect(await w.read('zones/example.com.zone')).toContain('ns3.example.net.');
  });
});
