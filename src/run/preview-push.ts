// preview = plan + render; push = plan + render + apply. Returns the exit code; only main.ts exits.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ExitError } from '../errors.js';
import type { Io } from '../cli/io.js';
import type { PreviewOptions } from '../cli/options.js';
import { reportJson } from '../plan/report.js';
import { textReporter } from '../plan/text.js';
import { executePlan, type AppliedCorrection, type Confirm } from './apply.js';
import { planRun } from './plan-run.js';

/** Exit code of --expect-no-changes when changes are pending. DNSControl uses 1 (same as an error). */
export const EXIT_PENDING_CHANGES = 1;

export async function previewOrPush(opts: PreviewOptions, io: Io, push: boolean, confirm?: Confirm): Promise<number> {
  const { plan, warnings } = await planRun(opts, io);
  for (const w of warnings) io.err(`${w}\n`);
  const result = await executePlan(plan, push, textReporter({ full: opts.full, color: io.color, out: io.out }), confirm);
  // TeamCity reads a build status line from the log (DNSControl prints it too).
  if (io.env.TEAMCITY_VERSION) io.err(`##teamcity[buildStatus status='SUCCESS' text='${plan.total} corrections']`);
  if (opts.report) await writeFile(path.resolve(io.cwd, opts.report), reportJson(plan));
  if (result.error !== undefined) {
    io.err(failureSummary(result.applied, result.notApplied));
    throw new ExitError(1, `Error: push failed: ${(result.error as Error).message ?? String(result.error)}`);
  }
  if (opts.expectNoChanges && plan.total > 0) throw new ExitError(EXIT_PENDING_CHANGES, 'Error: there are pending changes');
  return 0;
}

function failureSummary(applied: AppliedCorrection[], notApplied: AppliedCorrection[]): string {
  const line = (c: AppliedCorrection) => `  ${c.domain} (${c.provider}): ${c.msg.split('\n').join('\n      ')}\n`;
  let s = `Push stopped at the first failure. ${applied.length} correction(s) applied, ${notApplied.length} not applied.\n`;
  if (applied.length) s += `Applied:\n${applied.map(line).join('')}`;
  if (notApplied.length) s += `NOT applied:\n${notApplied.map(line).join('')}`;
  return s;
}
