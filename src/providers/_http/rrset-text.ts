// Shared by the API providers whose wire format is zone-file rdata per rrset (deSEC, Hetzner, Gandi,
// Google): grouping IR records into rrsets and converting values through rr/text.ts.
import type { RecordConfig } from '../../ir/types.js';
import { parseRdata, rdataText } from '../../rr/text.js';

/** IR records for one rrset read from an API. */
export function recordsFromValues(type: string, label: string, ttl: number, values: string[], zone: string): RecordConfig[] {
  return values.map((v) => ({ type, name: label, ttl, ...parseRdata(type, v, zone) }) as RecordConfig);
}

/** Zone-file rdata of each record (TXT quoted in ≤255-byte strings, hostnames with a dot). */
export const valuesOf = (records: RecordConfig[]): string[] => records.map(rdataText);

/** Groups records by (label, type), keeping first-seen order. */
export function groupRRSets(records: RecordConfig[]): RecordConfig[][] {
  const m = new Map<string, RecordConfig[]>();
  for (const r of records) {
    const k = `${r.name}\u0000${r.type}`;
    m.set(k, [...(m.get(k) ?? []), r]);
  }
  return [...m.values()];
}
