// SVCB/HTTPS rdata (RFC 9460) ↔ presentation text. Hand-written: dns-packet has no SVCB codec.
// Text form read and written: `alpn="h2,h3" port=443 ipv4hint=192.0.2.1,192.0.2.2` (alpn and ech
// quoted, as DNSControl writes them); keys are sorted by number on the wire, as RFC 9460 requires.
import { v4, v6 } from '@leichtgewicht/ip-codec';
import * as packet from 'dns-packet';

interface NameCodec { encode(n: string): Buffer; decode(b: Buffer, off: number): string; encodingLength(n: string): number }
/** dns-packet's name codec, which its type declarations leave out. */
const nameCodec = (packet as unknown as { name: NameCodec }).name;

const KEYS = ['mandatory', 'alpn', 'no-default-alpn', 'port', 'ipv4hint', 'ech', 'ipv6hint'] as const;

function keyNumber(k: string): number {
  const i = (KEYS as readonly string[]).indexOf(k);
  if (i >= 0) return i;
  const m = /^key(\d{1,5})$/.exec(k);
  if (m && Number(m[1]) <= 0xffff) return Number(m[1]);
  throw new Error(`SVCB: unknown parameter ${JSON.stringify(k)}`);
}
const keyName = (n: number): string => KEYS[n] ?? `key${n}`;

/** Split "k=v k2="v 2" k3" into [key, value] pairs, honouring quotes. */
function splitParams(text: string): [string, string][] {
  const out: [string, string][] = [];
  const re = /([^\s=]+)(?:=(?:"((?:[^"\\]|\\.)*)"|(\S*)))?/g;
  for (const m of text.matchAll(re)) out.push([m[1]!.toLowerCase(), (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1')]);
  return out;
}

/** SvcParams in one form for comparing: keys in wire order, values unquoted unless they need quotes.
 *  `alpn=h2,h3` (as a config writes it) and `alpn="h2,h3"` (as servers print it) are the same parameter. */
export function canonicalSvcParams(text: string): string {
  const order = (k: string) => { try { return keyNumber(k); } catch { return 0x10000; } };
  const quote = (v: string) => (/^[^\s"\\;()]+$/.test(v) ? v : `"${v.replace(/["\\]/g, '\\$&')}"`);
  return splitParams(text)
    .map(([k, v], i) => ({ k, v, n: order(k), i }))
    .sort((a, b) => a.n - b.n || a.i - b.i)
    .map(({ k, v }) => (v === '' && !text.toLowerCase().includes(`${k}=`) ? k : `${k}=${quote(v)}`))
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
    default: return `"${b.toString('utf8')}"`;
  }
}

/** rdata (without the length prefix): priority, target (uncompressed), params. */
export function encodeSvcb(priority: number, target: string, params: string): Buffer {
  const t = target === '.' || target === '' ? '.' : target.replace(/\.$/, '');
  const pairs = splitParams(params).map(([k, v]) => [keyNumber(k), v] as const).sort((a, b) => a[0] - b[0]);
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
