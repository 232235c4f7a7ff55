// RFC 6238 TOTP (HMAC-SHA1, 30 s steps, 6 digits: what authenticator apps and INWX's "GOOGLE-AUTH" use)
// from an RFC 4648 base32 secret. Hand-written on node:crypto: the algorithm is ten lines and a library
// would add a dependency to the bundle for them.
import { createHmac } from 'node:crypto';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Bytes of a base32 secret (case, spaces and "=" padding ignored); throws on any other character. */
export function base32Decode(s: string): Buffer {
  const clean = s.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const v = B32.indexOf(ch);
    if (v < 0) throw new Error('the TOTP secret is not base32 (A–Z, 2–7)');
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) { out.push((value >>> (bits - 8)) & 0xff); bits -= 8; }
  }
  if (out.length === 0) throw new Error('the TOTP secret is empty');
  return Buffer.from(out);
}

/** The code for the time step holding `nowMs` (RFC 6238 §4: T = floor(unix time / step)). */
export function totpCode(secret: string | Buffer, nowMs = Date.now(), o: { stepSeconds?: number; digits?: number } = {}): string {
  const key = typeof secret === 'string' ? base32Decode(secret) : secret;
  const digits = o.digits ?? 6;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(nowMs / 1000 / (o.stepSeconds ?? 30))));
  const h = createHmac('sha1', key).update(counter).digest();
  // RFC 4226 §5.3 dynamic truncation.
  const off = h[h.length - 1]! & 0x0f;
  return String((h.readUInt32BE(off) & 0x7fffffff) % 10 ** digits).padStart(digits, '0');
}
