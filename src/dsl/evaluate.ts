// Runs a dnsconfig.js in the sandbox with the DSL installed and returns the IR (not yet normalised).
// In real runs this happens inside the isolated evaluator (src/isolate/child.ts); tests may call it directly.
import { builderFunctions } from './builders/index.js';
import { domainFunctions } from './domain.js';
import { modifierFunctions } from './modifiers.js';
import { PositionTracker } from './positions.js';
import { providerSpecificFunctions } from './providers-specific.js';
import { recordFunctions } from './records.js';
import { reverseName } from './rev.js';
import { Sandbox } from './sandbox.js';
import type { ConfigSource, LoadedFile } from './source.js';
import { dslError, newState, warn } from './state.js';
import type { DslState, RevMode } from './state.js';
import { stateToIR } from './to-ir.js';
import type { DslOutput } from './to-ir.js';

export interface EvaluateOptions {
  cwd: string;
  /** -v name=value globals (strings, as DNSControl sets them). */
  variables?: Record<string, string>;
  /** Files and FETCH: everything the config may ask of the outside world. */
  source: ConfigSource;
  /** Give each record its source position (default true); config/load.ts's fast pass turns it off. */
  recordPositions?: boolean;
  /** Each D() as it runs: its name as declared ("name!tag") and its DNS providers so far. A hint for work
   *  that can start before the config is complete (D_EXTEND may still add to the domain). */
  onDomain?: (name: string, dnsProviders: string[]) => void;
  /** Leave the domains' records out of `config` and convert them on demand (EvaluateResult.recordChunks). */
  deferRecords?: boolean;
  /** Try running the main file as data first (data-script.ts; default true). Tests turn it off to compare. */
  asData?: boolean;
}

export interface EvaluateResult extends DslOutput {
  warnings: string[];
  /** Whether the main file ran as data (data-script.ts) rather than in V8. */
  ranAsData: boolean;
}

function revFunctions(state: DslState): Record<string, unknown> {
  return {
    REV: (cidr: unknown) => {
      if (typeof cidr !== 'string') throw dslError(state, 'REV(cidr): cidr must be a string');
      try {
        const r = reverseName(cidr, state.revMode);
        if (r.warning) warn(state, r.warning);
        return r.name;
      } catch (e) {
        throw dslError(state, (e as Error).message);
      }
    },
    REVCOMPAT: (mode: unknown) => {
      const m = String(mode).toLowerCase();
      if (m !== 'rfc2317' && m !== 'rfc4183') throw dslError(state, 'REVCOMPAT takes "rfc2317" or "rfc4183"');
      state.revMode = m as RevMode;
    },
  };
}

/**
 * Evaluates the config: as data first when the main file may be only data (data-script.ts: no compile), and
 * otherwise, or when that gives up, in V8 in a fresh sandbox (what the data run did is dropped with its own).
 */
export async function evaluateFile(file: string, opts: EvaluateOptions): Promise<EvaluateResult> {
  await opts.source.prepare?.(file);
  let main: LoadedFile | undefined;
  const asData = opts.asData === false ? undefined
    : await evaluateOnce(opts, (sandbox) => sandbox.runMainAsData(main = sandbox.loadMain(file)));
  if (asData) return { ...asData, ranAsData: true };
  const inV8 = await evaluateOnce(opts, (sandbox) => {
    sandbox.runMain(main ?? sandbox.loadMain(file));
    return true;
  });
  return { ...inV8!, ranAsData: false };
}

/** One evaluation in a new sandbox; `run` runs the main file and says whether it did (else undefined). */
async function evaluateOnce(opts: EvaluateOptions, run: (sandbox: Sandbox) => boolean): Promise<Omit<EvaluateResult, 'ranAsData'> | undefined> {
  const tracker = new PositionTracker(opts.cwd, opts.recordPositions ?? true);
  const sandbox = new Sandbox({ cwd: opts.cwd, tracker, source: opts.source });
  const state = newState(tracker, sandbox.realm);
  const onDomain = opts.onDomain;
  if (onDomain) state.onDomain = (d) => onDomain(d.name, Object.keys(d.dnsProviders));
  sandbox.define({
    ...recordFunctions(state),
    ...domainFunctions(state),
    ...modifierFunctions(state),
    ...providerSpecificFunctions(state),
    ...builderFunctions(state),
    ...revFunctions(state),
    ...opts.variables,
  });
  if (!run(sandbox)) return undefined;
  await sandbox.settle();
  return { ...stateToIR(state, opts.deferRecords), warnings: state.warnings };
}
