// Corrections phase: serially, in config order, zone by zone: DNS providers, then the registrar. Preview only
// reports; push runs each correction right after reporting it and stops at the first failure, so the user
// learns exactly what was and was not applied.
import { ProviderError } from '../errors.js';
import type { Correction } from '../providers/types.js';
import type { AppliedCorrection, ApplyResult, CorrectionOutcome, Plan, Reporter } from '../plan/types.js';
import { withWorkMeter } from '../_util/work.js';
import type { Progress, ProgressTask } from './progress.js';

/** push -i: asked before each runnable correction; false skips it (it stays not applied). */
export type Confirm = (c: Correction) => Promise<boolean>;

/** `progress` counts each zone's requests as its corrections run (push only). */
export async function executePlan(plan: Plan, push: boolean, reporter: Reporter, confirm?: Confirm, progress?: Progress): Promise<ApplyResult> {
  const applied: AppliedCorrection[] = [];
  const notApplied: AppliedCorrection[] = [];
  const outcomes = new Map<Correction, CorrectionOutcome>();
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
      const runnable = p.corrections.filter((c) => c.run);
      let task: ProgressTask | undefined;
      if (push && progress && runnable.length) {
        task = progress.start(`pushing ${z.domain} (${p.name})`, runnable.reduce((sum, c) => sum + (c.units ?? 1), 0));
      }
      for (const c of p.corrections) {
        const where = { domain: z.domain, provider: p.name, msg: c.msg };
        if (!c.run) { reporter.correction(c, { n: ++info, info: true }); continue; }
        if (error !== undefined) { notApplied.push(where); continue; }
        reporter.correction(c, { n: ++n, info: false });
        if (!push) continue;
        if (confirm && !(await confirm(c))) { notApplied.push(where); continue; }
        try {
          task?.step(c.units ?? 1);
          await (task ? withWorkMeter(task, c.run) : c.run());
          task?.stepDone();
          applied.push(where);
          outcomes.set(c, 'applied');
          reporter.success();
        } catch (e) {
          error = e instanceof ProviderError ? e : new ProviderError(p.name, z.domain, e instanceof Error ? e.message : String(e), { cause: e });
          reporter.failure(error);
          notApplied.push(where);
          outcomes.set(c, 'failed');
        }
      }
      if (task) progress?.end(task);
    }
  }
  const result: ApplyResult = push ? { applied, notApplied, error, outcomes } : { applied, notApplied, error };
  // "Done. N corrections." after a failure would read as success: say what was applied instead.
  if (error === undefined) reporter.done(plan.total);
  else reporter.stopped(plan, result);
  return result;
}
