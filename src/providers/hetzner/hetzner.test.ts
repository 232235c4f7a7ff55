// HETZNER (legacy) against the fake (test/fakes/hetzner).
import { afterEach, describe, expect, it } from 'vitest';
import { startHetznerFake, type HetznerFake } from '../../../test/fakes/hetzner/server.js';
import { apply, domain, rec } from '../../../test/integration/harness.js';
import { hetzner } from './index.js';

const Z = 'example.com';
let fake: HetznerFake;
afterEach(async () => { await fake?.close(); });

async function setup() {
  fake = await startHetznerFake();
  const provider = await hetzner.createDns!({ credkey: 'h', creds: { api_key: fake.token, base_url: `${fake.url}/api/v1`, http_retry_base_ms: '1', max_requests_per_second: '0' }, meta: {} });
  return { label: 'h', type: hetzner, provider, zone: Z };
}

describe('HETZNER', () => {
  it('an account with no zones (404) lists none and reads an empty zone', async () => {
    const t = await setup();
    expect(await t.provider.listZones!()).toEqual([]);
    expect(await t.provider.getZoneRecords(Z)).toEqual([]);
  });

  it('creations go in one bulk POST and changes in one bulk PUT', async () => {
    const t = await setup();
    await apply(t, domain(Z, Array.from({ length: 50 }, (_, i) => rec.a(`h${i}`, '192.0.2.1'))));
    expect(fake.stats.byRoute['POST /api/v1/records/bulk']).toBe(1);
    const puts = fake.stats.byRoute['PUT /api/v1/records/bulk'] ?? 0; // the first push aligned the apex NS TTL
    await apply(t, domain(Z, Array.from({ length: 50 }, (_, i) => rec.a(`h${i}`, '192.0.2.2'))));
    expect(fake.stats.byRoute['PUT /api/v1/records/bulk']! - puts).toBe(1);
    expect((await apply(t, domain(Z, Array.from({ length: 50 }, (_, i) => rec.a(`h${i}`, '192.0.2.2'))), true)).changes).toBe(0);
  });

  it('sends the token in Auth-API-Token and never in an error', async () => {
    const t = await setup();
    fake.faults = { rate: 1, statuses: [500] };
    const err = (await t.provider.listZones!().catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/HTTP 500/);
    expect(err.message).not.toContain(fake.token);
  });
});
