// A Plan is a value: what preview shows and push runs, zone by zone in config order.
import type { Correction } from '../providers/types.js';
import type { Change } from '../diff/change.js';
import type { DomainConfig, RecordConfig } from '../ir/types.js';

/** What a provider's corrections were computed from: saved plans (plan/saved) and safety checks (safety/). */
export interface PlanSource {
  /** DNS provider: the desired zone as handed to getCorrections; registrar: the desired domain. */
  dc: DomainConfig;
  /** DNS provider only: the desired zone the diff ran on (before IGNORE/NO_PURGE added live records to it);
   *  a saved plan keeps this, so that push --plan can check its records and diff them again. */
  desired?: DomainConfig;
  /** DNS provider only: the live records read, and the diff's changes and count. */
  existing?: RecordConfig[];
  changes?: Change[];
  actualChangeCount?: number;
  /** DNS provider only: a zone-creation correction ("Ensuring zone ... exists") comes first. */
  ensureZone?: boolean;
}

export interface ProviderPlan {
  role: 'provider' | 'registrar';
  /** The credkey (NewDnsProvider/NewRegistrar name). */
  name: string;
  corrections: Correction[];
  /** Real changes (DNS: the diff's actualChangeCount plus zone creation; registrar: corrections with run). */
  changeCount: number;
  /** Left out by --providers: shown as "(skipping)" with --full, never contacted, not in the report. */
  skipped?: boolean;
  source?: PlanSource;
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

/** Receives what happens; the CLI turns it into text (plan/text.ts). Library code never prints. */
export interface Reporter {
  zone(z: ZonePlan): void;
  provider(z: ZonePlan, p: ProviderPlan): void;
  /** `n` numbers runnable corrections, `info` message-only ones, both from 1 per provider. */
  correction(c: Correction, label: { n: number; info: boolean }): void;
  success(): void;
  failure(error: unknown): void;
  /** The end of a run that did not fail. */
  done(total: number): void;
  /** The end of a push that failed: what was and was not applied, instead of done(). */
  stopped(plan: Plan, result: ApplyResult): void;
}

export interface AppliedCorrection {
  domain: string;
  provider: string;
  msg: string;
}

/** What push did with one runnable correction; one it never ran (push stopped, or push -i skipped it) has none. */
export type CorrectionOutcome = 'applied' | 'failed';

export interface ApplyResult {
  applied: AppliedCorrection[];
  notApplied: AppliedCorrection[];
  /** The first failure (push stops there). */
  error?: unknown;
  /** Push only: the outcome of each correction push ran (the --report of a push says, per correction, which). */
  outcomes?: Map<Correction, CorrectionOutcome>;
}
