// Comparisons the descriptors' `compare` functions are built from (DNSControl's zone-file order).
import { isIPv6 } from 'node:net';

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
  if (!isIPv6(ip)) return '';
  let s = ip.toLowerCase();
  const v4 = s.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (v4) {
    const hex = (i: number, j: number) => ((Number(v4[i]) << 8) | Number(v4[j])).toString(16);
    s = `${s.slice(0, v4.index)}${hex(1, 2)}:${hex(3, 4)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return '';
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = 8 - head.length - tail.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return '';
  const groups = [...head, ...Array<string>(fill).fill('0'), ...tail];
  return groups.map((g) => g.padStart(4, '0')).join('');
}

/** Numeric order when both are numbers (not NaN), else 0. */
export function compareOrdered(x: number, y: number): number {
  return !Number.isNaN(x) && !Number.isNaN(y) && x !== y ? x - y : 0;
}
