// ipv6.ts against the two implementations it replaces, on edge cases and on a few thousand generated addresses
// in every text form: node:net's isIPv6 decides which texts are addresses (except zone IDs, which no record
// holds), and the WHATWG URL host serialiser, which implements RFC 5952, gives the canonical text.
import { isIPv6 } from 'node:net';
import { describe, expect, it } from 'vitest';
import { canonicalIPv6, ipv6Groups } from './ipv6.js';

const viaUrl = (ip: string) => new URL(`http://[${ip}]`).hostname.slice(1, -1);

/** A pseudo-random generator with a fixed seed, so a failure can be reproduced. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

/** Addresses written every way RFC 4291 allows: zero runs of every length and place, leading zeros, upper
 *  case, "::" anywhere or nowhere, a trailing dotted quad. */
function generated(count: number): string[] {
  const r = rng(42);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const g = Array.from({ length: 8 }, () => (r() < 0.45 ? 0 : r() < 0.5 ? Math.floor(r() * 16) : Math.floor(r() * 65536)));
    const words = g.map((x) => {
      let h = x.toString(16);
      if (r() < 0.2) h = h.padStart(4, '0');
      return r() < 0.2 ? h.toUpperCase() : h;
    });
    let text = words.join(':');
    if (r() < 0.5) {
      // Compress some run of zero groups (not necessarily the longest).
      const runs: [number, number][] = [];
      for (let k = 0; k < 8;) {
        if (g[k] !== 0) { k++; continue; }
        let e = k;
        while (e < 8 && g[e] === 0) e++;
        runs.push([k, e]);
        k = e;
      }
      if (runs.length) {
        const [a, b] = runs[Math.floor(r() * runs.length)]!;
        text = `${words.slice(0, a).join(':')}::${words.slice(b).join(':')}`;
      }
    }
    if (r() < 0.15 && !text.includes('::')) {
      const v4 = [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255].join('.');
      text = `${words.slice(0, 6).join(':')}:${v4}`;
    }
    out.push(text);
  }
  return out;
}

const EDGE = ['::', '::1', '1::', '1::1', '::ffff:1.2.3.4', '::1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '0:0:1:0:0:0:0:1', '1:0:0:1:0:0:0:1',
  '1:0:0:1:0:0:1:1', '2001:DB8:0::F', '2001:0db8:0000:0000:0000:0000:0000:0001', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
  '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'];
const NOT = ['', ':', ':::', '1:::2', '1::2::3', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8::', '::1:2:3:4:5:6:7:8',
  '12345::', 'g::', '1:', ':1', '1.2.3.4', '::1.2.3', '::1.2.3.256', '::01.2.3.4', '::1.2.3.4:5', '1:2:3:4:5:6:7:1.2.3.4',
  'fe80::1%eth0', ' ::1', '::1 ', '::-1', '1:2:3:4:5:6:7::1.2.3.4'];

describe('ipv6', () => {
  it('reads exactly the addresses node:net reads, zone IDs aside', () => {
    for (const ip of [...EDGE, ...NOT, ...generated(3000)]) {
      expect(ipv6Groups(ip) !== undefined, ip).toBe(isIPv6(ip) && !ip.includes('%'));
    }
  });
  it('writes RFC 5952 text, as the URL host serialiser does', () => {
    for (const ip of [...EDGE, ...generated(3000)]) expect(canonicalIPv6(ip), ip).toBe(viaUrl(ip));
  });
  it('has no canonical text for what is not an address, a zone ID included', () => {
    for (const ip of NOT) expect(canonicalIPv6(ip), ip).toBeUndefined();
  });
  it('gives the groups as numbers', () => {
    expect(ipv6Groups('2001:db8::ffff:1.2.3.4')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0xffff, 0x102, 0x304]);
  });
});
