// preview = plan + render; push = plan + render + apply. Returns the exit code; only main.ts exits.
import { ExitError } from '../errors.js';
import type { Io } from '../_util/io.js';
import type { PreviewOptions } from './options.js';
import { checkOutputPath, writeOutputFile } from '../_util/output-file.js';
import { reportJson } from '../plan/report.js';
import { textReporter } from '../plan/text.js';
import { executePlan, type Confirm } from './apply.js';
import type { AppliedCorrection, ApplyResult } from '../plan/types.js';
import { planRun, type PlannedRun } from './plan-run.js';
import { parseOutputFormat, renderJson } from '../plan/json-format.js';
import { renderMarkdown } from '../plan/markdown.js';
import { restorePlan, savePlan } from './restore-plan.js';
import { checkDigestFlag } from '../plan/saved/plan-file.js';
import { checkPlanSafety } from '../safety/guard.js';
import { refusalMessage, safetyWarnings } from '../safety/limits.js';
import type { Progress } from './progress.js';
import { startProgressDisplay } from './progress-display.js';
import { Notifier, notificationTargets, notificationsWanted, notifyingReporter, notifyPlan } from './notifications.js';

/** Exit code of --expect-no-changes when changes are pending. DNSControl uses 1, the same as an error;
 *  2 lets CI tell "drift" from "broken" (README "Exit codes"). */
export const EXIT_PENDING_CHANGES = 2;

export async function previewOrPush(opts: PreviewOptions, io: Io, push: boolean, confirm?: Confirm): Promise<number> {
  const format = parseOutputFormat(opts.format, push);
  checkDigestFlag(opts.planDigest, push ? opts.plan : undefined);
  if (opts.report) checkOutputPath('--report', opts.report, io.cwd);
  if (!push && opts.plan) checkOutputPath('--plan', opts.plan, io.cwd);
  // Progress on stderr for long runs (not with push -i: its questions are the progress).
  const display = confirm ? undefined : startProgressDisplay(io, { plainLines: format === 'text' });
  const shown = display?.io ?? io;
  try {
    // push --plan applies a saved plan (plan/saved); otherwise the config is evaluated and diffed now.
    const planned = push && opts.plan ? await restorePlan(opts, shown) : await planRun(opts, shown, push, display?.progress);
    try {
      return await render(planned, opts, shown, push, format, confirm, display?.progress);
    } finally {
      await planned.close?.();
    }
  } finally {
    display?.stop();
  }
}

async function render(planned: PlannedRun, opts: PreviewOptions, io: Io, push: boolean,
  format: ReturnType<typeof parseOutputFormat>, confirm?: Confirm, progress?: Progress): Promise<number> {
  const { plan, warnings, declared, skipRecordAudit } = planned;
  const safety = checkPlanSafety(plan, declared, opts);
  if (push && safety.length && !opts.force) throw new ExitError(1, refusalMessage(safety));
  warnings.push(...safetyWarnings(safety, push));
  for (const w of warnings) io.err(`${w}\n`);
  const saved = !push && opts.plan && declared ? await savePlan(plan, declared, io.cwd, opts.plan, {
    skipRecordAudit, diff: { full: opts.full, reportMax: opts.reportmax, disableOrdering: opts.disableordering },
  }) : undefined;
  if (saved) io.err(saved.note);
  const planFile = saved && { file: saved.file, digest: saved.digest };
  const notifier = notifierFor(planned, opts, io, push);
  if (format !== 'text') {
    io.out(format === 'json' ? renderJson(plan, warnings, planFile) : renderMarkdown(plan, { warnings, planFile }));
    if (notifier) notifyPlan(plan, notifier);
  }
  const text = textReporter({ full: opts.full, color: io.color, out: io.out });
  const result: ApplyResult = format === 'text'
    ? await executePlan(plan, push, notifier ? notifyingReporter(text, notifier, push) : text, confirm, progress)
    : { applied: [], notApplied: [] };
  for (const w of (await notifier?.done()) ?? []) io.err(`${w}\n`);
  // TeamCity reads a build status line from the log (DNSControl prints it too).
  if (io.env.TEAMCITY_VERSION) io.err(`##teamcity[buildStatus status='${result.error === undefined ? 'SUCCESS' : 'FAILURE'}' text='${plan.total} corrections']`);
  if (opts.report) await writeOutputFile('--report', opts.report, reportJson(plan, push ? result : undefined), io.cwd);
  if (result.error !== undefined) {
    // stdout ended with the count per zone (never "Done."); stderr lists the corrections themselves.
    io.err(failureList(result.applied, result.notApplied));
    throw new ExitError(1, `Error: push failed: ${(result.error as Error).message ?? String(result.error)}`);
  }
  if (opts.expectNoChanges && plan.total > 0) throw new ExitError(EXIT_PENDING_CHANGES, 'Error: there are pending changes');
  return 0;
}

/** The notifier of this run, when --notify or the creds block asks for one and names somewhere to send. */
function notifierFor(planned: PlannedRun, opts: PreviewOptions, io: Io, push: boolean): Notifier | undefined {
  if (!notificationsWanted(planned.notifications, opts.notify, push)) return undefined;
  const { targets, warnings } = notificationTargets(planned.notifications);
  for (const w of warnings) io.err(`${w}\n`);
  return targets.length ? new Notifier(targets) : undefined;
}

function failureList(applied: AppliedCorrection[], notApplied: AppliedCorrection[]): string {
  const line = (c: AppliedCorrection) => `  ${c.domain} (${c.provider}): ${c.msg.split('\n').join('\n      ')}\n`;
  let s = `Push stopped at the first failure. ${applied.length} correction(s) applied, ${notApplied.length} not applied.\n`;
  if (applied.length) s += `Applied:\n${applied.map(line).join('')}`;
  if (notApplied.length) s += `NOT applied:\n${notApplied.map(line).join('')}`;
  return s;
}
