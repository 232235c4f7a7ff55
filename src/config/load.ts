// Contract (implemented by the DSL work): find and evaluate the config, or read --ir, then normalise.
// Discovery order without --config: dnsconfig.ts, dnsconfig.mjs, dnsconfig.js (the first that exists).
import fs from 'node:fs';
import path from 'node:path';
import type { DNSConfig, DomainConfig, SourcePos } from '../ir/types.js';
import type { DslOptions } from './options.js';
import type { Io } from '../_util/io.js';
import { codeFrame } from '../_util/code-frame.js';
import { ConfigError, UsageError, ValidationError } from '../errors.js';
import { markIrInput, normalizeConfig } from '../normalize/index.js';
import { parseCredsText } from '../creds/load.js';
import { parseIrJson } from '../ir/shape.js';
import { DEFAULT_EVAL_MAX_MEMORY, DEFAULT_EVAL_TIMEOUT, evaluateIsolated } from '../isolate/evaluate.js';
import type { Locator, SeenDomain } from '../isolate/evaluate.js';
import type { PositionMode } from '../isolate/protocol.js';
import { parsePos } from '../dsl/positions.js';
import { ConfinedSource, configRoot } from '../isolate/files.js';

export interface LoadOptions {
  /** Skip validation/normalisation (print-ir --raw). */
  raw?: boolean;
  /** credkey → TYPE (from creds.json) for providers declared as "-"; read from ./creds.json when absent. */
  credsTypes?: Record<string, string>;
  /** Give every record its source position (`filepos`), as print-ir shows them. Otherwise positions are
   *  found only when there is an error or a warning to place (see loadConfig). */
  positions?: boolean;
  /** Findings the caller makes after loading (provider audits) that name records by position: the config
   *  is evaluated with positions on demand, and whatever positions this reads are found. */
  locate?: (cfg: DNSConfig) => unknown;
  /** Domains as the config declares them, while it is still running (a hint: see SeenDomain). Called by
   *  the first evaluation only. */
  onSeen?: (domains: SeenDomain[]) => void;
  /** The main config file's text as the evaluator got it, while it compiles it (a hint, like onSeen; first
   *  evaluation only). */
  onSource?: (code: string) => void;
}

/** Configs whose records carry their source positions. */
const positioned = new WeakSet<DNSConfig>();
export const hasRecordPositions = (cfg: DNSConfig): boolean => positioned.has(cfg);

/**
 * Provider TYPEs from a plain ./creds.json, so that check can test the capabilities of providers declared
 * without a type. Only a regular, non-executable file is read (no `!command`, nothing is run); values other
 * than TYPE are ignored and never printed. A file that cannot be read simply gives no types.
 */
export function credsTypesFrom(cwd: string): Record<string, string> {
  const file = path.join(cwd, 'creds.json');
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || (st.mode & 0o111) !== 0) return {};
    const creds = parseCredsText(fs.readFileSync(file, 'utf8'), 'creds.json');
    const out: Record<string, string> = { none: 'NONE', bind: 'BIND' };
    for (const [key, entry] of Object.entries(creds)) if (typeof entry?.TYPE === 'string') out[key] = entry.TYPE;
    return out;
  } catch {
    return {};
  }
}

/**
 * Paths a config may never read: the creds file and every file or directory it names (a key file, a
 * `!command`), as written in creds.json before any $VAR expansion. Nothing here is executed.
 */
export function credsPaths(credsOpt: string | undefined, cwd: string): string[] {
  const creds = credsOpt ?? 'creds.json';
  if (creds.startsWith('!')) return namedPaths(creds.slice(1), cwd);
  const file = path.resolve(cwd, creds);
  const out = [file];
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return out;
  }
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(...namedPaths(v.replace(/^!/, ''), cwd));
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  try {
    walk(parseCredsText(text, creds));
  } catch {
    // An unreadable creds.json protects only itself; the push reports it.
  }
  return out;
}

/** The words of a creds value that name an existing file or directory. */
function namedPaths(value: string, cwd: string): string[] {
  const out: string[] = [];
  for (const word of value.split(/\s+/)) {
    if (!word || word.length > 4096 || !/[/\\.]/.test(word)) continue;
    const abs = path.resolve(cwd, word.replace(/^~(?=\/)/, process.env.HOME ?? '~'));
    if (fs.existsSync(abs)) out.push(abs);
  }
  return out;
}

export const CONFIG_CANDIDATES = ['dnsconfig.ts', 'dnsconfig.mjs', 'dnsconfig.js'] as const;

/** The config file to run: --config, else the first candidate present in cwd. */
export function findConfig(opts: DslOptions, cwd: string): string {
  if (opts.config) {
    const abs = path.resolve(cwd, opts.config);
    if (!fs.existsSync(abs)) throw new ConfigError(`config file ${opts.config} not found`);
    return abs;
  }
  for (const c of CONFIG_CANDIDATES) {
    const abs = path.join(cwd, c);
    if (fs.existsSync(abs)) return abs;
  }
  throw new ConfigError(`no config: none of ${CONFIG_CANDIDATES.join(', ')} in ${cwd} (use --config FILE)`);
}

/** -v name=value → { name: "value" }. */
export function parseVariables(list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf('=');
    const name = eq > 0 ? item.slice(0, eq) : '';
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new UsageError(`-v ${item}: expected name=value with a JavaScript identifier as name`);
    out[name] = item.slice(eq + 1);
  }
  return out;
}

function readIr(file: string, cwd: string): DNSConfig {
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read --ir ${file}: ${(e as Error).message}`);
  }
  // Untrusted JSON: its whole structure is checked here, so normalisation only ever sees well-typed IR.
  return markIrInput(parseIrJson(text, file));
}

/**
 * Evaluate dnsconfig.js/.ts/.mjs (or read --ir JSON), then validate and normalise; throws ConfigError or
 * ValidationError. Two passes at most: the first gives records no source position (a
 * stack capture per record is about a quarter of a large config's evaluation); when it has anything to
 * report (an error or a warning), the config is evaluated again and that pass reports, finding the positions
 * its messages name (locatedPass), so every message still names file:line:col. A config with warnings
 * therefore runs twice; one without runs once.
 */
export async function loadConfig(opts: DslOptions, io: Io, load: LoadOptions = {}): Promise<DNSConfig> {
  // The creds file is read for what it names once, not once per pass.
  let deny: string[] | undefined;
  const denied = () => (deny ??= credsPaths((opts as { creds?: string }).creds, io.cwd));
  // The fast pass runs first when it can; the first evaluation, whichever it is, announces the domains.
  const fastPass = !opts.ir && !load.positions && !load.raw && !load.locate;
  if (fastPass) {
    let fast: Pass | undefined;
    try {
      fast = await loadPass(opts, io, load, 'none', denied, load);
    } catch {
      // Said again, with the record's position, by the second pass.
    }
    if (fast && fast.warnings.length === 0 && fast.errors.length === 0) return fast.cfg;
  }
  const pass = await loadPass(opts, io, load, load.positions || load.raw ? 'all' : 'onDemand', denied, fastPass ? undefined : load);
  positioned.add(pass.cfg);
  for (const w of pass.warnings) io.err(`WARNING: ${w}\n`);
  if (pass.errors.length) {
    const n = pass.errors.length;
    throw new ValidationError(`${pass.source}: ${n} error${n === 1 ? '' : 's'}`, pass.errors);
  }
  return pass.cfg;
}

/** A config error at a position gets the code frame of that line, read from the text dnscode itself served
 *  to the evaluator (a position naming any other file gets none). */
function withFrame(e: unknown, files: ConfinedSource, cwd: string): unknown {
  if (!(e instanceof ConfigError) || !e.pos || e.frame) return e;
  const text = files.text(path.resolve(cwd, e.pos.file));
  if (text !== undefined) e.frame = codeFrame(text, e.pos.line, e.pos.column);
  return e;
}

interface Pass {
  cfg: DNSConfig;
  source: string;
  warnings: string[];
  errors: string[];
}

async function loadPass(opts: DslOptions, io: Io, load: LoadOptions, positions: PositionMode, denied: () => string[],
  hints?: Pick<LoadOptions, 'onSeen' | 'onSource'>): Promise<Pass> {
  let cfg: DNSConfig;
  let domainPos: Map<DomainConfig, { resolve(): SourcePos | undefined }> | undefined;
  let source: string;
  const warnings: string[] = [];
  if (opts.ir) {
    cfg = readIr(opts.ir, io.cwd);
    source = opts.ir;
  } else {
    const file = findConfig(opts, io.cwd);
    source = path.relative(io.cwd, file) || file;
    const display = (abs: string) => { const rel = path.relative(io.cwd, abs); return rel.startsWith('..') ? abs : rel; };
    const files = new ConfinedSource({
      cwd: io.cwd, root: configRoot(file, opts.configRoot, io.cwd), deny: denied(),
      allowFetch: !!opts.allowFetch, display,
    });
    const result = await evaluateIsolated(file, {
      cwd: io.cwd, variables: parseVariables(opts.variable), positions, source: files, shown: display(file),
      timeoutSeconds: opts.evalTimeout ?? DEFAULT_EVAL_TIMEOUT, maxMemoryMb: opts.evalMaxMemory ?? DEFAULT_EVAL_MAX_MEMORY,
      onSeen: hints?.onSeen, onSource: hints?.onSource,
    }).catch((e: unknown) => { throw withFrame(e, files, io.cwd); });
    warnings.push(...result.warnings);
    cfg = result.config; // checked by shape in src/isolate, like --ir input
    if (result.located) {
      try {
        return await locatedPass(cfg, result.located, warnings, source, load, io);
      } finally {
        result.located.close();
      }
    }
    domainPos = new Map();
    for (const [i, d] of cfg.domains.entries()) {
      const pos = result.domainPos[i];
      if (pos) domainPos.set(d, { resolve: () => pos });
    }
  }
  if (load.raw) return { cfg, source, warnings, errors: [] };
  const problems = normalizeConfig(cfg, { domainPos, credsTypes: load.credsTypes ?? credsTypesFrom(io.cwd) });
  warnings.push(...problems.warnings);
  return { cfg, source, warnings, errors: problems.errors };
}

/**
 * The pass that places findings. It checks the config once with every record's `filepos` (and each
 * domain's position) noting that it was asked for, asks the evaluator for just those positions, and
 * checks a pristine copy again with them filled in. A position is a lookup linear in the config's size
 * in V8, so finding all of them made a 10,000-domain config with one warning exceed the evaluation
 * deadline; this finds the few a message needs.
 */
async function locatedPass(cfg: DNSConfig, located: Locator, warnings: string[], source: string, load: LoadOptions, io: Io): Promise<Pass> {
  const credsTypes = load.credsTypes ?? credsTypesFrom(io.cwd);
  const pristine = structuredClone(cfg);
  const wants = new Map<string, [number, number]>();
  const want = (d: number, r: number) => { wants.set(`${d}/${r}`, [d, r]); };
  cfg.domains.forEach((dc, d) => dc.records.forEach((rc, r) => {
    Object.defineProperty(rc, 'filepos', {
      configurable: true,
      enumerable: true,
      get() { want(d, r); return undefined; },
      set(value: unknown) { Object.defineProperty(this, 'filepos', { value, configurable: true, enumerable: true, writable: true }); },
    });
  }));
  const asked = new Map(cfg.domains.map((dc, d) => [dc, { resolve: () => { want(d, -1); return undefined; } }] as const));
  const first = normalizeConfig(cfg, { domainPos: asked, credsTypes });
  if (first.errors.length === 0) load.locate?.(cfg);

  const list = [...wants.values()];
  const found = list.length ? await located.locate(list) : [];
  const domainPos = new Map<DomainConfig, { resolve(): SourcePos | undefined }>();
  list.forEach(([d, r], i) => {
    const pos = found[i];
    const dc = pristine.domains[d];
    if (!pos || !dc) return;
    if (r < 0) {
      const at = parsePos(pos);
      domainPos.set(dc, { resolve: () => at });
    } else if (dc.records[r]) {
      dc.records[r].filepos = pos;
    }
  });
  const problems = normalizeConfig(pristine, { domainPos, credsTypes });
  warnings.push(...problems.warnings);
  return { cfg: pristine, source, warnings, errors: problems.errors };
}
