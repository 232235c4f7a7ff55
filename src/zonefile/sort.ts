// DNSControl's "prettyzone" record order, used by the zone writer and by anything that prints zones.
// Labels sort by their components from the right (apex first, then "*"), numeric components numerically;
// within a label by type (SOA NS CNAME A AAAA MX SRV TXT LUA, then alphabetically), then by type-specific keys.
import { isIPv6 } from 'node:net';
import type { RecordConfig } from '../ir/types.js';
import { rdataText } from '../rr/text.js';

const TYPE_RANK = new Map(['SOA', 'NS', 'CNAME', 'A', 'AAAA', 'MX', 'SRV', 'TXT', 'LUA'].map((t, i) => [t, i]));

const DIGITS = /^[0-9]+$/;

/** Compares two decimal digit strings by value without overflow (labels can be long numbers). */
function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, ''), y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Byte-wise string order, like Go's `<` on strings (UTF-16 order differs for astral characters only). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareLabels(a: string, b: string): number {
  return a === b ? 0 : compareLabelParts(a, a.split('.'), b, b.split('.'));
}

/** compareLabels with the labels already split on dots (sortRecords splits each name once). */
function compareLabelParts(a: string, as: string[], b: string, bs: string[]): number {
  if (a === b) return 0;
  if (a === '@') return -1;
  if (b === '@') return 1;
  if (a === '*') return -1;
  if (b === '*') return 1;
  for (let i = as.length - 1, j = bs.length - 1; i >= 0 && j >= 0; i--, j--) {
    const x = as[i]!, y = bs[j]!;
    if (x === y) continue;
    if (i === 0 && x === '*') return -1;
    if (j === 0 && y === '*') return 1;
    if (DIGITS.test(x) && DIGITS.test(y)) {
      const c = compareDigits(x, y);
      if (c !== 0) return c;
    }
    return compareStrings(x, y);
  }
  return as.length - bs.length;
}

export function compareTypes(a: string, b: string): number {
  if (a === b) return 0;
  const ra = TYPE_RANK.get(a), rb = TYPE_RANK.get(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return compareStrings(a, b);
}

/** IPv4 as one sortable number; NaN when the target is not a dotted quad. */
function ipv4Number(ip: string): number {
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

function compareNumbers(a: number | undefined, b: number | undefined): number {
  return (a ?? 0) - (b ?? 0);
}

/** Type-specific order for two records of the same label and type; 0 falls back to the rdata string. */
function compareSameType(a: RecordConfig, b: RecordConfig): number {
  switch (a.type) {
    case 'A': {
      const x = ipv4Number(a.target), y = ipv4Number(b.target);
      if (!Number.isNaN(x) && !Number.isNaN(y) && x !== y) return x - y;
      return 0;
    }
    case 'AAAA': {
      const x = ipv6Sortable(a.target), y = ipv6Sortable(b.target);
      return x && y ? compareStrings(x, y) : 0;
    }
    case 'MX':
      return compareNumbers(a.mxpreference, b.mxpreference);
    case 'SRV':
      return compareNumbers(a.srvport, b.srvport) || compareNumbers(a.srvpriority, b.srvpriority) ||
        compareNumbers(a.srvweight, b.srvweight);
    case 'CAA':
      // Critical (flag set) before non-critical.
      return compareStrings(a.caatag ?? '', b.caatag ?? '') || compareNumbers(b.caaflag, a.caaflag);
    default:
      return 0;
  }
}

export function compareRecords(a: RecordConfig, b: RecordConfig): number {
  return compareLabels(a.name, b.name) || compareTypes(a.type, b.type) || compareSameType(a, b) ||
    compareStrings(rdataText(a), rdataText(b)) || compareNumbers(a.ttl, b.ttl);
}

/** A sorted copy in DNSControl's zone-file order (the input is not modified). */
export function sortRecords(records: RecordConfig[]): RecordConfig[] {
  // Precompute the rdata strings once: the comparator runs O(n log n) times.
  const keyed = records.map((rc) => ({ rc, parts: rc.name.split('.'), text: rdataText(rc) }));
  keyed.sort((x, y) => compareLabelParts(x.rc.name, x.parts, y.rc.name, y.parts) || compareTypes(x.rc.type, y.rc.type) ||
    compareSameType(x.rc, y.rc) || compareStrings(x.text, y.text) || compareNumbers(x.rc.ttl, y.rc.ttl));
  return keyed.map((k) => k.rc);
}
