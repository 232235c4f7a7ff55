// DNSIMPLE against the fake (test/fakes/dnsimple).
import { afterEach, describe, expect, it } from 'vitest';
import { startDnsimpleFake, type DnsimpleFake } from '../../../test/fakes/dnsimple/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { dnsimple } from './index.js';
import { auditDnsimple } from './audit.js';

const Z = 'example.com';
let fake: DnsimpleFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startDnsimpleFake();
  const provider = await dnsimple.createDns!({ credkey: 'ds', creds: { token: fake.token, base_url: fake.url, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
  return { label: 'ds', type: dnsimple, provider, zone: Z };
}

describe('DNSIMPLE', () => {
  it('stores names relative ("" apex), hostnames without the dot, MX/SRV priority apart, and reads them back as configured', async () => {
    const t = await setup();
    const dc = domain(Z, [
      rec.cname('www', `${Z}.`), rec.mx('@', 10, `mx.${Z}.`), rec.srv('_sip._tcp', 10, 60, 5060, 'sip.example.net.'),
      rec.txt('t', 'v=spf1 -all'), rec.caa('@', 0, 'issue', 'letsencrypt.org'), rec.alias('@', 'target.example.net.'),
    ]);
    await apply(t, dc);
    const stored = [...fake.zones.get(Z)!.records.values()].filter((r) => !r.system_record);
    expect(stored.find((r) => r.type === 'CNAME')).toMatchObject({ name: 'www', content: Z });
    expect(stored.find((r) => r.type === 'MX')).toMatchObject({ name: '', content: `mx.${Z}`, priority: 10 });
    expect(stored.find((r) => r.type === 'SRV')).toMatchObject({ name: '_sip._tcp', content: '60 5060 sip.example.net', priority: 10 });
    expect(stored.find((r) => r.type === 'TXT')!.content).toBe('"v=spf1 -all"');
    expect(stored.find((r) => r.type === 'CAA')!.content).toBe('0 issue "letsencrypt.org"');
    expect((await apply(t, dc, true)).lines).toEqual([]);
  });

  it('takes the account from /v2/whoami once, or from accountid without asking', async () => {
    let t = await setup();
    await apply(t, domain(Z, [rec.a('a', '192.0.2.1'), rec.a('b', '192.0.2.2')]));
    expect(fake.stats.byRoute['GET /v2/whoami']).toBe(1);
    await fake.close();
    t = await setup({ accountid: '1010' });
    await apply(t, domain(Z, [rec.a('a', '192.0.2.1')]));
    expect(fake.stats.byRoute['GET /v2/whoami']).toBeUndefined();
  });

  it('refuses a user token: an account token is needed', async () => {
    const t = await setup();
    const user = await dnsimple.createDns!({ credkey: 'ds', creds: { token: fake.userToken, base_url: fake.url, http_retry_base_ms: '1' }, meta: {} });
    await expect(user.listZones!()).rejects.toThrow(/user token: an account token is needed/);
    expect(await t.provider.listZones!()).toEqual([]);
  });

  it('creates the zone as a hosted domain, and follows pagination past 100 records', async () => {
    const t = await setup();
    await apply(t, domain(Z, Array.from({ length: 250 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'))));
    expect(await t.provider.listZones!()).toEqual([Z]);
    const before = fake.stats.byRoute[`GET /v2/:n/zones/${Z}/records`]!;
    expect(await t.provider.getZoneRecords(Z)).toHaveLength(250); // the SOA and the apex NS are left out
    expect(fake.stats.byRoute[`GET /v2/:n/zones/${Z}/records`]! - before).toBe(3); // 255 records, 100 a page
  });

  it('leaves the apex NS to DNSimple and warns about others the config names', async () => {
    const t = await setup();
    const dc = domain(Z, [rec.a('a', '192.0.2.1'), rec.ns('@', 'ns1.other.example.'), rec.ns('@', 'ns1.dnsimple-edge.com.')]);
    await apply(t, dc);
    expect([...fake.zones.get(Z)!.records.values()].filter((x) => x.type === 'NS')).toHaveLength(4);
    const mine = { ...dc, records: [...dc.records] };
    expect(await t.provider.getZoneRecords(Z, mine)).toHaveLength(1);
    expect(mine.records.map((r) => r.type)).toEqual(['A']);
    const msgs = (await t.provider.getCorrections(mine, [], [], 0)).map((c) => c.msg);
    expect(msgs).toEqual(['WARNING: DNSimple does not allow the apex NS records to be changed: ns1.other.example. is not added']);
  });

  it('turns DNSSEC on and off with AUTODNSSEC', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('a', '192.0.2.1')], { auto_dnssec: 'on' }));
    expect(fake.zones.get(Z)!.dnssec).toBe(true);
    expect((await apply(t, domain(Z, [rec.a('a', '192.0.2.1')], { auto_dnssec: 'on' }), true)).changes).toBe(0);
    await apply(t, domain(Z, [rec.a('a', '192.0.2.1')], { auto_dnssec: 'off' }));
    expect(fake.zones.get(Z)!.dnssec).toBe(false);
  });

  it('a null MX replaces an MX by delete and create', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.mx('@', 10, `mx.${Z}.`)]));
    await apply(t, domain(Z, [rec.mx('@', 0, '.')]));
    expect([...fake.zones.get(Z)!.records.values()].find((r) => r.type === 'MX')).toMatchObject({ content: '.', priority: 0 });
    expect((await apply(t, domain(Z, [rec.mx('@', 0, '.')]), true)).changes).toBe(0);
  });

  it('a rejected token or a validation error gives the API message without the token', async () => {
    let t = await setup({ token: 'wrong-token-0123456789' });
    let err = (await t.provider.getZoneRecords(Z).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/HTTP 401.*Authentication failed/);
    expect(err.message).not.toContain('wrong-token-0123456789');
    await fake.close();
    t = await setup();
    await t.provider.ensureZone!(Z);
    fake.faults = { rate: 1, statuses: [500] };
    err = (await t.provider.listZones!().catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/HTTP 500/);
    expect(String(err.stack)).not.toContain(fake.token);
  });

  it('waits for the quota to reset on a 429 with X-RateLimit-Remaining 0', async () => {
    const t = await setup();
    await t.provider.ensureZone!(Z);
    // The first GET only: a timer that lifted the fault raced the retry on a loaded machine.
    let gets = 0;
    fake.faults = { rate: 1, statuses: [429], retryAfter: 1, after: fake.stats.requests, match: (q) => q.method === 'GET' && gets++ === 0 };
    const started = Date.now();
    expect(await t.provider.listZones!()).toEqual([Z]);
    expect(fake.stats.faults).toBe(1); // one 429, then a wait until X-RateLimit-Reset
    expect(Date.now() - started).toBeGreaterThan(0);
  });

  it('as a registrar, sets the delegation of a registered domain and leaves a hosted one alone', async () => {
    fake = await startDnsimpleFake();
    const reg = await dnsimple.createRegistrar!({ credkey: 'ds', creds: { token: fake.token, base_url: fake.url, http_retry_base_ms: '1', max_requests_per_second: '0' }, meta: {} });
    fake.register(Z);
    const dc = domain(Z, [], { nameservers: [{ name: 'ns1.example.net' }, { name: 'NS2.example.net.' }] });
    const c = await reg.getRegistrarCorrections(dc);
    expect(c.map((x) => x.msg)).toEqual(['Update nameservers ns1.dnsimple-edge.com,ns2.dnsimple-edge.net,ns3.dnsimple-edge.io,ns4.dnsimple-edge.org -> ns1.example.net,ns2.example.net']);
    await c[0]!.run!();
    expect(fake.zones.get(Z)!.delegation).toEqual(['ns1.example.net', 'ns2.example.net']);
    expect(await reg.getRegistrarCorrections(dc)).toEqual([]);
    fake.zones.get(Z)!.state = 'hosted';
    const hosted = await reg.getRegistrarCorrections(dc);
    expect(hosted[0]!.run).toBeUndefined();
    expect(hosted[0]!.msg).toMatch(/not applied: example.com is not registered at DNSimple/);
    await expect(reg.getRegistrarCorrections(domain('other.example', []))).rejects.toThrow(/not a domain of this DNSimple account/);
  });

  it.each([
    ['empty TXT', rec.txt('t', ''), /empty TXT/],
    ['TXT over 1000', rec.txt('t', 'x'.repeat(1001)), /1000/],
    ['TXT with a trailing space', rec.txt('t', 'x '), /ends with a space/],
    ['TXT with an unpaired quote', rec.txt('t', 'say "hi'), /unpaired/],
    ['DS', rec.ds('c', 1, 13, 2, 'AB'), /cannot store DS/],
    ['TXT with paired quotes', rec.txt('t', 'say "hi"'), null],
    ['ALIAS', rec.alias('@', 'x.example.net.'), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditDnsimple([r]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});
