// The provider-agnostic suite: every target walks STEPS; each step must apply and a second plan
// must find zero changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply } from './harness.js';
import { STEPS, stepDomain } from './steps.js';
import { TARGETS, type Started } from './targets.js';

const ZONE = 'example.com';

describe.each(TARGETS)('$label', (factory) => {
  let s: Started;
  beforeAll(async () => { s = await factory.start(ZONE); });
  afterAll(async () => { await s?.close(); });

  for (const step of STEPS) {
    it.sequential(step.name, async (ctx) => {
      const caps = s.target.type.capabilities;
      if (step.requires?.some((c) => !caps[c]?.can)) return ctx.skip();
      const dc = stepDomain(step, ZONE);
      const first = await apply(s.target, dc);
      if (step !== STEPS[0]) expect(first.changes).toBeGreaterThan(0);
      const second = await apply(s.target, dc, true);
      expect(second.lines).toEqual([]);
      expect(second.changes).toBe(0);
      const now = (await s.target.provider.getZoneRecords(ZONE, dc)).filter((r) => !(r.type === 'NS' && r.name === '@'));
      expect(now.length).toBe(dc.records.length + (step.kept?.length ?? 0));
      for (const k of step.kept ?? []) expect(now.some((r) => r.name === k.name && r.type === k.type), `${k.name} ${k.type} kept`).toBe(true);
    });
  }
});
