// DNSControl's "prettyzone" record order, used by the zone writer and by anything that prints zones.
// Labels sort by their components from the right (apex first, then "*"), numeric components numerically;
// within a label by type (SOA NS CNAME A AAAA MX SRV TXT LUA, then alphabetically), then by type-specific keys.
import type { RecordConfig } from '../ir/types.js';
import { compareNumbers, compareStrings } from '../rr/order.js';
import { getRRType } from '../rr/registry.js';
import { rdataText } from '../rr/text.js';

export { ipv6Sortable } from '../rr/order.js';

// Across types the order is the zone format's own (DNSControl's prettyzone list), not any one type's: it stays here.
const TYPE_RANK = new Map(['SOA', 'NS', 'CNAME', 'A', 'AAAA', 'MX', 'SRV', 'TXT', 'LUA'].map((t, i) => [t, i]));

const DIGITS = /^[0-9]+$/;

/** Compares two decimal digit strings by value without overflow (labels can be long numbers). */
function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, ''), y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
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

/** Type-specific order for two records of the same label and type (the descriptor's); 0 falls back to the rdata string. */
function compareSameType(a: RecordConfig, b: RecordConfig): number {
  return getRRType(a.type)?.compare?.(a, b) ?? 0;
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
