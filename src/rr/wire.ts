// Helpers for the descriptors' `wire` codecs: dns-packet's data shapes ↔ IR fields and zone-file text.
import type { RecordConfig } from '../ir/types.js';
import type { WireCodec } from './descriptor.js';
import { quoteString } from './quote.js';
import { decodeSvcb, encodeSvcb } from './svcb-wire.js';

/** dns-packet writes names without the final dot. */
export const noDot = (n: string): string => (n === '.' ? '.' : n.replace(/\.$/, ''));
export const dot = (n: string): string => (n === '.' || n === '' ? '.' : `${n}.`);
export const hexBytes = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
export const base64Bytes = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'base64');
export const quoted = (b: Buffer | string): string => quoteString(typeof b === 'string' ? b : b.toString('utf8'));

/** Types whose rdata is one name (CNAME, NS, PTR, DNAME). */
export const nameWire: WireCodec = { toData: (rc) => noDot(rc.target), toText: (d: string) => dot(d) };

/** Types whose rdata is the address text (A, AAAA). */
export const addressWire: WireCodec = { toData: (rc) => rc.target, toText: (d: string) => d };

/** Types whose rdata is base64 bytes, sent opaque (OPENPGPKEY, DHCID). */
export const base64Wire: WireCodec = { opaque: true, toData: (rc) => base64Bytes(rc.target), toText: (d: Buffer) => d.toString('base64') };

/** TLSA and SMIMEA, sent opaque: dns-packet's TLSA codec wants other field names, SMIMEA it has none. */
export const certWire = (u: 'tlsausage' | 'smimeausage', s: 'tlsaselector' | 'smimeaselector', m: 'tlsamatchingtype' | 'smimeamatchingtype'): WireCodec => ({
  opaque: true,
  toData: (rc: RecordConfig) => Buffer.concat([Buffer.from([rc[u] ?? 0, rc[s] ?? 0, rc[m] ?? 0]), hexBytes(rc.target)]),
  // Opaque bytes on the way in; a decoded TLSA object when a server's AXFR went through dns-packet's codec.
  toText: (d: Buffer | { usage: number; selector: number; matchingType: number; certificate: Buffer }) => (Buffer.isBuffer(d)
    ? `${d[0]} ${d[1]} ${d[2]} ${d.subarray(3).toString('hex')}`
    : `${d.usage} ${d.selector} ${d.matchingType} ${d.certificate.toString('hex')}`),
});

/** SVCB and HTTPS (dns-packet has no codec for them). */
export const svcbWire: WireCodec = {
  opaque: true,
  toData: (rc) => encodeSvcb(rc.svcpriority ?? 0, rc.target, rc.svcparams ?? ''),
  toText: (d: Buffer) => decodeSvcb(d),
};
