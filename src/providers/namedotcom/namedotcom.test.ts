// NAMEDOTCOM against the fake (test/fakes/namedotcom).
import { afterEach, describe, expect, it } from 'vitest';
import { startNamecomFake, type NamecomFake } from '../../../test/fakes/namedotcom/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { namedotcom } from './index.js';
import { auditNamecom } from './audit.js';

const Z = 'example.com';
let fake: NamecomFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startNamecomFake();
  const provider = await namedotcom.createDns!({ credkey: 'ncom', creds: { apiuser: fake.user, apikey: fake.token, base_url: fake.url, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
  return { label: 'ncom', type: namedotcom, provider, zone: Z };
}

describe('NAMEDOTCOM', () => {
  it('stores the apex as host "", hostnames without the dot, ALIAS as ANAME and SRV as "weight port target"', async () => {
    const t = await setup();
    const dc = domain(Z, [rec.a('@', '192.0.2.1'), rec.cname('www', `${Z}.`), rec.alias('@', 'target.example.net.'), rec.srv('_sip._tcp', 10, 60, 5060, `sip.${Z}.`)]);
    await apply(t, dc);
    const stored = [...fake.domains.get(Z)!.records.values()];
    expect(stored.find((r) => r.type === 'A')).toMatchObject({ host: '', fqdn: `${Z}.` });
    expect(stored.find((r) => r.type === 'CNAME')!.answer).toBe(Z);
    expect(stored.find((r) => r.type === 'ANAME')!.answer).toBe('target.example.net');
    expect(stored.find((r) => r.type === 'SRV')).toMatchObject({ answer: `60 5060 sip.${Z}`, priority: 10 });
    expect((await apply(t, dc, true)).lines).toEqual([]);
  });

  it('changes a record by deleting it and creating the new one (the API has no update here)', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('www', '192.0.2.1')]));
    const before = [...fake.domains.get(Z)!.records.values()][0]!.id;
    await apply(t, domain(Z, [rec.a('www', '192.0.2.2')]));
    const after = [...fake.domains.get(Z)!.records.values()];
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ answer: '192.0.2.2' });
    expect(after[0]!.id).not.toBe(before);
    expect(fake.stats.byRoute['PUT /v4/domains/example.com/records/:n']).toBeUndefined();
  });

  it('leaves the apex NS alone (Name.com serves them) and follows nextPage', async () => {
    const t = await setup();
    fake.perPage = 100;
    await apply(t, domain(Z, Array.from({ length: 250 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'))));
    const before = fake.stats.byRoute[`GET /v4/domains/${Z}/records`]!;
    expect(await t.provider.getZoneRecords(Z)).toHaveLength(250);
    expect(fake.stats.byRoute[`GET /v4/domains/${Z}/records`]! - before).toBe(3);
    expect([...fake.domains.get(Z)!.records.values()].some((r) => r.type === 'NS')).toBe(false);
  });

  it('cannot create a zone: a domain the account does not hold is an error, and reads as empty', async () => {
    const t = await setup();
    fake.unregistered.add('other.example');
    expect(await t.provider.getZoneRecords('other.example')).toEqual([]);
    await expect(t.provider.ensureZone!('other.example')).rejects.toThrow(/not a domain of this Name.com account/);
  });

  it('never shows the token, even when the API echoes it', async () => {
    const t = await setup({ http_retries: '0' });
    fake.unregistered.add('x.example');
    const err = await apply(t, domain('x.example', [rec.a('a', '192.0.2.1')])).catch((e: unknown) => e as Error);
    expect(String(err)).not.toContain(fake.token);
    const echo = await namedotcom.createDns!({ credkey: 'n', creds: { apiuser: fake.user, apikey: 'bad-secret-token', base_url: fake.url, http_retries: '0' }, meta: {} });
    const e2 = await echo.listZones!().catch((e: unknown) => e as Error);
    expect(String(e2)).toMatch(/401/);
    expect(String(e2)).not.toContain('bad-secret-token');
  });

  it('as a registrar, sets the whole delegation with SetNameservers; its own per-account NS names end the loop', async () => {
    fake = await startNamecomFake();
    const shared = new Map<string, unknown>();
    const ctx = { credkey: 'ncom', creds: { apiuser: fake.user, apikey: fake.token, base_url: fake.url, http_retry_base_ms: '1', max_requests_per_second: '0' }, meta: {}, shared };
    const dns = await namedotcom.createDns!(ctx);
    const reg = await namedotcom.createRegistrar!(ctx);
    expect((reg as unknown as { api: unknown }).api).toBe((dns as unknown as { api: unknown }).api);
    const elsewhere = domain(Z, [], { nameservers: [{ name: 'NS2.example.net.' }, { name: 'ns1.example.net' }] });
    const c = await reg.getRegistrarCorrections(elsewhere);
    expect(c.map((x) => x.msg)).toEqual(['Update nameservers ns1.name.com,ns2.name.com,ns3.name.com,ns4.name.com -> ns1.example.net,ns2.example.net']);
    await c[0]!.run!();
    expect(fake.domains.get(Z)!.nameservers).toEqual(['ns1.example.net', 'ns2.example.net']);
    expect(await reg.getRegistrarCorrections(elsewhere)).toEqual([]);
    // Back to Name.com's own servers: stored as ns1abc.name.com…, which its DNS provider then reports.
    const back = domain(Z, [], { nameservers: (await dns.getNameservers(Z)).map((name) => ({ name })) });
    await (await reg.getRegistrarCorrections(back))[0]!.run!();
    expect(fake.domains.get(Z)!.nameservers).toEqual(['ns1abc.name.com', 'ns2abc.name.com', 'ns3abc.name.com', 'ns4abc.name.com']);
    const again = domain(Z, [], { nameservers: (await dns.getNameservers(Z)).map((name) => ({ name })) });
    expect(await reg.getRegistrarCorrections(again)).toEqual([]);
    fake.unregistered.add('other.example');
    await expect(reg.getRegistrarCorrections(domain('other.example', []))).rejects.toThrow(/not a domain of this Name.com account/);
  });

  it.each([
    ['TXT with a quote', rec.txt('t', 'say "hi"'), /double quote/],
    ['TXT trailing space', rec.txt('t', 'x '), /trailing space/],
    ['TXT over 510', rec.txt('t', 'x'.repeat(511)), /510/],
    ['empty TXT', rec.txt('t', ''), /empty TXT/],
    ['null MX', rec.mx('@', 0, '.'), /null MX/],
    ['SRV without target', rec.srv('_x._tcp', 0, 0, 0, '.'), /empty target/],
    ['TTL 60', rec.a('a', '192.0.2.1', 60), /minimum of 300/],
    ['CAA', rec.caa('@', 0, 'issue', 'x'), /cannot store CAA/],
    ['plain A', rec.a('a', '192.0.2.1'), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditNamecom([r]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});
