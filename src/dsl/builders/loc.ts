// LOC and its builders. The IR carries RFC 1876 wire values (lat/long in thousandths of an arc-second
// offset by 2^31, altitude in cm offset by 100 km, sizes as mantissa/exponent) and a text `target`
// rendered back from them, as DNSControl does. Hand-written: no npm library encodes LOC.
import { recordFunction } from '../records.js';
import { parseTTL } from '../ttl.js';
import { dslError, isNumber, isObject } from '../state.js';
import type { DslRecord, DslState } from '../state.js';

type Fn = (...args: unknown[]) => unknown;

const EQUATOR = 2 ** 31;
const ALT_ZERO = 10_000_000; // 100 000 m below the WGS 84 spheroid, in cm
const MAX_U32 = 4294967295;

/** Size/precision in metres → RFC 1876 "mantissa << 4 | exponent" of centimetres (truncated, capped at 9e9 cm). */
export function encodeSize(metres: number): number {
  let cm = Math.min(Math.max(Math.floor(metres * 100 + 1e-9), 0), 9e9);
  let exp = 0;
  while (cm >= 10 && exp < 9) {
    cm = Math.floor(cm / 10);
    exp++;
  }
  return (cm << 4) | exp;
}

function decodeSize(v: number): number {
  return ((v >> 4) * 10 ** (v & 0x0f)) / 100;
}

function angleText(raw: number, pos: string, neg: string): string {
  const ms = Math.abs(raw - EQUATOR);
  const deg = Math.floor(ms / 3_600_000);
  const min = Math.floor((ms % 3_600_000) / 60_000);
  const sec = (ms % 60_000) / 1000;
  return `${deg} ${min} ${sec} ${raw >= EQUATOR ? pos : neg}`;
}

/** DNSControl's LOC target text, rendered from the encoded fields. */
export function locText(r: { loclatitude: number; loclongitude: number; localtitude: number; locsize: number; lochorizpre: number; locvertpre: number }): string {
  const alt = (r.localtitude - ALT_ZERO) / 100;
  return `${angleText(r.loclatitude, 'N', 'S')} ${angleText(r.loclongitude, 'E', 'W')} ${alt}m ` +
    `${decodeSize(r.locsize)}m ${decodeSize(r.lochorizpre)}m ${decodeSize(r.locvertpre)}m`;
}

/** Sets the LOC fields of `rec` from degrees/minutes/seconds and metres. */
export function setLoc(rec: DslRecord, a: { d1: number; m1: number; s1: number; ns: string; d2: number; m2: number; s2: number; ew: string; alt: number; size: number; hp: number; vp: number }): void {
  const lat = Math.round((a.d1 * 3600 + a.m1 * 60 + a.s1) * 1000);
  const lon = Math.round((a.d2 * 3600 + a.m2 * 60 + a.s2) * 1000);
  const fields = {
    loclatitude: a.ns.toUpperCase() === 'S' ? EQUATOR - lat : EQUATOR + lat,
    loclongitude: a.ew.toUpperCase() === 'W' ? EQUATOR - lon : EQUATOR + lon,
    localtitude: Math.min(Math.max(Math.round(a.alt * 100) + ALT_ZERO, 0), MAX_U32),
    locsize: encodeSize(a.size),
    lochorizpre: encodeSize(a.hp),
    locvertpre: encodeSize(a.vp),
  };
  Object.assign(rec, fields);
  rec.target = locText(fields);
}

interface Dms { d: number; m: number; s: number; hemi: string }

// The conversions below are DNSControl v4.40's (helpers.js ConvertDDToDMS, parseDMMCoordinatesString,
// parseDMSCoordinatesString), step for step, so that the builders give the same LOC records.
const int32 = (x: number) => x | 0;

/** LOC_BUILDER_DD's decimal degrees → d/m/s: degrees and minutes truncated, seconds truncated to 3 decimals. */
export function ddToDmsDnscontrol(value: number, longitude: boolean): Dms {
  const hemi = value < 0 ? (longitude ? 'W' : 'S') : longitude ? 'E' : 'N';
  let v = Math.abs(value);
  const d = int32(v);
  v += 1e-9;
  return { hemi, d, m: int32((v % 1) * 60), s: int32(((v * 60) % 1) * 60000) / 1000 };
}

/** "25.24°S 153.15°E": decimal degrees, each followed by its hemisphere (any case); seconds rounded, not carried. */
export function parseDmm(str: string): [Dms, Dms] | undefined {
  const lat = str.match(/(-?\d+(\.\d+)?)°?\s*([NS])/i);
  const lon = str.match(/(-?\d+(\.\d+)?)°?\s*([EW])/i);
  if (!lat || !lon) return undefined;
  const one = (m: RegExpMatchArray): Dms => {
    const v = Number.parseFloat(m[1]!);
    const d = Math.floor(v);
    const mn = Math.floor((v - d) * 60);
    return { d, m: mn, s: Math.round(((v - d) * 60 - mn) * 60), hemi: m[3]! };
  };
  return [one(lat), one(lon)];
}

/** "41°24'12.2\"N 2°10'26.5\"E", "33d51m31sS", "33 51 31 S": degrees, minutes, seconds split by any one character. */
export function parseDms(str: string): [Dms, Dms] | undefined {
  const lat = str.match(/(-?\d+).(\d+).([\d.]+).? ?([NS])/);
  const lon = str.match(/(-?\d+).(\d+).([\d.]+).? ?([EW])/);
  if (!lat || !lon) return undefined;
  const one = (m: RegExpMatchArray): Dms => ({ d: Number.parseInt(m[1]!, 10), m: Number.parseInt(m[2]!, 10), s: Number.parseFloat(m[3]!), hemi: m[4]! });
  return [one(lat), one(lon)];
}

/** LOC_BUILDER_STR's reading: DMM first, then DMS. */
export function parseCoordinates(str: string): [Dms, Dms] | undefined {
  return parseDmm(str) ?? parseDms(str);
}

export function locFunctions(state: DslState): Record<string, Fn> {
  const num = ['number'] as const;
  const LOC = recordFunction(state, {
    fn: 'LOC',
    args: [['name', 'string'], ['d1', ...num], ['m1', ...num], ['s1', ...num], ['ns', 'string'], ['d2', ...num], ['m2', ...num],
      ['s2', ...num], ['ew', 'string'], ['alt', ...num], ['size', ...num], ['hp', ...num], ['vp', ...num]],
  }, (rec, args) => {
    const n = args as number[];
    const ns = String(args[4]), ew = String(args[8]);
    if (!/^[NS]$/i.test(ns) || !/^[EW]$/i.test(ew)) throw dslError(state, 'LOC: hemispheres must be "N"/"S" and "E"/"W"');
    setLoc(rec, { d1: n[1]!, m1: n[2]!, s1: n[3]!, ns, d2: n[5]!, m2: n[6]!, s2: n[7]!, ew, alt: n[9]!, size: n[10]!, hp: n[11]!, vp: n[12]! });
  });

  // LOC_builder_push: label (default "@"), alt when truthy, size and precisions always 0, ttl when truthy.
  const build = (o: Record<string, unknown>, lat: Dms, lon: Dms): unknown => {
    const mods = o.ttl ? [(r: DslRecord) => { r.ttl = ttlOf(o.ttl); }] : [];
    return [LOC(o.label ? o.label : '@', lat.d, lat.m, lat.s, lat.hemi, lon.d, lon.m, lon.s, lon.hemi, o.alt ? o.alt : 0, 0, 0, 0, ...mods)];
  };
  const ttlOf = (t: unknown): number => {
    const sec = parseTTL(t);
    if (typeof sec === 'string') throw dslError(state, sec);
    return sec;
  };
  const fromString = (fn: string, parse: (s: string) => [Dms, Dms] | undefined, example: string) => (v: unknown) => {
    if (!isObject(v) || !v.str) throw dslError(state, `${fn} requires a string of the form ${example}`);
    const c = parse(String(v.str));
    if (!c) throw dslError(state, `${fn}: cannot read coordinates ${JSON.stringify(v.str)} (expected the form ${example})`);
    return build(v, c[0], c[1]);
  };
  const degrees = (x: unknown): number => (isNumber(x) ? x : Number(x ?? 0) || 0);

  return {
    LOC,
    LOC_BUILDER_DD: (v: unknown) => {
      // DNSControl refuses only when both are missing (or 0); a missing one is 0.
      if (!isObject(v) || (!v.x && !v.y)) throw dslError(state, 'LOC_BUILDER_DD requires x and y elements');
      return build(v, ddToDmsDnscontrol(degrees(v.x), false), ddToDmsDnscontrol(degrees(v.y), true));
    },
    LOC_BUILDER_DMS_STR: fromString('LOC_BUILDER_DMS_STR', parseDms, `33°51′31″S 151°12′51″E (or 33°51'31"S 151°12'51"E)`),
    LOC_BUILDER_DMM_STR: fromString('LOC_BUILDER_DMM_STR', parseDmm, '25.24°S 153.15°E'),
    LOC_BUILDER_STR: fromString('LOC_BUILDER_STR', parseCoordinates, '25.24°S 153.15°E or 33°51′31″S 151°12′51″E'),
  };
}
