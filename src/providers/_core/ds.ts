// Where a DS record can be: at a delegation (a label with NS records), never at the apex (the zone's own DS
// lives in the parent). Servers enforce it: named-checkzone refuses a zone file with a DS at its apex
// ("DS record at top of zone"), PowerDNS answers 422 ("DS is not allowed at apex"), and BIND silently
// drops a DS sent by UPDATE anywhere but at a delegation, which would make it a change on every run.
import type { RecordConfig } from '../../ir/types.js';

const at = (r: RecordConfig) => `DS ${r.name}${r.filepos ? ` (${r.filepos})` : ''}`;

/** DS records at the apex; `why` says what the provider does with one. */
export function dsAtApex(records: readonly RecordConfig[], why: string): string[] {
  return records.filter((r) => r.type === 'DS' && r.name === '@')
    .map((r) => `${at(r)}: a DS record cannot be at the apex, it belongs in the parent zone (${why})`);
}

/** DS records at a label the same config does not delegate (no NS records there); `why` as for dsAtApex. */
export function dsWithoutDelegation(records: readonly RecordConfig[], why: string): string[] {
  const delegated = new Set(records.filter((r) => r.type === 'NS' && r.name !== '@').map((r) => r.name.toLowerCase()));
  return records.filter((r) => r.type === 'DS' && r.name !== '@' && !delegated.has(r.name.toLowerCase()))
    .map((r) => `${at(r)}: a DS record needs NS records at the same name, a delegation (${why})`);
}
