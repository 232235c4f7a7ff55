// The vm context a config runs in: a fresh global with only the DSL, `require`/`require_glob` (the only file
// access), `_` (underscore, loaded on first use) and, with --allow-fetch, FETCH. No process, no import.
// Everything the config sees is made of the context's own objects (realm.ts), so no host `constructor` chain
// leads back to Node. node:vm is still not a hardened security boundary (no CPU/memory limits): run configs
// you trust, as with DNSControl.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import JSON5 from 'json5';
import { ConfigError } from '../errors.js';
import type { SourcePos } from '../ir/types.js';
import { MODULE_EXTENSIONS, TRANSPILED, transpile } from './transpile.js';
import { Realm } from './realm.js';
import type { PositionTracker } from './positions.js';

const nodeRequire = createRequire(import.meta.url);

export interface SandboxOptions {
  cwd: string;
  tracker: PositionTracker;
  allowFetch?: boolean;
}

export class Sandbox {
  readonly context: vm.Context;
  readonly realm: Realm;
  private readonly global: Record<string, unknown>;
  private readonly opts: SandboxOptions;
  private readonly pending: Promise<unknown>[] = [];
  private readonly modules = new Map<string, { exports: unknown }>();

  constructor(opts: SandboxOptions) {
    this.opts = opts;
    this.global = {};
    this.context = vm.createContext(this.global, { name: 'dnsconfig', codeGeneration: { strings: true, wasm: false } });
    this.realm = new Realm(this.context);
    // `_` is loaded on first use only; the accessor turns itself into a plain global before loading,
    // because underscore's UMD wrapper reads and writes `_` itself.
    Object.defineProperty(this.global, '_', {
      configurable: true,
      enumerable: false,
      get: this.realm.wrap(() => {
        Object.defineProperty(this.global, '_', { value: undefined, writable: true, configurable: true, enumerable: false });
        return this.loadUnderscore();
      }) as () => unknown,
      set: this.realm.wrap((v) => {
        Object.defineProperty(this.global, '_', { value: v, writable: true, configurable: true, enumerable: false });
      }) as (v: unknown) => void,
    });
    this.define({
      require: (p: unknown) => this.require(p),
      require_glob: (p: unknown, recursive?: unknown) => this.requireGlob(p, recursive !== false),
      setTimeout: (fn: unknown, ms?: unknown) => {
        this.track(new Promise<void>((res, rej) => setTimeout(() => {
          try {
            if (typeof fn === 'function') fn();
            res();
          } catch (e) {
            rej(e);
          }
        }, Number(ms) || 0)));
      },
      CLI_DEFAULTS: (defaults: unknown) => {
        if (defaults && typeof defaults === 'object') {
          for (const [k, v] of Object.entries(defaults)) if (this.global[k] === undefined) this.global[k] = v;
        }
      },
      // Like DNSControl, a failed FETCH is fatal (its FETCH calls PANIC on rejection).
      FETCH: (url: unknown, init?: unknown) => {
        if (!this.opts.allowFetch) throw this.error('FETCH is disabled; run with --allow-fetch to enable it');
        const at = this.opts.tracker.capture();
        const response = fetch(String(url), init as RequestInit | undefined).then((r) => ({
          ok: r.ok, status: r.status, statusText: r.statusText, url: r.url, headers: Object.fromEntries(r.headers),
          text: () => r.text(), json: () => r.json(),
        }), (e: unknown) => {
          throw new ConfigError(`FETCH ${String(url)} failed: ${(e as Error).message}`, at.resolve());
        });
        return this.track(response);
      },
    });
  }

  /** Installs globals; host functions and data go through the realm boundary. */
  define(globals: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(globals)) this.global[name] = this.realm.toSandbox(value);
  }

  /** Runs a config file (compiled under its real name, so stack frames carry file:line:col). Returns the
   *  exports of ES/TypeScript modules, undefined for plain scripts. */
  runFile(absPath: string): unknown {
    const cached = this.modules.get(absPath);
    if (cached) return cached.exports;
    let code: string;
    try {
      code = fs.readFileSync(absPath, 'utf8');
    } catch (e) {
      throw new ConfigError(`cannot read ${this.opts.tracker.display(absPath)}: ${(e as Error).message}`);
    }
    let isModule = false;
    let map: string | undefined;
    if (TRANSPILED.test(absPath)) ({ code, isModule, map } = transpile(code, absPath, this.opts.tracker.display(absPath)));
    this.opts.tracker.addFile(absPath, map);
    try {
      if (isModule) return this.runModule(absPath, code);
      let script: vm.Script;
      try {
        script = new vm.Script(code, { filename: absPath });
      } catch (e) {
        throw syntaxError(e, absPath, this.opts.tracker);
      }
      script.runInContext(this.context);
      return undefined;
    } catch (e) {
      throw toConfigError(this.realm.toHostError(e), this.opts.tracker);
    }
  }

  /** A CommonJS-shaped module scope (what the transpiler emits); evaluated once, like an ES module. */
  private runModule(absPath: string, code: string): unknown {
    const module = vm.runInContext('({ exports: {} })', this.context) as { exports: unknown };
    this.modules.set(absPath, module);
    let fn: (...args: unknown[]) => unknown;
    try {
      fn = vm.compileFunction(code, ['exports', 'require', 'module'], { filename: absPath, parsingContext: this.context }) as typeof fn;
    } catch (e) {
      throw syntaxError(e, absPath, this.opts.tracker);
    }
    fn(module.exports, this.realm.wrap((p: unknown) => this.require(p)), module);
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
        if (failed) throw toConfigError(this.realm.toHostError((failed as PromiseRejectedResult).reason), this.opts.tracker);
        if (lost.length) throw toConfigError(this.realm.toHostError(lost[0]), this.opts.tracker);
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

  private resolveFrom(p: string): string {
    // "./x" is relative to the requiring file; anything else to the working directory (DNSControl's rule).
    if (path.isAbsolute(p)) return p;
    if (p.startsWith('.')) {
      const file = this.opts.tracker.callerFile();
      return path.resolve(file ? path.dirname(file) : this.opts.cwd, p);
    }
    return path.resolve(this.opts.cwd, p);
  }

  private require(p: unknown): unknown {
    if (typeof p !== 'string' || p === '') throw this.error('require(path): path must be a non-empty string');
    const abs = resolveExtension(this.resolveFrom(p));
    if (!fs.existsSync(abs)) throw this.error(`require("${p}"): no such file ${this.opts.tracker.display(abs)}`);
    if (/\.json5?$/i.test(abs)) {
      let data: unknown;
      try {
        data = JSON5.parse(fs.readFileSync(abs, 'utf8'));
      } catch (e) {
        throw this.error(`require("${p}"): ${(e as Error).message}`);
      }
      // Rebuild the value inside the sandbox so it has the sandbox's prototypes.
      return vm.runInContext(`(${JSON.stringify(data) ?? 'undefined'})`, this.context);
    }
    // DNSControl: a script runs again on every require and require returns true; modules return exports.
    return this.runFile(abs) ?? true;
  }

  private requireGlob(p: unknown, recursive: boolean): void {
    if (typeof p !== 'string') throw this.error('require_glob(dir[, recursive]): dir must be a string');
    const dir = this.resolveFrom(p);
    if (!fs.existsSync(dir)) throw this.error(`require_glob("${p}"): no such directory ${this.opts.tracker.display(dir)}`);
    const files = (fs.readdirSync(dir, { recursive, withFileTypes: true }) as fs.Dirent[])
      .filter((e) => e.isFile() && e.name.endsWith('.js'))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    for (const f of files) this.runFile(f);
  }

  private loadUnderscore(): unknown {
    const file = nodeRequire.resolve('underscore/underscore-umd-min.js');
    new vm.Script(fs.readFileSync(file, 'utf8'), { filename: 'underscore.js' }).runInContext(this.context);
    return vm.runInContext('_', this.context);
  }
}

/** "file:12" + the caret line of V8's SyntaxError stack → ConfigError at file:line:col. */
function syntaxError(e: unknown, absPath: string, tracker: PositionTracker): ConfigError {
  const err = e as { message?: string; stack?: string };
  const lines = (err.stack ?? '').split('\n');
  const m = lines[0]?.match(/:(\d+)$/);
  const caret = lines[2]?.indexOf('^') ?? -1;
  const pos = { file: tracker.display(absPath), line: m ? Number(m[1]) : 0, column: caret >= 0 ? caret + 1 : 1 };
  return new ConfigError(`syntax error: ${err.message ?? String(e)}`, pos);
}

/** Errors from config code come from another realm (no instanceof): locate them by their stack. */
export function toConfigError(e: unknown, tracker: PositionTracker): Error {
  if (e instanceof ConfigError) return e;
  const err = e as { name?: string; message?: string; stack?: string };
  if (typeof err !== 'object' || err === null || typeof err.message !== 'string') {
    // DNSControl configs often `throw "message"`.
    return new ConfigError(String(e));
  }
  let pos;
  for (const line of (err.stack ?? '').split('\n').slice(1)) {
    const m = line.match(/\(?([^()\s]+):(\d+):(\d+)\)?$/);
    if (m && tracker.isUserFile(m[1]!)) {
      pos = tracker.original(m[1]!, Number(m[2]), Number(m[3]));
      break;
    }
  }
  const undef = err.name === 'ReferenceError' ? err.message.match(/^(\S+) is not defined$/) : null;
  if (undef && pos) pos = findIdentifier(pos, undef[1]!, tracker) ?? pos;
  const msg = undef ? `unknown function or variable ${undef[1]} (not part of the DNSControl DSL)` : `${err.name ?? 'Error'}: ${err.message}`;
  return new ConfigError(msg, pos);
}

/**
 * V8 places a ReferenceError inside a call's argument list at the enclosing call, not at the unknown name;
 * look for the name itself from that point on so the message points at what the user has to fix.
 */
function findIdentifier(pos: SourcePos, name: string, tracker: PositionTracker): SourcePos | undefined {
  let text: string;
  try {
    text = fs.readFileSync(tracker.absolute(pos.file), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const word = new RegExp(`(?<![\\w$.])${name.replace(/[$]/g, '\\$')}(?![\\w$])`);
  for (let i = pos.line - 1; i < lines.length; i++) {
    const line = i === pos.line - 1 ? lines[i]!.slice(0, pos.column - 1).replace(/./g, ' ') + lines[i]!.slice(pos.column - 1) : lines[i]!;
    const m = word.exec(line);
    if (m) return { file: pos.file, line: i + 1, column: m.index + 1 };
  }
  return undefined;
}

/** `import "./lib"` → lib.ts, lib.js, ... or lib/index.ts (TypeScript's resolution for relative paths). */
function resolveExtension(abs: string): string {
  if (fs.existsSync(abs) && fs.statSync(abs).isFile()) return abs;
  for (const ext of MODULE_EXTENSIONS) if (fs.existsSync(abs + ext)) return abs + ext;
  for (const ext of MODULE_EXTENSIONS) if (fs.existsSync(path.join(abs, `index${ext}`))) return path.join(abs, `index${ext}`);
  // TypeScript's convention for ES modules: `import "./mail.js"` names the source file mail.ts.
  const ts = abs.replace(/\.js$/, '.ts').replace(/\.mjs$/, '.mts');
  if (ts !== abs && fs.existsSync(ts)) return ts;
  return abs;
}
