// What a push did, as its --report says it: per zone and provider, which corrections were applied, which one
// failed (and why) and which were never run; push -i's skipped corrections are not applied either.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../plan/report.js';
import type { Plan, Reporter } from '../plan/types.js';
import { executePlan } from './apply.js';

const quiet: Reporter = { zone() {}, provider() {}, correction() {}, success() {}, failure() {}, done() {}, stopped() {} };
const ok = (msg: string) => ({ msg, run: async () => {} });
const bad = (msg: string) => ({ msg, run: async () => { throw new Error('disk full'); } });
const plan = (...corrections: Array<Array<{ msg: string; run?: () => Promise<void> }>>): Plan => ({
  total: corrections.flat().filter((c) => c.run).length,
  zones: corrections.map((cs, i) => ({ domain: `${'abc'[i]}.com`, providers: [
    { role: 'provider' as const, name: 'bind', changeCount: cs.length, corrections: cs },
    { role: 'registrar' as const, name: 'none', changeCount: 0, corrections: [] },
  ] })),
});

describe('the report of a push', () => {
  it('a failure: applied, failed with the error, and not applied', async () => {
    const p = plan([ok('one')], [{ msg: 'note' }, ok('two\nWRITING'), bad('three'), ok('four')], [ok('five')]);
    const r = buildReport(p, await executePlan(p, true, quiet));
    expect(r.map((i) => `${i.domain} ${i.provider ?? i.registrar} ${i.outcome}`)).toEqual([
      'a.com bind success', 'a.com none success', 'b.com bind failed', 'b.com none success', 'c.com bind not_applied', 'c.com none success',
    ]);
    expect(r[0]).toEqual({ domain: 'a.com', corrections: 1, correction_details: ['one'], provider: 'bind', outcome: 'success' });
    expect(r[2]).toEqual({
      domain: 'b.com', corrections: 4, correction_details: ['two', 'WRITING', 'three', 'four'], provider: 'bind', outcome: 'failed',
      applied_details: ['two', 'WRITING'], failed_details: ['three'], not_applied_details: ['four'], error: 'bind b.com: disk full',
    });
    expect(r[4]).toMatchObject({ outcome: 'not_applied', applied_details: [], failed_details: [], not_applied_details: ['five'] });
    expect(r[4]).not.toHaveProperty('error');
  });

  it('push -i: skipped corrections are not applied, without an error', async () => {
    const p = plan([ok('one'), ok('two')], [ok('three')]);
    const r = buildReport(p, await executePlan(p, true, quiet, async (c) => c.msg === 'one'));
    expect(r[0]).toEqual({
      domain: 'a.com', corrections: 2, correction_details: ['one', 'two'], provider: 'bind', outcome: 'partial',
      applied_details: ['one'], failed_details: [], not_applied_details: ['two'],
    });
    expect(r[2]).toMatchObject({ outcome: 'not_applied', not_applied_details: ['three'] });
  });

  it('preview: DNSControl\'s fields only', async () => {
    const p = plan([ok('one')]);
    expect((await executePlan(p, false, quiet)).outcomes).toBeUndefined();
    expect(buildReport(p)).toEqual([
      { domain: 'a.com', corrections: 1, correction_details: ['one'], provider: 'bind' },
      { domain: 'a.com', corrections: 0, correction_details: [], registrar: 'none' },
    ]);
  });
});
