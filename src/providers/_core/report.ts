// The diff's report-only changes (what IGNORE or NO_PURGE keep, ...) are messages, never API calls: every
// provider turns them into message-only corrections here and gets the changes it has to apply.
import { changeLines, type Change } from '../../diff/change.js';
import type { Correction } from '../types.js';

export function splitReports(changes: readonly Change[]): { reports: Correction[]; real: Change[] } {
  const reports: Correction[] = [];
  const real: Change[] = [];
  for (const c of changes) {
    if (c.kind === 'report') reports.push({ msg: changeLines(c).join('\n') });
    else real.push(c);
  }
  return { reports, real };
}
