// REV(cidr): the reverse-lookup zone name of an address or prefix. Classful boundaries give plain
// in-addr.arpa/ip6.arpa names; IPv4 /9–/15 and /17–/23 use RFC 4183 ("4-22.16.172.in-addr.arpa");
// /25–/31 use RFC 2317 ("0/25.2.0.192.in-addr.arpa") unless REVCOMPAT("rfc4183") asks for RFC 4183.
// Hand-written: no npm library produces RFC 2317/4183 names.
import net from 'node:net';
import type { RevMode } from './state.js';

export interface RevResult {
  name: string;
  /** Set when the result depends on the RFC 2317 default that DNSControl v5 changes. */
  warning?: string;
}

export function reverseName(cidr: string, mode: RevMode | undefined): RevResult {
  const [addr = '', maskText, extra] = cidr.split('/');
  if (extra !== undefined) throw new Error(`REV: ${JSON.stringify(cidr)} is not an address or CIDR`);
  if (net.isIPv4(addr)) return reverse4(addr, maskText === undefined ? 32 : parseBits(cidr, maskText, 32), mode);
  if (net.isIPv6(addr)) return { name: reverse6(cidr, addr, maskText === undefined ? 128 : parseBits(cidr, maskText, 128)) };
  throw new Error(`REV: ${JSON.stringify(cidr)} is not an IP address or CIDR`);
}

function parseBits(cidr: string, text: string, max: number): number {
  const bits = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(bits >= 1 && bits <= max)) throw new Error(`REV: bad prefix length in ${JSON.stringify(cidr)} (1-${max})`);
  // DNSControl's pkg/rfc4183 (RFC 4183 §4.1 step 4), for IPv4 and IPv6 alike.
  if (bits < 8) throw new Error(`REV: a mask of fewer than 8 bits is unreasonable: ${JSON.stringify(cidr)}`);
  return bits;
}

function reverse4(addr: string, bits: number, mode: RevMode | undefined): RevResult {
  const o = addr.split('.').map(Number);
  const value = o.reduce((n, x) => n * 256 + x, 0);
  const hostBits = 32 - bits;
  if (value % 2 ** hostBits !== 0) throw new Error(`REV: ${addr}/${bits} has bits set beyond the mask`);
  const whole = Math.floor(bits / 8);
  const parents = o.slice(0, whole).reverse();
  if (bits % 8 === 0) return { name: [...parents, 'in-addr', 'arpa'].join('.') };
  const first = o[whole]!;
  const suffix = [...parents, 'in-addr', 'arpa'].join('.');
  if (bits > 24 && mode !== 'rfc4183') {
    return {
      name: `${first}/${bits}.${suffix}`,
      warning: mode ? undefined : `REV("${addr}/${bits}") uses RFC 2317 naming; call REVCOMPAT("rfc2317") to keep it or REVCOMPAT("rfc4183") for the newer form`,
    };
  }
  return { name: `${first}-${bits}.${suffix}` };
}

function expand6(addr: string): string {
  let s = addr.toLowerCase();
  const v4 = s.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (v4) {
    const p = v4[1]!.split('.').map(Number);
    s = `${s.slice(0, v4.index)}${((p[0]! << 8) | p[1]!).toString(16)}:${((p[2]! << 8) | p[3]!).toString(16)}`;
  }
  const [head = '', tail] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return groups.map((g) => g.padStart(4, '0')).join('');
}

function reverse6(cidr: string, addr: string, bits: number): string {
  if (bits % 4 !== 0) throw new Error(`REV: IPv6 prefix length must be a multiple of 4 in ${JSON.stringify(cidr)}`);
  const hex = expand6(addr);
  const nibbles = bits / 4;
  if (/[^0]/.test(hex.slice(nibbles))) throw new Error(`REV: ${cidr} has bits set beyond the mask`);
  return [...hex.slice(0, nibbles).split('').reverse(), 'ip6', 'arpa'].join('.');
}
