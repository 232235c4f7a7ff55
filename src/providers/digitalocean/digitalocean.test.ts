// DIGITALOCEAN against the fake (test/fakes/digitalocean).
import { afterEach, describe, expect, it } from 'vitest';
import { startDigitalOceanFake, type DigitalOceanFake } from '../../../test/fakes/digitalocean/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { digitalocean } from './index.js';
import { auditDigitalOcean } from './audit.js';

const Z = 'example.com';
let fake: DigitalOceanFake;
afterEach(async () => { await fake?.close(); });

async function setup(creds: Record<string, string> = {}) {
  fake = await startDigitalOceanFake();
  const provider = await digitalocean.createDns!({ credkey: 'do', creds: { token: fake.token, base_url: `${fake.url}/v2`, http_retry_base_ms: '1', max_requests_per_second: '0', ...creds }, meta: {} });
  return { label: 'do', type: digitalocean, provider, zone: Z };
}

describe('DIGITALOCEAN', () => {
  it('stores apex targets as "@" and CAA with a dot, and reads both back as the config has them', async () => {
    const t = await setup();
    const dc = domain(Z, [rec.cname('www', `${Z}.`), rec.mx('@', 10, `${Z}.`), rec.caa('@', 0, 'issue', 'letsencrypt.org')]);
    await apply(t, dc);
    const stored = [...fake.domains.get(Z)!.records.values()];
    expect(stored.find((r) => r.type === 'CNAME')!.data).toBe('@');
    expect(stored.find((r) => r.type === 'CAA')!.data).toBe('letsencrypt.org');
    expect((await apply(t, dc, true)).lines).toEqual([]);
  });

  it('follows links.pages.next past 200 records', async () => {
    const t = await setup();
    const records = Array.from({ length: 450 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'));
    await apply(t, domain(Z, records));
    const before = fake.stats.byRoute[`GET /v2/domains/${Z}/records`]!;
    expect((await t.provider.getZoneRecords(Z)).filter((r) => r.type === 'A')).toHaveLength(450);
    expect(fake.stats.byRoute[`GET /v2/domains/${Z}/records`]! - before).toBe(3); // 454 records, 200 a page
  });

  it('keeps at most max_concurrency requests in flight', async () => {
    const t = await setup({ max_concurrency: '2' });
    await apply(t, domain(Z, Array.from({ length: 20 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'))));
    expect(fake.domains.get(Z)!.records.size).toBe(20 + 4);
  });

  it.each([
    ['TXT with a quote', rec.txt('t', 'say "hi"'), /double quote/],
    ['TXT over 509', rec.txt('t', 'x'.repeat(510)), /509/],
    ['null MX', rec.mx('@', 0, '.'), /null MX/],
    ['CAA with white space (DNSControl: CaaTargetContainsWhitespace)', rec.caa('@', 0, 'issue', 'ca.example; account=1'), /white space/],
    ['SRV with a null target', rec.srv('_sip._tcp', 15, 65, 75, '.'), /null target/],
    ['TTL 10', rec.a('a', '192.0.2.1', 10), /minimum of 30/],
    ['PTR', rec.ptr('p', 'x.example.com.'), /cannot store PTR/],
    ['plain A', rec.a('a', '192.0.2.1'), null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditDigitalOcean([r]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});
