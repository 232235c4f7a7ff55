// Cloud DNS rrsets ⇄ IR records. Names are absolute with the trailing dot; values are zone-file rdata.
import type { RecordConfig } from '../../ir/types.js';
import { fqdnToLabel, labelToFQDN } from '../../_util/names.js';
import { recordsFromValues, valuesOf } from '../_http/rrset-text.js';
import type { GRRSet } from './api.js';

/** The zone's records; the SOA is Google's own. */
export function fromRRSets(rrsets: GRRSet[], domain: string): RecordConfig[] {
  return rrsets.filter((r) => r.type !== 'SOA')
    .flatMap((r) => recordsFromValues(r.type, fqdnToLabel(r.name.replace(/\.$/, ''), domain), r.ttl, r.rrdatas, domain));
}

/** The absolute name Cloud DNS keys an rrset by. */
export const rrsetName = (nameFQDN: string, zone: string) => `${labelToFQDN(fqdnToLabel(nameFQDN, zone), zone)}.`;

export function toRRSet(name: string, type: string, records: RecordConfig[]): GRRSet {
  return { name, type, ttl: records[0]!.ttl, rrdatas: valuesOf(records) };
}
