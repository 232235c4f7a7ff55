// Group existing and desired records by label, then type, and pair them into record-level changes
// (what DNSControl's diff compares and how it groups changes). Pure functions over plain records.
import type { RecordConfig } from '../ir/types.js';
import type { Change } from './change.js';

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

/** Group by label, then type, in first-seen order (the map's order); see LabelSlot. Sorting is left to the few
 *  labels that change. One map keyed by label (no "label+type" key strings, no per-label maps). A side's array
 *  is created with its first record: an empty array that is pushed to reserves 17 slots. */
export function groupRecords(existing: RecordConfig[], desired: RecordConfig[]): Map<string, LabelSlot> {
  const byLabel = new Map<string, LabelSlot>();
  /** Adds `rc` to the label's group chain (made from its Pair first, if need be). */
  const add = (label: string, slot: LabelSlot, rc: RecordConfig, side: 'existing' | 'desired') => {
    const head = asGroup(label, slot);
    if (head !== slot) byLabel.set(label, head);
    let g: TypeGroup | undefined = head;
    let last: TypeGroup | undefined;
    while (g !== undefined && g.type !== rc.type) { last = g; g = g.next; }
    if (g === undefined) {
      g = side === 'existing'
        ? { label, type: rc.type, existing: [rc], desired: NO_RECORDS, next: undefined, start: 0, count: 0 }
        : { label, type: rc.type, existing: NO_RECORDS, desired: [rc], next: undefined, start: 0, count: 0 };
      last!.next = g;
    } else if (g[side] === NO_RECORDS) g[side] = [rc];
    else g[side].push(rc);
  };
  for (const rc of existing) {
    const label = rc.name.toLowerCase();
    const s = byLabel.get(label);
    if (s === undefined) byLabel.set(label, new Pair(rc));
    else add(label, s, rc, 'existing');
  }
  for (const rc of desired) {
    const label = rc.name.toLowerCase();
    const s = byLabel.get(label);
    if (s === undefined) {
      byLabel.set(label, { label, type: rc.type, existing: NO_RECORDS, desired: [rc], next: undefined, start: 0, count: 0 });
    } else if (s instanceof Pair && s.desired === undefined && s.existing.type === rc.type) {
      s.desired = rc;
    } else add(label, s, rc, 'desired');
  }
  return byLabel;
}

/** Zone-file order: the apex first, then by labels compared right to left (numbers numerically). */
export function sortByLabel<T extends { label: string }>(items: T[]): T[] {
  return items.sort((x, y) => compareLabels(x.label, y.label));
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
