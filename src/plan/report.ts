// --report FILE (DNSControl's report format): one item per (zone, DNS provider) and per (zone, registrar):
// {domain, corrections, correction_details, provider | registrar}. As in DNSControl, the details are the
// lines of the corrections that do something (ANSI-stripped, trimmed, no blank lines; message-only
// corrections are left out) and `corrections` is their number.
//
// A push's report also says what the push did (DNSControl's does not: it is the same whether the push
// worked or not). Every item gets `outcome`: "success" (all its corrections applied, or it had none),
// "failed" (one of them failed: `error`), "not_applied" (none applied: push stopped at an earlier failure,
// or push -i skipped them) or "partial" (push -i skipped some). An item whose outcome is not "success" also
// splits its correction_details into applied_details, failed_details and not_applied_details. The push as a
// whole succeeded when every item's outcome is "success". Preview reports have none of these fields.
import { stripVTControlCharacters } from 'node:util';
import type { Correction } from '../providers/types.js';
import type { ApplyResult, Plan } from './types.js';

export type ReportOutcome = 'success' | 'failed' | 'not_applied' | 'partial';

export interface ReportItem {
  domain: string;
  corrections: number;
  correction_details: string[];
  provider?: string;
  registrar?: string;
  /** Push only. */
  outcome?: ReportOutcome;
  /** Push only, when outcome is not "success": correction_details split by what happened to each line. */
  applied_details?: string[];
  failed_details?: string[];
  not_applied_details?: string[];
  /** Push only, outcome "failed": the error push stopped at (the message shown on the terminal). */
  error?: string;
}

function detailLines(msg: string): string[] {
  return stripVTControlCharacters(msg).split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

function errorMessage(e: unknown): string {
  return stripVTControlCharacters(e instanceof Error ? e.message : String(e));
}

/** `push`: the result of the push this report is of (absent for preview). */
export function buildReport(plan: Plan, push?: ApplyResult): ReportItem[] {
  return plan.zones.flatMap((z) => z.providers.filter((p) => !p.skipped).map((p) => {
    const runnable = p.corrections.filter((c) => c.run);
    const details = runnable.flatMap((c) => detailLines(c.msg));
    const item: ReportItem = { domain: z.domain, corrections: details.length, correction_details: details };
    if (p.role === 'registrar') item.registrar = p.name;
    else item.provider = p.name;
    if (push) Object.assign(item, pushOutcome(runnable, push));
    return item;
  }));
}

function pushOutcome(runnable: Correction[], push: ApplyResult): Partial<ReportItem> {
  const outcome = (c: Correction) => push.outcomes?.get(c);
  const linesWith = (o: ReturnType<typeof outcome>) => runnable.filter((c) => outcome(c) === o).flatMap((c) => detailLines(c.msg));
  const applied = runnable.filter((c) => outcome(c) === 'applied').length;
  if (applied === runnable.length) return { outcome: 'success' };
  const failed = runnable.some((c) => outcome(c) === 'failed');
  return {
    outcome: failed ? 'failed' : applied === 0 ? 'not_applied' : 'partial',
    applied_details: linesWith('applied'),
    failed_details: linesWith('failed'),
    not_applied_details: linesWith(undefined),
    ...(failed ? { error: errorMessage(push.error) } : {}),
  };
}

/** `push`: as for buildReport. */
export function reportJson(plan: Plan, push?: ApplyResult): string {
  return `${JSON.stringify(buildReport(plan, push), null, 2)}\n`;
}
