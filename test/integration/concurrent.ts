// Two pushes of different desired states racing on one zone, through preview/push's own path (src/run:
// gather, then apply), each with its own provider instances as two processes would have. Push A reads
// first and, before it writes, waits (up to a second) for B to have read too; B writes after A. The
// invariant the tests check (checkNoLostUpdate): a push that reports success printed exactly the changes
// it made to the zone it found, so B either lists the deletion of what A added, or waits for A, or fails.
import { expect } from 'vitest';
import type { DomainConfig, RecordConfig } from '../../src/ir/types.js';
import type { ProviderType } from '../../src/providers/types.js';
import { executePlan } from '../../src/run/apply.js';
import type { ApplyResult, Reporter } from '../../src/plan/types.js';
import { gatherAll } from '../../src/run/gather.js';
import { ProviderInstances, type DeclaredProviders } from '../../src/run/providers.js';

export interface PushOutcome {
  result: ApplyResult;
  /** The change lines the push printed for its runnable corrections. */
  lines: string[];
}

function declared(type: ProviderType, creds: Record<string, string>, meta: Record<string, unknown>): DeclaredProviders {
  return { dns: new Map([['p', { credkey: 'p', type, creds, meta, excludeFromDefaults: false }]]), registrars: new Map() };
}

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => { resolve = r; });
  return { promise, resolve };
};
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** One preview (`push` false) or push of `dc`, through src/run, printing into `lines`. */
export function runOnce(type: ProviderType, creds: Record<string, string>, meta: Record<string, unknown>, dc: DomainConfig, doPush: boolean): Promise<PushOutcome> {
  return push(type, creds, meta, dc, {}, doPush);
}

async function push(type: ProviderType, creds: Record<string, string>, meta: Record<string, unknown>, dc: DomainConfig,
  hooks: { planned?: () => void; beforeApply?: () => Promise<void> }, doPush = true): Promise<PushOutcome> {
  const d = declared(type, creds, meta);
  const instances = new ProviderInstances(d, { push: doPush });
  const lines: string[] = [];
  const reporter: Reporter = {
    zone() {}, provider() {}, success() {}, failure() {}, done() {}, stopped() {},
    correction(c, l) { if (!l.info) lines.push(...c.msg.split('\n')); },
  };
  try {
    let zones;
    try {
      zones = await gatherAll([{ dc, dns: [{ credkey: 'p', count: -1 }] }], d, instances, { createZonesNow: doPush });
    } catch (error) {
      hooks.planned?.();
      return { result: { applied: [], notApplied: [], error }, lines };
    }
    hooks.planned?.();
    await hooks.beforeApply?.();
    const result = await executePlan({ zones, total: 1 }, doPush, reporter);
    return { result, lines };
  } finally {
    await instances.close();
  }
}

/** A then B, racing as described above. */
export async function race(type: ProviderType, creds: Record<string, string>, meta: Record<string, unknown>,
  a: DomainConfig, b: DomainConfig): Promise<{ a: PushOutcome; b: PushOutcome }> {
  const aPlanned = deferred(), bPlanned = deferred(), aDone = deferred();
  const pa = push(type, creds, meta, a, {
    planned: aPlanned.resolve,
    beforeApply: () => Promise.race([bPlanned.promise, sleep(1000)]),
  }).finally(aDone.resolve);
  await aPlanned.promise;
  const pb = push(type, creds, meta, b, {
    planned: bPlanned.resolve,
    beforeApply: () => Promise.race([aDone.promise, sleep(5000)]),
  });
  return { a: await pa, b: await pb };
}

/** The invariant, for A having added `added` (names) and B's desired state not holding them. */
export function checkNoLostUpdate(out: { a: PushOutcome; b: PushOutcome }, added: string[], final: RecordConfig[]): void {
  expect(out.a.result.error, 'A ran first and nothing stopped it').toBeUndefined();
  const finalNames = new Set(final.map((r) => r.name));
  if (out.b.result.error === undefined) {
    // B succeeded after A: it found A's records, so it printed their deletion.
    for (const name of added) {
      expect(out.b.lines.some((l) => /DELETE/.test(l) && l.includes(` ${name} `)), `B printed the deletion of ${name}:\n${out.b.lines.join('\n')}`).toBe(true);
    }
  } else {
    // B failed: it says why, and A's records are still there.
    expect(String((out.b.result.error as Error).message)).toMatch(/zone changed since it was read|is locked by/);
    for (const name of added) expect(finalNames.has(name.split('.')[0]!) || finalNames.has(name), `${name} is still in the zone`).toBe(true);
  }
}
