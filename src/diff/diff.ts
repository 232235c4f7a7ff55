// The generic diff, DNSControl's algorithm re-implemented: handsoff, then compare by label+type, then group by the provider's
// granularity and order by dependencies. Providers get plain Change values and never re-diff.
import { comparableText } from '../rr/text.js';
import { allRRTypes } from '../rr/registry.js';
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import type { Change, DiffMode, DiffResult } from './change.js';
import { labelToFQDN } from '../_util/names.js';
import { asGroup, byType, diffTargets, groupRecords, Pair, sortByLabel, type Grouped, type TypeGroup } from './compare.js';
import { handsoff } from './handsoff.js';
import { keepExistingEch } from './ech-ignore.js';
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
  /** Comparable rdata of a record; defaults to rr/text.ts comparableText (zone-file form, hex case folded),
   *  with host-name targets in lower case as DNSControl compares them. */
  rdata?: (rc: RecordConfig) => string;
}

/** Types whose target DNSControl downcases on both sides before diffing (models.Downcase, which its
 *  CorrectZoneRecords runs on the existing and the desired records): host names compare in any case. */
const DOWNCASED = new Set(['AKAMAICDN', 'AKAMAITLC', 'ALIAS', 'AAAA', 'ANAME', 'CNAME', 'DNAME', 'DS', 'DNSKEY', 'MX', 'NS', 'NAPTR',
  'SMIMEA', 'PTR', 'SRV', 'TLSA', 'AZURE_ALIAS']);
const UPPER = /[A-Z]/;

/** comparableText with those targets (and the SOA's names) in lower case. */
function downcasedComparable(rc: RecordConfig): string {
  if (DOWNCASED.has(rc.type) && UPPER.test(rc.target)) return comparableText({ ...rc, target: rc.target.toLowerCase() });
  if (rc.type === 'SOA' && (UPPER.test(rc.target) || UPPER.test(rc.soambox ?? ''))) {
    return comparableText({ ...rc, target: rc.target.toLowerCase(), soambox: rc.soambox?.toLowerCase() });
  }
  return comparableText(rc);
}

export function diffZone(dc: DomainConfig, existing: RecordConfig[], opts: DiffOptions): DiffResult {
  // HTTPS/SVCB ech=IGNORE: the ech value the zone has now (src/diff/ech-ignore.ts).
  const records = keepExistingEch(dc.records, existing);
  if (records !== dc.records) dc = { ...dc, records };
  const rdata = opts.rdata ?? downcasedComparable;
  const extra = opts.comparableExtra;
  const comparable = extra ? (rc: RecordConfig) => { const x = extra(rc); return x ? `${rdata(rc)} ${x}` : rdata(rc); } : rdata;
  const { desired, msgs } = handsoff(dc, existing, { rdata, reportMax: opts.reportMax, full: opts.full });
  const groups = groupRecords(existing, desired);
  let changes = groupChanges(dc.name, groups, opts.mode, comparable, !opts.rdata && !extra);
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

/** Types whose comparable text is made from their target alone (descriptors with one field, the target, and no
 *  formatText: A, AAAA, CNAME, NS, PTR...), read from the registry: with the default comparison, equal targets
 *  are equal records without making either text. Most records are of these. */
const TARGET_ONLY: ReadonlySet<string> = new Set(allRRTypes()
  .filter((t) => !t.formatText && t.fields.length === 1 && t.fields[0]!.ir === 'target').map((t) => t.name));

function groupChanges(domain: string, { labels, slots }: Grouped, mode: DiffMode, comparable: (rc: RecordConfig) => string, byDefault: boolean): Change[] {
  // Diff every (label, type) into one list, each group's changes contiguous; then sort only the labels that
  // changed (in-sync zones sort nothing) and emit their groups in type order.
  const all: Change[] = [];
  const changed: TypeGroup[] = [];
  let head: TypeGroup | undefined;
  let fqdn: string | undefined;
  const fqdnOf = () => (fqdn ??= labelToFQDN(head!.label, domain));
  for (let k = 0; k < slots.length; k++) {
    const label = labels[k]!, slot = slots[k]!;
    // A pair of equal records (the same rdata and TTL) is no change: nothing to build for it.
    if (slot instanceof Pair && slot.desired !== undefined && slot.existing.ttl === slot.desired.ttl) {
      const e = slot.existing, d = slot.desired;
      if (byDefault && e.target === d.target && TARGET_ONLY.has(e.type)) continue;
      if (comparable(e) === comparable(d)) continue;
    }
    const h = asGroup(label, slot);
    head = h;
    fqdn = undefined;
    let any = false;
    for (let g: TypeGroup | undefined = h; g; g = g.next) {
      g.start = all.length;
      g.count = diffTargets(fqdnOf, g.type, g.existing, g.desired, comparable, all);
      if (g.count) any = true;
    }
    if (any) changed.push(h);
  }
  const changesOf = (g: TypeGroup): Change[] => all.slice(g.start, g.start + g.count);
  const out: Change[] = [];
  for (const h of sortByLabel(changed)) {
    const name = all[firstChanged(h).start]!.key.nameFQDN;
    if (mode === 'label') {
      // Label granularity carries every record at the label, changed or not.
      const at = chain(h);
      out.push(merge([...at].sort(byType).flatMap(changesOf), { nameFQDN: name, type: '' }, at.flatMap((t) => t.existing), at.flatMap((t) => t.desired)));
      continue;
    }
    // Types in order (most labels have one type: nothing to sort).
    const order = h.next ? chain(h).filter((g) => g.count).sort(byType) : [h];
    for (const g of order) {
      if (mode !== 'recordset') { for (let i = g.start; i < g.start + g.count; i++) out.push(all[i]!); continue; }
      // A set of one record each side: its one change already carries the whole set.
      const only = all[g.start]!;
      if (g.count === 1 && only.old === g.existing && only.new === g.desired) out.push(only);
      else out.push(merge(changesOf(g), { nameFQDN: name, type: g.type }, g.existing, g.desired));
    }
  }
  return out;
}

/** The groups of a label, from its first one. */
function chain(head: TypeGroup): TypeGroup[] {
  const out: TypeGroup[] = [];
  for (let g: TypeGroup | undefined = head; g; g = g.next) out.push(g);
  return out;
}

const firstChanged = (head: TypeGroup): TypeGroup => {
  let g: TypeGroup | undefined = head;
  while (g && g.count === 0) g = g.next;
  return g!;
};

/** One change for a whole set: it carries every record on both sides, as the provider must replace the set. */
function merge(parts: Change[], key: Change['key'], old: RecordConfig[], desired: RecordConfig[]): Change {
  const kind = old.length === 0 ? 'create' : desired.length === 0 ? 'delete' : 'change';
  // One part (most sets): its msgs array is reused; the parts are not returned anywhere else.
  const c: Change = { kind, key, old, new: desired, msgs: parts.length === 1 ? parts[0]!.msgs : parts.flatMap((p) => p.msgs) };
  if (parts.every((p) => p.onlyTTL)) c.onlyTTL = true;
  return c;
}
