// Per-record checks on the user's values (before targets are completed): the TTL here, the rest is each
// type's descriptor `check`. Each returns reasons; the caller prefixes them with the record's position and name.
import { quoteName } from '../../_util/names.js';
import type { RecordConfig } from '../../ir/types.js';
import { MAX_RDATA } from '../../rr/quote.js';
import { encodingProblem } from '../../rr/codec.js';
import { allRecordKinds, getRRType, getRecordKind } from '../../rr/registry.js';
export { MAX_RDATA };
export { checkHostTarget } from '../../rr/checks.js';

/** Every record type the IR may carry: the registry's descriptors and provider-specific types. */
export const KNOWN_TYPES: ReadonlySet<string> = new Set(allRecordKinds().map((k) => k.name));

const MAX_U32 = 4294967295;
const MAX_TTL = 2147483647;

/** Types whose labels may hold "_" without a warning (DNSControl's checkLabel list). */
const UNDERSCORE_TYPES = new Set(['SRV', 'TLSA', 'TXT', 'LUA']);

/**
 * Doubts about a record that DNSControl accepts too: each is a warning, never a refusal. A label with "_" where
 * DNSControl warns (it cannot be a host name in a URL), and a TTL above 2^31-1, which RFC 2181 makes servers read as 0.
 */
export function recordWarnings(rc: RecordConfig): string[] {
  const out: string[] = [];
  const l = rc.name;
  if (l.includes('_') && !UNDERSCORE_TYPES.has(rc.type) && !l.startsWith('_') && !l.includes('._') && !l.startsWith('sql-')) {
    out.push(`label ${quoteName(l)} contains "_" (can't be used in a URL)`);
  }
  if (rc.ttl > MAX_TTL) out.push(`TTL ${rc.ttl} is above ${MAX_TTL}: RFC 2181 has servers treat it as 0`);
  return out;
}

export function checkRecord(rc: RecordConfig): string[] {
  if (!KNOWN_TYPES.has(rc.type)) return [`unsupported record type ${quoteName(rc.type)}`];
  // A TTL is 32 bits on the wire (DNSControl's is a uint32); above 2^31-1 is a warning (recordWarnings).
  const ttl = [...(Number.isInteger(rc.ttl) && rc.ttl >= 0 && rc.ttl <= MAX_U32 ? [] : [`TTL must be 0-${MAX_U32}, got ${rc.ttl}`])];
  return [...ttl, ...(getRecordKind(rc.type)?.check?.(rc) ?? []), ...encodedFieldProblems(rc)];
}

/**
 * A key, digest or certificate (hex or base64 rdata) as DNS servers and the zone-file parser read it: an empty
 * or malformed one was accepted and written, and then every later read of the zone failed on it, so fixing the
 * config could not help. Spaces are allowed, as a zone file may split such a value.
 */
function encodedFieldProblems(rc: RecordConfig): string[] {
  const fields = getRRType(rc.type)?.fields;
  if (!fields) return [];
  const out: string[] = [];
  for (const f of fields) {
    if (f.kind !== 'hex' && f.kind !== 'rest') continue;
    const raw = (rc as unknown as Record<string, unknown>)[f.ir];
    const v = typeof raw === 'string' ? raw.replace(/\s+/g, '') : '';
    const bad = v === '' ? `${f.name} is empty` : encodingProblem(f.kind, f.name, v);
    if (bad) out.push(bad);
  }
  return out;
}
