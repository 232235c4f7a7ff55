// Corrections phase: serially, in config order, zone by zone: DNS providers, then the registrar. Preview only
// reports; push runs each correction right after reporting it and stops at the first failure, so the user
// learns exactly what was and was not applied.
import { ProviderError } from '../errors.js';
import type { Correction } from '../providers/types.js';
import type { Plan, ProviderPlan, ZonePlan } from '../plan/types.js';

/** Receives what happens; the CLI turns it into text (plan/text.ts). Library code never prints. */
export interface Reporter {
  zone(z: ZonePlan): void;
  provider(z: ZonePlan, p: ProviderPlan): void;
  /** `n` numbers runnable corrections, `info` message-only ones, both from 1 per provider. */
  correction(c: Correction, label: { n: number; info: boolean }): void;
  success(): void;
  failure(error: unknown): void;
  /** The end of a run that did not fail. */
  done(total: number): void;
  /** The end of a push that failed: what was and was not applied, instead of done(). */
  stopped(plan: Plan, result: ApplyResult): void;
}

export interface AppliedCorrection {
  domain: string;
  provider: string;
  msg: string;
}

export interface ApplyResult {
  applied: AppliedCorrection[];
  notApplied: AppliedCorrection[];
  /** The first failure (push stops there). */
  error?: unknown;
}

/** push -i: asked before each runnable correction; false skips it (it stays not applied). */
export type Confirm = (c: Correction) => Promise<boolean>;

export async function executePlan(plan: Plan, push: boolean, reporter: Reporter, confirm?: Confirm): Promise<ApplyResult> {
  const applied: AppliedCorrection[] = [];
  const notApplied: AppliedCorrection[] = [];
  let error: unknown;
  for (const z of plan.zones) {
    if (error === undefined) reporter.zone(z);
    for (const p of z.providers) {
      if (error !== undefined) {
        for (const c of p.corrections) if (c.run) notApplied.push({ domain: z.domain, provider: p.name, msg: c.msg });
        continue;
      }
      reporter.provider(z, p);
      let n = 0;
      let info = 0;
      for (const c of p.corrections) {
        const where = { domain: z.domain, provider: p.name, msg: c.msg };
        if (!c.run) { reporter.correction(c, { n: ++info, info: true }); continue; }
        if (error !== undefined) { notApplied.push(where); continue; }
        reporter.correction(c, { n: ++n, info: false });
        if (!push) continue;
        if (confirm && !(await confirm(c))) { notApplied.push(where); continue; }
        try {
          await c.run();
          applied.push(where);
          reporter.success();
        } catch (e) {
          error = e instanceof ProviderError ? e : new ProviderError(p.name, z.domain, e instanceof Error ? e.message : String(e), { cause: e });
          reporter.failure(error);
          notApplied.push(where);
        }
      }
    }
  }
  const result = { applied, notApplied, error };
  // "Done. N corrections." after a failure would read as success: say what was applied instead.
  if (error === undefined) reporter.done(plan.total);
  else reporter.stopped(plan, result);
  return result;
}
