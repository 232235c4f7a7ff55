// The provider-agnostic suite: every target walks STEPS; each step must apply and a second plan
// must find zero changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainConfig } from '../../src/ir/types.js';
import type { ProviderType } from '../../src/providers/types.js';
import { diffZone } from '../../src/diff/diff.js';
import { apply, domain, rec } from './harness.js';
import { STEPS, stepDomain } from './steps.js';
import { FAKE_TARGETS, TARGETS, type Started } from './targets.js';
import { skipTest } from '../skip.js';

const ZONE = 'example.com';

/** Only the records this provider's audit accepts (e.g. DigitalOcean refuses TXT with quotes). */
function storable(dc: DomainConfig, type: ProviderType): DomainConfig {
  return { ...dc, records: dc.records.filter((r) => (type.audit?.([r]) ?? []).length === 0) };
}

describe.each(TARGETS)('$label', (factory) => {
  let s: Started;
  beforeAll(async () => { s = await factory.start(ZONE); });
  afterAll(async () => { await s?.close(); });

  for (const step of STEPS) {
    it.sequential(step.name, async (ctx) => {
      const caps = s.target.type.capabilities;
      const lacking = step.requires?.filter((c) => !caps[c]?.can) ?? [];
      if (lacking.length) return skipTest(ctx, `${s.target.type.name} lacks ${lacking.join(', ')}`);
      const dc = storable(stepDomain(step, ZONE), s.target.type);
      const first = await apply(s.target, dc);
      if (step !== STEPS[0]) expect(first.changes).toBeGreaterThan(0);
      expect(first.positionsRead, 'record positions resolved without an error to show').toBe(0);
      const second = await apply(s.target, dc, true);
      expect(second.lines).toEqual([]);
      expect(second.changes).toBe(0);
      const now = (await s.target.provider.getZoneRecords(ZONE, dc)).filter((r) => !(r.type === 'NS' && r.name === '@'));
      expect(now.length).toBe(dc.records.length + (step.kept?.length ?? 0));
      for (const k of step.kept ?? []) expect(now.some((r) => r.name === k.name && r.type === k.type), `${k.name} ${k.type} kept`).toBe(true);
    });
  }
});

// get-zones: what a provider returns, used as the desired state, must give zero corrections.
describe.each(TARGETS)('$label get-zones round trip', (factory) => {
  it('records read back from a rich zone push back with zero changes', async () => {
    const s = await factory.start(ZONE);
    try {
      const caps = s.target.type.capabilities;
      const rich = STEPS.filter((st) => !st.requires?.some((c) => !caps[c]?.can) && !st.name.startsWith('ALIAS'))
        .flatMap((st) => st.records(ZONE))
        .filter((r, i, all) => all.findIndex((o) => o.name === r.name && o.type === r.type) === i || r.type !== 'A');
      const seen = new Set<string>();
      const unique = rich.filter((r) => { const k = JSON.stringify([r.name, r.type, r.target, r.mxpreference]); if (seen.has(k)) return false; seen.add(k); return true; })
        .filter((r) => !(r.type === 'A' && rich.some((o) => o.name === r.name && o.type === 'CNAME')));
      // one TTL per rrset
      const ttl = new Map<string, number>();
      const dc = storable(domain(ZONE, unique.map((r) => { const k = `${r.name} ${r.type}`; if (!ttl.has(k)) ttl.set(k, r.ttl); return { ...r, ttl: ttl.get(k)! }; })), s.target.type);
      await apply(s.target, dc);
      // Listing is part of get-zones only where the API can list (netcup cannot: get-zones takes the names).
      if (caps.canGetZones?.can) expect(await s.target.provider.listZones?.()).toContain(ZONE);
      const got = await s.target.provider.getZoneRecords(ZONE);
      const back = domain(ZONE, got);
      const again = await apply(s.target, back, true);
      expect(again.lines).toEqual([]);
      expect(got.length).toBeGreaterThan(20);
    } finally {
      await s.close();
    }
  });
});

// A plan is a value: computing it twice (preview, then push in one process) must give the same corrections.
describe.each(FAKE_TARGETS())('$label plans twice', (factory) => {
  it('getCorrections can be called twice on one read', async () => {
    const s = await factory.start(ZONE);
    try {
      await apply(s.target, storable(domain(ZONE, [rec.a('a', '192.0.2.1'), rec.a('b', '192.0.2.2')]), s.target.type));
      const dc = storable(domain(ZONE, [rec.a('a', '192.0.2.9')]), s.target.type);
      const existing = await s.target.provider.getZoneRecords(ZONE, dc);
      const withNs = { ...dc, records: [...dc.records, ...existing.filter((r) => r.type === 'NS' && r.name === '@')] };
      const diff = diffZone(withNs, existing, { mode: s.target.type.diffMode });
      const first = await s.target.provider.getCorrections(withNs, existing, diff.changes, diff.actualChangeCount);
      const second = await s.target.provider.getCorrections(withNs, existing, diff.changes, diff.actualChangeCount);
      expect(second.map((c) => c.msg)).toEqual(first.map((c) => c.msg));
      for (const c of second) await c.run?.();
      expect((await apply(s.target, dc, true)).changes).toBe(0);
    } finally {
      await s.close();
    }
  });
});
