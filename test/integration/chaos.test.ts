// Chaos: a fake failing a share of calls with 429/500 must still converge, without duplicates;
// failing every call must end in one error that lists what was applied and what was not.
import { afterEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/errors.js';
import { diffZone } from '../../src/diff/diff.js';
import { apply, domain, rec } from './harness.js';
import { FAKE_TARGETS, type Started } from './targets.js';

const ZONE = 'chaos.example';
const records = (n: number, v = 1) => Array.from({ length: n }, (_, i) => rec.a(`h${i}`, `10.${v}.${i >> 8}.${i & 255}`));
const apexNs = (r: { type: string; name: string }) => !(r.type === 'NS' && r.name === '@');

let s: Started | undefined;
afterEach(async () => { await s?.close(); s = undefined; });

describe.each(FAKE_TARGETS())('$label', (factory) => {
  it('converges when 30% of calls fail with 429/500, with no duplicate records', async () => {
    s = await factory.start(ZONE);
    await apply(s.target, domain(ZONE, []));
    s.fake!.faults = { rate: 0.3, statuses: [429, 500], retryAfter: 0 };
    const dc = domain(ZONE, records(500));
    await apply(s.target, dc);
    s.fake!.faults.rate = 0;
    const now = (await s.target.provider.getZoneRecords(ZONE, dc)).filter(apexNs);
    expect(now).toHaveLength(500);
    expect(new Set(now.map((r) => `${r.name} ${r.target}`)).size).toBe(500);
    expect((await apply(s.target, dc, true)).changes).toBe(0);
    // And a change of all 500 under the same weather.
    s.fake!.faults.rate = 0.3;
    await apply(s.target, domain(ZONE, records(500, 2)));
    s.fake!.faults.rate = 0;
    expect((await apply(s.target, domain(ZONE, records(500, 2)), true)).changes).toBe(0);
    expect((await s.target.provider.getZoneRecords(ZONE)).filter(apexNs)).toHaveLength(500);
    expect(s.fake!.stats.faults, 'the fake did fail some calls').toBeGreaterThan(0);
  });

  it('when every call fails, the error lists what was applied and what was not', async () => {
    s = await factory.start(ZONE, { http_retries: '2' });
    await apply(s.target, domain(ZONE, []));
    const dc = domain(ZONE, records(700));
    // Plan with a healthy API, then let the first request through and fail everything after it.
    const existing = await s.target.provider.getZoneRecords(ZONE, dc);
    const full = { ...dc, records: [...dc.records, ...existing.filter((r) => !apexNs(r))] };
    const diff = diffZone(full, existing, { mode: s.target.type.diffMode });
    const corrections = (await s.target.provider.getCorrections(full, existing, diff.changes, diff.actualChangeCount)).filter((c) => c.run);
    // The API goes down right after the first write request (at once if one request carries the zone).
    const partial = !factory.oneRequest;
    s.fake!.faults = { rate: 1, statuses: [500], after: s.fake!.stats.requests + (partial ? 1 : 0) };
    let err: unknown;
    for (const c of corrections) {
      try { await c.run!(); } catch (e) { err = e; break; }
    }
    expect(err).toBeInstanceOf(ProviderError);
    const pe = err as ProviderError;
    // Providers with one atomic request per zone (deSEC) have nothing applied; the others part.
    expect(pe.details.notApplied!.length).toBeGreaterThan(0);
    if (partial) expect(pe.details.applied!.length).toBeGreaterThan(0);
    else expect(pe.details.applied).toEqual([]);
    expect(pe.details.applied!.length + pe.details.notApplied!.length).toBe(700);
    expect(pe.message).toMatch(/applied/);
    expect(pe.message).toMatch(/after 3 attempts/);
  });
});
