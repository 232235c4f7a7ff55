// Every registrar fake (test/fakes/<folder>/server.ts declaring `registrar`) through bin/dnscode, with a
// BIND DNS provider: a domain whose delegation differs shows exactly one registrar correction, push applies
// it after the zone file is written, a second push has nothing to do; a refused registrar write fails the
// push, which says the DNS changes were applied and the delegation was not.
import { afterEach, describe, expect, it } from 'vitest';
import { FAKES } from '../provider-folders.js';
import { isWriteRequest, type FakeServer } from '../fakes/_server.js';
import { Workdir } from './helpers.js';

const REGISTRARS = FAKES.filter((f) => f.fake.registrar).map((f) => ({ name: f.type.name, fake: f.fake, reg: f.fake.registrar! }));
const Z = 'example.com';
const OLD = ['ns1.old-dns.example', 'ns2.old-dns.example'];
const CONFIG = `var REG = NewRegistrar("reg");
var DSP_BIND = NewDnsProvider("bind", { default_ns: ["ns1.example.net.", "ns2.example.net."] });
D("${Z}", REG, DnsProvider(DSP_BIND),
  A("@", "192.0.2.1"));
`;

let w: Workdir | undefined;
let server: FakeServer | undefined;
afterEach(async () => { await w?.remove(); w = undefined; await server?.close(); server = undefined; });

async function setup(name: string, fake: (typeof REGISTRARS)[number]['fake'], extra: Record<string, string> = {}) {
  server = await fake.start();
  // The delegation these tests change is live: the safety limits refuse that without this (test/e2e/delegation.test.ts).
  const creds = { TYPE: name, ...fake.creds(server), http_retry_base_ms: '2', max_requests_per_second: '0', allow_apex_ns_change: 'true', ...extra };
  w = await Workdir.create(CONFIG, JSON.stringify({ bind: { TYPE: 'BIND', directory: 'zones' }, reg: creds }, null, 1));
  return server;
}

describe.each(REGISTRARS)('$name registrar through bin/dnscode', ({ name, fake, reg }) => {
  it('one correction in preview, applied by push after the zone, none the second time', async () => {
    const f = await setup(name, fake);
    reg.register(f, Z, OLD);
    const preview = await w!.run('preview');
    expect(preview.code, preview.stderr).toBe(0);
    const line = `Update nameservers ${OLD.join(',')} -> ns1.example.net,ns2.example.net`;
    expect(preview.stdout.split('\n').filter((l) => l.includes('Update nameservers'))).toHaveLength(1);
    expect(preview.stdout).toContain(line);
    expect(reg.delegation(f, Z)).toEqual(OLD);
    const push = await w!.run('push');
    expect(push.code, push.stdout + push.stderr).toBe(0);
    expect(push.stdout).toContain(line);
    expect(await w!.read(`zones/${Z}.zone`)).toMatch(/IN A\s+192\.0\.2\.1/);
    expect([...reg.delegation(f, Z)].map((n) => n.toLowerCase().replace(/\.$/, '')).sort()).toEqual(['ns1.example.net', 'ns2.example.net']);
    const again = await w!.run('push');
    expect(again.stdout).toMatch(/^Done\. 0 corrections\.$/m);
  });

  it('a registrar that stops answering is given up at its zone_timeout, saying what was and was not applied', async () => {
    const f = await setup(name, fake, { zone_timeout: '1', timeout: '30', http_retries: '0' });
    reg.register(f, Z, OLD);
    f.faults = { rate: 0, statuses: [], match: (req) => isWriteRequest(f, req), hang: true };
    const t0 = Date.now();
    const push = await w!.run('push');
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(push.code).not.toBe(0);
    const out = push.stdout + push.stderr;
    expect(out).toMatch(/zone_timeout 1 s/);
    expect(out).toMatch(/^NOT applied:\n {2}example\.com \(reg\): Update nameservers /m);
    expect(reg.delegation(f, Z)).toEqual(OLD);
  });

  it('a refused delegation write fails the push, saying what was and was not applied', async () => {
    const f = await setup(name, fake, { http_retries: '1' });
    reg.register(f, Z, OLD);
    f.faults = { rate: 1, statuses: [500], match: (req) => isWriteRequest(f, req) };
    const push = await w!.run('push');
    expect(push.code).not.toBe(0);
    const out = push.stdout + push.stderr;
    expect(out).toMatch(/^Applied:\n {2}example\.com \(bind\): \+ CREATE example\.com A 192\.0\.2\.1/m);
    expect(out).toMatch(/^NOT applied:\n {2}example\.com \(reg\): Update nameservers /m);
    // The zone was written before the registrar ran; the delegation is unchanged.
    expect(await w!.read(`zones/${Z}.zone`)).toMatch(/IN A\s+192\.0\.2\.1/);
    expect(reg.delegation(f, Z)).toEqual(OLD);
    for (const v of Object.values(fake.creds(f))) if (v.length > 8 && !v.startsWith('http')) expect(out).not.toContain(v);
  });

  it('under 30% throttling and server errors, push still sets the delegation once; at 100% it fails naming the registrar, nothing applied', async () => {
    const f = await setup(name, fake);
    reg.register(f, Z, OLD);
    f.faults = { rate: 0.3, statuses: [429, 500, 503] };
    const push = await w!.run('push');
    expect(push.code, push.stdout + push.stderr).toBe(0);
    expect([...reg.delegation(f, Z)].map((n) => n.toLowerCase()).sort()).toEqual(['ns1.example.net', 'ns2.example.net']);
    expect((await w!.run('push')).stdout).toMatch(/^Done\. 0 corrections\.$/m);
    reg.register(f, Z, OLD);
    f.faults = { rate: 1, statuses: [429, 500] };
    await w!.write('creds.json', (await w!.read('creds.json')).replace('"http_retry_base_ms"', '"http_retries": "2", "http_retry_base_ms"'));
    const down = await w!.run('push');
    expect(down.code).not.toBe(0);
    expect(down.stdout + down.stderr).toMatch(new RegExp(`(reg|${name}) example\\.com`));
    expect(reg.delegation(f, Z)).toEqual(OLD);
  });

  it('a saved plan carries the registrar correction; push --plan applies it, and refuses when the delegation moved', async () => {
    const f = await setup(name, fake);
    reg.register(f, Z, OLD);
    const made = await w!.run('preview', '--plan', 'plan.json');
    expect(made.code, made.stderr).toBe(0);
    expect(await w!.read('plan.json')).toContain('Update nameservers');
    const moved = ['ns1.moved.example', 'ns2.moved.example'];
    reg.register(f, Z, moved);
    const stale = await w!.run('push', '--plan', 'plan.json');
    expect(stale.code).not.toBe(0);
    expect(stale.stdout + stale.stderr).toMatch(/delegation changed since the plan was made/);
    expect(reg.delegation(f, Z)).toEqual(moved);
    reg.register(f, Z, OLD);
    const push = await w!.run('push', '--plan', 'plan.json');
    expect(push.code, push.stdout + push.stderr).toBe(0);
    expect([...reg.delegation(f, Z)].map((n) => n.toLowerCase()).sort()).toEqual(['ns1.example.net', 'ns2.example.net']);
  });

  it('a domain the account does not hold is an error that names it, and nothing is applied', async () => {
    await setup(name, fake);
    const preview = await w!.run('preview');
    expect(preview.code).not.toBe(0);
    expect(preview.stdout + preview.stderr).toMatch(new RegExp(`(reg|${name}).*${Z.replace('.', '\\.')}`));
  });
});

// The registrar examples of DNSControl's provider pages (documentation/provider/<name>.md), each with its
// creds.json entry: `check` accepts them as they are (CNR's and OPENSRS's pages also name the type as a DNS
// provider, which only a run with creds would refuse, since dnscode has their registrar role only).
const DOC_EXAMPLES: Array<[string, string, string]> = [
  ['CSCGLOBAL', '{"cscglobal": {"TYPE": "CSCGLOBAL", "api-key": "x", "user-token": "y", "notification_emails": "test@example.com,hostmaster@example.com"}, "bind": {"TYPE": "BIND"}}',
    'var REG_CSCGLOBAL = NewRegistrar("cscglobal");\nvar DSP_BIND = NewDnsProvider("bind");\n\nD("example.com", REG_CSCGLOBAL, DnsProvider(DSP_BIND),\n  A("test", "1.2.3.4"),\n);\n'],
  ['INTERNETBS', '{"internetbs": {"TYPE": "INTERNETBS", "api-key": "your-api-key", "password": "account-password"}}',
    'var REG_INTERNETBS = NewRegistrar("internetbs");\n\nD("example.com", REG_INTERNETBS,\n  NAMESERVER("ns1.example.com."),\n  NAMESERVER("ns2.example.com."),\n);\n'],
  ['OPENSRS', '{"opensrs": {"TYPE": "OPENSRS", "username": "u", "apikey": "k"}}',
    'var REG_NONE = NewRegistrar("none");\nvar DSP_OPENSRS = NewDnsProvider("opensrs");\n\nD("example.com", REG_NONE, DnsProvider(DSP_OPENSRS),\n    A("test", "1.2.3.4"),\n);\n'],
  ['CNR', '{"CNR": {"TYPE": "CNR", "apilogin": "YourUserName", "apipassword": "YourPassword", "apientity": "OTE", "debugmode": "0"}}',
    'var REG_CNR = NewRegistrar("CNR");\nvar DSP_CNR = NewDnsProvider("CNR");\nDEFAULTS(\n    {"ns_ttl":"3600"},\n    DefaultTTL(3600)\n);\n\nD("example.com", REG_CNR, DnsProvider(DSP_CNR),\n    NAMESERVER("ns1.rrpproxy.net."),\n    NAMESERVER("ns2.rrpproxy.net."),\n    NAMESERVER("ns3.rrpproxy.net."),\n    A("elk1", "10.190.234.178"),\n    A("test", "56.123.54.12"),\n);\n'],
  ['HEXONET', '{"hexonet": {"TYPE": "HEXONET", "apilogin": "test.user", "apipassword": "test.passw0rd", "apientity": "OTE", "ipaddress": "172.31.3.16", "debugmode": "0"}}',
    'var REG_HEXONET = NewRegistrar("hexonet");\nvar DSP_HEXONET = NewDnsProvider("hexonet");\nDEFAULTS(\n    {"ns_ttl":"3600"},\n    DefaultTTL(3600)\n);\n\nD("example.com", REG_HEXONET, DnsProvider(DSP_HEXONET),\n    NAMESERVER("ns1.ispapi.net"),\n    NAMESERVER("ns2.ispapi.net"),\n    NAMESERVER("ns3.ispapi.net"),\n    NAMESERVER("ns4.ispapi.net"),\n    A("elk1", "10.190.234.178"),\n    A("test", "56.123.54.12"),\nEND);\n'],
  ['OVH', '{"ovh": {"TYPE": "OVH", "app-key": "your app key", "app-secret-key": "your app secret key", "consumer-key": "your consumer key", "endpoint": "eu"}}',
    'var REG_OVH = NewRegistrar("ovh");\nvar DSP_OVH = NewDnsProvider("ovh");\n\nD("example.com", REG_OVH, DnsProvider(DSP_OVH),\n    A("test", "1.2.3.4"),\n);\n'],
  ['OVH', '{"ovh": {"TYPE": "OVH", "app-key": "your app key", "app-secret-key": "your app secret key", "consumer-key": "your consumer key", "endpoint": "eu"}, "r53": {"TYPE": "ROUTE53"}}',
    'var REG_OVH = NewRegistrar("ovh");\nvar DSP_R53 = NewDnsProvider("r53");\n\nD("example.com", REG_OVH, DnsProvider(DSP_R53),\n    A("test", "1.2.3.4"),\n);\n'],
  ['NAMECHEAP', '{"namecheap": {"TYPE": "NAMECHEAP", "apikey": "yourApiKeyFromNameCheap", "apiuser": "yourUsername"}, "bind": {"TYPE": "BIND"}}',
    'var REG_NAMECHEAP = NewRegistrar("namecheap");\nvar DSP_BIND = NewDnsProvider("bind");\n\nD("example.com", REG_NAMECHEAP, DnsProvider(DSP_BIND),\n    A("test", "1.2.3.4"),\n);\n'],
  ['NAMECHEAP', '{"namecheap": {"TYPE": "NAMECHEAP", "apikey": "yourApiKeyFromNameCheap", "apiuser": "yourUsername", "BaseURL": "https://api.sandbox.namecheap.com/xml.response"}}',
    'var REG_NAMECHEAP = NewRegistrar("namecheap");\nvar DSP_NAMECHEAP = NewDnsProvider("namecheap");\n\nD("example.com", REG_NAMECHEAP, DnsProvider(DSP_NAMECHEAP),\n  URL("@", "http://example.com/"),\n  URL("www", "http://example.com/"),\n  URL301("backup", "http://backup.example.com/"),\n);\n'],
];

describe("DNSControl's registrar examples", () => {
  it.each(DOC_EXAMPLES)('%s: the docs example passes check', async (_name, creds, config) => {
    w = await Workdir.create(config, creds);
    const check = await w.run('check');
    expect(check.stdout + check.stderr).toBe('No errors.\n');
    expect(check.code).toBe(0);
  });

  it('INTERNETBS: the example without a DNS provider delegates to its NAMESERVER()s', async () => {
    const ibs = REGISTRARS.find((r) => r.name === 'INTERNETBS')!;
    server = await ibs.fake.start();
    ibs.reg.register(server, 'example.com', OLD);
    const creds = { internetbs: { TYPE: 'INTERNETBS', ...ibs.fake.creds(server), http_retry_base_ms: '2' } };
    w = await Workdir.create(DOC_EXAMPLES[1]![2], JSON.stringify(creds));
    const push = await w.run('push', '--force');  // a live delegation changes: past the safety limits
    expect(push.code, push.stdout + push.stderr).toBe(0);
    expect(push.stdout).toContain(`Update nameservers ${OLD.join(',')} -> ns1.example.com,ns2.example.com`);
    expect(ibs.reg.delegation(server, 'example.com')).toEqual(['ns1.example.com', 'ns2.example.com']);
    expect((await w.run('preview')).stdout).toMatch(/^Done\. 0 corrections\.$/m);
  });

  it('OVH: the example with DNS hosted at OVH delegates to the zone\'s OVH servers, the registrar sharing the provider\'s creds entry', async () => {
    const ovhFake = REGISTRARS.find((r) => r.name === 'OVH')!;
    server = await ovhFake.fake.start();
    ovhFake.reg.register(server, 'example.com', OLD);
    const creds = { ovh: { TYPE: 'OVH', ...ovhFake.fake.creds(server), http_retry_base_ms: '2', max_requests_per_second: '0' } };
    const example = DOC_EXAMPLES.find(([n, , c]) => n === 'OVH' && c.includes('DSP_OVH'))![2];
    w = await Workdir.create(example, JSON.stringify(creds));
    const push = await w.run('push', '--force');  // a live delegation changes: past the safety limits
    expect(push.code, push.stdout + push.stderr).toBe(0);
    expect(push.stdout).toContain(`Update nameservers ${OLD.join(',')} -> dns200.anycast.me,ns200.anycast.me`);
    expect([...ovhFake.reg.delegation(server, 'example.com')].sort()).toEqual(['dns200.anycast.me', 'ns200.anycast.me']);
    // The registrar ran after the zone was written and published (refresh).
    expect(server.stats.byRoute[Object.keys(server.stats.byRoute).find((k) => k.endsWith('/refresh'))!]).toBe(1);
    // One client for the creds entry: the DNS provider and the registrar read OVH's clock once between them.
    expect(Object.entries(server.stats.byRoute).filter(([k]) => k.endsWith('/auth/time')).map(([, n]) => n)).toEqual([1]);
    expect((await w.run('preview')).stdout).toMatch(/^Done\. 0 corrections\.$/m);
  });

  it('NAMECHEAP: the URL example with DNS at Namecheap writes the hosts and leaves a delegation that is already Namecheap\'s', async () => {
    const nc = REGISTRARS.find((r) => r.name === 'NAMECHEAP')!;
    server = await nc.fake.start();
    nc.reg.register(server, 'example.com', ['dns1.registrar-servers.com', 'dns2.registrar-servers.com']);
    const creds = { namecheap: { TYPE: 'NAMECHEAP', ...nc.fake.creds(server), http_retry_base_ms: '2', max_requests_per_second: '0' } };
    const example = DOC_EXAMPLES.find(([n, , c]) => n === 'NAMECHEAP' && c.includes('DSP_NAMECHEAP'))![2];
    w = await Workdir.create(example, JSON.stringify(creds));
    const push = await w.run('push');
    expect(push.code, push.stdout + push.stderr).toBe(0);
    expect(push.stdout).not.toContain('Update nameservers');
    expect(push.stdout).toMatch(/URL301/);
    expect(nc.reg.delegation(server, 'example.com')).toEqual(['dns1.registrar-servers.com', 'dns2.registrar-servers.com']);
    expect((await w.run('preview')).stdout).toMatch(/^Done\. 0 corrections\.$/m);
  });

  it('a registrar-only type named as a DNS provider is refused by a run, naming the type', async () => {
    w = await Workdir.create(DOC_EXAMPLES[2]![2], DOC_EXAMPLES[2]![1]);
    const preview = await w.run('preview');
    expect(preview.code).not.toBe(0);
    expect(preview.stderr).toMatch(/NewDnsProvider\("opensrs"\): provider type OPENSRS cannot be used as a DNS provider/);
  });
});
