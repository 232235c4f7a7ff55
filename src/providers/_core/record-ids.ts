// Providers whose API changes records by id keep, per zone, the ids they read under each record's key.
import { ProviderError } from '../../errors.js';
import type { RecordConfig } from '../../ir/types.js';

/**
 * A function that hands out the id of a record about to change, each id once. It works on a copy of `read`
 * (the ids by key from the zone's last read): a plan may be computed more than once from the same read.
 */
export function idClaimer<Id>(provider: string, zone: string, label: string, read: Map<string, Id[]> | undefined,
  keyOf: (rc: RecordConfig) => string): (rc: RecordConfig) => Id {
  const ids = new Map([...(read ?? [])].map(([k, v]) => [k, [...v]]));
  return (rc) => {
    const id = ids.get(keyOf(rc))?.shift();
    if (id === undefined) throw new ProviderError(provider, zone, `cannot find the ${label} id of ${rc.type} ${rc.name} ${rc.target}`);
    return id;
  };
}
