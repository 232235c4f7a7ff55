// Comparisons the descriptors' `compare` functions are built from (DNSControl's zone-file order).
import { ipv6Hex } from './ipv6.js';

/** Byte-wise string order, like Go's `<` on strings (UTF-16 order differs for astral characters only). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareNumbers(a: number | undefined, b: number | undefined): number {
  return (a ?? 0) - (b ?? 0);
}

/** IPv4 as one sortable number; NaN when the target is not a dotted quad. */
export function ipv4Number(ip: string): number {
  const p = ip.split('.');
  if (p.length !== 4) return NaN;
  return ((Number(p[0]) * 256 + Number(p[1])) * 256 + Number(p[2])) * 256 + Number(p[3]);
}

/** IPv6 expanded to 32 hex digits so that string order is numeric order; '' when unparsable. */
export function ipv6Sortable(ip: string): string {
  return ipv6Hex(ip) ?? '';
}

/** Numeric order when both are numbers (not NaN), else 0. */
export function compareOrdered(x: number, y: number): number {
  return !Number.isNaN(x) && !Number.isNaN(y) && x !== y ? x - y : 0;
}
