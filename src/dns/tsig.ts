// TSIG (RFC 8945): signing requests and verifying responses, including multi-message AXFR streams.
// Hand-written with node:crypto: dns-packet has no TSIG support and no maintained npm library does it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalName, lastRecordOffset, readHeader, readName, TSIG_ERROR_NAMES } from './wire.js';

const TSIG_TYPE = 250;
const CLASS_ANY = 255;
const FUDGE = 300;

/** Algorithm names as they appear on the wire, and node:crypto's digest for each. */
const ALGORITHMS: Record<string, { wire: string; hash: string }> = {
  'hmac-md5': { wire: 'hmac-md5.sig-alg.reg.int', hash: 'md5' },
  'hmac-sha1': { wire: 'hmac-sha1', hash: 'sha1' },
  'hmac-sha224': { wire: 'hmac-sha224', hash: 'sha224' },
  'hmac-sha256': { wire: 'hmac-sha256', hash: 'sha256' },
  'hmac-sha384': { wire: 'hmac-sha384', hash: 'sha384' },
  'hmac-sha512': { wire: 'hmac-sha512', hash: 'sha512' },
};

export interface TsigKey {
  name: string;
  algorithm: string;
  secret: Buffer;
}

export class TsigError extends Error {
  /** Server-side TSIG error name (BADSIG, BADKEY, BADTIME) or a local verification failure. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'TsigError';
    this.code = code;
  }
}

/** Parse DNSControl's key notation "algorithm:name:base64secret" (e.g. "hmac-sha256:tsig-key:c2VjcmV0"). */
export function parseTsigKey(spec: string): TsigKey {
  const parts = spec.split(':');
  if (parts.length !== 3 || !parts[1] || !parts[2]) {
    throw new TsigError('FORMAT', 'TSIG key must be written "algorithm:keyname:base64secret"');
  }
  const algorithm = parts[0]!.toLowerCase().replace(/\.sig-alg\.reg\.int\.?$/, '');
  if (!ALGORITHMS[algorithm]) {
    throw new TsigError('FORMAT', `unknown TSIG algorithm "${parts[0]}" (use one of ${Object.keys(ALGORITHMS).join(', ')})`);
  }
  // Buffer.from(…, 'base64') skips characters outside the alphabet, so a mangled secret (a space, a
  // truncated paste) would only show up later as BADSIG from the server: check the alphabet here.
  const b64 = parts[2]!.trim();
  const secret = Buffer.from(b64, 'base64');
  if (secret.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new TsigError('FORMAT', 'TSIG secret is empty or not base64');
  return { name: parts[1]!.replace(/\.$/, '').toLowerCase(), algorithm, secret };
}

function u48(n: number): Buffer {
  const b = Buffer.alloc(6);
  b.writeUInt16BE(Math.floor(n / 2 ** 32), 0);
  b.writeUInt32BE(n % 2 ** 32, 2);
  return b;
}
function u16(n: number): Buffer { const b = Buffer.alloc(2); b.writeUInt16BE(n); return b; }

function hmac(key: TsigKey, parts: Buffer[]): Buffer {
  const h = createHmac(ALGORITHMS[key.algorithm]!.hash, key.secret);
  for (const p of parts) h.update(p);
  return h.digest();
}

/** TSIG variables of the digest (RFC 8945 §4.3.3); `timersOnly` for later messages of a stream. */
function variables(key: TsigKey, time: number, fudge: number, error: number, other: Buffer, timersOnly: boolean): Buffer {
  const timers = Buffer.concat([u48(time), u16(fudge)]);
  if (timersOnly) return timers;
  const ttlClass = Buffer.alloc(6);
  ttlClass.writeUInt16BE(CLASS_ANY, 0);
  return Buffer.concat([canonicalName(key.name), ttlClass, canonicalName(ALGORITHMS[key.algorithm]!.wire), timers, u16(error), u16(other.length), other]);
}

/** Append a TSIG record to `msg` (which must not have one). Returns the signed message and its MAC. */
export function signMessage(msg: Buffer, key: TsigKey, now = Math.floor(Date.now() / 1000)): { wire: Buffer; mac: Buffer } {
  const mac = hmac(key, [msg, variables(key, now, FUDGE, 0, Buffer.alloc(0), false)]);
  const alg = canonicalName(ALGORITHMS[key.algorithm]!.wire);
  const rdata = Buffer.concat([alg, u48(now), u16(FUDGE), u16(mac.length), mac, u16(msg.readUInt16BE(0)), u16(0), u16(0)]);
  const rrHead = Buffer.alloc(10);
  rrHead.writeUInt16BE(TSIG_TYPE, 0);
  rrHead.writeUInt16BE(CLASS_ANY, 2);
  rrHead.writeUInt32BE(0, 4);
  rrHead.writeUInt16BE(rdata.length, 8);
  const wire = Buffer.concat([msg, canonicalName(key.name), rrHead, rdata]);
  wire.writeUInt16BE(msg.readUInt16BE(10) + 1, 10);
  return { wire, mac };
}

interface ParsedTsig {
  keyName: string;
  algorithm: string;
  time: number;
  fudge: number;
  mac: Buffer;
  originalId: number;
  error: number;
  other: Buffer;
  /** The message without the TSIG record, ARCOUNT decremented and the original ID restored. */
  stripped: Buffer;
}

/** The message's TSIG record, or undefined if its last record is not a TSIG. */
export function readTsig(buf: Buffer): ParsedTsig | undefined {
  const off = lastRecordOffset(buf);
  if (off < 0) return undefined;
  const { name: keyName, end } = readName(buf, off);
  if (buf.readUInt16BE(end) !== TSIG_TYPE) return undefined;
  let p = end + 10;
  const alg = readName(buf, p);
  p = alg.end;
  const time = buf.readUInt16BE(p) * 2 ** 32 + buf.readUInt32BE(p + 2);
  const fudge = buf.readUInt16BE(p + 6);
  const macLen = buf.readUInt16BE(p + 8);
  const mac = buf.subarray(p + 10, p + 10 + macLen);
  p += 10 + macLen;
  const originalId = buf.readUInt16BE(p);
  const error = buf.readUInt16BE(p + 2);
  const other = buf.subarray(p + 6, p + 6 + buf.readUInt16BE(p + 4));
  const stripped = Buffer.from(buf.subarray(0, off));
  stripped.writeUInt16BE(originalId, 0);
  stripped.writeUInt16BE(readHeader(buf).arcount - 1, 10);
  return { keyName: keyName.toLowerCase(), algorithm: alg.name.toLowerCase(), time, fudge, mac, originalId, error, other, stripped };
}

/**
 * Verifies the responses to one signed request, in order (RFC 8945 §5.3): the first must be signed; in a
 * multi-message stream (AXFR) later messages may be unsigned, up to 99 in a row, and are covered by the
 * next signed one. Call `finish()` after the last message: a stream must end with a signed message.
 */
export class TsigVerifier {
  private readonly key: TsigKey;
  private priorMac: Buffer;
  private pending: Buffer[] = [];
  private first = true;
  constructor(key: TsigKey, requestMac: Buffer) {
    this.key = key;
    this.priorMac = requestMac;
  }

  verify(buf: Buffer, now = Math.floor(Date.now() / 1000)): void {
    const t = readTsig(buf);
    if (!t) {
      if (this.first) throw new TsigError('UNSIGNED', 'response is not TSIG-signed (wrong key name or server not configured for this key?)');
      this.pending.push(buf);
      if (this.pending.length > 99) throw new TsigError('UNSIGNED', 'more than 99 unsigned messages in a row');
      return;
    }
    if (t.error !== 0) {
      const name = TSIG_ERROR_NAMES[t.error] ?? `TSIG error ${t.error}`;
      throw new TsigError(name, `server rejected the TSIG signature: ${name}`);
    }
    if (t.keyName !== this.key.name || t.algorithm !== ALGORITHMS[this.key.algorithm]!.wire) {
      throw new TsigError('BADKEY', `response signed with key "${t.keyName}" (${t.algorithm}), expected "${this.key.name}"`);
    }
    const parts = [u16(this.priorMac.length), this.priorMac, ...this.pending, t.stripped,
      variables(this.key, t.time, t.fudge, t.error, t.other, !this.first)];
    const expected = hmac(this.key, parts);
    if (expected.length !== t.mac.length || !timingSafeEqual(expected, t.mac)) {
      throw new TsigError('BADSIG', 'response TSIG signature does not verify (wrong secret?)');
    }
    if (Math.abs(now - t.time) > t.fudge) throw new TsigError('BADTIME', `response signed at ${t.time}, outside the ${t.fudge}s fudge`);
    this.priorMac = Buffer.from(t.mac);
    this.pending = [];
    this.first = false;
  }

  finish(): void {
    if (this.pending.length > 0) throw new TsigError('UNSIGNED', 'the last message of the stream is not signed');
  }
}
