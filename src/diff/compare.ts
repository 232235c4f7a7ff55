// Group existing and desired records by label, then type, and pair them into record-level changes
// (reference §5 "CompareConfig" and "analyze"). Pure functions over plain records.
import { labelToFQDN } from '../_util/names.js';
import type { RecordConfig } from '../ir/types.js';
import type { Change } from './change.js';

/** A record with its comparable text (rdata plus any provider metadata). */
interface Target {
  rc: RecordConfig;
  text: string;
}

export interface TypeGroup {
  type: string;
  existing: RecordConfig[];
  desired: RecordConfig[];
}

export interface LabelGroup {
  label: string;
  fqdn: string;
  types: TypeGroup[];
}

/** Labels in zone-file order (apex first, then by reversed labels) and types alphabetically. */
export function groupRecords(domain: string, existing: RecordConfig[], desired: RecordConfig[]): LabelGroup[] {
  const labels = new Map<string, Map<string, TypeGroup>>();
  const add = (rc: RecordConfig, side: 'existing' | 'desired') => {
    const label = rc.name.toLowerCase();
    let types = labels.get(label);
    if (!types) labels.set(label, (types = new Map()));
    let g = types.get(rc.type);
    if (!g) types.set(rc.type, (g = { type: rc.type, existing: [], desired: [] }));
    g[side].push(rc);
  };
  for (const rc of existing) add(rc, 'existing');
  for (const rc of desired) add(rc, 'desired');
  return [...labels.keys()].sort(compareLabels).map((label) => ({
    label,
    fqdn: labelToFQDN(label, domain),
    types: [...labels.get(label)!.values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)),
  }));
}

function compareLabels(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '@') return -1;
  if (b === '@') return 1;
  const pa = a.split('.').reverse();
  const pb = b.split('.').reverse();
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    if (Number.isInteger(na) && Number.isInteger(nb)) return na - nb;
    return pa[i]! < pb[i]! ? -1 : 1;
  }
  return pa.length - pb.length;
}

const ttlText = (t: Target) => `${t.text} ttl=${t.rc.ttl}`;

/**
 * Pair the records of one (label, type): identical ones drop out, TTL-only differences become MODIFY-TTL,
 * the rest pair up (sorted) into MODIFY, with leftovers as DELETE or CREATE.
 */
export function diffTargets(fqdn: string, type: string, existingRecs: RecordConfig[], desiredRecs: RecordConfig[],
  comparable: (rc: RecordConfig) => string): Change[] {
  let ex: Target[] = existingRecs.map((rc) => ({ rc, text: comparable(rc) }));
  let de: Target[] = desiredRecs.map((rc) => ({ rc, text: comparable(rc) }));
  [ex, de] = removeMatches(ex, de, (t) => ttlText(t));
  const changes: Change[] = [];
  const key = { nameFQDN: fqdn, type };
  // Same rdata, different TTL.
  const unmatchedDesired: Target[] = [];
  for (const d of de) {
    const i = ex.findIndex((e) => e.text === d.text);
    if (i < 0) { unmatchedDesired.push(d); continue; }
    const e = ex.splice(i, 1)[0]!;
    changes.push({ kind: 'change', key, old: [e.rc], new: [d.rc], onlyTTL: true,
      msgs: [`± MODIFY-TTL ${fqdn} ${type} ${d.text} ttl=(${e.rc.ttl}->${d.rc.ttl})`] });
  }
  de = unmatchedDesired;
  const byText = (a: Target, b: Target) => { const x = ttlText(a); const y = ttlText(b); return x < y ? -1 : x > y ? 1 : 0; };
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

/** Drop pairs with equal keys (multiset semantics: each existing record matches at most one desired). */
function removeMatches(ex: Target[], de: Target[], keyOf: (t: Target) => string): [Target[], Target[]] {
  const pool = new Map<string, number>();
  for (const e of ex) { const k = keyOf(e); pool.set(k, (pool.get(k) ?? 0) + 1); }
  const restDesired: Target[] = [];
  const matched = new Map<string, number>();
  for (const d of de) {
    const k = keyOf(d);
    const left = (pool.get(k) ?? 0) - (matched.get(k) ?? 0);
    if (left > 0) matched.set(k, (matched.get(k) ?? 0) + 1);
    else restDesired.push(d);
  }
  const restExisting = ex.filter((e) => {
    const k = keyOf(e);
    const m = matched.get(k) ?? 0;
    if (m > 0) { matched.set(k, m - 1); return false; }
    return true;
  });
  return [restExisting, restDesired];
}
