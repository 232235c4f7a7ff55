// IR records ↔ dns-packet records for AXFR and RFC 2136. Reading goes through zone-file text and
// rr/text.ts parseRdata, so records read here normalise exactly like records read from zone files.
import type { RecordConfig } from '../../ir/types.js';
import type { WireCodec } from '../../rr/descriptor.js';
import { parseRdata } from '../../rr/text.js';
import { allRRTypes, getRRType, getRRTypeByCode } from '../../rr/registry.js';
import { fqdnToLabel, labelToFQDN } from '../../_util/names.js';
import type { Answer } from '../../dns/codec.js';

/** The types with a wire codec in their descriptor (rr/types/): the ones this provider can read and write. */
const WIRE: ReadonlyMap<string, WireCodec> = new Map(allRRTypes().flatMap((t) => (t.wire ? [[t.name, t.wire] as const] : [])));

/** Record types this provider can read and write. */
export const WIRE_TYPES: ReadonlySet<string> = new Set(WIRE.keys());

/** Records a signing server adds: their presence means the zone is signed. */
const DNSSEC_TYPES = new Set(['RRSIG', 'NSEC', 'NSEC3', 'NSEC3PARAM', 'DNSKEY', 'CDS', 'CDNSKEY', 'TYPE65534']);
/** Types that are the server's business: SOA (serial left to the server) and DNSSEC signing records. */
const SERVER_OWNED = new Set(['SOA', 'ZONEMD', ...DNSSEC_TYPES]);

/** A record for the UPDATE section. */
export function toAnswer(rc: RecordConfig, zone: string): Answer {
  const m = WIRE.get(rc.type);
  if (!m) throw new Error(`AXFRDDNS cannot send ${rc.type} records`);
  const name = labelToFQDN(rc.name, zone);
  const type = m.opaque ? `UNKNOWN_${getRRType(rc.type)!.code}` : rc.type;
  return { name, type, class: 'IN', ttl: rc.ttl, data: m.toData(rc) } as Answer;
}

export interface Skipped {
  name: string;
  type: string;
}

/** Records of an AXFR as IR records; types this provider cannot represent are returned in `skipped`;
 *  `signed` says whether the transfer carried DNSSEC records (RRSIG, DNSKEY, NSEC...). */
export function fromAnswers(answers: Answer[], zone: string): { records: RecordConfig[]; skipped: Skipped[]; signed: boolean } {
  const records: RecordConfig[] = [];
  const skipped: Skipped[] = [];
  let signed = false;
  for (const a of answers) {
    const code = /^UNKNOWN_(\d+)$/.exec(a.type);
    const type = code ? (getRRTypeByCode(Number(code[1]))?.name ?? `TYPE${code[1]}`) : a.type;
    if (SERVER_OWNED.has(type)) { signed ||= DNSSEC_TYPES.has(type); continue; }
    const m = WIRE.get(type);
    const fqdn = a.name.toLowerCase();
    if (!m) { skipped.push({ name: fqdn, type }); continue; }
    const text = m.toText((a as unknown as { data: never }).data);
    const fields = parseRdata(type, text, zone);
    records.push({ type, name: fqdnToLabel(fqdn, zone), target: '', ttl: (a as { ttl?: number }).ttl ?? 0, ...fields } as RecordConfig);
  }
  return { records, skipped, signed };
}
