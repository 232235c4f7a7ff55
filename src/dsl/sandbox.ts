// The vm context a config runs in: a fresh global with only the DSL, `require`/`require_glob`, `_`
// (underscore, loaded on first use) and, with --allow-fetch, FETCH. Files and FETCH are asked of a
// ConfigSource (src/isolate/ confines them to the config's tree); this module reads no file and opens no
// connection. Everything the config sees is made of the context's own objects (realm.ts). node:vm alone is
// not a security boundary: src/isolate/ runs this whole sandbox in a separate, unprivileged process.
import vm from 'node:vm';
import { ConfigError } from '../errors.js';
import type { SourcePos } from '../ir/types.js';
import { didYouMean } from './did-you-mean.js';
import { findIdentifier as findIdentifierIn, frameLocation, pickThrow, shortName, throwSites } from './error-location.js';
import { NotData, mayBeData, runDataScript } from './data-script.js';
import type { DataScope } from './data-script.js';
import { Realm } from './realm.js';
import type { PositionTracker } from './positions.js';
import { SourceRefusal, toFetchRequest } from './source.js';
import type { ConfigSource, LoadedFile } from './source.js';
import { deepNesting, deepNestingReason, explainV8SyntaxError, isStackOverflow } from './syntax-errors.js';
import type { ExplainedSyntaxError } from './syntax-errors.js';

export interface SandboxOptions {
  cwd: string;
  tracker: PositionTracker;
  source: ConfigSource;
}

/** What toConfigError needs to place and explain an error. */
export interface ErrorContext {
  tracker: PositionTracker;
  source?: ConfigSource;
  /** Names an unknown name may be a misspelling of: the DSL's first (preferred), then the config's globals. */
  names?: () => { dsl: ReadonlySet<string>; all: Iterable<string> };
}

/** Longest error message a config can make us print (a config can throw a gigabyte string). */
export const MAX_MESSAGE = 10_000;

export function capMessage(text: string): string {
  return text.length <= MAX_MESSAGE ? text : `${text.slice(0, MAX_MESSAGE)}… (${text.length - MAX_MESSAGE} more characters cut)`;
}

/** Globals a data-only config may not use: they wait, fetch, or define globals of their own. (require and
 *  require_glob have data versions: runMainAsData.) */
const NOT_DATA: ReadonlySet<string> = new Set(['setTimeout', 'FETCH', 'CLI_DEFAULTS']);

export class Sandbox {
  readonly context: vm.Context;
  readonly realm: Realm;
  private readonly global: Record<string, unknown>;
  private readonly opts: SandboxOptions;
  private readonly pending: Promise<unknown>[] = [];
  private readonly modules = new Map<string, { exports: unknown }>();
  /** The globals installed before the config ran (the DSL, its helpers and -v variables). */
  private dslNames?: ReadonlySet<string>;
  /** The host values behind them, which a data-only config calls directly (runMainAsData). */
  private readonly hostGlobals = new Map<string, unknown>();
  /** Where errors of config code are placed and explained. */
  private readonly errors: ErrorContext;

  constructor(opts: SandboxOptions) {
    this.opts = opts;
    this.errors = {
      tracker: opts.tracker,
      source: opts.source,
      names: () => {
        const all = Object.keys(this.global);
        return { dsl: this.dslNames ?? new Set(all), all };
      },
    };
    // A null-prototype global: `this.constructor` at top level must not find the host's Object.
    this.global = Object.create(null) as Record<string, unknown>;
    this.context = vm.createContext(this.global, { name: 'dnsconfig', codeGeneration: { strings: true, wasm: false } });
    this.realm = new Realm(this.context, () => opts.tracker.caller());
    // `_` is loaded on first use only; the accessor turns itself into a plain global before loading,
    // because underscore's UMD wrapper reads and writes `_` itself.
    Object.defineProperty(this.global, '_', {
      configurable: true,
      enumerable: false,
      get: this.realm.wrap(() => {
        Object.defineProperty(this.global, '_', { value: undefined, writable: true, configurable: true, enumerable: false });
        return this.loadUnderscore();
      }) as () => unknown,
      set: this.realm.wrapRaw((v) => {
        Object.defineProperty(this.global, '_', { value: v, writable: true, configurable: true, enumerable: false });
      }) as (v: unknown) => void,
    });
    this.define({
      require: (p: unknown) => this.require(p),
      require_glob: (p: unknown, recursive?: unknown) => this.requireGlob(p, recursive !== false),
      setTimeout: this.realm.wrapRaw((fn: unknown, ms?: unknown) => {
        const delay = typeof ms === 'number' && ms > 0 ? ms : 0;
        this.track(new Promise<void>((res, rej) => setTimeout(() => {
          try {
            if (typeof fn === 'function') Reflect.apply(fn, undefined, []);
            res();
          } catch (e) {
            rej(e);
          }
        }, delay)));
      }),
      CLI_DEFAULTS: (defaults: unknown) => {
        if (defaults && typeof defaults === 'object') {
          for (const [k, v] of Object.entries(defaults)) if (this.global[k] === undefined) this.global[k] = this.realm.toSandbox(v);
        }
      },
      // Like DNSControl, a failed FETCH is fatal (its FETCH calls PANIC on rejection).
      FETCH: (url: unknown, init?: unknown) => this.fetch(url, init),
    });
  }

  /** Installs globals; host functions and data go through the realm boundary. */
  define(globals: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(globals)) {
      this.global[name] = this.realm.toSandbox(value, name);
      this.hostGlobals.set(name, value);
    }
  }

  /** The config's main file, as the source hands it out. */
  loadMain(file: string): LoadedFile {
    try {
      return this.opts.source.main(file);
    } catch (e) {
      if (e instanceof SourceRefusal) throw new ConfigError(e.message);
      throw e;
    }
  }

  /** Runs the config's main file (loadMain). Returns the exports of ES/TypeScript modules, undefined for plain
   *  scripts. */
  runMain(loaded: LoadedFile): unknown {
    this.dslNames ??= new Set(Object.keys(this.global));
    return this.runLoaded(loaded);
  }

  /**
   * Runs the main file without compiling it when it is only data (data-script.ts): true when it ran. False when
   * it is not data or a call failed; this sandbox has then run part of the config and must be dropped, and the
   * file run in a fresh one with runMain (where V8 reports any error as usual). Files it requires (require,
   * require_glob) must be data too.
   */
  runMainAsData(loaded: LoadedFile): boolean {
    const tracker = this.opts.tracker;
    const realm = this.realm;
    const declared = new Map<string, unknown>();
    const runData = (file: LoadedFile): true => {
      if (file.kind !== 'script' || file.map || !mayBeData(file.code)) throw new NotData(`${file.path} is not a plain script`);
      tracker.addFile(file.path, file.map);
      const outer = tracker.enterData(file.path, file.code);
      try {
        runDataScript(file.code, scope, declared);
      } finally {
        tracker.leaveData(outer);
      }
      return true;
    };
    // require and require_glob as the sandbox's own, each file run as data (a script runs on every require,
    // which returns true).
    const requires: Record<string, (...args: unknown[]) => unknown> = {
      require: (p) => this.require(p, runData),
      require_glob: (p, recursive) => this.requireGlob(p, recursive !== false, runData),
    };
    // The DSL's own host functions, called as the realm's wrappers would call them (each argument a fresh host
    // copy; a returned object copied, as it would be into the context and back), without making a context
    // wrapper for every modifier a record builder returns: no config code ever holds these values.
    const scope: DataScope = {
      global: (name) => {
        if (Object.hasOwn(requires, name)) return { value: requires[name] };
        return !NOT_DATA.has(name) && this.hostGlobals.has(name) ? { value: this.hostGlobals.get(name) } : undefined;
      },
      exists: (name) => Object.hasOwn(this.global, name),
      call: (fn, args, offset) => {
        tracker.dataCall(offset);
        for (let i = 0; i < args.length; i++) args[i] = realm.hostCopy(args[i], 0);
        const r = Reflect.apply(fn, undefined, args);
        return r !== null && typeof r === 'object' ? realm.hostCopy(r, 0) : r;
      },
    };
    try {
      runData(loaded);
      return true;
    } catch {
      return false;
    }
  }

  /** Runs a file (compiled under its real name, so stack frames carry file:line:col). */
  private runLoaded(file: LoadedFile): unknown {
    const cached = this.modules.get(file.path);
    if (cached) return cached.exports;
    this.opts.tracker.addFile(file.path, file.map);
    try {
      if (file.kind === 'module') return this.runModule(file);
      let script: vm.Script;
      try {
        script = new vm.Script(file.code, { filename: file.path });
      } catch (e) {
        throw syntaxError(e, file, this.opts.tracker);
      }
      script.runInContext(this.context);
      return undefined;
    } catch (e) {
      throw toConfigError(this.realm.toHostError(e), this.errors);
    }
  }

  /** A CommonJS-shaped module scope (what the transpiler emits); evaluated once, like an ES module. */
  private runModule(file: LoadedFile): unknown {
    const module = vm.runInContext('({ exports: {} })', this.context) as { exports: unknown };
    this.modules.set(file.path, module);
    let fn: (...args: unknown[]) => unknown;
    try {
      fn = vm.compileFunction(file.code, ['exports', 'require', 'module'], { filename: file.path, parsingContext: this.context }) as typeof fn;
    } catch (e) {
      throw syntaxError(e, file, this.opts.tracker);
    }
    Reflect.apply(fn, undefined, [module.exports, this.realm.wrap((p: unknown) => this.require(p)), module]);
    return module.exports;
  }

  /** Waits for FETCH/setTimeout work the config started (DNSControl drains its event loop the same way).
   *  A failure inside the config's own promise chains (e.g. D() in a .then callback) is an error too. */
  async settle(): Promise<void> {
    if (!this.pending.length) return;
    const lost: unknown[] = [];
    const onUnhandled = (reason: unknown) => { lost.push(reason); };
    process.on('unhandledRejection', onUnhandled);
    try {
      while (this.pending.length) {
        const batch = this.pending.splice(0);
        const results = await Promise.allSettled(batch);
        await new Promise((r) => setImmediate(r));
        const failed = results.find((r) => r.status === 'rejected');
        if (failed) throw toConfigError(this.realm.toHostError((failed as PromiseRejectedResult).reason), this.errors);
        if (lost.length) throw toConfigError(this.realm.toHostError(lost[0]), this.errors, true);
      }
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.pending.push(p);
    return p;
  }

  private error(message: string): ConfigError {
    return new ConfigError(message, this.opts.tracker.caller());
  }

  /** Asks the source; a refusal becomes an error at the config line that asked. */
  private ask<T>(what: string, request: () => T): T {
    try {
      return request();
    } catch (e) {
      if (e instanceof SourceRefusal) throw this.error(`${what}: ${e.message}`);
      throw e;
    }
  }

  /** `run`: how the required file runs (runMainAsData runs it as data). */
  private require(p: unknown, run: (file: LoadedFile) => unknown = (f) => this.runRequired(f)): unknown {
    if (typeof p !== 'string' || p === '') throw this.error('require(path): path must be a non-empty string');
    return run(this.ask(`require("${p}")`, () => this.opts.source.load(p, this.opts.tracker.callerFile())));
  }

  private runRequired(file: LoadedFile): unknown {
    if (file.kind === 'json') return this.realm.parseJson(file.code);
    // DNSControl: a script runs again on every require and require returns true; modules return exports.
    return this.runLoaded(file) ?? true;
  }

  private requireGlob(p: unknown, recursive: boolean, run: (file: LoadedFile) => unknown = (f) => this.runLoaded(f)): void {
    if (typeof p !== 'string') throw this.error('require_glob(dir[, recursive]): dir must be a string');
    const from = this.opts.tracker.callerFile();
    const files = this.ask(`require_glob("${p}")`, () => this.opts.source.glob(p, from, recursive));
    for (const f of files) run(this.ask(`require_glob("${p}")`, () => this.opts.source.load(f, from)));
  }

  private fetch(url: unknown, init: unknown): unknown {
    const at = this.opts.tracker.capture();
    const req = toFetchRequest(url, init);
    const reply = this.opts.source.fetch(req).then((r) => ({
      ok: r.ok, status: r.status, statusText: r.statusText, url: r.url, headers: r.headers,
      text: () => Promise.resolve(r.body),
      json: () => Promise.resolve().then(() => JSON.parse(r.body) as unknown),
    }), (e: unknown) => {
      const why = e instanceof SourceRefusal ? e.message : `FETCH ${req.url} failed: ${(e as Error).message}`;
      throw new ConfigError(capMessage(why), at.resolve());
    });
    return this.track(reply);
  }

  private loadUnderscore(): unknown {
    new vm.Script(this.opts.source.underscore(), { filename: 'underscore.js' }).runInContext(this.context);
    return vm.runInContext('_', this.context);
  }
}

/** V8's SyntaxError for a script or module: placed by its stack ("file:12", the source line, a caret line)
 *  and put in plain words (syntax-errors.ts) from the code V8 compiled. */
function syntaxError(e: unknown, file: LoadedFile, tracker: PositionTracker): ConfigError {
  const err = e as { message?: string; stack?: string };
  let explained: ExplainedSyntaxError;
  if (isStackOverflow(e)) {
    // V8's parser ran out of stack: its error is a RangeError placed in node:vm, not in the file.
    const deep = deepNesting(file.code);
    if (!deep) return new ConfigError(`${tracker.display(file.path)}: syntax error: the code is nested too deeply for V8's parser`);
    explained = { reason: deepNestingReason(deep.depth, "V8's parser"), line: deep.line, column: deep.column };
  } else {
    const placed = explainV8SyntaxError(file.code, e, file.path);
    // Placed by V8 in the file ("file:12" first): anything else has no line in it.
    if (!placed) return new ConfigError(`${tracker.display(file.path)}: syntax error: ${capMessage(err.message ?? String(e))}`);
    explained = placed;
  }
  // A transpiled file (sucrase accepts a few things V8 does not): back to the line as written.
  const pos = file.map ? tracker.original(file.path, explained.line, explained.column)
    : { file: tracker.display(file.path), line: explained.line, column: explained.column };
  return new ConfigError(`syntax error: ${capMessage(explained.reason)}`, pos);
}

/** A property of a thrown value, read defensively: config code can throw anything, including a Proxy. */
function field(e: object, key: 'name' | 'message' | 'stack'): string | undefined {
  try {
    const v = (e as Record<string, unknown>)[key];
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Errors from config code come from another realm (no instanceof): locate them by their stack. A value that
 *  is not an Error (`throw "message"`, which DNSControl configs often do) has no stack: it is placed at the
 *  throw statement that threw it when the config's text tells which one that is. `rejected`: the value
 *  rejected a promise of the config rather than being thrown. */
export function toConfigError(e: unknown, opts: ErrorContext, rejected = false): Error {
  if (e instanceof ConfigError) return e;
  const tracker = opts.tracker;
  const isObject = e !== null && (typeof e === 'object' || typeof e === 'function');
  const message = isObject ? field(e, 'message') : undefined;
  const stack = isObject ? field(e, 'stack') : undefined;
  if (message === undefined) return notAnError(e, opts, rejected);
  const name = field(e as object, 'name');
  let pos;
  // Frame lines only, scanned in linear time: Node may put the failing source line (any length) above them.
  for (const line of (stack ?? '').split('\n', 200)) {
    if (!/^\s+at /.test(line)) continue;
    const at = frameLocation(line);
    if (at && tracker.isUserFile(at.file)) {
      pos = tracker.original(at.file, at.line, at.column);
      break;
    }
  }
  const undef = name === 'ReferenceError' ? message.match(/^(\S+) is not defined$/) : null;
  if (undef && pos && opts.source) pos = findIdentifier(pos, undef[1]!, tracker, opts.source) ?? pos;
  let hint = '';
  if (undef && opts.names) {
    const { dsl, all } = opts.names();
    hint = didYouMean(undef[1]!, all, dsl);
  }
  const msg = undef ? `unknown function or variable ${shortName(undef[1]!)} (not part of the DNSControl DSL)${hint}` : `${name ?? 'Error'}: ${message}`;
  // Without a stack (an object with a message, an Error whose stack was removed): by the throw statements.
  if (stack === undefined) pos = throwSite(e, opts, rejected);
  // No frame in the config's files: still name the config.
  const main = pos ? undefined : tracker.userFiles()[0];
  return new ConfigError(capMessage(main ? `${tracker.display(main)}: ${msg}` : msg), pos);
}

/** A thrown (or rejected) value that is not an Error, in a message: "the config threw "oops"" at the throw
 *  statement, or naming the config when no single statement can have thrown it. */
function notAnError(e: unknown, opts: ErrorContext, rejected: boolean): ConfigError {
  const what = `${rejected ? 'a promise of the config was rejected with' : 'the config threw'} ${describeThrown(e)}`;
  const pos = throwSite(e, opts, rejected);
  if (pos) return new ConfigError(capMessage(what), pos);
  const main = opts.tracker.userFiles()[0];
  return new ConfigError(capMessage(`${main ? `${opts.tracker.display(main)}: ` : ''}${what} (not an Error, so no line is known)`));
}

/** Where a value without a stack was thrown: the throw statement of the config's files that can have thrown
 *  it, when there is one (error-location.ts's pickThrow). */
function throwSite(e: unknown, opts: ErrorContext, rejected: boolean): SourcePos | undefined {
  const tracker = opts.tracker;
  try {
    const sites = tracker.userFiles().flatMap((abs) => {
      const text = opts.source?.text(abs);
      return text === undefined ? [] : throwSites(text).map((s) => ({ ...s, file: abs }));
    });
    const site = pickThrow(sites, e, rejected);
    return site && { file: tracker.display(site.file), line: site.line, column: site.column };
  } catch {
    // A file the source no longer serves: no place.
    return undefined;
  }
}

/** A thrown value that is not an Error, for a message: a string quoted (cut to MAX_MESSAGE), a number or
 *  the like as itself; an object is not looked into (it may be a Proxy). */
function describeThrown(e: unknown): string {
  if (typeof e === 'string') {
    return e.length <= MAX_MESSAGE ? JSON.stringify(e) : `${JSON.stringify(e.slice(0, MAX_MESSAGE))}… (${e.length - MAX_MESSAGE} more characters cut)`;
  }
  if (typeof e === 'bigint') return `${e}n`;
  if (typeof e === 'symbol') return 'a Symbol';
  if (typeof e === 'function') return 'a function';
  if (e !== null && typeof e === 'object') return 'an object that is not an Error';
  return String(e);
}

/**
 * V8 places a ReferenceError inside a call's argument list at the enclosing call, not at the unknown name;
 * look for the name itself from that point on so the message points at what the user has to fix.
 */
function findIdentifier(pos: SourcePos, name: string, tracker: PositionTracker, source: ConfigSource): SourcePos | undefined {
  const text = source.text(tracker.absolute(pos.file));
  if (text === undefined) return undefined;
  const at = findIdentifierIn(text, name, pos);
  return at && { file: pos.file, ...at };
}
