// CLOUDNS against the fake (test/fakes/cloudns).
import { afterEach, describe, expect, it } from 'vitest';
import { startCloudnsFake, type CloudnsFake } from '../../../test/fakes/cloudns/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import type { RecordConfig } from '../../ir/types.js';
import { cloudns } from './index.js';
import { auditCloudns } from './audit.js';
import { fixTtl } from './provider.js';

const Z = 'example.com';
let fake: CloudnsFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startCloudnsFake();
  const provider = await cloudns.createDns!({ credkey: 'cl', creds: { 'auth-id': fake.authId, 'auth-password': fake.password, base_url: fake.url, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
  return { label: 'cl', type: cloudns, provider, zone: Z };
}
// The apex NS ClouDNS puts in a new zone are left out.
const stored = () => [...fake.zones.get(Z)!.records.values()].filter((r) => !(r.type === 'NS' && r.host === ''));

describe('CLOUDNS', () => {
  it('rounds each TTL up to an allowed one before the diff, so a second plan is clean', async () => {
    const t = await setup();
    const dc = domain(Z, [rec.a('a', '192.0.2.1', 301), rec.a('b', '192.0.2.2', 5_000_000), rec.a('c', '192.0.2.3', 1)]);
    await apply(t, dc);
    expect(stored().map((r) => [r.host, r.ttl]).sort()).toEqual([['a', '900'], ['b', '2419200'], ['c', '60']]);
    expect((await apply(t, dc, true)).lines).toEqual([]);
    expect(fixTtl([60, 300], 200)).toBe(300);
  });

  it('reads a null MX (stored without its dot, empty) back as ".", not as the apex; an MX to the apex stays the apex', async () => {
    const t = await setup();
    const dc = domain(Z, [rec.mx('nmx', 0, '.'), rec.mx('foo', 8, `${Z}.`)]);
    await apply(t, dc);
    expect(stored().map((r) => [r.host, r.record]).sort()).toEqual([['foo', Z], ['nmx', '']]);
    expect((await apply(t, dc, true)).lines).toEqual([]);
  });

  it('two NAPTR at one name that differ only in order, preference, service or regexp are two records', async () => {
    const t = await setup();
    const dc = domain(Z, [
      rec.naptr('test', 100, 10, 'U', 'E2U+sip', '!^.*$!sip:customer-service@example.com!', '.'),
      rec.naptr('test', 102, 10, 'U', 'E2U+email', '!^.*$!mailto:information@example.com!', '.'),
    ]);
    await apply(t, dc);
    expect(stored().filter((r) => r.type === 'NAPTR')).toHaveLength(2);
    expect((await apply(t, dc, true)).lines).toEqual([]);
  });

  it('creates A/AAAA before NS and NS before DS, and deletes DS before NS, as ClouDNS requires', async () => {
    const t = await setup();
    const dc = domain(Z, [
      rec.ds('sub', 12345, 13, 2, 'ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789'),
      rec.ns('sub', `ns1.sub.${Z}.`), rec.a('ns1.sub', '192.0.2.53'),
    ]);
    await apply(t, dc);
    expect(stored().map((r) => r.type).sort()).toEqual(['A', 'DS', 'NS']);
    expect(stored().find((r) => r.type === 'NS')!.record).toBe(`ns1.sub.${Z}`);
    expect((await apply(t, dc, true)).lines).toEqual([]);
    await apply(t, domain(Z, [rec.a('ns1.sub', '192.0.2.53')]));
    expect(stored().map((r) => r.type)).toEqual(['A']);
  });

  it('stores CLOUDNS_WR as a web redirect and reads it back, and keeps a GeoDNS location per record', async () => {
    const t = await setup();
    const geo = (r: RecordConfig, code: string): RecordConfig => ({ ...r, meta: { cloudns_geodns_code: code } });
    const wr: RecordConfig = { type: 'CLOUDNS_WR', name: 'go', target: 'https://example.net/', ttl: 300, meta: { orig_custom_type: 'CLOUDNS_WR' } };
    const dc = domain(Z, [wr, geo(rec.a('www', '192.0.2.1'), 'EU'), geo(rec.a('www', '192.0.2.2'), 'NA')]);
    await apply(t, dc);
    expect(stored().find((r) => r.host === 'go')!.type).toBe('CLOUD_WR');
    expect(stored().filter((r) => r.host === 'www').map((r) => r['geodns-code']).sort()).toEqual(['EU', 'NA']);
    expect((await apply(t, dc, true)).lines).toEqual([]);
    const moved = domain(Z, [wr, geo(rec.a('www', '192.0.2.1'), 'AS'), geo(rec.a('www', '192.0.2.2'), 'NA')]);
    expect((await apply(t, moved, true)).changes).toBe(1);
    await apply(t, moved);
    expect(stored().filter((r) => r.host === 'www').map((r) => r['geodns-code']).sort()).toEqual(['AS', 'NA']);
  });

  it('reads CAA, TLSA, SSHFP, NAPTR and LOC back as written', async () => {
    const t = await setup();
    const loc: RecordConfig = { type: 'LOC', name: 'here', target: '', ttl: 300, locversion: 0, locsize: 0x12, lochorizpre: 0x16, locvertpre: 0x13,
      loclatitude: 2336370232, loclongitude: 2165253080, localtitude: 9999800 };
    const dc = domain(Z, [
      rec.caa('@', 0, 'issue', 'letsencrypt.org'), rec.tlsa('_443._tcp', 3, 1, 1, 'abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789'),
      rec.sshfp('@', 4, 2, '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'),
      rec.naptr('sip', 100, 10, 'U', 'E2U+sip', '!^.*$!sip:info@example.com!', '.'), loc,
    ]);
    await apply(t, dc);
    expect((await apply(t, dc, true)).lines).toEqual([]);
  });

  it('turns DNSSEC on and off with AUTODNSSEC', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('a', '192.0.2.1')], { auto_dnssec: 'on' }));
    expect(fake.zones.get(Z)!.dnssec).toBe(true);
    expect((await apply(t, domain(Z, [rec.a('a', '192.0.2.1')], { auto_dnssec: 'on' }), true)).lines).toEqual([]);
    await apply(t, domain(Z, [rec.a('a', '192.0.2.1')], { auto_dnssec: 'off' }));
    expect(fake.zones.get(Z)!.dnssec).toBe(false);
  });

  it('a "Failed" answer at HTTP 200 is an error; throttling at HTTP 200 is retried; the password never shows', async () => {
    const t = await setup();
    await apply(t, domain(Z, []));
    fake.faults = { rate: 0.5, statuses: [429] };
    await apply(t, domain(Z, Array.from({ length: 20 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'))));
    fake.faults = { rate: 0, statuses: [] };
    expect(stored()).toHaveLength(20);
    expect(fake.stats.faults).toBeGreaterThan(0);
    // An NS below its own name without the target's address: ClouDNS refuses it.
    const err = await apply(t, domain(Z, [rec.ns('sub', `ns1.sub.${Z}.`)])).catch((e: unknown) => e as Error);
    expect(String(err)).toMatch(/needs an A or AAAA record/);
    const bad = await cloudns.createDns!({ credkey: 'cl', creds: { 'auth-id': fake.authId, 'auth-password': 'w r&o+ng!pass', base_url: fake.url }, meta: {} });
    const e2 = await bad.listZones!().catch((e: unknown) => e as Error);
    expect(String(e2)).toMatch(/Invalid authentication/);
    for (const form of ['w r&o+ng!pass', encodeURIComponent('w r&o+ng!pass'), new URLSearchParams({ p: 'w r&o+ng!pass' }).toString().slice(2)]) expect(String(e2)).not.toContain(form);
    for (const form of [fake.password, new URLSearchParams({ p: fake.password }).toString().slice(2)]) expect(String(err)).not.toContain(form);
  });

  it('asks a read again once when it gets no answer, never a write (ClouDNS writes are GETs too)', async () => {
    const t = await setup({ timeout: '0.2' });
    await apply(t, domain(Z, []));
    fake.faults = { rate: 0, statuses: [], hang: true, match: (r) => r.path.endsWith('/add-record.json') };
    await expect(apply(t, domain(Z, [rec.a('a', '192.0.2.1')]))).rejects.toThrow(/no answer/);
    expect(fake.stats.hung).toBe(1);
    fake.faults = { rate: 0, statuses: [], hang: true, match: (r) => r.path.endsWith('/records.json') };
    await expect(t.provider.getZoneRecords(Z)).rejects.toThrow(/no answer/);
    expect(fake.stats.hung).toBe(3);
  });

  it('works as a sub-user (sub-auth-id)', async () => {
    fake = await startCloudnsFake();
    const p = await cloudns.createDns!({ credkey: 'cl', creds: { 'sub-auth-id': fake.subAuthId, 'auth-password': fake.password, base_url: fake.url }, meta: {} });
    expect(await p.listZones!()).toEqual([]);
  });

  it.each([
    ['TXT with a quote', rec.txt('t', 'say "hi"'), /double quote/],
    ['TXT with a backtick', rec.txt('t', 'a`b'), /backtick/],
    ['TXT trailing space', rec.txt('t', 'x '), /trailing space/],
    ['empty TXT', rec.txt('t', ''), /empty TXT/],
    ['SRV without target', rec.srv('_x._tcp', 0, 0, 0, '.'), /empty target/],
    ['WR without a URL', { type: 'CLOUDNS_WR', name: 'w', target: 'example.net', ttl: 300 }, /URL/],
    ['HTTPS', rec.svc('HTTPS', 'w', 1, '.', ''), /cannot store HTTPS/],
    ['plain A', rec.a('a', '192.0.2.1'), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditCloudns([r as RecordConfig]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});
