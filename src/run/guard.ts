// What push wraps around a provider's corrections for one zone, for every provider in one place:
// - the zone's overall deadline (creds `zone_timeout`), which starts with the first correction that runs;
// - for providers without a guard of their own (ProviderType.ownConcurrencyGuard: BIND's lock, AXFRDDNS's
//   RFC 2136 prerequisites), a re-read of the zone just before the first write: if the records differ
//   from those the diff was made from, nothing is applied ("zone changed since it was read").
// What remains is the window between that re-read and the provider's write requests (one round trip for
// one-request providers; the whole push for those that write in several requests): docs/concurrency.md.
import { ProviderError } from '../errors.js';
import { now, withZoneDeadline } from '../_util/deadline.js';
import type { RecordConfig } from '../ir/types.js';
import { recordsDigest } from '../plan/saved/plan-file.js';
import type { Correction } from '../providers/types.js';

export interface GuardOptions {
  /** Provider TYPE and credkey, for messages. */
  provider: string;
  zone: string;
  zoneTimeoutMs: number;
  /** The provider waits on no network (ProviderType.offline): no deadline scope. */
  offline?: boolean;
  /** Re-read the zone's records now (absent when the provider guards writes itself). */
  reread?: () => Promise<RecordConfig[]>;
  /** The records the diff was made from. */
  existing?: RecordConfig[];
}

export const ZONE_CHANGED = 'zone changed since it was read';

/** The corrections, each run under the zone's deadline, the first runnable one after the re-read check. */
export function guardCorrections(corrections: Correction[], o: GuardOptions): Correction[] {
  let started: number | undefined;
  let checked = false;
  return corrections.map((c) => {
    if (!c.run) return c;
    const run = c.run;
    return {
      ...c,
      run: () => {
        started ??= now();
        const guarded = async () => {
          if (!checked && o.reread && o.existing) {
            const before = o.existing;
            const after = await o.reread();
            if (recordsDigest(after) !== recordsDigest(before)) {
              throw new ProviderError(o.provider, o.zone, `${ZONE_CHANGED} (${describeDrift(before, after)}); nothing was applied: preview again`);
            }
          }
          checked = true;
          await run();
        };
        return o.offline ? guarded() : withZoneDeadline(o.provider, o.zone, started + o.zoneTimeoutMs - now(), guarded);
      },
    };
  });
}

/** "2 records added, 1 removed since the read (e.g. www A 10.0.0.1)". */
function describeDrift(before: RecordConfig[], after: RecordConfig[]): string {
  const key = (r: RecordConfig) => `${r.name} ${r.type} ${r.target}`;
  const a = new Set(before.map(key));
  const b = new Set(after.map(key));
  const added = [...b].filter((k) => !a.has(k));
  const removed = [...a].filter((k) => !b.has(k));
  const eg = [...added.map((k) => `+ ${k}`), ...removed.map((k) => `- ${k}`)].slice(0, 3);
  if (!added.length && !removed.length) return 'records changed in TTL or details since the read';
  return `${added.length} record(s) added, ${removed.length} removed by someone else since the read${eg.length ? `, e.g. ${eg.join('; ')}` : ''}`;
}
