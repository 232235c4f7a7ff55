// NAMECHEAP against the fake (test/fakes/namecheap): whole-zone writes, what is kept, errors, the XML reader.
import { afterEach, describe, expect, it } from 'vitest';
import { startNamecheapFake, type NamecheapFake } from '../../../test/fakes/namecheap/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import type { RecordConfig } from '../../ir/types.js';
import { namecheap } from './index.js';
import { auditNamecheap } from './audit.js';
import { splitDomain } from './api.js';
import { parseXml } from './xml.js';
import type { NamecheapProvider } from './provider.js';
import type { NamecheapRegistrar } from './registrar.js';

const Z = 'example.com';
let fake: NamecheapFake;
// Each test starts its own fake; setup() called twice in a test reuses it.
afterEach(async () => { await fake?.close(); fake = undefined as never; });

async function setup(creds: Record<string, string> = {}) {
  fake ??= await startNamecheapFake();
  const provider = await namecheap.createDns!({ credkey: 'nc', creds: { apikey: fake.apiKey, apiuser: fake.apiUser, base_url: `${fake.url}/xml.response`, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
  return { label: 'nc', type: namecheap, provider, zone: Z };
}
const url = (name: string, type: string, target: string): RecordConfig => ({ type, name, target, ttl: 300, meta: { orig_custom_type: type } });

/** mulberry32, so a failing run can be repeated. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

describe('NAMECHEAP', () => {
  it('replaces the parking pair, sends the whole zone in one setHosts with EmailType MX, and reads it back clean', async () => {
    const t = await setup();
    const dc = domain(Z, [rec.a('@', '192.0.2.1'), rec.cname('www', `${Z}.`), rec.mx('@', 10, `mx.${Z}.`), rec.caa('@', 0, 'issue', 'letsencrypt.org'),
      rec.alias('apex2', 'target.example.net.'), rec.txt('t', 'v=spf1 -all'), url('go', 'URL', 'https://example.net/'), url('old', 'URL301', 'https://example.net/new'), url('shop', 'FRAME', 'https://shop.example.net/')]);
    expect((await t.provider.getZoneRecords(Z)).length, 'the parking pair reads as an empty zone').toBe(0);
    await apply(t, dc);
    expect(fake.setHostsCalls).toHaveLength(1);
    const sent = fake.setHostsCalls[0]!;
    expect(sent.get('EmailType')).toBe('MX');
    expect([...sent.keys()].filter((k) => k.startsWith('HostName'))).toHaveLength(9);
    const stored = fake.domains.get(Z)!.hosts;
    expect(stored.find((h) => h.Type === 'CAA')!.Address).toBe('0 issue "letsencrypt.org"');
    expect(stored.find((h) => h.Type === 'MX')).toMatchObject({ Address: `mx.${Z}.`, MXPref: '10' });
    expect(stored.filter((h) => ['URL', 'URL301', 'FRAME'].includes(h.Type)).map((h) => h.Type).sort()).toEqual(['FRAME', 'URL', 'URL301']);
    const again = await apply(t, dc, true);
    expect(again.lines).toEqual([]);
    expect(again.changes).toBe(0);
  });

  it('keeps hosts it cannot express (MXE) and the EmailType when the config has no MX, and warns about foreign apex NS', async () => {
    const t = await setup();
    fake.addDomain(Z, [{ Name: 'mail', Type: 'MXE', Address: '192.0.2.25', MXPref: '10', TTL: '1800' }, { Name: 'a', Type: 'A', Address: '192.0.2.1', MXPref: '10', TTL: '300' }], 'MXE');
    const dc = domain(Z, [rec.a('a', '192.0.2.2'), rec.ns('@', 'ns1.other.example.'), rec.ns('@', 'dns1.registrar-servers.com.')]);
    const plan = await apply(t, dc);
    expect(plan.changes).toBe(1);
    const d = fake.domains.get(Z)!;
    expect(d.emailType).toBe('MXE');
    expect(d.hosts.map((h) => `${h.Name} ${h.Type} ${h.Address}`).sort()).toEqual(['a A 192.0.2.2', 'mail MXE 192.0.2.25']);
    expect(d.hosts.some((h) => h.Type === 'NS')).toBe(false);
    expect((await apply(t, dc, true)).changes).toBe(0);
  });

  it('property: 100 randomized pushes never lose a record the config does not manage (IGNORE, NO_PURGE, MXE)', async () => {
    const t = await setup();
    const random = rng(20261207);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const labels = ['a', 'b', 'c', 'www', 'mail', 'x.y', '@'];
    const randomRec = (): RecordConfig => {
      const name = pick(labels);
      const v = Math.floor(random() * 4);
      return pick([
        () => rec.a(name, `192.0.2.${v + 1}`), () => rec.txt(name, `t${v}`), () => rec.mx(name, v, `mx${v}.example.net.`),
        () => rec.cname(`c${v}`, 'target.example.net.'), () => url(`u${v}`, 'URL301', `https://example.net/${v}`),
      ])();
    };
    const uniq = (rs: RecordConfig[]) => rs.filter((r, i) => rs.findIndex((o) => o.name === r.name && o.type === r.type && o.target === r.target) === i)
      .filter((r) => !(r.type === 'CNAME' && rs.some((o) => o.name === r.name && o.type !== 'CNAME')));
    fake.addDomain(Z, [{ Name: 'fwd', Type: 'MXE', Address: '192.0.2.99', MXPref: '10', TTL: '1800' }], 'MXE');
    for (let i = 0; i < 100; i++) {
      const before = fake.domains.get(Z)!.hosts.map((h) => ({ ...h }));
      const ignoreLabel = random() < 0.5 ? pick(labels.filter((l) => l !== '@')) : undefined;
      const noPurge = random() < 0.3;
      const desired = uniq(Array.from({ length: Math.floor(random() * 8) }, randomRec)).filter((r) => r.name !== ignoreLabel);
      const dc = domain(Z, desired, {
        ...(ignoreLabel ? { unmanaged: [{ label_pattern: ignoreLabel, rType_pattern: '*', target_pattern: '*' }] } : {}),
        ...(noPurge ? { keepunknown: true } : {}),
      });
      await apply(t, dc);
      const after = fake.domains.get(Z)!.hosts;
      const has = (h: { Name: string; Type: string; Address: string }) => after.some((a) => a.Name === h.Name && a.Type === h.Type && a.Address === h.Address);
      for (const h of before) {
        // NO_PURGE (as DNSControl) keeps the label:types the config does not name.
        const unmanaged = h.Type === 'MXE' || h.Name === ignoreLabel || (noPurge && !desired.some((r) => r.name === h.Name && r.type === h.Type));
        if (unmanaged) expect(has(h), `push ${i}: ${h.Name} ${h.Type} ${h.Address} was lost`).toBe(true);
      }
      for (const r of desired) expect(after.some((a) => a.Name === r.name && a.Type === r.type), `push ${i}: ${r.name} ${r.type} missing`).toBe(true);
      expect((await apply(t, dc, true)).changes, `push ${i}: not converged`).toBe(0);
    }
  });

  it('a wrong key and an address not on the whitelist are clear errors without the key', async () => {
    await setup();
    const bad = await namecheap.createDns!({ credkey: 'nc', creds: { apikey: 'wrong-key-123456', apiuser: fake.apiUser, base_url: `${fake.url}/xml.response` }, meta: {} });
    const e1 = String(await bad.getZoneRecords(Z).catch((e: unknown) => e));
    expect(e1).toMatch(/error 1011102\): the API key is wrong or API access is not enabled/);
    expect(e1).not.toContain('wrong-key-123456');
    const t = await setup({ clientip: '198.51.100.7' });
    const e2 = String(await t.provider.getZoneRecords(Z).catch((e: unknown) => e));
    expect(e2).toMatch(/RequestIP is invalid \(error 1011150\): .*whitelist/);
    expect(e2).not.toContain(fake.apiKey);
  });

  it('retries HTTP 405 (Namecheap throttling) and gives up with the attempts counted', async () => {
    const t = await setup({ http_retries: '2' });
    fake.faults = { rate: 1, statuses: [429], after: fake.stats.requests };
    const e = String(await t.provider.getZoneRecords(Z).catch((x: unknown) => x));
    expect(e).toMatch(/HTTP 405.*after 3 attempts/s);
    expect(e).not.toContain(fake.apiKey);
  });

  it('domains not in the account read as absent and cannot be created; foreign DNS is explained', async () => {
    const t = await setup();
    fake.unregistered.add('other.example');
    expect(await t.provider.getZoneRecords('other.example')).toEqual([]);
    await expect(t.provider.ensureZone!('other.example')).rejects.toThrow(/not a domain of this Namecheap account/);
    fake.foreignDns.add('ext.example');
    await expect(t.provider.getZoneRecords('ext.example')).rejects.toThrow(/2030288.*BasicDNS/);
  });

  it('lists every domain across pages of 100', async () => {
    const t = await setup();
    for (let i = 0; i < 230; i++) fake.addDomain(`d${String(i).padStart(3, '0')}.example`);
    const names = await t.provider.listZones!();
    expect(names).toHaveLength(230);
    expect(new Set(names).size).toBe(230);
  });

  it.each([
    ['null MX', rec.mx('@', 0, '.'), /null MX/],
    ['TXT with a double quote', rec.txt('t', 'say "hi"'), /double quote/],
    ['TTL below 60', rec.a('a', '192.0.2.1', 30), /60 to 60000/],
    ['SRV', rec.srv('_s._tcp', 1, 1, 1, 'x.example.com.'), /cannot store SRV/],
    ['URL without a scheme', url('go', 'URL', 'example.net'), /needs an http/],
    ['plain A', rec.a('a', '192.0.2.1'), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditNamecheap([r]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });

  it('splits a registered domain at the first dot', () => {
    expect(splitDomain('example.co.uk')).toEqual({ SLD: 'example', TLD: 'co.uk' });
    expect(() => splitDomain('localhost')).toThrow(/not a registered domain/);
  });

  it('reads the API\'s flat XML and refuses what is not well-formed', () => {
    const doc = parseXml('<?xml version="1.0"?><ApiResponse Status="OK"><!-- c --><Errors /><CommandResponse><host Name="a&amp;b" Address=\'x &lt; y\' /></CommandResponse></ApiResponse>');
    expect(doc.children[1]!.children[0]!.attrs).toEqual({ Name: 'a&b', Address: 'x < y' });
    expect(() => parseXml('<a><b></a>')).toThrow(/does not close/);
    expect(() => parseXml('<a')).toThrow(/malformed/);
    expect(() => parseXml('<a>')).toThrow(/not closed/);
  });
});

describe('NAMECHEAP as a registrar', () => {
  const dcNs = (name: string, ...ns: string[]) => domain(name, [], { nameservers: ns.map((n) => ({ name: n })) });
  const creds = (extra: Record<string, string> = {}) => ({ apikey: fake.apiKey, apiuser: fake.apiUser, base_url: `${fake.url}/xml.response`, http_retry_base_ms: '1', max_requests_per_second: '0', ...extra });
  const registrar = async (extra: Record<string, string> = {}) => {
    fake ??= await startNamecheapFake();
    return (await namecheap.createRegistrar!({ credkey: 'nc-reg', creds: creds(extra), meta: {} })) as NamecheapRegistrar;
  };

  it('reads getInfo\'s DnsDetails, sets the whole list with one setCustom (SLD/TLD at the first dot), then has nothing to do', async () => {
    const reg = await registrar();
    fake.addDomain('example.co.uk');
    expect(await reg.getRegistrarCorrections(dcNs('example.co.uk', 'DNS2.registrar-servers.com.', 'dns1.registrar-servers.com'))).toEqual([]);
    const c = await reg.getRegistrarCorrections(dcNs('example.co.uk', 'ns2.example.net.', 'ns1.example.net'));
    expect(c.map((x) => x.msg)).toEqual(['Update nameservers dns1.registrar-servers.com,dns2.registrar-servers.com -> ns1.example.net,ns2.example.net']);
    await c[0]!.run!();
    expect(fake.setCustomCalls).toHaveLength(1);
    const sent = fake.setCustomCalls[0]!;
    expect([sent.get('SLD'), sent.get('TLD'), sent.get('Nameservers')]).toEqual(['example', 'co.uk', 'ns1.example.net,ns2.example.net']);
    expect(fake.domains.get('example.co.uk')!.nameservers).toEqual(['ns1.example.net', 'ns2.example.net']);
    expect(await reg.getRegistrarCorrections(dcNs('example.co.uk', 'ns1.example.net', 'ns2.example.net'))).toEqual([]);
    // Custom servers: Namecheap's DNS no longer serves the domain.
    expect(fake.foreignDns.has('example.co.uk')).toBe(true);
  });

  it('shares the DNS provider\'s client (one limiter per user) for the same creds entry', async () => {
    fake = await startNamecheapFake();
    // The run hands both roles of one creds entry the same `shared` map (src/run/providers.ts), another entry another.
    const shared = new Map<string, unknown>();
    const dns = (await namecheap.createDns!({ credkey: 'nc-shared', creds: creds(), meta: {}, shared })) as NamecheapProvider;
    const reg = (await namecheap.createRegistrar!({ credkey: 'nc-shared', creds: creds(), meta: {}, shared })) as NamecheapRegistrar;
    expect(reg.api).toBe(dns.api);
    const other = (await namecheap.createRegistrar!({ credkey: 'nc-other', creds: creds(), meta: {}, shared: new Map() })) as NamecheapRegistrar;
    expect(other.api).not.toBe(dns.api);
  });

  it('a domain not in the account is an error naming the domain; a refused or throttled setCustom says so without the key', async () => {
    const reg = await registrar({ http_retries: '2' });
    const e = String(await reg.getRegistrarCorrections(dcNs(Z, 'ns1.example.net')).catch((x: unknown) => x));
    expect(e).toMatch(/^ProviderError: NAMECHEAP example\.com: namecheap\.domains\.getInfo: Domain not found \(error 2019166\)$/);
    fake.addDomain(Z);
    // One name server is refused by the fake, as registries refuse it.
    const one = await reg.getRegistrarCorrections(dcNs(Z, 'ns1.example.net'));
    expect(String(await one[0]!.run!().catch((x: unknown) => x))).toMatch(/NAMECHEAP example\.com: namecheap\.domains\.dns\.setCustom: At least two nameservers are required \(error 2011170\)/);
    // Throttled (405) twice, then answered: applied once.
    const c = await reg.getRegistrarCorrections(dcNs(Z, 'ns1.example.net', 'ns2.example.net'));
    fake.faults = { rate: 1, statuses: [429], match: () => fake.stats.faults < 2 };
    await c[0]!.run!();
    expect(fake.stats.faults).toBe(2);
    expect(fake.domains.get(Z)!.nameservers).toEqual(['ns1.example.net', 'ns2.example.net']);
    // Throttled throughout: fails with the attempts counted, the delegation unchanged.
    fake.domains.get(Z)!.nameservers = ['a.old.example', 'b.old.example'];
    fake.faults = { rate: 1, statuses: [429], after: fake.stats.requests };
    const down = String(await c[0]!.run!().catch((x: unknown) => x));
    expect(down).toMatch(/HTTP 405.*after 3 attempts/s);
    expect(down).not.toContain(fake.apiKey);
    expect(fake.domains.get(Z)!.nameservers).toEqual(['a.old.example', 'b.old.example']);
  });
});

describe('NAMECHEAP: untrusted answers', () => {
  async function serve(body: string) {
    const { createServer } = await import('node:http');
    const srv = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(body); });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as { port: number }).port;
    return { url: `http://127.0.0.1:${port}/xml.response`, close: () => new Promise<void>((r) => srv.close(() => r())) };
  }
  const ok = (hosts: string) => `<?xml version="1.0"?><ApiResponse Status="OK"><Errors/><CommandResponse Type="namecheap.domains.dns.getHosts"><DomainDNSGetHostsResult Domain="example.com">${hosts}</DomainDNSGetHostsResult></CommandResponse></ApiResponse>`;

  it.each([
    ['an HTML error page', '<!DOCTYPE html><html><body>Bad gateway</body></html>', /not an XML answer/],
    ['another XML document', '<html><body>proxy</body></html>', /unexpected answer <html>/],
    ['ERROR without errors', '<ApiResponse Status="ERROR"><Errors/></ApiResponse>', /Status ERROR/],
    ['a CAA host that is not CAA rdata', ok('<host Name="@" Type="CAA" Address="nonsense" MXPref="10" TTL="300"/>'), /cannot read CAA @ "nonsense"/],
  ])('%s is a clear error, not a crash', async (_n, body, want) => {
    const s = await serve(body);
    try {
      const provider = await namecheap.createDns!({ credkey: 'nc', creds: { apikey: 'k-123456', apiuser: 'u', base_url: s.url, http_retries: '0', max_requests_per_second: '0' }, meta: {} });
      await expect(provider.getZoneRecords(Z)).rejects.toThrow(want);
    } finally {
      await s.close();
    }
  });
  const info = (inner: string) => `<ApiResponse Status="OK"><Errors/><CommandResponse Type="namecheap.domains.getInfo"><DomainGetInfoResult DomainName="example.com">${inner}</DomainGetInfoResult><DomainDNSSetCustomResult Domain="example.com" Updated="false"/></CommandResponse></ApiResponse>`;
  it.each([
    ['getInfo without DnsDetails', info(''), /NAMECHEAP example\.com: namecheap\.domains\.getInfo answered no DnsDetails/],
    ['getInfo with no Nameserver', info('<DnsDetails ProviderType="CUSTOM"/>'), /answered no Nameserver in DnsDetails/],
    ['setCustom answering Updated="false"', info('<DnsDetails><Nameserver>a.example.net</Nameserver></DnsDetails>'), /setCustom did not answer Updated="true" \(Updated="false"\)/],
  ])('registrar: %s is a clear error', async (_n, body, want) => {
    const s = await serve(body);
    try {
      const reg = await namecheap.createRegistrar!({ credkey: 'nc-untrusted', creds: { apikey: 'k-123456', apiuser: 'u', base_url: s.url, http_retries: '0', max_requests_per_second: '0' }, meta: {} });
      const run = async () => { for (const c of await reg.getRegistrarCorrections(domain(Z, [], { nameservers: [{ name: 'ns1.example.net' }, { name: 'ns2.example.net' }] }))) await c.run!(); };
      await expect(run()).rejects.toThrow(want);
    } finally {
      await s.close();
    }
  });
});
