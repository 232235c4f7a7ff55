// Gandi LiveDNS rrsets ⇄ IR records. Values are zone-file rdata.
import type { RecordConfig } from '../../ir/types.js';
import { groupRRSets, recordsFromValues, valuesOf } from '../_http/rrset-text.js';
import type { GItem, GRRSet } from './api.js';

/** The zone's records; the SOA is Gandi's own. */
export function fromRRSets(rrsets: GRRSet[], domain: string): RecordConfig[] {
  return rrsets.filter((r) => r.rrset_type !== 'SOA')
    .flatMap((r) => recordsFromValues(r.rrset_type, r.rrset_name, r.rrset_ttl, r.rrset_values, domain));
}

/** A label's records as the items of one PUT, one per type. */
export function toItems(records: RecordConfig[]): GItem[] {
  return groupRRSets(records).map((set) => ({ rrset_type: set[0]!.type, rrset_ttl: set[0]!.ttl, rrset_values: valuesOf(set) }));
}
