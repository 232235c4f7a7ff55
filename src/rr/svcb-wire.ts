// SVCB/HTTPS rdata (RFC 9460) ↔ presentation text. Hand-written: dns-packet has no SVCB codec.
// Text form read and written: `alpn="h2,h3" port=443 ipv4hint=192.0.2.1,192.0.2.2` (alpn and ech
// quoted, as DNSControl writes them); keys are sorted by number on the wire, as RFC 9460 requires.
// svcParamProblems refuses what miekg/dns (DNSControl's parser) refuses: zone files, configs and pushes use it.
import { isIPv4 } from 'node:net';
import { v4, v6 } from '@leichtgewicht/ip-codec';
import * as packet from 'dns-packet';
import { ipv6Groups } from './ipv6.js';

interface NameCodec { encode(n: string): Buffer; decode(b: Buffer, off: number): string; encodingLength(n: string): number }
/** dns-packet's name codec, which its type declarations leave out. */
const nameCodec = (packet as unknown as { name: NameCodec }).name;

/** Registered SvcParamKeys by number: RFC 9460, dohpath (RFC 9461), ohttp (RFC 9540). */
const KEYS = ['mandatory', 'alpn', 'no-default-alpn', 'port', 'ipv4hint', 'ech', 'ipv6hint', 'dohpath', 'ohttp'] as const;
const KEY_NUMBERS: ReadonlyMap<string, number> = new Map(KEYS.map((k, i) => [k, i]));

/** The key's number, or undefined when it is neither a registered name nor `keyN` (N 0-65535). */
function keyNumberOf(k: string): number | undefined {
  const i = KEY_NUMBERS.get(k);
  if (i !== undefined) return i;
  const m = /^key(\d{1,5})$/.exec(k);
  return m && Number(m[1]) <= 0xffff ? Number(m[1]) : undefined;
}
function keyNumber(k: string): number {
  const n = keyNumberOf(k);
  if (n === undefined) throw new Error(`SVCB: ${unknownKey(k)}`);
  return n;
}
const keyName = (n: number): string => KEYS[n] ?? `key${n}`;
const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);
const short = (s: string) => JSON.stringify(clip(s));
const unknownKey = (k: string) => `unknown parameter ${short(k)} (known: ${KEYS.join(', ')}, or keyN with N 0-65535)`;

/** One `key`, `key=value` or `key="value"` of the text: the key lower-cased, the value unescaped. */
interface SvcParam {
  key: string;
  value: string;
  /** Written with "=" (`alpn=` is `alpn=""`, `no-default-alpn` has none). */
  eq: boolean;
  quoted: boolean;
  /** Offsets of the parameter in the text. */
  start: number;
  end: number;
  /** A defect of the writing itself (stray "=", unterminated quote, no blank after a closing quote). */
  syntax?: string;
}

// The pieces of the old splitParams regex /([^\s=]+)(?:=(?:"((?:[^"\\]|\\.)*)"|(\S*)))?/g, matched one
// after the other at a position (sticky), so valid text splits exactly as before, in one pass.
const SKIP = /[\s=]*/y, KEY = /[^\s=]+/y, QUOTED = /"((?:[^"\\]|\\.)*)"/y, BARE = /\S*/y;
const match = (re: RegExp, text: string, at: number) => { re.lastIndex = at; return re.exec(text); };

/** Splits "k=v k2="v 2" k3" into parameters, honouring quotes. Linear in the text. */
function scanParams(text: string): SvcParam[] {
  const out: SvcParam[] = [];
  let i = 0;
  for (;;) {
    const skipped = match(SKIP, text, i)![0];
    i += skipped.length;
    if (i >= text.length) break;
    const start = i;
    const key = match(KEY, text, i)![0];
    i += key.length;
    const p: SvcParam = { key: key.toLowerCase(), value: '', eq: false, quoted: false, start, end: i };
    if (skipped.includes('=')) p.syntax = 'a parameter must start with its key, not "="';
    if (text[i] === '=') {
      p.eq = true;
      i++;
      const q = text[i] === '"' ? match(QUOTED, text, i) : null;
      if (q) {
        p.quoted = true;
        p.value = q[1]!;
        i += q[0].length;
        // miekg/dns refuses `a="x"b=y` too: the next key would have been meant as part of the value.
        if (i < text.length && !/\s/.test(text[i]!)) p.syntax = 'a blank must follow the closing quote';
      } else {
        p.value = match(BARE, text, i)![0];
        i += p.value.length;
        if (p.value.startsWith('"')) p.syntax = 'unterminated quoted value';
      }
      p.value = p.value.replace(/\\(.)/g, '$1');
    }
    p.end = i;
    out.push(p);
  }
  return out;
}

/** Why one parameter is not valid RFC 9460 presentation text (what miekg/dns, and so DNSControl, refuses
 *  too), or undefined. `seen` collects the key numbers so far: a key must not repeat (RFC 9460 §2.2). */
function paramProblem(p: SvcParam, raw: string, seen: Set<number>, echIgnore: boolean): string | undefined {
  const n = keyNumberOf(p.key);
  if (n === undefined) return unknownKey(p.key);
  const what = clip(raw); // each reason names its parameter as written: `port=99999: …`
  if (p.syntax) return `${what}: ${p.syntax}`;
  if (seen.has(n)) return `${what}: ${keyName(n)} is given twice (RFC 9460 §2.2: each key at most once)`;
  seen.add(n);
  const v = p.value;
  // The hint lists take one trailing comma, as miekg/dns does; an empty list or entry is no address.
  const hints = () => (v.endsWith(',') && v.length > 1 ? v.slice(0, -1) : v).split(',');
  switch (n) {
    case 0: {
      const bad = v.split(',').find((k) => k !== '' && keyNumberOf(k) === undefined);
      return bad === undefined ? undefined : `${what}: lists ${unknownKey(bad)}`;
    }
    case 1: {
      if (v === '') return undefined;
      const bad = v.split(',').find((a) => a === '' || Buffer.byteLength(a) > 255);
      return bad === undefined ? undefined : `${what}: each protocol must be 1-255 bytes, got ${short(bad)}`;
    }
    case 2: case 8: return v === '' ? undefined : `${what}: ${keyName(n)} takes no value`;
    case 3: return /^[0-9]+$/.test(v) && Number(v) <= 0xffff ? undefined : `${what}: the port must be an integer 0-65535`;
    case 4: {
      const bad = hints().find((ip) => !isIPv4(ip));
      return bad === undefined ? undefined : `${what}: ${short(bad)} is not an IPv4 address`;
    }
    case 5:
      // `ech=IGNORE` in a config keeps the zone's ech (src/diff/ech-ignore.ts); it is never written.
      if (echIgnore && raw === 'ech=IGNORE') return undefined;
      return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(v) ? undefined : `${what}: the ECH config list must be base64`;
    case 6: {
      const bad = hints().find((ip) => { const g = ipv6Groups(ip); return !g || isV4Mapped(g); });
      return bad === undefined ? undefined : `${what}: ${short(bad)} is not an IPv6 address${ipv6Groups(bad) ? ' (IPv4-mapped: use ipv4hint)' : ''}`;
    }
    default: return undefined;
  }
}
const isV4Mapped = (g: number[]) => g[5] === 0xffff && g.slice(0, 5).every((x) => x === 0);

export interface SvcParamProblem {
  /** Offset of the parameter in the text. */
  start: number;
  message: string;
}

/**
 * The invalid parameters of SvcParams text, in order, at most `limit` of them (empty: valid). `echIgnore`
 * accepts a config's `ech=IGNORE`; `fixed` is the rest of the rdata in bytes (priority and target; at least 3),
 * for the 65535-byte limit.
 */
export function svcParamProblems(text: string, opts: { echIgnore?: boolean; fixed?: number; limit?: number } = {}): SvcParamProblem[] {
  const problems: SvcParamProblem[] = [];
  const seen = new Set<number>();
  const limit = opts.limit ?? Infinity;
  let size = opts.fixed ?? 3;
  for (const p of scanParams(text)) {
    if (problems.length >= limit) break;
    const raw = text.slice(p.start, p.end);
    const message = paramProblem(p, raw, seen, opts.echIgnore ?? false);
    if (message !== undefined) { problems.push({ start: p.start, message }); continue; }
    if (problems.length > 0 || size > 0xffff) continue;
    if (!(opts.echIgnore && raw === 'ech=IGNORE')) size += 4 + encodeValue(keyNumber(p.key), p.value).length;
    if (size > 0xffff) problems.push({ start: p.start, message: `the parameters make the record more than 65535 bytes (the most a DNS record holds), from ${clip(raw)} on` });
  }
  return problems;
}

/** SvcParams in one form for comparing: keys in wire order, values unquoted unless they need quotes.
 *  `alpn=h2,h3` (as a config writes it) and `alpn="h2,h3"` (as servers print it) are the same parameter.
 *  Never throws: provider data it compares has not been validated. */
export function canonicalSvcParams(text: string): string {
  const quote = (v: string) => (/^[^\s"\\;()]+$/.test(v) ? v : `"${v.replace(/["\\]/g, '\\$&')}"`);
  return scanParams(text)
    .map(({ key, value, eq }, i) => ({ key, value, eq, n: keyNumberOf(key) ?? 0x10000, i }))
    .sort((a, b) => a.n - b.n || a.i - b.i)
    // Whether this parameter was written with "=": scanned once, not searched for in the whole text per key.
    .map(({ key, value, eq }) => (value === '' && !eq ? key : `${key}=${quote(value)}`))
    .join(' ');
}

function u16(n: number): Buffer { const b = Buffer.alloc(2); b.writeUInt16BE(n); return b; }

function encodeValue(key: number, v: string): Buffer {
  const list = () => v.split(',').filter((x) => x !== '');
  switch (key) {
    case 0: return Buffer.concat(list().map((k) => u16(keyNumber(k))));
    case 1: return Buffer.concat(list().map((a) => Buffer.concat([Buffer.from([Buffer.byteLength(a)]), Buffer.from(a)])));
    case 2: return Buffer.alloc(0);
    case 3: return u16(Number(v));
    case 4: return Buffer.concat(list().map((ip) => Buffer.from(v4.encode(ip))));
    case 5: return Buffer.from(v, 'base64');
    case 6: return Buffer.concat(list().map((ip) => Buffer.from(v6.encode(ip))));
    default: return Buffer.from(v, 'utf8');
  }
}

function decodeValue(key: number, b: Buffer): string | undefined {
  const chunks = (size: number) => Array.from({ length: b.length / size }, (_, i) => b.subarray(i * size, (i + 1) * size));
  switch (key) {
    case 0: return chunks(2).map((c) => keyName(c.readUInt16BE(0))).join(',');
    case 1: {
      const out: string[] = [];
      for (let i = 0; i < b.length; i += 1 + b[i]!) out.push(b.toString('utf8', i + 1, i + 1 + b[i]!));
      return `"${out.join(',')}"`;
    }
    case 2: return undefined;
    case 3: return String(b.readUInt16BE(0));
    case 4: return chunks(4).map((c) => v4.decode(c)).join(',');
    case 5: return `"${b.toString('base64')}"`;
    case 6: return chunks(16).map((c) => v6.decode(c)).join(',');
    case 8: return b.length === 0 ? undefined : `"${b.toString('utf8')}"`; // ohttp has no value (RFC 9540)
    default: return `"${b.toString('utf8')}"`;
  }
}

/** rdata (without the length prefix): priority, target (uncompressed), params. Throws on invalid params:
 *  a push never writes what a server would refuse or read differently. */
export function encodeSvcb(priority: number, target: string, params: string): Buffer {
  const t = target === '.' || target === '' ? '.' : target.replace(/\.$/, '');
  const problem = svcParamProblems(params, { fixed: 2 + nameCodec.encodingLength(t), limit: 1 })[0];
  if (problem) throw new Error(`SVCB: ${problem.message}`);
  const pairs = scanParams(params).map((p) => [keyNumber(p.key), p.value] as const).sort((a, b) => a[0] - b[0]);
  const parts = pairs.map(([k, v]) => { const val = encodeValue(k, v); return Buffer.concat([u16(k), u16(val.length), val]); });
  return Buffer.concat([u16(priority), nameCodec.encode(t), ...parts]);
}

/** Presentation text "priority target. params" of SVCB/HTTPS rdata. */
export function decodeSvcb(b: Buffer): string {
  const priority = b.readUInt16BE(0);
  const target = nameCodec.decode(b, 2);
  let off = 2 + nameCodec.encodingLength(target);
  const params: string[] = [];
  while (off + 4 <= b.length) {
    const key = b.readUInt16BE(off), len = b.readUInt16BE(off + 2);
    const v = decodeValue(key, b.subarray(off + 4, off + 4 + len));
    params.push(v === undefined ? keyName(key) : `${keyName(key)}=${v}`);
    off += 4 + len;
  }
  const t = target === '.' || target === '' ? '.' : `${target}.`;
  return [String(priority), t, ...params].join(' ');
}
