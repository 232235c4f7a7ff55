// LOC and its builders. The IR carries RFC 1876 wire values (lat/long in thousandths of an arc-second
// offset by 2^31, altitude in cm offset by 100 km, sizes as mantissa/exponent) and a text `target`
// rendered back from them, as DNSControl does. Hand-written: no npm library encodes LOC.
import { recordFunction } from '../records.js';
import { parseTTL } from '../ttl.js';
import { dslError, isNumber, isObject, isString } from '../state.js';
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

/** Decimal degrees → d/m/s; `secDigits` decimals of seconds kept (truncated) or rounded to whole seconds. */
export function ddToDms(value: number, positive: string, negative: string, mode: 'truncate3' | 'round0'): Dms {
  const abs = Math.abs(value);
  let d = Math.floor(abs);
  const minutes = (abs - d) * 60;
  let m = Math.floor(minutes);
  let s = (minutes - m) * 60;
  s = mode === 'truncate3' ? Math.floor(s * 1000 + 1e-6) / 1000 : Math.round(s);
  if (s >= 60) { s -= 60; m++; }
  if (m >= 60) { m -= 60; d++; }
  return { d, m, s, hemi: value < 0 ? negative : positive };
}

const COORD = /(\d+(?:\.\d+)?)\s*(?:°|d|deg)\s*(?:(\d+(?:\.\d+)?)\s*(?:′|'|m)\s*)?(?:(\d+(?:\.\d+)?)\s*(?:″|"|s)\s*)?([NSEW])/gi;

/** "33°51′31″S 151°12′51″E", "33d51m31sS", "25.24°S 153.15°E", "42°S 147°E" → two d/m/s triples. */
export function parseCoordinates(str: string): [Dms, Dms] | undefined {
  const found: Dms[] = [];
  for (const m of str.matchAll(COORD)) {
    const hemi = m[4]!.toUpperCase();
    const [pos, neg] = hemi === 'N' || hemi === 'S' ? ['N', 'S'] : ['E', 'W'];
    if (m[3] !== undefined) {
      found.push({ d: Number(m[1]), m: Number(m[2] ?? 0), s: Number(m[3]), hemi });
    } else {
      const dd = Number(m[1]) + Number(m[2] ?? 0) / 60;
      found.push(ddToDms(hemi === neg ? -dd : dd, pos!, neg!, 'round0'));
    }
  }
  return found.length === 2 ? [found[0]!, found[1]!] : undefined;
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

  const build = (v: unknown, lat: Dms, lon: Dms): unknown => {
    const o = v as Record<string, unknown>;
    const alt = isNumber(o.alt) ? o.alt : 0;
    const mods = o.ttl !== undefined ? [(r: DslRecord) => { r.ttl = ttlOf(o.ttl); }] : [];
    return LOC(isString(o.label) ? o.label : '@', lat.d, lat.m, lat.s, lat.hemi, lon.d, lon.m, lon.s, lon.hemi, alt, 0, 0, 0, ...mods);
  };
  const ttlOf = (t: unknown): number => {
    const sec = parseTTL(t);
    if (typeof sec === 'string') throw dslError(state, sec);
    return sec;
  };
  const fromString = (fn: string) => (v: unknown) => {
    if (!isObject(v) || !isString(v.str)) throw dslError(state, `${fn}({label, str, alt, ttl}): str is required`);
    const c = parseCoordinates(v.str);
    if (!c) throw dslError(state, `${fn}: cannot read coordinates ${JSON.stringify(v.str)}`);
    return build(v, c[0], c[1]);
  };

  return {
    LOC,
    LOC_BUILDER_DD: (v: unknown) => {
      if (!isObject(v) || !isNumber(v.x) || !isNumber(v.y)) throw dslError(state, 'LOC_BUILDER_DD({label, x, y, alt, ttl}): x and y are required numbers');
      return build(v, ddToDms(v.x, 'N', 'S', 'truncate3'), ddToDms(v.y, 'E', 'W', 'truncate3'));
    },
    LOC_BUILDER_DMS_STR: fromString('LOC_BUILDER_DMS_STR'),
    LOC_BUILDER_DMM_STR: fromString('LOC_BUILDER_DMM_STR'),
    LOC_BUILDER_STR: fromString('LOC_BUILDER_STR'),
  };
}
