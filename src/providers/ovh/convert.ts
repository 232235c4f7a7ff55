// OVH records ⇄ IR. `subDomain` is relative ("" for the apex); `target` is zone-file rdata ("10 mx.example.com."
// for MX, `0 issue "ca.example"` for CAA, quoted strings for TXT). OVH's own structured types SPF, DKIM and
// DMARC are read as TXT (as DNSControl does); a TXT with meta create_ovh_native_record is written as one.
// DKIM and DMARC targets are the bare text (OVH splits them into fields and stores no quotes); SPF and TXT
// are quoted like a zone file. ttl 0 means "the zone's default", which DNSControl reads as 3600.
import type { RecordConfig } from '../../ir/types.js';
import { parseRdata, rdataText } from '../../rr/text.js';
import type { NewOvhRecord, OvhRecord } from './api.js';

export const NATIVE_META = 'create_ovh_native_record';
export const NATIVE_TYPES = new Set(['SPF', 'DKIM', 'DMARC']);
/** Native types whose target is the bare text. */
const BARE = new Set(['DKIM', 'DMARC']);
const OVH_DEFAULT_TTL = 3600;

/** The OVH type a record is written as. */
export function ovhType(rc: RecordConfig): string {
  const native = rc.meta?.[NATIVE_META]?.toUpperCase();
  return rc.type === 'TXT' && native && NATIVE_TYPES.has(native) ? native : rc.type;
}

/** The target for an OVH record of `fieldType` (the live type, for an update of a native record). */
export function ovhTarget(rc: RecordConfig, fieldType: string): string {
  return BARE.has(fieldType) ? rc.target : rdataText(rc);
}

export function toNative(rc: RecordConfig, fieldType = ovhType(rc)): NewOvhRecord {
  return { fieldType, subDomain: rc.name === '@' ? '' : rc.name, target: ovhTarget(rc, fieldType), ttl: rc.ttl };
}

/** The record in IR, or undefined for what DNSControl skips (SOA). Throws on data it cannot read. */
export function fromNative(n: OvhRecord, zone: string): RecordConfig | undefined {
  if (typeof n?.fieldType !== 'string' || typeof n.target !== 'string' || typeof n.subDomain !== 'string') {
    throw new Error(`OVH returned a record that cannot be read: ${JSON.stringify(n).slice(0, 200)}`);
  }
  const ft = n.fieldType.toUpperCase();
  if (ft === 'SOA') return undefined;
  const name = n.subDomain === '' ? '@' : n.subDomain.toLowerCase();
  const ttl = Number(n.ttl) > 0 ? Number(n.ttl) : OVH_DEFAULT_TTL;
  const t = n.target.trim();
  if (ft === 'TXT' || NATIVE_TYPES.has(ft)) {
    // Quoted: zone-file strings. Not quoted (made in OVH's manager, or a DKIM/DMARC): the text as it is.
    const quoted = t.length >= 2 && t.startsWith('"') && t.endsWith('"');
    const target = quoted ? (parseRdata('TXT', t, zone).target ?? '') : n.target;
    return { type: 'TXT', name, ttl, target };
  }
  try {
    return { type: ft, name, ttl, ...parseRdata(ft, t, zone) } as RecordConfig;
  } catch (e) {
    throw new Error(`OVH returned a ${ft} record at "${n.subDomain}" that cannot be read (${JSON.stringify(n.target)}): ${(e as Error).message}`, { cause: e });
  }
}

/** What identifies a live record when we need its id: the IR record without its TTL. */
export const recordKey = (rc: RecordConfig): string => `${rc.name}\u0000${rc.type}\u0000${rdataText(rc)}`;
