// deSEC rrsets ⇄ IR records. deSEC raises TTLs below the domain's minimum_ttl to it.
import type { RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { fqdnToLabel } from '../../_util/names.js';
import { recordsFromValues, valuesOf } from '../_http/rrset-text.js';
import type { RRSet } from './api.js';

/** The records of an rrset. A TTL raised to minimum_ttl is read as the TTL the config asks for (`asked`),
 *  so it is not a change every run. */
export function fromRRSet(rs: RRSet, domain: string, min: number, asked: number | undefined): RecordConfig[] {
  const label = rs.subname === '' ? '@' : rs.subname;
  const ttl = rs.ttl === min && asked !== undefined && asked < min ? asked : rs.ttl!;
  return recordsFromValues(rs.type, label, ttl, rs.records, domain);
}

/** The rrset a change writes (no records: a delete), and its lines, saying when the TTL was raised. */
export function toRRSet(ch: Change, zone: string, min: number): { msgs: string[]; rrset: RRSet } {
  const label = fqdnToLabel(ch.key.nameFQDN, zone);
  const subname = label === '@' ? '' : label;
  if (ch.new.length === 0) return { msgs: ch.msgs, rrset: { subname, type: ch.key.type, records: [] } };
  const ttl = Math.max(min, ch.new[0]!.ttl);
  const msgs = ttl !== ch.new[0]!.ttl ? [...ch.msgs, `  (TTL raised to the domain's minimum_ttl ${min})`] : ch.msgs;
  return { msgs, rrset: { subname, type: ch.key.type, ttl, records: valuesOf(ch.new) } };
}
