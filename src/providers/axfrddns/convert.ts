// IR records ↔ dns-packet records for AXFR and RFC 2136. Reading goes through zone-file text and
// rr/text.ts parseRdata, so records read here normalise exactly like records read from zone files.
import type { RecordConfig } from '../../ir/types.js';
import { parseRdata } from '../../rr/text.js';
import { getRRType, getRRTypeByCode } from '../../rr/registry.js';
import { chunk255, quoteString } from '../../rr/quote.js';
import { fqdnToLabel, labelToFQDN } from '../../_util/names.js';
import type { Answer } from '../../dns/codec.js';
import { decodeSvcb, encodeSvcb } from '../../dns/svcb.js';
import { rdataText } from '../../rr/text.js';

/** One wire mapping per type dns-packet can carry; `raw` types travel as RFC 3597 opaque rdata. */
interface WireMap {
  toData(rc: RecordConfig): unknown;
  toText(data: never): string;
}

const noDot = (n: string): string => (n === '.' ? '.' : n.replace(/\.$/, ''));
const dot = (n: string): string => (n === '.' || n === '' ? '.' : `${n}.`);
const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const b64 = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'base64');
const quoted = (b: Buffer | string): string => quoteString(typeof b === 'string' ? b : b.toString('utf8'));

const nameType: WireMap = { toData: (rc) => noDot(rc.target), toText: (d: string) => dot(d) };
const certType = (u: 'tlsausage' | 'smimeausage', s: 'tlsaselector' | 'smimeaselector', m: 'tlsamatchingtype' | 'smimeamatchingtype'): WireMap => ({
  toData: (rc) => Buffer.concat([Buffer.from([rc[u] ?? 0, rc[s] ?? 0, rc[m] ?? 0]), hex(rc.target)]),
  // dns-packet decodes TLSA into fields; SMIMEA arrives as opaque bytes.
  toText: (d: Buffer | { usage: number; selector: number; matchingType: number; certificate: Buffer }) => (Buffer.isBuffer(d)
    ? `${d[0]} ${d[1]} ${d[2]} ${d.subarray(3).toString('hex')}`
    : `${d.usage} ${d.selector} ${d.matchingType} ${d.certificate.toString('hex')}`),
});

const svcbType: WireMap = {
  toData: (rc) => encodeSvcb(rc.svcpriority ?? 0, rc.target, rc.svcparams ?? ''),
  toText: (d: Buffer) => decodeSvcb(d),
};

const WIRE: Record<string, WireMap> = {
  A: { toData: (rc) => rc.target, toText: (d: string) => d },
  AAAA: { toData: (rc) => rc.target, toText: (d: string) => d },
  CNAME: nameType, NS: nameType, PTR: nameType, DNAME: nameType,
  MX: {
    toData: (rc) => ({ preference: rc.mxpreference ?? 0, exchange: noDot(rc.target) }),
    toText: (d: { preference: number; exchange: string }) => `${d.preference} ${dot(d.exchange)}`,
  },
  TXT: {
    toData: (rc) => chunk255(rc.target).map((s) => Buffer.from(s, 'utf8')),
    toText: (d: Buffer[]) => (d.length ? d.map(quoted).join(' ') : '""'),
  },
  SRV: {
    toData: (rc) => ({ priority: rc.srvpriority ?? 0, weight: rc.srvweight ?? 0, port: rc.srvport ?? 0, target: noDot(rc.target) }),
    toText: (d: { priority: number; weight: number; port: number; target: string }) => `${d.priority} ${d.weight} ${d.port} ${dot(d.target)}`,
  },
  CAA: {
    toData: (rc) => ({ flags: rc.caaflag ?? 0, tag: rc.caatag ?? '', value: rc.target }),
    toText: (d: { flags: number; tag: string; value: string }) => `${d.flags} ${d.tag} ${quoted(d.value)}`,
  },
  DS: {
    toData: (rc) => ({ keyTag: rc.dskeytag ?? 0, algorithm: rc.dsalgorithm ?? 0, digestType: rc.dsdigesttype ?? 0, digest: hex(rc.dsdigest ?? '') }),
    toText: (d: { keyTag: number; algorithm: number; digestType: number; digest: Buffer }) =>
      `${d.keyTag} ${d.algorithm} ${d.digestType} ${d.digest.toString('hex').toUpperCase()}`,
  },
  SSHFP: {
    toData: (rc) => ({ algorithm: rc.sshfpalgorithm ?? 0, hash: rc.sshfpfingerprint ?? 0, fingerprint: rc.target.replace(/\s+/g, '') }),
    toText: (d: { algorithm: number; hash: number; fingerprint: string }) => `${d.algorithm} ${d.hash} ${d.fingerprint.toLowerCase()}`,
  },
  NAPTR: {
    toData: (rc) => ({
      order: rc.naptrorder ?? 0, preference: rc.naptrpreference ?? 0, flags: rc.naptrflags ?? '',
      services: rc.naptrservice ?? '', regexp: rc.naptrregexp ?? '', replacement: noDot(rc.target),
    }),
    toText: (d: { order: number; preference: number; flags: string; services: string; regexp: string; replacement: string }) =>
      `${d.order} ${d.preference} ${quoted(d.flags)} ${quoted(d.services)} ${quoted(d.regexp)} ${dot(d.replacement)}`,
  },
  // dns-packet has no codec for these: they travel as opaque rdata (RFC 3597), built here.
  TLSA: { ...certType('tlsausage', 'tlsaselector', 'tlsamatchingtype') },
  SMIMEA: { ...certType('smimeausage', 'smimeaselector', 'smimeamatchingtype') },
  OPENPGPKEY: { toData: (rc) => b64(rc.target), toText: (d: Buffer) => d.toString('base64') },
  SVCB: svcbType, HTTPS: svcbType,
  // LOC's IR keeps the wire integers, so the wire form is those bytes; text goes through rr/types/loc.ts.
  LOC: {
    toData: (rc) => {
      const b = Buffer.alloc(16);
      b.writeUInt8(rc.locversion ?? 0, 0); b.writeUInt8(rc.locsize ?? 0, 1); b.writeUInt8(rc.lochorizpre ?? 0, 2); b.writeUInt8(rc.locvertpre ?? 0, 3);
      b.writeUInt32BE(rc.loclatitude ?? 0, 4); b.writeUInt32BE(rc.loclongitude ?? 0, 8); b.writeUInt32BE(rc.localtitude ?? 0, 12);
      return b;
    },
    toText: (d: Buffer) => rdataText({
      type: 'LOC', name: '@', target: '', ttl: 0, locversion: d[0], locsize: d[1], lochorizpre: d[2], locvertpre: d[3],
      loclatitude: d.readUInt32BE(4), loclongitude: d.readUInt32BE(8), localtitude: d.readUInt32BE(12),
    }),
  },
  DHCID: { toData: (rc) => b64(rc.target), toText: (d: Buffer) => d.toString('base64') },
};
/** Types sent as opaque rdata although dns-packet knows them (its TLSA codec wants other field names). */
const RAW = new Set(['TLSA', 'SMIMEA', 'OPENPGPKEY', 'DHCID', 'SVCB', 'HTTPS', 'LOC']);

/** Record types this provider can read and write. */
export const WIRE_TYPES: ReadonlySet<string> = new Set(Object.keys(WIRE));

/** Records a signing server adds: their presence means the zone is signed. */
const DNSSEC_TYPES = new Set(['RRSIG', 'NSEC', 'NSEC3', 'NSEC3PARAM', 'DNSKEY', 'CDS', 'CDNSKEY', 'TYPE65534']);
/** Types that are the server's business: SOA (serial left to the server) and DNSSEC signing records. */
const SERVER_OWNED = new Set(['SOA', 'ZONEMD', ...DNSSEC_TYPES]);

/** A record for the UPDATE section. */
export function toAnswer(rc: RecordConfig, zone: string): Answer {
  const m = WIRE[rc.type];
  if (!m) throw new Error(`AXFRDDNS cannot send ${rc.type} records`);
  const name = labelToFQDN(rc.name, zone);
  const type = RAW.has(rc.type) ? `UNKNOWN_${getRRType(rc.type)!.code}` : rc.type;
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
    const m = WIRE[type];
    const fqdn = a.name.toLowerCase();
    if (!m) { skipped.push({ name: fqdn, type }); continue; }
    const text = m.toText((a as unknown as { data: never }).data);
    const fields = parseRdata(type, text, zone);
    records.push({ type, name: fqdnToLabel(fqdn, zone), target: '', ttl: (a as { ttl?: number }).ttl ?? 0, ...fields } as RecordConfig);
  }
  return { records, skipped, signed };
}
