// Group existing and desired records by label, then type, and pair them into record-level changes
// (reference §5 "CompareConfig" and "analyze"). Pure functions over plain records.
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
}

/** The empty side of a group or change, shared: most groups of a large push have records on one side
 *  only. Frozen, so code that tried to add to it would fail loudly instead of corrupting other groups. */
export const NO_RECORDS: RecordConfig[] = Object.freeze([]) as unknown as RecordConfig[];

/** Group by (label, type) in first-seen order; sorting is left to the few groups that change. One flat map
 *  keyed by "label\0type" keeps a 100k-record zone cheap (no per-label maps). A side's array is created
 *  with its first record: an empty array that is pushed to reserves 17 slots, which at 10,000 groups
 *  was a quarter of the diff's allocations. */
export function groupRecords(existing: RecordConfig[], desired: RecordConfig[]): TypeGroup[] {
  const groups = new Map<string, TypeGroup>();
  const add = (rc: RecordConfig, side: 'existing' | 'desired') => {
    const label = rc.name.toLowerCase();
    const k = `${label}\u0000${rc.type}`;
    const g = groups.get(k);
    if (!g) groups.set(k, side === 'existing' ? { label, type: rc.type, existing: [rc], desired: NO_RECORDS } : { label, type: rc.type, existing: NO_RECORDS, desired: [rc] });
    else if (g[side] === NO_RECORDS) g[side] = [rc];
    else g[side].push(rc);
  };
  for (const rc of existing) add(rc, 'existing');
  for (const rc of desired) add(rc, 'desired');
  return [...groups.values()];
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
        if (x === x && y === y) return x - y; // both numeric (NaN !== NaN)
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
  comparable: (rc: RecordConfig) => string): Change[] {
  // Fast paths for one record on each side at most (most record sets): the same result as the general
  // pairing below, without its maps and sets, which dominate a 10,000-change diff.
  if (existingRecs.length <= 1 && desiredRecs.length <= 1) return diffSingle(fqdnOf, type, existingRecs[0], desiredRecs[0], comparable);
  let ex: Target[] = existingRecs.map((rc) => target(rc, comparable(rc)));
  let de: Target[] = desiredRecs.map((rc) => target(rc, comparable(rc)));
  [ex, de] = removeMatches(ex, de, ttlText);
  if (ex.length === 0 && de.length === 0) return [];
  const fqdn = fqdnOf();
  const changes: Change[] = [];
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
  return changes;
}

function diffSingle(fqdnOf: () => string, type: string, a: RecordConfig | undefined, b: RecordConfig | undefined,
  comparable: (rc: RecordConfig) => string): Change[] {
  const at = a && comparable(a);
  const bt = b && comparable(b);
  if (a && b && at === bt && a.ttl === b.ttl) return [];
  const fqdn = fqdnOf();
  const key = { nameFQDN: fqdn, type };
  if (!a) return b ? [{ kind: 'create', key, old: NO_RECORDS, new: [b], msgs: [`+ CREATE ${fqdn} ${type} ${bt} ttl=${b.ttl}`] }] : [];
  if (!b) return [{ kind: 'delete', key, old: [a], new: NO_RECORDS, msgs: [`- DELETE ${fqdn} ${type} ${at} ttl=${a.ttl}`] }];
  if (at === bt) {
    return [{ kind: 'change', key, old: [a], new: [b], onlyTTL: true, msgs: [`± MODIFY-TTL ${fqdn} ${type} ${bt} ttl=(${a.ttl}->${b.ttl})`] }];
  }
  return [{ kind: 'change', key, old: [a], new: [b], msgs: [`± MODIFY ${fqdn} ${type} (${at} ttl=${a.ttl}) -> (${bt} ttl=${b.ttl})`] }];
}

/** Drop the records whose key the other side also has. Set semantics, like DNSControl: a record listed twice
 *  is still one record in DNS, so a duplicate on one side is not a change. */
function removeMatches(ex: Target[], de: Target[], keyOf: (t: Target) => string): [Target[], Target[]] {
  const exKeys = new Set(ex.map(keyOf));
  const deKeys = new Set(de.map(keyOf));
  return [ex.filter((e) => !deKeys.has(keyOf(e))), de.filter((d) => !exKeys.has(keyOf(d)))];
}
