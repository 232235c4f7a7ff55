// Dependency order of changes (as DNSControl orders them): a name a record points at is created before the
// record and deleted after it. Kahn's algorithm, stable with respect to the input order; changes caught in
// a cycle go last, in input order. Hand-written: the graph is tiny and no library keeps input order stable.
import type { RecordConfig } from '../ir/types.js';
import type { Change } from './change.js';

/** Types whose target is a host name that may live in the same zone. */
const NAME_TARGET_TYPES = new Set(['CNAME', 'ALIAS', 'ANAME', 'DNAME', 'MX', 'NS', 'SRV', 'HTTPS', 'SVCB']);

const NONE: readonly string[] = [];

/** Names the records point at (a shared empty list for the many that point at none). */
function targetsOf(recs: RecordConfig[]): readonly string[] {
  let out: string[] | undefined;
  for (const rc of recs) {
    if (!NAME_TARGET_TYPES.has(rc.type) || !rc.target || rc.target === '.') continue;
    (out ??= []).push((rc.target.endsWith('.') ? rc.target.slice(0, -1) : rc.target).toLowerCase());
  }
  return out ?? NONE;
}

export interface OrderResult {
  changes: Change[];
  /** Changes whose dependencies form a cycle (run last). */
  unresolved: Change[];
}

export function orderByDependencies(changes: Change[]): OrderResult {
  const n = changes.length;
  if (n < 2) return { changes, unresolved: [] };
  // Most change sets (A, AAAA, TXT, ...) point at no name: nothing to order, nothing to allocate.
  const refers = (recs: RecordConfig[]) => recs.some((rc) => NAME_TARGET_TYPES.has(rc.type));
  if (!changes.some((c) => refers(c.kind === 'delete' ? c.old : c.new))) return { changes, unresolved: [] };
  // Only names some change points at can carry an edge: collect those first, so a large change set with a
  // few referrers (e.g. MX records at an existing host) indexes a handful of owners, not every change.
  const refs: Array<{ i: number; targets: readonly string[] }> = [];
  const targetNames = new Set<string>();
  for (let i = 0; i < n; i++) {
    const c = changes[i]!;
    if (c.kind === 'report') continue;
    const targets = targetsOf(c.kind === 'delete' ? c.old : c.new);
    if (targets.length === 0) continue;
    refs.push({ i, targets });
    for (const t of targets) targetNames.add(t);
  }
  // Index the changes that create/update and those that delete, by owner name (target names only).
  const writersAt = new Map<string, number[]>();
  const deletersAt = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const c = changes[i]!;
    if (c.kind === 'report' || !targetNames.has(c.key.nameFQDN)) continue;
    const m = c.kind === 'delete' ? deletersAt : writersAt;
    const list = m.get(c.key.nameFQDN);
    if (list) list.push(i); else m.set(c.key.nameFQDN, [i]);
  }
  if (writersAt.size === 0 && deletersAt.size === 0) return { changes, unresolved: [] };
  const after = new Map<number, number[]>();
  const indegree = new Int32Array(n);
  let edges = 0;
  const edge = (from: number, to: number) => {
    if (from === to) return;
    const l = after.get(from);
    if (l) l.push(to); else after.set(from, [to]);
    indegree[to]!++;
    edges++;
  };
  for (const { i, targets } of refs) {
    if (changes[i]!.kind === 'delete') {
      // Delete the referrer before the name it points at.
      for (const t of targets) for (const j of deletersAt.get(t) ?? []) edge(i, j);
    } else {
      // Create/update the target before the referrer.
      for (const t of targets) for (const j of writersAt.get(t) ?? []) edge(j, i);
    }
  }
  if (edges === 0) return { changes, unresolved: [] };

  // Kahn's algorithm; always take the lowest ready index to keep the input order where possible.
  const ready = new MinHeap();
  indegree.forEach((d, i) => { if (d === 0) ready.push(i); });
  const out: Change[] = [];
  const done = new Array<boolean>(n).fill(false);
  while (ready.size > 0) {
    const i = ready.pop();
    done[i] = true;
    out.push(changes[i]!);
    for (const j of after.get(i) ?? []) if (--indegree[j]! === 0) ready.push(j);
  }
  const unresolved = changes.filter((_, i) => !done[i]);
  return { changes: out.concat(unresolved), unresolved };
}

/** A binary min-heap of indices (hand-written: a dozen lines, not worth a dependency). */
class MinHeap {
  private readonly a: number[] = [];
  get size(): number { return this.a.length; }
  push(v: number): void {
    const a = this.a;
    let i = a.push(v) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]! <= v) break;
      a[i] = a[p]!; i = p;
    }
    a[i] = v;
  }
  pop(): number {
    const a = this.a;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const c = l + 1 < a.length && a[l + 1]! < a[l]! ? l + 1 : l;
        if (a[c]! >= last) break;
        a[i] = a[c]!; i = c;
      }
      a[i] = last;
    }
    return top;
  }
}
