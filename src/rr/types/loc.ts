// LOC (RFC 1876): hand-written because the text form (degrees, N/S, metres) differs from the stored
// integers (thousandths of arc seconds from the equator, centimetres above -100000 m, 4+4 bit sizes).
import type { RecordConfig } from '../../ir/types.js';
import type { RRType, RdataToken } from '../descriptor.js';
import { RdataError } from '../descriptor.js';
import { range } from '../checks.js';

const angle = (v: number | undefined, what: string, maxDegrees: number): string[] =>
  v === undefined || (Number.isInteger(v) && Math.abs(v - 2 ** 31) <= maxDegrees * 3_600_000) ? [] : [`LOC ${what} is more than ${maxDegrees}°`];

const EQUATOR = 2 ** 31;
const ALTITUDE_BASE = 100000;

/** Centimetres as RFC 1876's mantissa/exponent byte (mantissa in the high nibble). */
function encodeSize(cm: number): number {
  let e = 0;
  let m = Math.round(cm);
  while (m >= 10 && e < 9) { m = Math.floor(m / 10); e++; }
  return (Math.min(m, 9) << 4) | e;
}

function sizeText(b: number): string {
  const m = (b >> 4) & 0xf, e = b & 0xf;
  if (e < 2) return `0.${String(e === 1 ? m * 10 : m).padStart(2, '0')}`;
  return String(m) + '0'.repeat(e - 2);
}

function metres(tok: string | undefined, what: string): number {
  const t = (tok ?? '').replace(/m$/i, '');
  const n = Number(t);
  if (t === '' || !Number.isFinite(n)) throw new RdataError(`LOC: bad ${what} ${JSON.stringify(tok)}`);
  return n;
}

/** Reads "d [m [s]] H" starting at i; returns thousandths of arc seconds (signed) and the next index. */
function readAngle(tokens: RdataToken[], i: number, pos: string, neg: string): [number, number] {
  const parts: number[] = [];
  while (i < tokens.length && parts.length < 3) {
    const t = tokens[i]!.text.toUpperCase();
    if (t === pos || t === neg) break;
    const n = Number(t);
    if (!Number.isFinite(n) || t === '') throw new RdataError(`LOC: bad coordinate ${JSON.stringify(tokens[i]!.text)}`);
    parts.push(n);
    i++;
  }
  const hemi = tokens[i]?.text.toUpperCase();
  if (parts.length === 0 || (hemi !== pos && hemi !== neg)) throw new RdataError(`LOC: expected ${pos} or ${neg}`);
  const ms = Math.round(((parts[0]! * 60 + (parts[1] ?? 0)) * 60 + (parts[2] ?? 0)) * 1000);
  // RFC 1876: degrees up to 90 (latitude) or 180 (longitude), minutes and seconds below 60.
  const max = pos === 'N' ? 90 : 180;
  if (parts.some((p) => p < 0) || (parts[1] ?? 0) >= 60 || (parts[2] ?? 0) >= 60 || ms > max * 3_600_000) {
    throw new RdataError(`LOC: ${pos === 'N' ? 'latitude' : 'longitude'} must be at most ${max}° with minutes and seconds below 60`);
  }
  return [hemi === pos ? ms : -ms, i + 1];
}

export function parseLoc(tokens: RdataToken[]): Partial<RecordConfig> {
  const [lat, i1] = readAngle(tokens, 0, 'N', 'S');
  const [lon, i2] = readAngle(tokens, i1, 'E', 'W');
  const alt = metres(tokens[i2]?.text, 'altitude');
  if (alt < -100000 || alt > 42849672.95) throw new RdataError('LOC: altitude must be from -100000m to 42849672.95m');
  const opt = (k: number, dflt: number, what: string) => {
    if (!tokens[i2 + k]) return dflt;
    const m = metres(tokens[i2 + k]!.text, what);
    if (m < 0 || m > 90000000) throw new RdataError(`LOC: ${what} must be from 0m to 90000000m`);
    return encodeSize(m * 100);
  };
  if (tokens.length > i2 + 4) throw new RdataError(`LOC: unexpected ${JSON.stringify(tokens[i2 + 4]!.text)}`);
  return {
    target: tokens.map((t) => t.text).join(' '),
    locversion: 0,
    loclatitude: EQUATOR + lat,
    loclongitude: EQUATOR + lon,
    localtitude: Math.round((alt + ALTITUDE_BASE) * 100),
    // RFC 1876 defaults: size 1m, horizontal precision 10km, vertical 10m.
    locsize: opt(1, 0x12, 'size'),
    lochorizpre: opt(2, 0x16, 'horizontal precision'),
    locvertpre: opt(3, 0x13, 'vertical precision'),
  };
}

function angleText(v: number, pos: string, neg: string): string {
  let x = v - EQUATOR;
  const h = x >= 0 ? pos : neg;
  x = Math.abs(x);
  const d = Math.floor(x / 3600000);
  x %= 3600000;
  const m = Math.floor(x / 60000);
  x %= 60000;
  return `${String(d).padStart(2, '0')} ${String(m).padStart(2, '0')} ${(x / 1000).toFixed(3)} ${h}`;
}

export function formatLoc(rc: RecordConfig): string {
  if (rc.loclatitude === undefined && rc.target) return formatLoc({ ...rc, ...parseLoc(rc.target.split(/\s+/).map((text) => ({ text, quoted: false }))) });
  const altCm = (rc.localtitude ?? 0);
  const alt = altCm / 100 - ALTITUDE_BASE;
  const altText = altCm % 100 !== 0 ? alt.toFixed(2) : alt.toFixed(0);
  return `${angleText(rc.loclatitude ?? 0, 'N', 'S')} ${angleText(rc.loclongitude ?? 0, 'E', 'W')} ${altText}m ` +
    `${sizeText(rc.locsize ?? 0)}m ${sizeText(rc.lochorizpre ?? 0)}m ${sizeText(rc.locvertpre ?? 0)}m`;
}

export const LOC: RRType = {
  name: 'LOC',
  code: 29,
  fields: [
    { name: 'latitude', kind: 'u32', ir: 'loclatitude' },
    { name: 'longitude', kind: 'u32', ir: 'loclongitude' },
    { name: 'altitude', kind: 'u32', ir: 'localtitude' },
    { name: 'size', kind: 'u8', ir: 'locsize' },
    { name: 'horizpre', kind: 'u8', ir: 'lochorizpre' },
    { name: 'vertpre', kind: 'u8', ir: 'locvertpre' },
  ],
  parseText: parseLoc,
  formatText: formatLoc,
  // LOC(...) takes 13 arguments the DSL converts by hand (dsl/).
  // RFC 1876: angles are thousandths of arc seconds offset by 2^31; at most 90° north/south, 180° east/west.
  check: (rc) => [
    ...angle(rc.loclatitude, 'latitude', 90), ...angle(rc.loclongitude, 'longitude', 180), ...range(rc, 'localtitude', 'altitude', 4294967295),
    ...range(rc, 'locsize', 'size', 255), ...range(rc, 'lochorizpre', 'horizontal precision', 255), ...range(rc, 'locvertpre', 'vertical precision', 255),
  ],
  capability: 'canUseLOC',
  // The IR keeps the wire integers, so the wire form is those bytes, sent opaque.
  wire: {
    opaque: true,
    toData: (rc) => {
      const b = Buffer.alloc(16);
      b.writeUInt8(rc.locversion ?? 0, 0); b.writeUInt8(rc.locsize ?? 0, 1); b.writeUInt8(rc.lochorizpre ?? 0, 2); b.writeUInt8(rc.locvertpre ?? 0, 3);
      b.writeUInt32BE(rc.loclatitude ?? 0, 4); b.writeUInt32BE(rc.loclongitude ?? 0, 8); b.writeUInt32BE(rc.localtitude ?? 0, 12);
      return b;
    },
    toText: (d: Buffer) => formatLoc({
      type: 'LOC', name: '@', target: '', ttl: 0, locversion: d[0], locsize: d[1], lochorizpre: d[2], locvertpre: d[3],
      loclatitude: d.readUInt32BE(4), loclongitude: d.readUInt32BE(8), localtitude: d.readUInt32BE(12),
    }),
  },
};
