// CLOUDFLAREAPI against the fake API server (test/fakes/cloudflare): real HTTP, real JSON.
import { afterEach, describe, expect, it } from 'vitest';
import { startCloudflareFake, type CloudflareFake } from '../../../test/fakes/cloudflare/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { cloudflare } from './index.js';
import type { RecordConfig } from '../../ir/types.js';
import { normalizeRedirects } from '../../normalize/cloudflare-redirects.js';
import { newProblems } from '../../normalize/problems.js';

const Z = 'example.com';
let fake: CloudflareFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startCloudflareFake();
  const provider = await cloudflare.createDns!({ credkey: 'cf', creds: { apitoken: fake.token, accountid: 'acc1', base_url: `${fake.url}/client/v4`, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
  return { label: 'cf', type: cloudflare, provider, zone: Z };
}

describe('CLOUDFLAREAPI', () => {
  it.each([[1, 1], [200, 1], [201, 2], [450, 3]])('sends %i creations in %i batch request(s)', async (n, batches) => {
    const t = await setup();
    await t.provider.ensureZone!(Z);
    const records = Array.from({ length: n }, (_, i) => rec.a(`h${i}`, `10.0.${i >> 8}.${i & 255}`));
    const before = fake.stats.requests;
    await apply(t, domain(Z, records));
    // zone lookup (cached) + one list + the batches
    expect(fake.stats.byRoute['POST /client/v4/zones/:id/dns_records/batch']).toBe(batches);
    expect(fake.stats.requests - before).toBe(1 + batches);
  });

  it('pages through dns_records', async () => {
    const t = await setup();
    fake.maxPerPage = 7;
    const records = Array.from({ length: 30 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'));
    await apply(t, domain(Z, records));
    expect((await t.provider.getZoneRecords(Z)).filter((r) => r.type === 'A').length).toBe(30);
    expect((await apply(t, domain(Z, records), true)).changes).toBe(0);
  });

  it('apex NS that are not Cloudflare\'s are left out with a warning, not a change on every run (as DNSControl)', async () => {
    const t = await setup();
    const dc = domain(Z, [rec.ns('@', 'ns1.foo.com.'), rec.a('www', '192.0.2.1')]);
    const first = await apply(t, dc);
    expect(first.lines.join('\n')).not.toMatch(/ns1\.foo\.com/);
    const again = await apply(t, dc, true);
    expect(again.lines).toEqual([]);
    expect(again.changes).toBe(0);
    const existing = await t.provider.getZoneRecords(Z);
    const msgs = (await t.provider.getCorrections(dc, existing, [], 0)).map((c) => c.msg);
    expect(msgs).toEqual(['WARNING: cloudflare does not support modifying NS records on base domain. ns1.foo.com. will not be added.']);
  });

  it('a proxied record with the default TTL is stable (Cloudflare stores TTL 1)', async () => {
    const t = await setup();
    const dc = domain(Z, [{ ...rec.a('www', '192.0.2.1'), meta: { cloudflare_proxy: 'on' } }]);
    await apply(t, dc);
    const stored = [...[...fake.zones.values()][0]!.records.values()][0]!;
    expect(stored).toMatchObject({ proxied: true, ttl: 1 });
    expect((await apply(t, dc, true)).lines).toEqual([]);
  });

  it('turning the proxy off is a change', async () => {
    const t = await setup();
    await apply(t, domain(Z, [{ ...rec.a('www', '192.0.2.1'), meta: { cloudflare_proxy: 'on' } }]));
    const r = await apply(t, domain(Z, [{ ...rec.a('www', '192.0.2.1'), meta: { cloudflare_proxy: 'off' } }]));
    expect(r.changes).toBeGreaterThan(0);
  });

  it('replaces an A by a CNAME at the same name in one atomic batch', async () => {
    const t = await setup();
    await apply(t, domain(Z, [rec.a('www', '192.0.2.1')]));
    const batches = fake.stats.byRoute['POST /client/v4/zones/:id/dns_records/batch']!;
    await apply(t, domain(Z, [rec.cname('www', 'lb.example.net.')]));
    expect(fake.stats.byRoute['POST /client/v4/zones/:id/dns_records/batch']).toBe(batches + 1);
    expect((await t.provider.getZoneRecords(Z)).filter((r) => r.name === 'www').map((r: RecordConfig) => r.type)).toEqual(['CNAME']);
  });

  it('a refused batch names Cloudflare\'s error code and changes nothing', async () => {
    const t = await setup({ batch_size: '250' });
    const records = Array.from({ length: 201 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'));
    await expect(apply(t, domain(Z, records))).rejects.toThrow(/HTTP 400: 81060 Batch of 201 records exceeds the limit of 200/);
    expect([...fake.zones.values()][0]!.records.size).toBe(0);
  });

  it('creating a zone without accountid is a clear error', async () => {
    const t = await setup({ accountid: '' });
    await expect(t.provider.ensureZone!(Z)).rejects.toThrow(/accountid/);
  });

  it('lists zones and nameservers', async () => {
    const t = await setup();
    fake.addZone('a.example'); fake.addZone('b.example');
    expect(await t.provider.listZones!()).toEqual(['a.example', 'b.example']);
    expect(await t.provider.getNameservers('a.example')).toEqual(['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com']);
  });

  it('a rejected token gives an error without the token', async () => {
    const t = await setup({ apitoken: 'wrong-token-0123456789' });
    const err = (await t.provider.getZoneRecords(Z).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/HTTP 403: 9109 Invalid access token/);
    expect(err.message).not.toContain('wrong-token-0123456789');
    expect(String(err.stack)).not.toContain(fake.token);
  });

  it('authenticates with the legacy global key and e-mail (X-Auth-Key / X-Auth-Email)', async () => {
    fake = await startCloudflareFake();
    const creds = { apikey: fake.token, apiuser: 'ops@example.com', accountid: 'acc1', base_url: `${fake.url}/client/v4`, http_retry_base_ms: '1', max_requests_per_second: '0' };
    const provider = await cloudflare.createDns!({ credkey: 'cf', creds, meta: {} });
    await apply({ label: 'cf', type: cloudflare, provider, zone: Z }, domain(Z, [rec.a('www', '192.0.2.1')]));
    expect((await provider.getZoneRecords(Z)).map((r) => r.type)).toContain('A');
    const wrong = await cloudflare.createDns!({ credkey: 'cf', creds: { ...creds, apikey: 'wrong-key-0123456789' }, meta: {} });
    const err = (await wrong.getZoneRecords(Z).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/HTTP 401: 10000 Authentication error/);
    expect(err.message).not.toContain('wrong-key-0123456789');
  });

  it('requires a token', async () => {
    await expect(Promise.resolve().then(() => cloudflare.createDns!({ credkey: 'cf', creds: {}, meta: {} }))).rejects.toThrow(/apitoken/);
  });
});

/** The domain as normalize hands it over: CF_REDIRECT / CF_TEMP_REDIRECT / CF_SINGLE_REDIRECT as single-redirect records. */
function normalized(records: RecordConfig[]) {
  const dc = domain(Z, records);
  const p = newProblems();
  normalizeRedirects(dc, p);
  expect(p.errors).toEqual([]);
  return dc;
}
const single = (name: string, code: number, when: string, then: string): RecordConfig =>
  ({ type: 'CLOUDFLAREAPI_SINGLE_REDIRECT', name: '@', target: '', ttl: 1, fields: { sr_name: name, code, sr_when: when, sr_then: then } });
const cfr = (type: string, target: string): RecordConfig => ({ type, name: '@', target, ttl: 300, meta: { orig_custom_type: type } });
const rules = () => [...fake.zones.values()][0]!.rulesets.get('http_request_dynamic_redirect')!.rules;

describe('CF_SINGLE_REDIRECT', () => {
  it('creates the rules in one PUT, is then stable, and replaces them when one changes', async () => {
    const t = await setup();
    const toWww = single('to-www', 301, 'http.host eq "example.com"', 'concat("https://www.example.com", http.request.uri.path)');
    const dc = normalized([rec.a('www', '192.0.2.1'), toWww, single('old', 302, 'http.request.uri.path eq "/old"', '"https://example.com/new"')]);
    const first = await apply(t, dc);
    expect(first.corrections).toBe(2); // the records batch and the rules
    expect(first.lines.join('\n')).toMatch(/CLOUDFLAREAPI_SINGLE_REDIRECT name=\(to-www\) code=\(301\)/);
    expect(rules().map((r) => r.description)).toEqual(['to-www', 'old']);
    expect(await apply(t, dc, true)).toMatchObject({ changes: 0, corrections: 0, lines: [] });
    const changed = normalized([rec.a('www', '192.0.2.1'), toWww, single('old', 301, 'http.request.uri.path eq "/old"', '"https://example.com/new"')]);
    expect((await apply(t, changed)).corrections).toBe(1);
    expect(rules()[1]!.action_parameters).toMatchObject({ from_value: { status_code: 301 } });
  });

  it('keeps the config order, which sorting the records does not change, and rewrites the list when it changes', async () => {
    const t = await setup();
    const [z, a] = [single('z', 301, 'true', '"https://z.example"'), single('a', 301, 'true', '"https://a.example"')];
    const dc = normalized([z, a]);
    dc.records.reverse(); // normalize sorts records: the rules keep their sr_order
    await apply(t, dc);
    expect(rules().map((r) => r.description)).toEqual(['z', 'a']);
    expect((await apply(t, dc, true)).corrections).toBe(0);
    const swapped = normalized([single('a', 301, 'true', '"https://a.example"'), single('z', 301, 'true', '"https://z.example"')]);
    const plan = await apply(t, swapped);
    expect([plan.changes, plan.corrections]).toEqual([0, 1]);
    expect(rules().map((r) => r.description)).toEqual(['a', 'z']);
  });

  it('leaves existing rules alone when the config has none and manage_single_redirects is not set', async () => {
    const t = await setup();
    await apply(t, normalized([single('keep', 301, 'true', '"https://x.example"')]));
    expect(await apply(t, domain(Z, []), true)).toMatchObject({ changes: 0, corrections: 0 });
    expect(rules().map((r) => r.description)).toEqual(['keep']);
  });

  it('removes them when manage_single_redirects is set', async () => {
    const t = await setup();
    await apply(t, normalized([single('gone', 301, 'true', '"https://x.example"')]));
    const managed = await cloudflare.createDns!({ credkey: 'cf', creds: { apitoken: fake.token, base_url: `${fake.url}/client/v4`, http_retry_base_ms: '1' }, meta: { manage_single_redirects: 'true' } });
    const plan = await apply({ label: 'cf', type: cloudflare, provider: managed, zone: Z }, domain(Z, []));
    expect([plan.changes, plan.corrections]).toEqual([1, 1]);
    expect(rules()).toEqual([]);
  });
});

describe('CF_REDIRECT / CF_TEMP_REDIRECT (as single redirects)', () => {
  it('creates 301/302 rules, is then stable, updates a changed target and deletes a removed one', async () => {
    const t = await setup();
    const perm = cfr('CF_REDIRECT', 'example.com/*,https://www.example.com/$1');
    const temp = cfr('CF_TEMP_REDIRECT', 'example.com/sale,https://shop.example.com/');
    const dc = normalized([rec.a('www', '192.0.2.1'), perm, temp]);
    const first = await apply(t, dc);
    expect(first.corrections).toBe(2); // the records batch and the rules
    expect(first.lines.join('\n')).toMatch(/name=\(301,example\.com\/\*,https:\/\/www\.example\.com\/\$1\)/);
    expect(rules().map((r) => [r.description, r.expression, r.action_parameters?.from_value?.status_code, r.action_parameters?.from_value?.target_url?.expression])).toEqual([
      ['301,example.com/*,https://www.example.com/$1', 'http.host eq "example.com"', 301, 'concat("https://www.example.com", http.request.uri.path)'],
      ['302,example.com/sale,https://shop.example.com/', 'http.host eq "example.com" and http.request.uri.path eq "/sale"', 302, 'concat("https://shop.example.com/", "")'],
    ]);
    const second = await apply(t, dc, true);
    expect([second.changes, second.corrections, second.lines]).toEqual([0, 0, []]);

    const moved = normalized([rec.a('www', '192.0.2.1'), cfr('CF_REDIRECT', 'example.com/*,https://web.example.com/$1'), temp]);
    const upd = await apply(t, moved);
    expect(upd.corrections).toBe(1);
    expect(rules()[0]!.action_parameters?.from_value?.target_url?.expression).toBe('concat("https://web.example.com", http.request.uri.path)');
    expect((await apply(t, moved, true)).corrections).toBe(0);

    const del = await apply(t, normalized([rec.a('www', '192.0.2.1'), temp]));
    expect(del.corrections).toBe(1);
    expect(rules().map((r) => r.description)).toEqual(['302,example.com/sale,https://shop.example.com/']);
    expect((await apply(t, normalized([rec.a('www', '192.0.2.1'), temp]), true)).changes).toBe(0);
  });

  it('keeps CF_SINGLE_REDIRECT rules beside converted ones, in config order', async () => {
    const t = await setup();
    const dc = normalized([single('own', 301, 'true', '"https://x.example"'), cfr('CF_REDIRECT', 'example.com/,https://www.example.com/')]);
    await apply(t, dc);
    expect(rules().map((r) => r.description)).toEqual(['own', '301,example.com/,https://www.example.com/']);
    expect((await apply(t, dc, true)).corrections).toBe(0);
  });

  it('still refuses CF_WORKER_ROUTE', async () => {
    const t = await setup();
    await expect(apply(t, domain(Z, [cfr('CF_WORKER_ROUTE', 'example.com/*,my-worker')]))).rejects.toThrow(/CF_WORKER_ROUTE needs Cloudflare's workers API/);
  });
});
