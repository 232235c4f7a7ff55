// DESEC against the fake (test/fakes/desec).
import { afterEach, describe, expect, it } from 'vitest';
import { startDesecFake, type DesecFake } from '../../../test/fakes/desec/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { desec } from './index.js';
import { auditDesec } from './audit.js';

const Z = 'example.dedyn.io';
let fake: DesecFake;
afterEach(async () => { await fake?.close(); });

async function setup() {
  fake = await startDesecFake();
  const provider = await desec.createDns!({ credkey: 'desec', creds: { 'auth-token': fake.token, base_url: `${fake.url}/api/v1`, http_retry_base_ms: '1', max_requests_per_second: '0' }, meta: {} });
  return { label: 'desec', type: desec, provider, zone: Z };
}
const bulkCalls = () => fake.stats.byRoute[`PUT /api/v1/domains/${Z}/rrsets/`] ?? 0;

describe('DESEC', () => {
  it('raises TTLs to minimum_ttl (3600) and is then stable', async () => {
    const t = await setup();
    const dc = domain(Z, [rec.a('www', '192.0.2.1', 300)]);
    await apply(t, dc);
    expect(fake.domains.get(Z)!.rrsets.get('www/A')!.ttl).toBe(3600);
    expect((await apply(t, dc, true)).changes).toBe(0);
  });

  it('sends all of a zone\'s changes in one atomic bulk PUT, and pages past 500 rrsets with cursors', async () => {
    const t = await setup();
    fake.minimumTtl = 60;
    const records = Array.from({ length: 1200 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'));
    await apply(t, domain(Z, records));
    expect(bulkCalls()).toBe(1);
    expect((await t.provider.getZoneRecords(Z)).filter((r) => r.type === 'A')).toHaveLength(1200);
    expect((await apply(t, domain(Z, records), true)).changes).toBe(0);
    expect(fake.stats.byRoute[`GET /api/v1/domains/${Z}/rrsets/`]).toBeGreaterThanOrEqual(3 * 2);
  });

  it('a refused bulk request applies nothing and says why', async () => {
    const t = await setup();
    fake.minimumTtl = 60;
    await apply(t, domain(Z, []));
    const err = (await apply(t, domain(Z, [rec.a('ok', '192.0.2.1'), rec.a('www', '192.0.2.1'), rec.cname('www', 'x.example.net.')])).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/HTTP 400: .*conflicting type present: www/);
    expect(fake.domains.get(Z)!.rrsets.has('ok/A')).toBe(false);
  });

  it('gives up at once when Retry-After is beyond 3 minutes', async () => {
    const t = await setup();
    fake.faults = { rate: 1, statuses: [429], retryAfter: 86400 };
    await expect(t.provider.getZoneRecords(Z)).rejects.toThrow(/wait 86400 s/);
    expect(fake.stats.requests).toBe(1);
  });

  it.each([
    ['ALIAS', { type: 'ALIAS', name: '@', target: 'x.example.net.' }, /refuses ALIAS/],
    ['DNAME', { type: 'DNAME', name: 'd', target: 'x.example.net.' }, /refuses DNAME/],
    ['apex CNAME', { type: 'CNAME', name: '@', target: 'x.example.net.' }, /CNAME at the apex/],
    ['A', { type: 'A', name: 'www', target: '192.0.2.1' }, null],
  ])('audit: %s', (_n, r, want) => {
    const got = auditDesec([{ ttl: 3600, ...r }]);
    if (want) expect(got.join()).toMatch(want);
    else expect(got).toEqual([]);
  });
});
