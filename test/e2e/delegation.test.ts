// Registrars through the real CLI: the delegation at a (fake) DNSimple registrar follows the nameservers of
// the domain's DNS providers (with DnsProvider(x, n) counts), NAMESERVER() and {no_ns: 'true'}; one correction
// sets the whole list, after the DNS changes; preview, --report, --format json, saved plans and the safety
// limits cover it; `check` refuses a registrar whose type cannot be one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDnsimpleFake, type DnsimpleFake } from '../fakes/dnsimple/server.js';
import { Workdir } from './helpers.js';

const Z = 'example.com';
const DSIMPLE_NS = 'ns1.dnsimple-edge.com,ns2.dnsimple-edge.net,ns3.dnsimple-edge.io,ns4.dnsimple-edge.org';
let fake: DnsimpleFake;
let w: Workdir | undefined;

beforeEach(async () => {
  fake = await startDnsimpleFake();
  fake.register(Z);
});
afterEach(async () => {
  await w?.remove();
  w = undefined;
  await fake.close();
});

const creds = (extra: Record<string, string> = {}) => JSON.stringify({
  bind: { TYPE: 'BIND', directory: 'zones' },
  reg: { TYPE: 'DNSIMPLE', token: fake.token, base_url: fake.url, http_retry_base_ms: '1', ...extra },
});

/** BIND serves the zone from ns1/ns2.example.net (default_ns); `mods` adds NAMESERVER() and the like. */
const config = (mods = '', dsp = 'DnsProvider(DSP)') => `var REG = NewRegistrar("reg");
var DSP = NewDnsProvider("bind", { default_ns: ["NS1.example.net.", "ns2.example.net."] });
D("${Z}", REG, ${dsp},${mods}
  A("@", "192.0.2.1"));
`;

const delegation = () => fake.zones.get(Z)!.delegation;
const delegationWrites = () => fake.stats.byRoute[`PUT /v2/${fake.accountId}/registrar/domains/${Z}/delegation`] ?? 0;

describe('registrar corrections through the CLI', () => {
  it('one correction in preview, push applies it after the zone is written, a second run has none', async () => {
    w = await Workdir.create(config(), creds());
    const preview = await w.run('preview');
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain(`1 correction (reg)\n#1: Update nameservers ${DSIMPLE_NS} -> ns1.example.net,ns2.example.net\n`);
    expect(preview.stdout).toMatch(/^Done\. 5 corrections\.$/m);
    // Changing a live delegation is apex-NS risk: preview warns, push refuses and applies nothing.
    expect(preview.stderr).toContain(`WARNING: push will refuse: ${Z} (registrar reg): would change the delegation from ${DSIMPLE_NS.split(',').join(', ')} to ns1.example.net, ns2.example.net`);
    const refused = await w.run('push');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('"allow_apex_ns_change": "true" in the "reg" entry of creds.json');
    expect(delegationWrites()).toBe(0);
    await expect(w.read(`zones/${Z}.zone`)).rejects.toThrow();

    const push = await w.run('push', '--force');
    expect(push.code, push.stderr).toBe(0);
    expect(delegation()).toEqual(['ns1.example.net', 'ns2.example.net']);
    // The registrar's correction runs last: the zone it delegates to exists first.
    const lines = push.stdout.split('\n');
    const zoneLine = lines.findIndex((l) => /^#\d+: \+ CREATE/.test(l) || /File does not yet exist|Writing/.test(l));
    const regLine = lines.findIndex((l) => l.startsWith('#1: Update nameservers'));
    expect(zoneLine).toBeGreaterThanOrEqual(0);
    expect(regLine).toBeGreaterThan(zoneLine);
    expect(await w.read(`zones/${Z}.zone`)).toMatch(/IN NS\s+ns1\.example\.net\./);
    const again = await w.run('preview');
    expect(again.stdout).toMatch(/^Done\. 0 corrections\.$/m);
    expect(again.stdout).not.toContain('Update nameservers');
  });

  it('compares without case, trailing dots or order', async () => {
    fake.zones.get(Z)!.delegation = ['NS2.EXAMPLE.NET.', 'ns1.example.net'];
    w = await Workdir.create(config(), creds());
    expect((await w.run('push')).code).toBe(0);
    const again = await w.run('preview');
    expect(again.stdout).toMatch(/^Done\. 0 corrections\.$/m);
    expect(delegationWrites()).toBe(0);
  });

  it('takes DnsProvider(x, n) counts and NAMESERVER() names; no nameservers skips the registrar unless no_ns', async () => {
    fake.zones.get(Z)!.delegation = [];
    const run = async (mods: string, dsp?: string) => {
      await w?.remove();
      w = await Workdir.create(config(mods, dsp), creds());
      return w.run('preview');
    };
    // No live delegation: the first one is free of the apex-NS limit.
    let r = await run('\n  NAMESERVER("ns9.example.org."),', 'DnsProvider(DSP, 1)');
    expect(r.stdout).toContain('#1: Update nameservers  -> ns1.example.net,ns9.example.org\n');
    expect(r.stderr).not.toContain('would change the delegation');
    r = await run('\n  NAMESERVER("ns9.example.org."),', 'DnsProvider(DSP, 0)');
    expect(r.stdout).toContain('#1: Update nameservers  -> ns9.example.org\n');
    r = await run('', 'DnsProvider(DSP, 0)');
    expect(r.stdout).toContain(`INFO#1: Skipping registrar "reg": No nameservers declared for domain "${Z}". Add {no_ns: 'true'} to force`);
    expect(r.stdout).not.toMatch(/correction \(reg\)/);
    fake.zones.get(Z)!.delegation = ['ns1.example.net'];
    r = await run('', `{no_ns: 'true'}, DnsProvider(DSP, 0)`);
    expect(r.stdout).toContain('1 correction (reg)\n#1: Update nameservers ns1.example.net -> \n');
    expect(r.stderr).toContain('would change the delegation from ns1.example.net to (none)');
  });

  it('is in --report and --format json, counted as DNSControl counts it', async () => {
    fake.zones.get(Z)!.delegation = ['ns1.example.net', 'ns2.example.net'];
    w = await Workdir.create(config(), creds());
    expect((await w.run('push')).code).toBe(0);
    fake.zones.get(Z)!.delegation = ['ns1.example.net'];
    const r = await w.run('preview', '--report', 'report.json');
    expect(r.stdout).toMatch(/^Done\. 1 corrections\.$/m);
    const report = JSON.parse(await w.read('report.json')) as Array<Record<string, unknown>>;
    expect(report).toContainEqual(expect.objectContaining({ domain: Z, corrections: 1, registrar: 'reg' }));
    const json = JSON.parse((await w.run('preview', '--format', 'json')).stdout) as { total?: number };
    expect(JSON.stringify(json)).toContain('Update nameservers ns1.example.net -> ns1.example.net,ns2.example.net');
  });

  it('a failing registrar call says the zone was applied and the delegation was not', async () => {
    fake.zones.get(Z)!.delegation = [];
    w = await Workdir.create(config(), creds());
    fake.faults = { rate: 1, statuses: [500], match: (req) => req.method === 'PUT' && req.path.endsWith('/delegation') };
    const push = await w.run('push');
    expect(push.code).toBe(1);
    expect(push.stdout).toMatch(/Push stopped at the first failure: \d+ of \d+ corrections applied\./);
    expect(push.stderr).toMatch(/Applied:\n {2}example\.com \(bind\): /);
    expect(push.stderr).toContain(`NOT applied:\n  ${Z} (reg): Update nameservers  -> ns1.example.net,ns2.example.net`);
    expect(push.stderr).not.toContain(fake.token);
    expect(await w.read(`zones/${Z}.zone`)).toMatch(/IN A\s+192\.0\.2\.1/);
    expect(delegation()).toEqual([]);
    fake.faults = { rate: 0, statuses: [] };
    const retry = await w.run('push');
    expect(retry.code, retry.stderr).toBe(0);
    expect(retry.stdout).toContain('1 correction (reg)');
    expect(delegation()).toEqual(['ns1.example.net', 'ns2.example.net']);
  });

  it('a registrar that cannot be read stops the push before anything is applied, and says so', async () => {
    fake.zones.delete(Z);
    w = await Workdir.create(config(), creds());
    const push = await w.run('push');
    expect(push.code).toBe(1);
    expect(push.stderr).toContain(`reg ${Z}: ${Z} is not a domain of this DNSimple account; nothing was applied`);
    await expect(w.read(`zones/${Z}.zone`)).rejects.toThrow();
  });

  it('a saved plan applies the registrar correction, and refuses when the delegation moved since', async () => {
    fake.zones.get(Z)!.delegation = ['ns1.example.net'];
    w = await Workdir.create(config(), creds({ allow_apex_ns_change: 'true' }));
    expect((await w.run('push')).code).toBe(0); // the zone, and the delegation
    fake.zones.get(Z)!.delegation = ['ns1.example.net'];
    const plan = await w.run('preview', '--plan', 'plan.json');
    expect(plan.code, plan.stderr).toBe(0);
    expect(await w.read('plan.json')).toContain('"role": "registrar"');
    fake.zones.get(Z)!.delegation = ['other.example.org'];
    const stale = await w.run('push', '--plan', 'plan.json');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(`${Z} (registrar reg): the registrar's delegation changed since the plan was made`);
    expect(delegation()).toEqual(['other.example.org']);
    fake.zones.get(Z)!.delegation = ['ns1.example.net'];
    const applied = await w.run('push', '--plan', 'plan.json');
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('#1: Update nameservers ns1.example.net -> ns1.example.net,ns2.example.net');
    expect(delegation()).toEqual(['ns1.example.net', 'ns2.example.net']);
  });

  it('a saved plan that changes a live delegation is refused by the safety limits at push', async () => {
    fake.zones.get(Z)!.delegation = ['ns1.example.net', 'ns2.example.net'];
    w = await Workdir.create(config(), creds());
    expect((await w.run('push')).code).toBe(0);
    fake.zones.get(Z)!.delegation = ['old.example.org'];
    expect((await w.run('preview', '--plan', 'plan.json')).code).toBe(0);
    const refused = await w.run('push', '--plan', 'plan.json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('would change the delegation from old.example.org to ns1.example.net, ns2.example.net');
    expect(delegation()).toEqual(['old.example.org']);
  });
});

describe('DOMAIN_ELSEWHERE and DOMAIN_ELSEWHERE_AUTO', () => {
  it('DOMAIN_ELSEWHERE delegates to the names given, with no DNS provider', async () => {
    w = await Workdir.create(`var REG = NewRegistrar("reg");\nDOMAIN_ELSEWHERE("${Z}", REG, ["ns1.elsewhere.example.", "NS2.elsewhere.example."]);\n`, creds({ allow_apex_ns_change: 'true' }));
    const push = await w.run('push');
    expect(push.code, push.stderr).toBe(0);
    expect(push.stdout).toContain(`1 correction (reg)\n#1: Update nameservers ${DSIMPLE_NS} -> ns1.elsewhere.example,ns2.elsewhere.example\n`);
    expect(delegation()).toEqual(['ns1.elsewhere.example', 'ns2.elsewhere.example']);
    expect((await w.run('preview')).stdout).toMatch(/^Done\. 0 corrections\.$/m);
  });

  it('DOMAIN_ELSEWHERE_AUTO delegates to a DNS provider\'s nameservers and leaves its records alone', async () => {
    w = await Workdir.create(`var REG = NewRegistrar("reg");\nvar DSP = NewDnsProvider("bind", { default_ns: ["ns1.example.net.", "ns2.example.net."] });\nDOMAIN_ELSEWHERE_AUTO("${Z}", REG, DSP);\n`, creds({ allow_apex_ns_change: 'true' }));
    await w.write(`zones/${Z}.zone`, `$TTL 300\n@ IN SOA ns1.example.net. hostmaster.example.net. 1 3600 600 604800 300\n@ IN NS ns1.example.net.\n@ IN NS ns2.example.net.\nwww IN A 192.0.2.9\n`);
    const push = await w.run('push');
    expect(push.code, push.stderr).toBe(0);
    expect(push.stdout).toContain(`#1: Update nameservers ${DSIMPLE_NS} -> ns1.example.net,ns2.example.net\n`);
    expect(await w.read(`zones/${Z}.zone`)).toMatch(/www\s+IN A\s+192\.0\.2\.9/);
    expect(delegation()).toEqual(['ns1.example.net', 'ns2.example.net']);
    expect((await w.run('preview')).stdout).toMatch(/^Done\. 0 corrections\.$/m);
  });
});

describe('a registrar that is also the DNS provider', () => {
  it('shares its creds entry and API client: one /whoami for both roles', async () => {
    w = await Workdir.create(`var REG = NewRegistrar("reg");\nvar DSP = NewDnsProvider("reg");\nD("${Z}", REG, DnsProvider(DSP),\n  A("@", "192.0.2.1"));\n`, creds());
    const push = await w.run('push');
    expect(push.code, push.stderr).toBe(0);
    expect(fake.stats.byRoute['GET /v2/whoami']).toBe(1);
    // A registered domain is delegated to DNSimple already: only the A record changes.
    expect(push.stdout).not.toContain('Update nameservers');
    expect((await w.run('preview')).stdout).toMatch(/^Done\. 0 corrections\.$/m);
  });
});

describe('check', () => {
  it('refuses, with the config line, a registrar whose type cannot act as one (from the call or creds.json)', async () => {
    w = await Workdir.create('var REG = NewRegistrar("bind");\nvar DSP = NewDnsProvider("bind");\n\nD("example.com", REG, DnsProvider(DSP));\nD("example.org", "bind", DnsProvider(DSP));\nD("example.net", NewRegistrar("x", "BIND"), DnsProvider(DSP));\n',
      JSON.stringify({ bind: { TYPE: 'BIND', directory: 'zones' } }));
    const r = await w.run('check');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dnsconfig.js:4:1: domain example.com: registrar "bind" has provider type BIND, which cannot act as a registrar');
    expect(r.stderr).toContain('dnsconfig.js:5:1: domain example.org: registrar "bind" has provider type BIND');
    expect(r.stderr).toContain('dnsconfig.js:6:1: domain example.net: registrar "x" has provider type BIND');
  });

  it('says when DNSControl could use the type as a registrar but dnscode cannot yet', async () => {
    w = await Workdir.create('var REG = NewRegistrar("cloudns", "CLOUDNS");\nD("example.com", REG, DnsProvider(NewDnsProvider("bind")));\n',
      JSON.stringify({ bind: { TYPE: 'BIND', directory: 'zones' } }));
    const r = await w.run('check');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dnsconfig.js:2:1: domain example.com: registrar "cloudns" has provider type CLOUDNS, which dnscode cannot use as a registrar yet (DNSControl can)');
  });

  it('accepts registrars that can act as one', async () => {
    w = await Workdir.create(config(), creds());
    const r = await w.run('check');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('No errors.\n');
  });
});

describe('DNSOVERHTTPS (read-only) through the CLI, against a local RFC 8484 responder', () => {
  it('shows a wrong delegation as one correction, push fails it asking for a manual change after applying the zone', async () => {
    const { startDohFake } = await import('../fakes/doh/server.js');
    const doh = await startDohFake();
    try {
      doh.delegations.set(Z, ['ns1.old.example']);
      w = await Workdir.create(config().replace('NewRegistrar("reg")', 'NewRegistrar("doh")'),
        JSON.stringify({ bind: { TYPE: 'BIND', directory: 'zones' }, doh: { TYPE: 'DNSOVERHTTPS', url: doh.endpoint } }));
      const preview = await w.run('preview');
      expect(preview.stdout).toContain('1 correction (doh)\n#1: Update nameservers ns1.old.example -> ns1.example.net,ns2.example.net\n');
      // It changes nothing: no safety warning.
      expect(preview.stderr).not.toContain('delegation');
      const push = await w.run('push');
      expect(push.code).toBe(1);
      expect(await w.read(`zones/${Z}.zone`)).toMatch(/IN A\s+192\.0\.2\.1/);
      expect(push.stdout).toContain(`${Z}: 1 applied, 1 NOT applied`);
      expect(push.stderr).toContain(`NOT applied:\n  ${Z} (doh): Update nameservers ns1.old.example -> ns1.example.net,ns2.example.net`);
      expect(push.stderr).toContain('DNSOVERHTTPS is read-only: set the nameservers of example.com to ns1.example.net, ns2.example.net at its registrar by hand');
      doh.delegations.set(Z, ['NS2.example.net.', 'ns1.example.net']);
      const again = await w.run('preview', '--expect-no-changes');
      expect(again.code, again.stdout).toBe(0);
      expect(again.stdout).toMatch(/^Done\. 0 corrections\.$/m);
    } finally {
      await doh.close();
    }
  });

  it("DNSControl's documentation example passes check", async () => {
    w = await Workdir.create('var REG_MONITOR = NewRegistrar("dohdefault");\n\nD("example.com", REG_MONITOR,\n    NAMESERVER("ns1.example.com."),\n    NAMESERVER("ns2.example.com."),\n);\n',
      '{ "dohdefault": { "TYPE": "DNSOVERHTTPS" }, "dohcloudflare": { "TYPE": "DNSOVERHTTPS", "host": "cloudflare-dns.com" } }');
    const r = await w.run('check');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('No errors.\n');
  });
});
