// A Plan is a value: what preview shows and push runs, zone by zone in config order.
import type { Correction } from '../providers/types.js';

export interface ProviderPlan {
  role: 'provider' | 'registrar';
  /** The credkey (NewDnsProvider/NewRegistrar name). */
  name: string;
  corrections: Correction[];
  /** Real changes (DNS: the diff's actualChangeCount plus zone creation; registrar: corrections with run). */
  changeCount: number;
  /** Left out by --providers: shown as "(skipping)" with --full, never contacted, not in the report. */
  skipped?: boolean;
}

export interface ZonePlan {
  /** uniquename: "example.com" or "example.com!tag". */
  domain: string;
  providers: ProviderPlan[];
}

export interface Plan {
  zones: ZonePlan[];
  /** Sum of changeCount over every zone and provider. */
  total: number;
}

export function planTotal(zones: ZonePlan[]): number {
  return zones.reduce((n, z) => n + z.providers.reduce((m, p) => m + p.changeCount, 0), 0);
}
