// LINODE against the fake (test/fakes/linode).
import { afterEach, describe, expect, it } from 'vitest';
import { startLinodeFake, type LinodeFake } from '../../../test/fakes/linode/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { linode } from './index.js';
import { auditLinode } from './audit.js';
import { snapTtl } from './convert.js';

const Z = 'example.com';
let fake: LinodeFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startLinodeFake();
  const provider = await linode.createDns!({ credkey: 'li', creds: { token: fake.token, base_url: `${fake.url}/v4`, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
  return { label: 'li', type: linode, provider, zone: Z };
}
const stored = () => [...fake.domains.get(Z)!.records.values()];

describe('LINODE', () => {
  it('writes SRV by service and protocol, hostnames as FQDNs without the dot, CAA tag apart, and reads them back as configured', async () => {
    const t = await setup();
    const dc = domain(Z, [
      rec.srv('_sip._tcp', 10, 60, 5060, `sip.${Z}.`), rec.cname('www', `${Z}.`), rec.mx('@', 10, 'mx.example.net.'),
      rec.caa('@', 0, 'issue', 'letsencrypt.org'), rec.txt('t', 'v=spf1 -all'),
    ]);
    await apply(t, dc);
    expect(stored().find((r) => r.type === 'SRV')).toMatchObject({ name: '_sip._tcp', service: 'sip', protocol: 'tcp', target: `sip.${Z}`, priority: 10, weight: 60, port: 5060 });
    expect(stored().find((r) => r.type === 'CNAME')).toMatchObject({ name: 'www', target: Z });
    expect(stored().find((r) => r.type === 'MX')).toMatchObject({ name: '', target: 'mx.example.net', priority: 10 });
    expect(stored().find((r) => r.type === 'CAA')).toMatchObject({ tag: 'issue', target: 'letsencrypt.org' });
    expect(stored().find((r) => r.type === 'TXT')!.target).toBe('v=spf1 -all');
    expect((await apply(t, dc, true)).lines).toEqual([]);
  });

  it('creates a record with its TTL in one POST (as Linode documents), rounds TTLs up, and reads a rounded TTL as configured', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('a', '192.0.2.1', 300), rec.a('b', '192.0.2.2', 600)]));
    expect(fake.stats.byRoute['POST /v4/domains/:n/records']).toBe(2);
    expect(fake.stats.byRoute['PUT /v4/domains/:n/records/:n']).toBeUndefined();
    expect(stored().map((r) => r.ttl_sec).sort((x, y) => x - y)).toEqual([300, 3600]);
    expect((await apply(t, domain(Z, [rec.a('a', '192.0.2.1', 300), rec.a('b', '192.0.2.2', 600)]), true)).changes).toBe(0);
    // 600 → 3600 is stored; asking for 3000 rounds to the same 3600: nothing to do.
    expect((await apply(t, domain(Z, [rec.a('a', '192.0.2.1', 300), rec.a('b', '192.0.2.2', 3000)]), true)).changes).toBe(0);
    expect((await apply(t, domain(Z, [rec.a('a', '192.0.2.1', 300), rec.a('b', '192.0.2.2', 7000)]), true)).changes).toBe(1);
    expect([snapTtl(1), snapTtl(300), snapTtl(301), snapTtl(5_000_000)]).toEqual([300, 300, 3600, 2419200]);
  });

  it('when a POST does not take the TTL (as DNSControl reports), a PUT sets it', async () => {
    const t = await setup();
    fake.postIgnoresTtl = true;
    await apply(t, domain(Z, [rec.a('a', '192.0.2.1', 300), rec.a('b', '192.0.2.2', 600)]));
    expect(fake.stats.byRoute['POST /v4/domains/:n/records']).toBe(2);
    expect(fake.stats.byRoute['PUT /v4/domains/:n/records/:n']).toBe(2);
    expect(stored().map((r) => r.ttl_sec).sort((x, y) => x - y)).toEqual([300, 3600]);
  });

  it('a record created whose TTL PUT fails counts as applied, and the push fails saying so', async () => {
    const t = await setup({ http_retries: '1' });
    fake.postIgnoresTtl = true;
    await t.provider.ensureZone!(Z);
    fake.faults = { rate: 1, statuses: [500], match: (q) => q.method === 'PUT' };
    const err = (await apply(t, domain(Z, [rec.a('a', '192.0.2.1')])).catch((e: unknown) => e)) as Error & { details: { applied: string[]; notApplied: string[] } };
    expect(err.message).toMatch(/1 record\(s\) created with Linode's default TTL: setting their TTL failed: .*HTTP 500/);
    expect(err.details.applied).toHaveLength(1);
    expect(err.details.notApplied).toEqual([]);
    expect(stored()).toHaveLength(1);
  });

  it('reads ns1–ns5.linode.com as the apex NS and never deletes them', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('a', '192.0.2.1')]));
    const ns = (await t.provider.getZoneRecords(Z)).filter((r) => r.type === 'NS').map((r) => r.target);
    expect(ns).toEqual(['ns1.linode.com.', 'ns2.linode.com.', 'ns3.linode.com.', 'ns4.linode.com.', 'ns5.linode.com.']);
    const dc = domain(Z, [rec.a('a', '192.0.2.1')]);
    const existing = await t.provider.getZoneRecords(Z, dc);
    const { diffZone } = await import('../../diff/diff.js');
    const diff = diffZone(dc, existing, { mode: 'record' });
    const corrections = await t.provider.getCorrections(dc, existing, diff.changes, diff.actualChangeCount);
    expect(corrections.filter((c) => c.run)).toEqual([]);
    expect(corrections.map((c) => c.msg).join('\n')).toMatch(/Linode's own nameservers/);
  });

  it('creates the zone with an SOA e-mail, lists zones, and pages past 500 records', async () => {
    const t = await setup({ soa_email: 'dns@example.net' });
    await apply(t, domain(Z, Array.from({ length: 520 }, (_, i) => rec.a(`h${i}`, '192.0.2.1', 0))));
    expect(fake.domains.get(Z)!.soa_email).toBe('dns@example.net');
    expect(await t.provider.listZones!()).toEqual([Z]);
    const before = fake.stats.byRoute['GET /v4/domains/:n/records']!;
    expect((await t.provider.getZoneRecords(Z)).filter((r) => r.type === 'A')).toHaveLength(520);
    expect(fake.stats.byRoute['GET /v4/domains/:n/records']! - before).toBe(2);
  });

  it('a null MX is written as an empty target and read back as "."', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.mx('@', 0, '.')]));
    expect(stored().find((r) => r.type === 'MX')).toMatchObject({ target: '', priority: 0 });
    expect((await apply(t, domain(Z, [rec.mx('@', 0, '.')]), true)).changes).toBe(0);
  });

  it('waits out a 429 with Retry-After; a rejected token gives the API message without the token', async () => {
    let t = await setup();
    fake.faults = { rate: 1, statuses: [429], retryAfter: 0, match: () => fake.stats.faults < 2 };
    expect(await t.provider.listZones!()).toEqual([]);
    expect(fake.stats.faults).toBe(2);
    await fake.close();
    t = await setup({ token: 'wrong-token-0123456789' });
    const err = (await t.provider.listZones!().catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/HTTP 401.*Invalid Token/);
    expect(err.message).not.toContain('wrong-token-0123456789');
    expect(String(err.stack)).not.toContain(fake.token);
  });

  it.each([
    ['CAA flag 128', rec.caa('@', 128, 'iodef', 'mailto:x@example.net'), /flag/],
    ['CAA value with a space', rec.caa('@', 0, 'issue', 'ca.example; x=1 y'), /whitespace/],
    ['SRV label without protocol', rec.srv('_sip', 10, 1, 1, 'x.example.net.'), /_service._protocol/],
    ['SRV under a subdomain', rec.srv('_sip._tcp.sub', 10, 1, 1, 'x.example.net.'), /_service._protocol/],
    ['SRV priority 0', rec.srv('_sip._tcp', 0, 1, 1, 'x.example.net.'), /priority 0/],
    ['PTR', rec.ptr('p', 'x.example.com.'), /cannot store PTR/],
    ['empty TXT', rec.txt('t', ''), /empty TXT/],
    ['SRV with the null target', rec.srv('_sip._tcp', 10, 1, 1, '.'), /null target/],
    ['plain SRV', rec.srv('_sip._tcp', 10, 1, 1, 'x.example.net.'), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditLinode([r]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});
