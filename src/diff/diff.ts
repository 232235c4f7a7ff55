// The generic diff (reference §5): handsoff, then compare by label+type, then group by the provider's
// granularity and order by dependencies. Providers get plain Change values and never re-diff.
import { comparableText } from '../rr/text.js';
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import type { Change, DiffMode, DiffResult } from './change.js';
import { labelToFQDN } from '../_util/names.js';
import { byType, diffTargets, groupRecords, sortByLabel, type TypeGroup } from './compare.js';
import { handsoff } from './handsoff.js';
import { orderByDependencies } from './ordering.js';

export interface DiffOptions {
  mode: DiffMode;
  /** --disableordering */
  disableOrdering?: boolean;
  /** --reportmax and --full: how many skipped records the REPORT lists. */
  reportMax?: number;
  full?: boolean;
  /** Provider metadata that must also be compared (e.g. a proxy flag); appended to the rdata text. */
  comparableExtra?: (rc: RecordConfig) => string;
  /** Comparable rdata of a record; defaults to rr/text.ts comparableText (zone-file form, hex case folded). */
  rdata?: (rc: RecordConfig) => string;
}

export function diffZone(dc: DomainConfig, existing: RecordConfig[], opts: DiffOptions): DiffResult {
  const rdata = opts.rdata ?? comparableText;
  const extra = opts.comparableExtra;
  const comparable = extra ? (rc: RecordConfig) => { const x = extra(rc); return x ? `${rdata(rc)} ${x}` : rdata(rc); } : rdata;
  const { desired, msgs } = handsoff(dc, existing, { rdata, reportMax: opts.reportMax, full: opts.full });
  const groups = groupRecords(existing, desired);
  let changes = groupChanges(dc.name, groups, opts.mode, comparable);
  const actualChangeCount = changes.length;
  if (!opts.disableOrdering && opts.mode !== 'zone') {
    const { changes: ordered, unresolved } = orderByDependencies(changes);
    changes = ordered;
    if (unresolved.length) {
      msgs.push(`Unresolved dependencies (a cycle); these changes run last: ${unresolved.map((c) => `${c.key.nameFQDN} ${c.key.type}`).join(', ')}`);
    }
  }
  if (msgs.length) changes.unshift({ kind: 'report', key: { nameFQDN: dc.name, type: '' }, old: [], new: [], msgs });
  return { changes, actualChangeCount, desiredPlus: desired };
}

/** The changed (label, type) groups of one label, with the label's FQDN. */
interface ChangedLabel {
  label: string;
  fqdn: string;
  sets: TypeGroup[];
  changes: Change[][];
}

function groupChanges(domain: string, groups: TypeGroup[], mode: DiffMode, comparable: (rc: RecordConfig) => string): Change[] {
  // Diff every (label, type), then sort only the labels that changed: in-sync zones sort nothing.
  const changedByLabel = new Map<string, ChangedLabel>();
  let fqdnOf: TypeGroup | undefined;
  const fqdn = () => labelToFQDN(fqdnOf!.label, domain);
  for (const tg of groups) {
    fqdnOf = tg;
    const changes = diffTargets(fqdn, tg.type, tg.existing, tg.desired, comparable);
    if (changes.length === 0) continue;
    const entry = changedByLabel.get(tg.label);
    if (entry) { entry.sets.push(tg); entry.changes.push(changes); }
    else changedByLabel.set(tg.label, { label: tg.label, fqdn: changes[0]!.key.nameFQDN, sets: [tg], changes: [changes] });
  }
  // Label granularity carries every record at the label, changed or not.
  const allAtLabel = mode === 'label' ? new Map<string, TypeGroup[]>() : undefined;
  if (allAtLabel) {
    for (const tg of groups) if (changedByLabel.has(tg.label)) (allAtLabel.get(tg.label) ?? allAtLabel.set(tg.label, []).get(tg.label)!).push(tg);
  }
  const out: Change[] = [];
  for (const { label, fqdn, sets, changes } of sortByLabel([...changedByLabel.values()])) {
    // Types in order (most labels have one changed type: nothing to sort).
    const order = sets.length === 1 ? [0] : sets.map((_, i) => i).sort((a, b) => byType(sets[a]!, sets[b]!));
    if (allAtLabel) {
      const all = allAtLabel.get(label)!;
      out.push(merge(order.flatMap((i) => changes[i]!), { nameFQDN: fqdn, type: '' }, all.flatMap((t) => t.existing), all.flatMap((t) => t.desired)));
      continue;
    }
    for (const i of order) {
      const tg = sets[i]!;
      if (mode === 'recordset') out.push(merge(changes[i]!, { nameFQDN: fqdn, type: tg.type }, tg.existing, tg.desired));
      else for (const c of changes[i]!) out.push(c);
    }
  }
  return out;
}

/** One change for a whole set: it carries every record on both sides, as the provider must replace the set. */
function merge(parts: Change[], key: Change['key'], old: RecordConfig[], desired: RecordConfig[]): Change {
  const kind = old.length === 0 ? 'create' : desired.length === 0 ? 'delete' : 'change';
  // One part (most sets): its msgs array is reused; the parts are not returned anywhere else.
  const c: Change = { kind, key, old, new: desired, msgs: parts.length === 1 ? parts[0]!.msgs : parts.flatMap((p) => p.msgs) };
  if (parts.every((p) => p.onlyTTL)) c.onlyTTL = true;
  return c;
}
