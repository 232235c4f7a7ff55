// Chunks a zone's operations into batch requests, one correction per request. When a request fails
// after its retries, the error lists exactly which change lines reached the provider and which did not.
import { ProviderError } from '../../errors.js';
import type { Correction } from '../types.js';
import { workDone } from '../../_util/work.js';

export interface BatchOp {
  /** The change lines this operation carries ("+ CREATE …"); one change may span several ops. */
  msgs: string[];
}

export interface SizeLimit<T> {
  of(op: T): number;
  max: number;
}

/** Splits `ops` into chunks by a count limit and any size limits (Route 53 also counts values and characters). */
export function chunkOps<T extends BatchOp>(ops: T[], maxCount: number, limits: Array<SizeLimit<T>> = []): T[][] {
  const chunks: T[][] = [];
  let cur: T[] = [];
  let used = limits.map(() => 0);
  for (const op of ops) {
    const sizes = limits.map((l) => l.of(op));
    const full = cur.length >= maxCount || limits.some((l, i) => used[i]! + sizes[i]! > l.max);
    if (cur.length > 0 && full) { chunks.push(cur); cur = []; used = limits.map(() => 0); }
    cur.push(op);
    used = used.map((u, i) => u + sizes[i]!);
  }
  if (cur.length) chunks.push(cur);
  return chunks;
}

const linesOf = (ops: BatchOp[]): string[] => [...new Set(ops.flatMap((o) => o.msgs))];

/** Corrections that send `chunks` in order; a failure names the applied and the pending change lines. */
export function batchCorrections<T extends BatchOp>(provider: string, zone: string, chunks: T[][], send: (chunk: T[], index: number) => Promise<void>): Correction[] {
  const done = new Set<number>();
  return chunks.map((chunk, i) => ({
    msg: linesOf(chunk).join('\n'),
    run: async () => {
      try {
        await send(chunk, i);
        done.add(i);
        workDone();
      } catch (e) {
        const applied = linesOf(chunks.filter((_, j) => done.has(j)).flat());
        const notApplied = linesOf(chunks.filter((_, j) => !done.has(j)).flat()).filter((l) => !applied.includes(l));
        const summary = `request ${i + 1} of ${chunks.length} failed (${applied.length} change(s) applied, ${notApplied.length} not applied): ${e instanceof Error ? e.message : String(e)}`;
        throw new ProviderError(provider, zone, summary, { cause: e, applied, notApplied });
      }
    },
  }));
}

/** chunkOps + batchCorrections for the common count-only case. */
export function runBatches<T extends BatchOp>(provider: string, zone: string, ops: T[], maxCount: number, send: (chunk: T[]) => Promise<void>): Correction[] {
  return batchCorrections(provider, zone, chunkOps(ops, maxCount), send);
}

/**
 * For APIs without a batch endpoint: one correction per phase (e.g. deletes, then changes, then
 * creates), whose requests run concurrently under the client's limiter. A failure lists every
 * change line that did and did not reach the provider, across all phases.
 */
export function phasedCorrections<T extends BatchOp>(provider: string, zone: string, phases: T[][], send: (op: T) => Promise<void>): Correction[] {
  const done = new Set<T>();
  const all = phases.flat();
  return phases.filter((p) => p.length > 0).map((phase) => ({
    msg: linesOf(phase).join('\n'),
    // One request per operation: progress counts them, not the phase.
    units: phase.length,
    run: async () => {
      const results = await Promise.allSettled(phase.map(async (op) => { await send(op); done.add(op); workDone(); }));
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed.length === 0) return;
      const applied = linesOf(all.filter((o) => done.has(o)));
      const notApplied = linesOf(all.filter((o) => !done.has(o))).filter((l) => !applied.includes(l));
      const first = failed[0]!.reason as unknown;
      const summary = `${failed.length} request(s) failed (${applied.length} change(s) applied, ${notApplied.length} not applied): ${first instanceof Error ? first.message : String(first)}`;
      throw new ProviderError(provider, zone, summary, { cause: first, applied, notApplied });
    },
  }));
}
