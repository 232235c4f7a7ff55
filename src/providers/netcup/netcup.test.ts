// NETCUP against the fake (test/fakes/netcup).
import { afterEach, describe, expect, it } from 'vitest';
import { startNetcupFake, type NetcupFake } from '../../../test/fakes/netcup/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { netcup } from './index.js';
import { auditNetcup } from './audit.js';
import { diffZone } from '../../diff/diff.js';

const Z = 'example.com';
let fake: NetcupFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startNetcupFake();
  const provider = await netcup.createDns!({ credkey: 'nc', creds: { 'api-key': fake.apikey, 'api-password': fake.password, 'customer-number': fake.customer, base_url: fake.url, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
  return { label: 'nc', type: netcup, provider, zone: Z };
}

describe('NETCUP', () => {
  it('logs in once, sends hostnames without the dot, and reads the records back as the config has them', async () => {
    const t = await setup();
    const dc = domain(Z, [rec.a('@', '192.0.2.1'), rec.cname('www', `${Z}.`), rec.mx('@', 10, `mx.${Z}.`), rec.srv('_sip._tcp', 10, 60, 5060, `sip.${Z}.`), rec.caa('@', 0, 'issue', 'letsencrypt.org')]);
    await apply(t, dc);
    const stored = [...fake.domains.get(Z)!.records.values()];
    expect(stored.find((r) => r.type === 'CNAME')!.destination).toBe(Z);
    expect(stored.find((r) => r.type === 'MX')).toMatchObject({ destination: `mx.${Z}`, priority: '10' });
    expect(stored.find((r) => r.type === 'CAA')!.destination).toBe('0 issue "letsencrypt.org"');
    expect(stored.some((r) => r.type === 'NS')).toBe(false);
    expect((await apply(t, dc, true)).lines).toEqual([]);
    expect(fake.bodies.filter((b) => b.includes('"login"'))).toHaveLength(1);
  });

  it('has one TTL per zone: the highest the config asks for, set on the zone, and records follow it', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('a', '192.0.2.1', 300), rec.a('b', '192.0.2.2', 300)]));
    expect(fake.domains.get(Z)!.ttl).toBe(300);
    const dc = domain(Z, [rec.a('a', '192.0.2.1', 300), rec.a('b', '192.0.2.2', 3600)]);
    const plan = await apply(t, dc, true);
    expect(plan.changes).toBe(2);
    await apply(t, dc);
    expect(fake.domains.get(Z)!.ttl).toBe(3600);
    expect((await t.provider.getZoneRecords(Z)).map((r) => r.ttl)).toEqual([3600, 3600]);
    expect((await apply(t, dc, true)).changes).toBe(0);
  });

  it('logs in again when the session has expired', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('a', '192.0.2.1')]));
    fake.expireSessions();
    await apply(t, domain(Z, [rec.a('a', '192.0.2.9')]));
    expect([...fake.domains.get(Z)!.records.values()][0]!.destination).toBe('192.0.2.9');
    expect(fake.bodies.filter((b) => b.includes('"login"'))).toHaveLength(2);
  });

  it('asks a read again once when it gets no answer, never an update (every call is a POST)', async () => {
    const t = await setup({ timeout: '0.2' });
    await apply(t, domain(Z, []));
    fake.faults = { rate: 0, statuses: [], hang: true, match: (r) => r.body.includes('"updateDnsRecords"') };
    await expect(apply(t, domain(Z, [rec.a('a', '192.0.2.1')]))).rejects.toThrow(/no answer/);
    expect(fake.stats.hung).toBe(1);
    fake.faults = { rate: 0, statuses: [], hang: true, match: (r) => r.body.includes('"infoDnsRecords"') };
    await expect(t.provider.getZoneRecords(Z)).rejects.toThrow(/no answer/);
    expect(fake.stats.hung).toBe(3);
  });

  it('treats an empty zone (status 5029) as no records, and a domain of no customer as absent', async () => {
    const t = await setup();
    expect(await t.provider.getZoneRecords(Z)).toEqual([]);
    fake.unregistered.add('other.example');
    expect(await t.provider.getZoneRecords('other.example')).toEqual([]);
    await expect(t.provider.ensureZone!('other.example')).rejects.toThrow(/not a domain of this netcup customer/);
  });

  it('an API failure at HTTP 200 is an error, and never shows the password, key or session id', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('a', '192.0.2.1')]));
    const session = [...fake.sessions][0]!;
    // Plan a change, then let the record vanish before it runs: the update of an unknown id is refused.
    const dc = domain(Z, [rec.a('a', '192.0.2.2')]);
    const existing = await t.provider.getZoneRecords(Z, dc);
    const diff = diffZone(dc, existing, { mode: 'record' });
    const corrections = await t.provider.getCorrections(dc, existing, diff.changes, diff.actualChangeCount);
    fake.domains.get(Z)!.records.clear();
    let err: unknown;
    for (const c of corrections) await c.run?.().catch((e: unknown) => { err = e; });
    expect(String(err)).toMatch(/not found/);
    for (const s of [fake.password, fake.apikey, session]) expect(String(err)).not.toContain(s);
    const bad = await netcup.createDns!({ credkey: 'nc', creds: { 'api-key': fake.apikey, 'api-password': 'wrong-password-x', 'customer-number': fake.customer, base_url: fake.url }, meta: {} });
    const e2 = await bad.getZoneRecords(Z).catch((e: unknown) => e as Error);
    expect(String(e2)).toMatch(/login.*credentials are invalid/);
    expect(String(e2)).not.toContain('wrong-password-x');
  });

  it.each([
    ['NS below the apex', rec.ns('sub', 'ns1.example.net.'), /NS records are not managed/],
    ['empty TXT', rec.txt('t', ''), /empty TXT/],
    ['null MX', rec.mx('@', 0, '.'), /null MX/],
    ['PTR', rec.ptr('p', 'x.example.com.'), /cannot store PTR/],
    ['plain A', rec.a('a', '192.0.2.1'), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditNetcup([r]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});
