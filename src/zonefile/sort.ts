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

/** Where the dot-separated part that ends at `end` starts (0 for the leftmost part). */
function partStart(s: string, end: number): number {
  return end === 0 ? 0 : s.lastIndexOf('.', end - 1) + 1;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Two different parts: numerically when both are digits (and differ in value), else as strings. */
function compareParts(x: string, y: string): number {
  if (isDigit(x.charCodeAt(0)) && isDigit(y.charCodeAt(0)) && DIGITS.test(x) && DIGITS.test(y)) {
    const c = compareDigits(x, y);
    if (c !== 0) return c;
  }
  return compareStrings(x, y);
}

/** compareLabels over indexes into `labels`, for sorting many: whether each label is one part is found once,
 *  and such pairs (most names of a large zone) skip the walk over their parts. */
export function labelIndexComparator(labels: readonly string[]): (i: number, j: number) => number {
  const onePart = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i++) if (!labels[i]!.includes('.')) onePart[i] = 1;
  return (i, j) => (onePart[i]! & onePart[j]! ? compareOnePartLabels(labels[i]!, labels[j]!) : compareLabels(labels[i]!, labels[j]!));
}

/** Two different labels: the apex first, then the wildcard; 0 when neither is one of them. */
function apexThenWildcard(a: string, b: string): number {
  if (a === '@') return -1;
  if (b === '@') return 1;
  if (a === '*') return -1;
  if (b === '*') return 1;
  return 0;
}

/** compareLabels for two names of one part each (no dot), which most names of a large zone are. */
function compareOnePartLabels(a: string, b: string): number {
  return a === b ? 0 : apexThenWildcard(a, b) || compareParts(a, b);
}

/** Labels compared part by part from the right, walking the strings instead of splitting them: a sort of a
 *  million records compares labels ~20 million times, and one array per name was much of its time. */
export function compareLabels(a: string, b: string): number {
  if (a === b) return 0;
  const first = apexThenWildcard(a, b);
  if (first !== 0) return first;
  let ea = a.length, eb = b.length;
  for (;;) {
    const sa = partStart(a, ea), sb = partStart(b, eb);
    const x = sa === 0 && ea === a.length ? a : a.slice(sa, ea);
    const y = sb === 0 && eb === b.length ? b : b.slice(sb, eb);
    if (x !== y) {
      if (sa === 0 && x === '*') return -1;
      if (sb === 0 && y === '*') return 1;
      return compareParts(x, y);
    }
    // Equal parts: the name with fewer parts sorts first.
    if (sa === 0 || sb === 0) return sa === 0 ? (sb === 0 ? 0 : -1) : 1;
    ea = sa - 1;
    eb = sb - 1;
  }
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
  return sortedOrder(records).map((i) => records[i]!);
}

/** The indexes of `records` in DNSControl's zone-file order: sortRecords without the copy, for callers that
 *  also want to know where each record was (normalize's RRset checks). */
export function sortedOrder(records: RecordConfig[]): number[] {
  // The rdata text decides only between records of one label and type: it is made when such a pair is
  // compared, once per record (the comparator runs n·log n times; most records never need it).
  const texts = new Map<RecordConfig, string>();
  const text = (rc: RecordConfig) => {
    let t = texts.get(rc);
    if (t === undefined) texts.set(rc, (t = rdataText(rc)));
    return t;
  };
  const byLabel = labelIndexComparator(records.map((r) => r.name));
  const order = Array.from({ length: records.length }, (_, i) => i);
  return order.sort((i, j) => {
    const x = records[i]!, y = records[j]!;
    return byLabel(i, j) || compareTypes(x.type, y.type) || compareSameType(x, y) || compareStrings(text(x), text(y)) || compareNumbers(x.ttl, y.ttl);
  });
}
