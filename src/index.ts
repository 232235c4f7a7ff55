// dnscode as a library: what the CLI does, for programs. Load a config (evaluated in the same isolated
// evaluator as the CLI's), compute the plan a preview shows, apply it as push does, list the providers, and
// read and write zone files. docs/library.md shows each in use. Nothing here prints: warnings and progress
// go to the callbacks you pass.
import type { Io } from './_util/io.js';
import { loadConfig as load } from './config/load.js';
import { ExitError } from './errors.js';
import type { ApplyResult, Plan, Reporter } from './plan/types.js';
import { executePlan, type Confirm } from './run/apply.js';
import type { PreviewOptions } from './run/options.js';
import { planRun, type PlannedRun } from './run/plan-run.js';
import { checkPlanSafety } from './safety/guard.js';
import { refusalMessage, safetyWarnings } from './safety/limits.js';
import type { DNSConfig } from './ir/types.js';

export { allProviderTypes as providerTypes, getProviderType } from './providers/registry.js';
export { parseZone, type ParseZoneOptions } from './zonefile/parser.js';
export { formatZone, type FormatZoneOptions } from './zonefile/writer.js';
export { ConfigError, ExitError, PlanFileError, ProviderError, UsageError, ValidationError, ZoneParseError } from './errors.js';
export type { SourcePos } from './errors.js';
export type { DNSConfig, DomainConfig, ProviderConfig, RecordConfig } from './ir/types.js';
export type { AppliedCorrection, ApplyResult, Plan, ProviderPlan, Reporter, ZonePlan } from './plan/types.js';
export type { Capability, Correction, DnsProvider, ProviderType, Registrar } from './providers/types.js';

/** Where a config is and how it may be evaluated (the CLI's flags of the same names). */
export interface ConfigOptions {
  /** The config file (default: dnsconfig.ts, .mjs or .js in `cwd`), or `ir` for IR JSON (print-ir's output). */
  config?: string;
  ir?: string;
  /** Relative paths are resolved against this directory (default: process.cwd()). */
  cwd?: string;
  /** -v name=value: globals the config sees, as strings. */
  variables?: Record<string, string>;
  /** --allow-fetch: let the config's FETCH reach the network. */
  allowFetch?: boolean;
  /** --config-root: the directory tree the config may read (default: the config file's directory). */
  configRoot?: string;
  /** --eval-timeout (seconds, default 60) and --eval-max-memory (MB, default 4096). */
  evalTimeout?: number;
  evalMaxMemory?: number;
  /** Receives each warning (otherwise they are dropped). */
  onWarning?: (message: string) => void;
  /** For `$VAR` values in creds.json (default: process.env). */
  env?: Record<string, string | undefined>;
}

/** What a plan is computed for, on top of the config: the creds and the selection (the CLI's flags). */
export interface PlanOptions extends ConfigOptions {
  /** The creds file (default: creds.json in `cwd`). */
  creds?: string;
  /** --domains and --providers filters, as the CLI takes them ("example.com,*.example.net"). */
  domains?: string;
  providers?: string;
  /** Compute the plan to apply it (providers may take locks and create missing zones); default false. */
  forPush?: boolean;
}

/** A plan and the providers that computed it; give it to applyPlan, or close() it when not applying. */
export interface PlannedChanges {
  plan: Plan;
  warnings: string[];
  /** Gives back what providers hold (zone locks). applyPlan calls it. */
  close(): Promise<void>;
  /** @internal */
  readonly run: PlannedRun;
  /** @internal */
  readonly forPush: boolean;
}

export interface ApplyOptions {
  /** Told of each zone, provider and correction as it is applied (the CLI prints from the same calls). */
  reporter?: Partial<Reporter>;
  /** Asked before each correction; false skips it (push -i). */
  confirm?: Confirm;
  /** --force: apply even when a safety limit (max-change) refuses the plan. */
  force?: boolean;
  /** --max-change PERCENT for every provider. */
  maxChange?: number | string;
}

/** Evaluates and validates a config the way `dnscode check` does; throws ConfigError or ValidationError. */
export async function loadConfig(opts: ConfigOptions = {}): Promise<DNSConfig> {
  return await load(dslOptions(opts), io(opts));
}

/** Computes what `dnscode preview` shows: per zone and provider, the corrections. */
export async function computePlan(opts: PlanOptions = {}): Promise<PlannedChanges> {
  const forPush = opts.forPush === true;
  const run = await planRun({ ...dslOptions(opts), creds: opts.creds ?? 'creds.json', domains: opts.domains, providers: opts.providers }, io(opts), forPush);
  return { plan: run.plan, warnings: run.warnings, close: async () => { await run.close?.(); }, run, forPush };
}

/** Applies a plan computed with `forPush: true`, as `dnscode push` does: zone by zone, stopping at the first
 *  failure. The result lists what was and was not applied. Throws ExitError when a safety limit refuses. */
export async function applyPlan(planned: PlannedChanges, opts: ApplyOptions = {}): Promise<ApplyResult> {
  try {
    if (!planned.forPush) throw new ExitError(1, 'applyPlan: compute the plan with computePlan({ forPush: true })');
    const safety = checkPlanSafety(planned.plan, planned.run.declared, { maxChange: opts.maxChange, force: opts.force });
    if (safety.length && !opts.force) throw new ExitError(1, refusalMessage(safety));
    planned.warnings.push(...safetyWarnings(safety, true));
    return await executePlan(planned.plan, true, { ...quietReporter, ...opts.reporter }, opts.confirm);
  } finally {
    await planned.close();
  }
}

const quietReporter: Reporter = {
  zone() {}, provider() {}, correction() {}, success() {}, failure() {}, done() {}, stopped() {},
};

function dslOptions(opts: ConfigOptions): PreviewOptions {
  return {
    config: opts.config, ir: opts.ir, creds: 'creds.json',
    variable: Object.entries(opts.variables ?? {}).map(([k, v]) => `${k}=${v}`),
    allowFetch: opts.allowFetch, configRoot: opts.configRoot, evalTimeout: opts.evalTimeout, evalMaxMemory: opts.evalMaxMemory,
  };
}

function io(opts: ConfigOptions): Io {
  const warn = opts.onWarning ?? (() => {});
  return {
    out: () => {},
    err: (t) => { for (const line of t.split('\n')) if (line.trim()) warn(line.replace(/^WARNING: /, '')); },
    color: false,
    cwd: opts.cwd ?? process.cwd(),
    env: opts.env ?? process.env,
  };
}
