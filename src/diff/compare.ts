// Group existing and desired records by label, then type, and pair them into record-level changes
// (what DNSControl's diff compares and how it groups changes). Pure functions over plain records.
import type { RecordConfig } from '../ir/types.js';
import type { Change } from './change.js';
import { compareLabels as zoneOrder, labelIndexComparator } from '../zonefile/sort.js';

/** A record with its comparable text (rdata plus any provider metadata). */
interface Target {
  rc: RecordConfig;
  text: string;
  /** text + " ttl=N": identical records have equal `full`. */
  full: string;
}

export interface TypeGroup {
  /** Lower-case label ("@" for the apex). */
  label: string;
  type: string;
  existing: RecordConfig[];
  desired: RecordConfig[];
  /** The next type at the same label (the label's groups form a chain from its first one). */
  next: TypeGroup | undefined;
  /** Where the diff put this group's changes in its list, and how many (filled by the diff). */
  start: number;
  count: number;
}

/** The empty side of a group or change, shared: most groups of a large push have records on one side
 *  only. Frozen, so code that tried to add to it would fail loudly instead of corrupting other groups. */
export const NO_RECORDS: RecordConfig[] = Object.freeze([]) as unknown as RecordConfig[];

/** A label's lone existing record, then the one desired record of the same type when the label has nothing else:
 *  most labels of a zone in sync. It becomes a TypeGroup only if the label has more, or the two differ (see
 *  LabelSlot). Filled in place: replacing the map entry would cost a second lookup per label. */
export class Pair {
  readonly existing: RecordConfig;
  desired: RecordConfig | undefined;
  constructor(existing: RecordConfig) {
    this.existing = existing;
    this.desired = undefined;
  }
}

/** What groupRecords keeps per label: a Pair, or the label's first TypeGroup (its other types chained from it).
 *  The light form spares a zone in sync one group and two arrays per label: at 1,000,000 records those were
 *  most of the diff's time and memory. */
export type LabelSlot = Pair | TypeGroup;

/** The slot as a TypeGroup chain (created from a Pair; the group itself otherwise). */
export function asGroup(label: string, s: LabelSlot): TypeGroup {
  if (!(s instanceof Pair)) return s;
  const desired = s.desired === undefined ? NO_RECORDS : [s.desired];
  return { label, type: s.existing.type, existing: [s.existing], desired, next: undefined, start: 0, count: 0 };
}

/** Labels and their slots, side by side (see groupRecords). */
export interface Grouped {
  labels: string[];
  slots: LabelSlot[];
}

/**
 * Group by label, then type (see LabelSlot); a label's types in first-seen order, existing records first.
 * When both sides are in zone-file order (a zone file dnscode wrote, and normalised desired records always
 * are), one merge pass pairs them; otherwise one map keyed by label does. At a million records the map was
 * most of the diff's time: hashing every label of both sides. Sorting is left to the few labels that change.
 */
export function groupRecords(existing: RecordConfig[], desired: RecordConfig[]): Grouped {
  const de = labelsInOrder(desired, desired.length / 8);
  if (!de) return mapGroups(existing, desired);
  const ex = labelsInOrder(existing, 0) ?? presortedLabels(existing);
  return ex ? mergeGroups(ex, de) : mapGroups(existing, desired);
}

/** Label orders found ahead of the diff (presortExisting), by the array of records they order. */
const presorted = new WeakMap<RecordConfig[], Int32Array>();

/**
 * Finds, ahead of the diff, the order of `records` by label (a stable sort of their indexes: a label's records
 * keep their own order), so that the diff can merge them with the desired records even when the zone file is
 * in another order. For work done while dnscode would otherwise wait: BIND's read-ahead calls it after
 * parsing a zone, while the config is still being evaluated. `records` must not change afterwards (the diff
 * checks the order it is given and falls back to its map if it does not hold).
 */
export function presortExisting(records: RecordConfig[]): void {
  if (labelsInOrder(records, 0)) return;
  const labels = records.map((r) => r.name.toLowerCase());
  const byLabel = labelIndexComparator(labels);
  // Sorted as a plain array (V8 sorts it a third faster than an Int32Array with a comparator), kept compact.
  const order = Array.from({ length: records.length }, (_, i) => i);
  order.sort((a, b) => (labels[a] === labels[b] ? a - b : byLabel(a, b) || a - b));
  presorted.set(records, Int32Array.from(order));
}

/** The existing records in the label order found ahead, if that order (still) holds. */
function presortedLabels(existing: RecordConfig[]): Ordered | undefined {
  const order = presorted.get(existing);
  if (!order || order.length !== existing.length) return undefined;
  const records = new Array<RecordConfig>(order.length);
  for (let k = 0; k < order.length; k++) records[k] = existing[order[k]!]!;
  return labelsInOrder(records, 0);
}

/** The records' labels (lower case), and the records that come after a greater label ("late": the apex NS
 *  records the nameservers add at the end of a sorted zone, say). */
interface Ordered {
  records: RecordConfig[];
  labels: string[];
  late: number[];
}

/** Undefined when more than `maxLate` records are late (the map is then the better way). */
function labelsInOrder(records: RecordConfig[], maxLate: number): Ordered | undefined {
  const labels = new Array<string>(records.length);
  const late: number[] = [];
  let last = '';
  for (let i = 0; i < records.length; i++) {
    const label = records[i]!.name.toLowerCase();
    labels[i] = label;
    if (i === 0 || label === last || zoneOrder(last, label) < 0) last = label;
    else if (late.push(i) > maxLate) return undefined;
  }
  return { records, labels, late };
}

/** Adds `rc` to a label's slot: a Pair first, then a TypeGroup chain once the label has more (a side's array
 *  is created with its first record: an empty array that is pushed to reserves 17 slots). Returns the slot,
 *  which is a new object when a Pair became a chain. */
function place(label: string, slot: LabelSlot | undefined, rc: RecordConfig, side: 'existing' | 'desired'): LabelSlot {
  if (slot === undefined) return side === 'existing' ? new Pair(rc) : newGroup(label, rc, side);
  if (side === 'desired' && slot instanceof Pair && slot.desired === undefined && slot.existing.type === rc.type) {
    slot.desired = rc;
    return slot;
  }
  const head = asGroup(label, slot);
  let g: TypeGroup | undefined = head;
  let last: TypeGroup | undefined;
  while (g !== undefined && g.type !== rc.type) { last = g; g = g.next; }
  if (g === undefined) last!.next = newGroup(label, rc, side);
  else if (g[side] === NO_RECORDS) g[side] = [rc];
  else g[side].push(rc);
  return head;
}

/** A (label, type) group holding `rc` on its side and nothing on the other. */
function newGroup(label: string, rc: RecordConfig, side: 'existing' | 'desired'): TypeGroup {
  const one = [rc];
  return { label, type: rc.type, existing: side === 'existing' ? one : NO_RECORDS, desired: side === 'desired' ? one : NO_RECORDS, next: undefined, start: 0, count: 0 };
}

/** Existing records in zone-file order, desired ones too but for a few late ones: walk them together, one
 *  label at a time, then add each late record to its label, found by binary search (or new). A label's
 *  records are placed in the map's order (existing first, then desired as they come), so the groups are the
 *  same as mapGroups makes. */
function mergeGroups({ records: existing, labels: ex }: Ordered, { records: desired, labels: de, late }: Ordered): Grouped {
  const labels: string[] = [];
  const slots: LabelSlot[] = [];
  const isLate = new Uint8Array(desired.length);
  for (const k of late) isLate[k] = 1;
  let i = 0, j = 0;
  const skipLate = () => { while (j < de.length && isLate[j]) j++; };
  skipLate();
  while (i < ex.length || j < de.length) {
    const c = i === ex.length ? 1 : j === de.length ? -1 : ex[i] === de[j] ? 0 : zoneOrder(ex[i]!, de[j]!);
    const label = c <= 0 ? ex[i]! : de[j]!;
    let slot: LabelSlot | undefined;
    if (c <= 0) for (; i < ex.length && ex[i] === label; i++) slot = place(label, slot, existing[i]!, 'existing');
    if (c >= 0) for (; j < de.length && de[j] === label; j++, skipLate()) slot = place(label, slot, desired[j]!, 'desired');
    labels.push(label);
    slots.push(slot!);
  }
  const sorted = labels.length;
  const added = new Map<string, number>();
  for (const k of late) {
    const label = de[k]!;
    let at = findLabel(labels, sorted, label);
    if (at < 0) at = added.get(label) ?? -1;
    if (at < 0) {
      added.set(label, labels.length);
      labels.push(label);
      slots.push(place(label, undefined, desired[k]!, 'desired'));
    } else slots[at] = place(label, slots[at], desired[k]!, 'desired');
  }
  return { labels, slots };
}

/** Where `label` is among the first `n` (sorted) labels, or -1. */
function findLabel(labels: string[], n: number, label: string): number {
  let lo = 0, hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = labels[mid] === label ? 0 : zoneOrder(labels[mid]!, label);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Either side in another order: one map keyed by label (no "label+type" key strings, no per-label maps),
 *  in first-seen order. */
function mapGroups(existing: RecordConfig[], desired: RecordConfig[]): Grouped {
  const byLabel = new Map<string, LabelSlot>();
  for (const [records, side] of [[existing, 'existing'], [desired, 'desired']] as const) {
    for (const rc of records) {
      const label = rc.name.toLowerCase();
      const s = byLabel.get(label);
      const next = place(label, s, rc, side);
      if (next !== s) byLabel.set(label, next);
    }
  }
  return { labels: [...byLabel.keys()], slots: [...byLabel.values()] };
}

/** Zone-file order: the apex first, then by labels compared right to left (numbers numerically). */
export function sortByLabel<T extends { label: string }>(items: T[]): T[] {
  // Labels that compare equal here ("01" and "1": numbers) fall back to their text, so that the order does not
  // depend on which way groupRecords grouped them.
  return items.sort((x, y) => compareLabels(x.label, y.label) || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
}

/** Compare two relative names part by part from the right, without splitting them into arrays (a
 *  10,000-change diff sorts 10,000 labels: per-label arrays were a large share of its garbage). */
export function compareLabels(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '@') return -1;
  if (b === '@') return 1;
  let ea = a.length, eb = b.length;
  for (;;) {
    const sa = a.lastIndexOf('.', ea - 1) + 1;
    const sb = b.lastIndexOf('.', eb - 1) + 1;
    const pa = sa === 0 && ea === a.length ? a : a.slice(sa, ea);
    const pb = sb === 0 && eb === b.length ? b : b.slice(sb, eb);
    if (pa !== pb) {
      // Only a part starting with a digit, sign or blank (char code ≤ "9") can parse as an integer:
      // letters and "_" skip the parse (most labels, and this comparison runs n·log n times).
      if (pa.charCodeAt(0) <= 0x39 && pb.charCodeAt(0) <= 0x39) {
        const x = numericPart(pa), y = numericPart(pb);
        if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y; // both numeric
      }
      return pa < pb ? -1 : 1;
    }
    // Equal parts: the name with fewer parts sorts first.
    if (sa === 0 || sb === 0) return sa === 0 ? (sb === 0 ? 0 : -1) : 1;
    ea = sa - 1;
    eb = sb - 1;
  }
}

/** The part's integer value, or NaN when it is compared as text. */
function numericPart(p: string): number {
  const n = Number(p);
  return Number.isInteger(n) ? n : NaN;
}

export const byType = (a: { type: string }, b: { type: string }) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);

const ttlText = (t: Target) => t.full;
const target = (rc: RecordConfig, text: string): Target => ({ rc, text, full: `${text} ttl=${rc.ttl}` });

/**
 * Pair the records of one (label, type): identical ones drop out, TTL-only differences become MODIFY-TTL,
 * the rest pair up (sorted) into MODIFY, with leftovers as DELETE or CREATE.
 */
export function diffTargets(fqdnOf: () => string, type: string, existingRecs: RecordConfig[], desiredRecs: RecordConfig[],
  comparable: (rc: RecordConfig) => string, out: Change[]): number {
  // Fast paths for one record on each side at most (most record sets): the same result as the general
  // pairing below, without its maps and sets, which dominate a 10,000-change diff.
  if (existingRecs.length <= 1 && desiredRecs.length <= 1) return diffSingle(fqdnOf, type, existingRecs, desiredRecs, comparable, out);
  let ex: Target[] = existingRecs.map((rc) => target(rc, comparable(rc)));
  let de: Target[] = desiredRecs.map((rc) => target(rc, comparable(rc)));
  [ex, de] = removeMatches(ex, de, ttlText);
  if (ex.length === 0 && de.length === 0) return 0;
  const fqdn = fqdnOf();
  const changes = out;
  const before = out.length;
  const key = { nameFQDN: fqdn, type };
  // Same rdata, different TTL: pair them first (indexed by text, so large sets stay linear).
  const byRdata = new Map<string, Target[]>();
  for (const e of ex) { const l = byRdata.get(e.text); if (l) l.push(e); else byRdata.set(e.text, [e]); }
  const paired = new Set<Target>();
  const unmatchedDesired: Target[] = [];
  for (const d of de) {
    const e = byRdata.get(d.text)?.shift();
    if (!e) { unmatchedDesired.push(d); continue; }
    paired.add(e);
    changes.push({ kind: 'change', key, old: [e.rc], new: [d.rc], onlyTTL: true,
      msgs: [`± MODIFY-TTL ${fqdn} ${type} ${d.text} ttl=(${e.rc.ttl}->${d.rc.ttl})`] });
  }
  if (paired.size) ex = ex.filter((e) => !paired.has(e));
  de = unmatchedDesired;
  const byText = (a: Target, b: Target) => (a.full < b.full ? -1 : a.full > b.full ? 1 : 0);
  ex.sort(byText);
  de.sort(byText);
  const common = Math.min(ex.length, de.length);
  for (let i = 0; i < common; i++) {
    const e = ex[i]!; const d = de[i]!;
    changes.push({ kind: 'change', key, old: [e.rc], new: [d.rc],
      msgs: [`± MODIFY ${fqdn} ${type} (${ttlText(e)}) -> (${ttlText(d)})`] });
  }
  for (const e of ex.slice(common)) changes.push({ kind: 'delete', key, old: [e.rc], new: [], msgs: [`- DELETE ${fqdn} ${type} ${ttlText(e)}`] });
  for (const d of de.slice(common)) changes.push({ kind: 'create', key, old: [], new: [d.rc], msgs: [`+ CREATE ${fqdn} ${type} ${ttlText(d)}`] });
  return out.length - before;
}

/** One record at most on each side: the change carries the group's own one-element arrays (no copies). */
function diffSingle(fqdnOf: () => string, type: string, ex: RecordConfig[], de: RecordConfig[],
  comparable: (rc: RecordConfig) => string, out: Change[]): number {
  const a = ex[0], b = de[0];
  const at = a && comparable(a);
  const bt = b && comparable(b);
  if (a && b && at === bt && a.ttl === b.ttl) return 0;
  if (!a && !b) return 0;
  const fqdn = fqdnOf();
  const key = { nameFQDN: fqdn, type };
  if (!a) out.push({ kind: 'create', key, old: ex, new: de, msgs: [`+ CREATE ${fqdn} ${type} ${bt} ttl=${b!.ttl}`] });
  else if (!b) out.push({ kind: 'delete', key, old: ex, new: de, msgs: [`- DELETE ${fqdn} ${type} ${at} ttl=${a.ttl}`] });
  else if (at === bt) out.push({ kind: 'change', key, old: ex, new: de, onlyTTL: true, msgs: [`± MODIFY-TTL ${fqdn} ${type} ${bt} ttl=(${a.ttl}->${b.ttl})`] });
  else out.push({ kind: 'change', key, old: ex, new: de, msgs: [`± MODIFY ${fqdn} ${type} (${at} ttl=${a.ttl}) -> (${bt} ttl=${b.ttl})`] });
  return 1;
}

/** Drop the records whose key the other side also has. Set semantics, like DNSControl: a record listed twice
 *  is still one record in DNS, so a duplicate on one side is not a change. */
function removeMatches(ex: Target[], de: Target[], keyOf: (t: Target) => string): [Target[], Target[]] {
  const exKeys = new Set(ex.map(keyOf));
  const deKeys = new Set(de.map(keyOf));
  return [ex.filter((e) => !deKeys.has(keyOf(e))), de.filter((d) => !exKeys.has(keyOf(d)))];
}
