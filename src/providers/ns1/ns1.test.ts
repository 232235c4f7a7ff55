// NS1 against the fake (test/fakes/ns1).
import { afterEach, describe, expect, it } from 'vitest';
import { startNs1Fake, type Ns1Fake } from '../../../test/fakes/ns1/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { ns1 } from './index.js';
import { auditNs1 } from './audit.js';
import { fromNs1 } from './convert.js';

const Z = 'example.com';
let fake: Ns1Fake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startNs1Fake();
  const provider = await ns1.createDns!({ credkey: 'n1', creds: { api_token: fake.key, base_url: `${fake.url}/v1`, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
  return { label: 'n1', type: ns1, provider, zone: Z };
}
const rrset = (domain: string, type: string) => fake.zones.get(Z)!.records.get(`${domain}/${type}`)!;
const NS = ['dns1.p01.nsone.net', 'dns2.p01.nsone.net', 'dns3.p01.nsone.net', 'dns4.p01.nsone.net'];
const withNs = (...r: ReturnType<typeof rec.a>[]) => [...NS.map((n) => rec.ns('@', `${n}.`, 3600)), ...r];

describe('NS1', () => {
  it('writes each rrset as one answer list with filters [], in DNSControl\'s token forms, and reads it back as configured', async () => {
    const t = await setup();
    const long = 'v=DKIM1; p=' + 'A'.repeat(400);
    const dc = domain(Z, withNs(
      rec.a('www', '192.0.2.1'), rec.a('www', '192.0.2.2'), rec.mx('@', 10, `mx.${Z}.`), rec.srv('_sip._tcp', 10, 60, 5060, 'sip.example.net.'),
      rec.caa('@', 0, 'issue', 'letsencrypt.org; validationmethods=dns-01'), rec.txt('dkim', long), rec.txt('sp', 'with spaces "and" \\ quotes'),
      rec.naptr('n', 100, 10, 'U', 'E2U+sip', '', 'sip.example.net.'), rec.svc('HTTPS', '@', 1, '.', 'alpn=h2,h3'),
      rec.ds('child', 2371, 13, 2, 'ABCDEF0123456789'), rec.alias('@', 'target.example.net.'),
    ));
    await apply(t, dc);
    expect(rrset('www.example.com', 'A')).toMatchObject({ answers: [{ answer: ['192.0.2.1'] }, { answer: ['192.0.2.2'] }], filters: [] });
    expect(rrset('example.com', 'MX').answers).toEqual([{ answer: ['10', 'mx.example.com.'] }]);
    expect(rrset('_sip._tcp.example.com', 'SRV').answers).toEqual([{ answer: ['10', '60', '5060', 'sip.example.net.'] }]);
    expect(rrset('example.com', 'CAA').answers).toEqual([{ answer: ['0', 'issue', 'letsencrypt.org; validationmethods=dns-01'] }]);
    expect(rrset('dkim.example.com', 'TXT').answers).toEqual([{ answer: [long] }]);
    expect(rrset('n.example.com', 'NAPTR').answers).toEqual([{ answer: ['100', '10', 'U', 'E2U+sip', '', 'sip.example.net.'] }]);
    expect(fake.bodies.filter((b) => b.includes('"answers"')).every((b) => Array.isArray((JSON.parse(b) as { filters: unknown }).filters))).toBe(true);
    expect((await apply(t, dc, true)).lines).toEqual([]);
  });

  it('changes an rrset with one POST of the whole answer list, deletes it with one DELETE', async () => {
    const t = await setup();
    await apply(t, domain(Z, withNs(rec.a('www', '192.0.2.1'), rec.txt('t', 'x'))));
    const before = fake.stats.requests;
    await apply(t, domain(Z, withNs(rec.a('www', '192.0.2.1'), rec.a('www', '192.0.2.9'))));
    expect(rrset('www.example.com', 'A').answers.map((a) => a.answer[0])).toEqual(['192.0.2.1', '192.0.2.9']);
    expect(fake.zones.get(Z)!.records.has('t.example.com/TXT')).toBe(false);
    // GETs of the zone (exists? nameservers, records), one POST, one DELETE
    expect(fake.stats.requests - before).toBe(5);
    expect(fake.stats.byRoute['POST /v1/zones/example.com/www.example.com/A']).toBe(1);
  });

  it('creates a zone (with NS1\'s NS), lists zones across Link pages, and treats "zone already exists" as done', async () => {
    const t = await setup();
    fake.pageSize = 2;
    for (const z of ['a.example', 'b.example', 'c.example']) await t.provider.ensureZone!(z);
    expect(await t.provider.listZones!()).toEqual(['a.example', 'b.example', 'c.example']);
    expect(fake.stats.byRoute['GET /v1/zones']).toBe(2);
    expect(await t.provider.getNameservers('a.example')).toEqual(NS);
    const { Ns1Api } = await import('./api.js');
    await expect(new Ns1Api({ api_token: fake.key, base_url: `${fake.url}/v1` }).createZone('a.example')).resolves.toBeUndefined();
    expect(await t.provider.getZoneRecords('absent.example')).toEqual([]);
  });

  it('AUTODNSSEC: turns the zone\'s dnssec flag on and off, and skips the DNSKEY set NS1 then lists', async () => {
    const t = await setup();
    await apply(t, domain(Z, withNs(rec.a('a', '192.0.2.1'))));
    const on = domain(Z, withNs(rec.a('a', '192.0.2.1')), { auto_dnssec: 'on' });
    const plan = await apply(t, on);
    expect(plan.changes).toBe(0);
    expect(fake.zones.get(Z)!.dnssec).toBe(true);
    expect((await t.provider.getZoneRecords(Z, on)).some((r) => r.type === 'DNSKEY')).toBe(false);
    const corr = await t.provider.getCorrections(on, [], [], 0);
    expect(corr.filter((c) => c.countsAsChange)).toHaveLength(0);
    await apply(t, domain(Z, withNs(rec.a('a', '192.0.2.1')), { auto_dnssec: 'off' }));
    expect(fake.zones.get(Z)!.dnssec).toBe(false);
    fake.dnssecAccount = false;
    await expect(apply(t, on)).rejects.toThrow(/NS1: POST \/v1\/zones\/example.com: HTTP 400.*DNSSEC support is not enabled for this account/);
  });

  it('NS1_URLFWD is written as URLFWD and read back as NS1_URLFWD', async () => {
    const t = await setup();
    const fwd = { type: 'NS1_URLFWD', name: 'go', target: '/ https://example.net/ 302 2 0', ttl: 300, meta: { orig_custom_type: 'NS1_URLFWD' } };
    const dc = domain(Z, withNs(fwd));
    await apply(t, dc);
    expect(rrset('go.example.com', 'URLFWD').answers).toEqual([{ answer: ['/', 'https://example.net/', '302', '2', '0'] }]);
    expect((await t.provider.getZoneRecords(Z)).find((r) => r.name === 'go')).toMatchObject({ type: 'NS1_URLFWD', target: '/ https://example.net/ 302 2 0' });
    expect((await apply(t, dc, true)).changes).toBe(0);
    await apply(t, domain(Z, withNs()));
    expect(fake.zones.get(Z)!.records.has('go.example.com/URLFWD')).toBe(false);
  });

  it('pauses when X-RateLimit-Remaining reaches 0 (Period / Limit) instead of running into 429s', async () => {
    const t = await setup();
    await t.provider.ensureZone!(Z);
    fake.bucket = { limit: 3, periodSeconds: 0.3 };
    const t0 = Date.now();
    await apply(t, domain(Z, withNs(...Array.from({ length: 8 }, (_, i) => rec.a(`h${i}`, '192.0.2.1')))));
    expect(fake.zones.get(Z)!.records.size).toBe(9);
    // 10 requests through a bucket of 3 refilled at 10/s: at least ~0.6 s, and few if any 429s
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400);
  });

  it('retries a 429 and a 500; a wrong key gives 401 "Unauthorized" without the key', async () => {
    let t = await setup();
    fake.faults = { rate: 1, statuses: [429, 500], match: () => fake.stats.faults < 2 };
    expect(await t.provider.listZones!()).toEqual([]);
    expect(fake.stats.faults).toBe(2);
    await fake.close();
    t = await setup({ api_token: 'wrong-key-0123456789abcdef' });
    const err = (await t.provider.listZones!().catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/NS1: GET \/v1\/zones: HTTP 401.*Unauthorized/);
    expect(`${err.message}${String(err.stack)}`).not.toContain('wrong-key-0123456789abcdef');
    expect(String(err.stack)).not.toContain(fake.key);
  });

  it('an rrset the API refuses fails with its message, and says which changes were and were not applied', async () => {
    const t = await setup();
    await apply(t, domain(Z, withNs()));
    fake.faults = { rate: 1, statuses: [500], match: (r) => r.method === 'PUT' && r.path.endsWith('/b.example.com/A') };
    const err = (await apply(t, domain(Z, withNs(rec.a('a', '192.0.2.1'), rec.a('b', '192.0.2.2')))).catch((e: unknown) => e)) as Error & { applied?: string[]; notApplied?: string[] };
    expect(err.message).toMatch(/1 request\(s\) failed \(1 change\(s\) applied, 1 not applied\).*HTTP 500/);
    expect(fake.zones.get(Z)!.records.has('a.example.com/A')).toBe(true);
  });

  it('the fake holds NS1 to its documented quirks: filters null is a 400, DNSSEC records cannot be written', async () => {
    await setup();
    await (await fetch(`${fake.url}/v1/zones/${Z}`, { method: 'PUT', headers: { 'x-nsone-key': fake.key }, body: JSON.stringify({ zone: Z }) })).text();
    const put = (path: string, body: unknown) => fetch(`${fake.url}/v1/zones/${Z}/${path}`, { method: 'PUT', headers: { 'x-nsone-key': fake.key }, body: JSON.stringify(body) });
    const r = await put(`a.${Z}/A`, { zone: Z, domain: `a.${Z}`, type: 'A', ttl: 300, answers: [{ answer: ['192.0.2.1'] }], filters: null });
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ message: "Input validation failed (Value None for field '<obj>.filters' is not of type array)" });
    expect(r.headers.get('x-ratelimit-remaining')).not.toBeNull();
    expect((await put(`${Z}/DNSKEY`, { answers: [{ answer: ['257', '3', '13', 'x'] }], filters: [] })).status).toBe(405);
  });

  it('refuses to guess at an answer it cannot read', () => {
    expect(() => fromNs1({ domain: 'x.example.com', type: 'CAA', ttl: 300, short_answers: ['0issue'] }, Z)).toThrow(/CAA answer for x.example.com that cannot be read/);
    expect(() => fromNs1({ domain: 'x.example.com', type: 'A', ttl: 300, short_answers: 'nope' } as never, Z)).toThrow(/cannot be read/);
    expect(fromNs1({ domain: 'x.example.com', type: 'REDIRECT', ttl: 300, short_answers: ['NS1 MANAGED RECORD'] }, Z)).toEqual([]);
  });

  it.each([
    ['empty TXT', rec.txt('t', ''), /empty TXT/],
    ['LOC', { type: 'LOC', name: 'l', target: '', ttl: 300 }, /cannot store LOC/],
    ['SSHFP', rec.sshfp('@', 1, 1, 'ab'), /cannot store SSHFP/],
    ['NS1_URLFWD with 3 fields', { type: 'NS1_URLFWD', name: 'go', target: '/ https://x/ 302', ttl: 300 }, /from to redirectType/],
    ['NAPTR regexp with a space', rec.naptr('n', 1, 1, 'U', 'E2U+sip', '!^.*$!sip:a b!', '.'), /whitespace/],
    ['DS', rec.ds('c', 1, 13, 2, 'AB'), null],
    ['HTTPS', rec.svc('HTTPS', '@', 1, '.', ''), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditNs1([r as never]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});
