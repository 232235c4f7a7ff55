// Hetzner Cloud rrsets ⇄ IR records. Values are zone-file rdata; a TTL of null means the zone's.
import type { RecordConfig } from '../../ir/types.js';
import { recordsFromValues, valuesOf } from '../_http/rrset-text.js';
import type { RRSet, Zone } from './api.js';

/** The zone's records; the SOA is Hetzner's own. */
export function fromRRSets(rrsets: RRSet[], zone: Zone, domain: string): RecordConfig[] {
  return rrsets.filter((r) => r.type !== 'SOA')
    .flatMap((r) => recordsFromValues(r.type, r.name, r.ttl ?? zone.ttl, r.records.map((x) => x.value), domain));
}

export function toRecords(records: RecordConfig[]): RRSet['records'] {
  return valuesOf(records).map((value) => ({ value }));
}
