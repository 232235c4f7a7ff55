// Per-record checks on the user's values (before targets are completed): the TTL here, the rest is each
// type's descriptor `check`. Each returns reasons; the caller prefixes them with the record's position and name.
import { quoteName } from '../../_util/names.js';
import type { RecordConfig } from '../../ir/types.js';
import { MAX_RDATA } from '../../rr/quote.js';
import { allRecordKinds, getRecordKind } from '../../rr/registry.js';
export { MAX_RDATA };
export { checkHostTarget } from '../../rr/checks.js';

/** Every record type the IR may carry: the registry's descriptors and provider-specific types. */
export const KNOWN_TYPES: ReadonlySet<string> = new Set(allRecordKinds().map((k) => k.name));

export function checkRecord(rc: RecordConfig): string[] {
  if (!KNOWN_TYPES.has(rc.type)) return [`unsupported record type ${quoteName(rc.type)}`];
  const ttl = [...(Number.isInteger(rc.ttl) && rc.ttl >= 0 && rc.ttl <= 2147483647 ? [] : [`TTL must be 0-2147483647, got ${rc.ttl}`])];
  return [...ttl, ...(getRecordKind(rc.type)?.check?.(rc) ?? [])];
}
