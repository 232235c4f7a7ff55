// IPv6 addresses as text (RFC 4291 §2.2) → their eight 16-bit groups, and back in RFC 5952's canonical form.
// Hand-written (as fast as what it replaces): node:net only validates, and accepts a zone ID ("fe80::1%eth0"),
// which no record can hold; the WHATWG URL host serialiser canonicalises, but throws a bare "Invalid URL" on
// that zone ID, which reached users as the whole error of a preview. Both are the reference in ipv6.test.ts.
import { isIPv4 } from 'node:net';

/** The eight groups of an IPv6 address in text form (hex groups, at most one "::", optionally ending in a
 *  dotted quad), or undefined when the text is not exactly such an address. */
export function ipv6Groups(text: string): number[] | undefined {
  const n = text.length;
  if (n < 2 || n > 45) return undefined;
  const head: number[] = [];
  const tail: number[] = [];
  let groups = head;
  let compressed = false;
  let i = 0;
  if (text.charCodeAt(0) === 58 /* : */) {
    if (text.charCodeAt(1) !== 58) return undefined;
    compressed = true;
    groups = tail;
    i = 2;
    if (i === n) return new Array<number>(8).fill(0);
  }
  for (;;) {
    // One group: 1–4 hex digits, or the dotted quad that may end the address.
    let v = 0;
    let digits = 0;
    const start = i;
    for (; i < n && digits <= 4; i++) {
      const c = text.charCodeAt(i);
      const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
      if (d < 0) break;
      v = v * 16 + d;
      digits++;
    }
    if (i < n && text.charCodeAt(i) === 46 /* . */) {
      const quad = dottedQuad(text, start);
      if (quad === undefined || head.length + tail.length > 6) return undefined;
      groups.push(quad >>> 16, quad & 0xffff);
      i = n;
      break;
    }
    if (digits === 0 || digits > 4) return undefined;
    groups.push(v);
    if (i === n) break;
    if (text.charCodeAt(i) !== 58) return undefined;
    i++;
    if (i < n && text.charCodeAt(i) === 58) {
      if (compressed) return undefined;
      compressed = true;
      groups = tail;
      i++;
      if (i === n) break;
    } else if (i === n) {
      return undefined; // a single trailing ":"
    }
  }
  const count = head.length + tail.length;
  if (compressed ? count > 7 : count !== 8) return undefined;
  if (!compressed) return head;
  const out = head.slice();
  for (let k = count; k < 8; k++) out.push(0);
  for (const g of tail) out.push(g);
  return out;
}

/** An IPv4 dotted quad running from `start` to the end of `text` as a 32-bit number, or undefined: node:net's
 *  isIPv4 (four decimal octets, 0–255, no leading zeros) decides, as its isIPv6 does for this part. */
function dottedQuad(text: string, start: number): number | undefined {
  const v4 = text.slice(start);
  return isIPv4(v4) ? v4.split('.').reduce((n, octet) => n * 256 + Number(octet), 0) : undefined;
}

/** The address's 32 hex digits, leading zeros kept (the nibbles of a reverse name; string order is numeric
 *  order), or undefined when `text` is not an IPv6 address. */
export function ipv6Hex(text: string): string | undefined {
  return ipv6Groups(text)?.map((g) => g.toString(16).padStart(4, '0')).join('');
}

/** RFC 5952 text of an IPv6 address (lower case, no leading zeros, the longest run of two or more zero groups,
 *  the first of equal runs, written "::", an embedded IPv4 address as two hex groups), so that "2001:db8:0::F"
 *  and "2001:db8::f" compare equal. Undefined when `text` is not an IPv6 address. */
export function canonicalIPv6(text: string): string | undefined {
  const g = ipv6Groups(text);
  if (!g) return undefined;
  let best = -1, bestLen = 1;
  for (let k = 0; k < 8;) {
    if (g[k] !== 0) { k++; continue; }
    let e = k;
    while (e < 8 && g[e] === 0) e++;
    if (e - k > bestLen) { best = k; bestLen = e - k; }
    k = e;
  }
  let out = '';
  for (let k = 0; k < 8; k++) {
    if (k === best) { out += '::'; k += bestLen - 1; continue; }
    if (out !== '' && !out.endsWith(':')) out += ':';
    out += g[k]!.toString(16);
  }
  return out;
}
