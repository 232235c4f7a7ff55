// OCI records ⇄ IR. `domain` is the owner's FQDN without the trailing dot, `rdata` the zone-file presentation
// form (host names with the dot, TXT as quoted strings of at most 255 bytes, CAA `0 issue "ca"`), which OCI
// may normalise (quoting a TXT, lower-casing names): it is parsed back with the zone-file codecs.
import type { RecordConfig } from '../../ir/types.js';
import { parseRdata, rdataText } from '../../rr/text.js';
import type { OciOperation, OciRecord } from './api.js';

export function ownerOf(name: string, zone: string): string {
  return name === '@' ? zone : `${name}.${zone}`;
}

export function labelOf(domain: string, zone: string): string {
  const d = domain.replace(/\.$/, '').toLowerCase();
  if (d === zone) return '@';
  if (!d.endsWith(`.${zone}`)) throw new Error(`record ${JSON.stringify(domain)} is not in zone ${zone}`);
  return d.slice(0, -zone.length - 1);
}

export function fromNative(r: OciRecord, zone: string): RecordConfig {
  const rc: RecordConfig = { type: r.rtype.toUpperCase(), name: labelOf(r.domain, zone), target: '', ttl: Number(r.ttl) };
  if (rc.type === 'ALIAS') {
    const t = r.rdata.trim();
    rc.target = t.endsWith('.') ? t : `${t}.`;
    return rc;
  }
  return Object.assign(rc, parseRdata(rc.type, r.rdata, zone));
}

/** An ADD (or a REMOVE by value) of the record. */
export function toOperation(rc: RecordConfig, zone: string, operation: 'ADD' | 'REMOVE'): OciOperation {
  return { operation, domain: ownerOf(rc.name, zone), rtype: rc.type, rdata: rdataText(rc), ttl: rc.ttl };
}

/** What matches a record read to the recordHash OCI gave it. */
export const recordKey = (rc: RecordConfig) => `${rc.name}\u0000${rc.type}\u0000${rdataText(rc)}\u0000${rc.ttl}`;
