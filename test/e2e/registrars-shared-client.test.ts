// Each registrar that is also a DNS provider, through the real CLI against its fake, on one creds entry for
// both roles (as DNSControl's docs write it): a delegation that differs is exactly one registrar correction,
// push applies it after the zone, the next run has none; a failing registrar write says what was and was not
// applied; DNSControl's documentation example for the type passes check.
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeRequest, FakeServer } from '../fakes/_server.js';
import { fake as gandiFake, type GandiFake } from '../fakes/gandiv5/server.js';
import { fake as namecomFake, type NamecomFake } from '../fakes/namedotcom/server.js';
import { fake as inwxFake, type InwxFake } from '../fakes/inwx/server.js';
import { fake as dnsimpleFake, type DnsimpleFake } from '../fakes/dnsimple/server.js';
import type { FakeProvider } from '../fakes/fake.js';
import { Workdir } from './helpers.js';

const Z = 'example.com';

interface Case {
  type: string;
  credkey: string;
  fake: FakeProvider;
  /** Sets the live delegation at the fake's registrar; reads it back. */
  setLive(f: FakeServer, ns: string[]): void;
  live(f: FakeServer): string[] | undefined;
  /** The registrar's write request. */
  isWrite(req: FakeRequest): boolean;
  /** The correction line for ns.old.example → the provider's own nameservers. */
  line: RegExp;
  /** DNSControl's documentation example (dnsconfig.js, creds.json). */
  docs: [string, string];
}

const CASES: Case[] = [
  {
    type: 'DNSIMPLE', credkey: 'dnsimple', fake: dnsimpleFake,
    setLive: (f, ns) => { const d = f as DnsimpleFake; d.register(Z); d.zones.get(Z)!.delegation = ns; },
    live: (f) => (f as DnsimpleFake).zones.get(Z)?.delegation,
    isWrite: (req) => req.method === 'PUT' && req.path.endsWith('/delegation'),
    line: /^#1: Update nameservers ns\.old\.example -> ns1\.dnsimple-edge\.com,ns2\.dnsimple-edge\.net,ns3\.dnsimple-edge\.io,ns4\.dnsimple-edge\.org$/m,
    docs: ['var REG_DNSIMPLE = NewRegistrar("dnsimple");\nvar DSP_DNSIMPLE = NewDnsProvider("dnsimple");\n\nD("example.com", REG_DNSIMPLE, DnsProvider(DSP_DNSIMPLE),\n    A("test", "1.2.3.4"),\n);\n',
      '{ "dnsimple": { "TYPE": "DNSIMPLE", "accountid": "your-account-id", "token": "your-token" } }'],
  },
  {
    type: 'GANDI_V5', credkey: 'gandi', fake: gandiFake,
    setLive: (f, ns) => { (f as GandiFake).registered.set(Z, ns); },
    live: (f) => (f as GandiFake).registered.get(Z),
    isWrite: (req) => req.method === 'PUT' && req.path.startsWith('/v5/domain/'),
    line: /^#1: Change Nameservers from 'ns\.old\.example' to 'ns-1\.gandi\.net,ns-2\.gandi\.net,ns-3\.gandi\.net'$/m,
    docs: ['var REG_GANDI = NewRegistrar("gandi");\nvar DSP_GANDI = NewDnsProvider("gandi");\n\nD("example.com", REG_GANDI, DnsProvider(DSP_GANDI),\n    A("test", "1.2.3.4"),\n);\n',
      '{ "gandi": { "TYPE": "GANDI_V5", "token": "your-gandi-personal-access-token" } }'],
  },
  {
    type: 'NAMEDOTCOM', credkey: 'namedotcom', fake: namecomFake,
    setLive: (f, ns) => { const d = (f as NamecomFake).domains.get(Z); if (d) d.nameservers = ns; },
    live: (f) => (f as NamecomFake).domains.get(Z)?.nameservers,
    isWrite: (req) => req.method === 'POST' && req.path.endsWith(':setNameservers'),
    line: /^#1: Update nameservers ns\.old\.example -> ns1\.name\.com,ns2\.name\.com,ns3\.name\.com,ns4\.name\.com$/m,
    docs: ['var REG_NAMECOM = NewRegistrar("namedotcom");\nvar DSP_NAMECOM = NewDnsProvider("namedotcom");\n\nD("example.com", REG_NAMECOM, DnsProvider(DSP_NAMECOM),\n    A("test", "1.2.3.4"),\n);\n',
      '{ "namedotcom": { "TYPE": "NAMEDOTCOM", "apikey": "apikey", "apiuser": "username" } }'],
  },
  {
    type: 'INWX', credkey: 'inwx', fake: inwxFake,
    setLive: (f, ns) => { (f as InwxFake).registered.set(Z, ns); },
    live: (f) => (f as InwxFake).registered.get(Z),
    isWrite: (req) => req.body.includes('"domain.update"'),
    line: /^#1: Update nameservers ns\.old\.example -> ns\.inwx\.de,ns2\.inwx\.de,ns3\.inwx\.eu$/m,
    docs: ['var REG_INWX = NewRegistrar("inwx");\nvar DSP_INWX = NewDnsProvider("inwx");\n\nD("example.com", REG_INWX, DnsProvider(DSP_INWX),\n    A("test", "1.2.3.4")\n);\n',
      '{ "inwx": { "TYPE": "INWX", "username": "inwx-username", "password": "inwx-password" } }'],
  },
];

let w: Workdir | undefined;
let server: FakeServer | undefined;
afterEach(async () => {
  await w?.remove();
  await server?.close();
  w = undefined;
  server = undefined;
});

const config = (c: Case) => `var REG = NewRegistrar("${c.credkey}");\nvar DSP = NewDnsProvider("${c.credkey}");\nD("${Z}", REG, DnsProvider(DSP),\n  A("test", "192.0.2.1"));\n`;

describe.each(CASES)('$type as a registrar', (c) => {
  const start = async (extra: Record<string, string> = {}) => {
    server = await c.fake.start();
    const creds = { TYPE: c.type, ...c.fake.creds(server), http_retry_base_ms: '1', max_requests_per_second: '0', ...extra };
    w = await Workdir.create(config(c), JSON.stringify({ [c.credkey]: creds }));
    // The domain is registered in the account; a first push sets up its zone (and delegation).
    c.setLive(server, ['ns.old.example']);
    const first = await w.run('push', '--force');
    expect(first.code, first.stderr).toBe(0);
    c.setLive(server, ['ns.old.example']);
    return server;
  };

  it('a delegation that differs is one correction; push applies it; the next run has none', async () => {
    const f = await start();
    const preview = await w!.run('preview');
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain(`1 correction (${c.credkey})\n`);
    expect(preview.stdout).toMatch(c.line);
    expect(preview.stdout).toMatch(/^Done\. 1 corrections\.$/m);
    const push = await w!.run('push', '--force');
    expect(push.code, push.stderr).toBe(0);
    expect(c.live(f)).not.toEqual(['ns.old.example']);
    const again = await w!.run('preview', '--expect-no-changes');
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^Done\. 0 corrections\.$/m);
  });

  it('a failing registrar write says the delegation was not applied', async () => {
    const f = await start({ http_retries: '1' });
    await w!.write('dnsconfig.js', config(c).replace('192.0.2.1', '192.0.2.2'));
    f.faults = { rate: 1, statuses: [500], match: c.isWrite };
    const push = await w!.run('push', '--force');
    expect(push.code).toBe(1);
    expect(push.stdout).toContain(`${Z}: 1 applied, 1 NOT applied`);
    expect(push.stderr).toMatch(new RegExp(`Applied:\\n {2}${Z} \\(${c.credkey}\\): `));
    expect(push.stderr).toMatch(new RegExp(`NOT applied:\\n {2}${Z} \\(${c.credkey}\\): (Update|Change) [Nn]ameservers`));
    expect(c.live(f)).toEqual(['ns.old.example']);
  });

  it('converges under throttling and server errors on 30% of its calls (fault mode)', async () => {
    const f = await start();
    f.faults = { rate: 0.3, statuses: [429, 500], retryAfter: 0 };
    const push = await w!.run('push', '--force');
    expect(push.code, push.stderr).toBe(0);
    expect(push.stdout).toMatch(c.line);
    expect(f.stats.faults).toBeGreaterThan(0);
    f.faults = { rate: 0, statuses: [] };
    expect(c.live(f)).not.toEqual(['ns.old.example']);
    expect((await w!.run('preview')).stdout).toMatch(/^Done\. 0 corrections\.$/m);
  });

  it("DNSControl's documentation example passes check", async () => {
    w = await Workdir.create(...c.docs);
    const r = await w.run('check');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('No errors.\n');
  });
});
