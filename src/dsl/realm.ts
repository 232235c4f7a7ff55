// The boundary between the host (dnscode's own code) and the config's vm context. Every value handed to
// config code is made of the context's own objects: host functions are reached only through context-side
// wrappers, host data is copied, host errors are re-thrown as context errors. Config code therefore never
// holds a host object, whose `constructor` chain would lead to the host's Function and from there to
// `process`. The other direction matters as much: the arguments of every DSL call are copied into host data
// before the DSL sees them, so host code never calls a method config code could have replaced (an
// `Array.prototype.every` that the config swapped would otherwise receive a host callback).
// (Hand-written: the npm membranes are built for other goals and much larger.)
import vm from 'node:vm';
import { ConfigError } from '../errors.js';
import type { SourcePos } from '../ir/types.js';

type Fn = (...args: unknown[]) => unknown;

export class Realm {
  private readonly parse: (text: string) => unknown;
  private readonly blankRecord: (type: string, ttl: number) => Record<string, unknown>;
  private readonly blankDomain: (name: string, registrar: string) => Record<string, unknown>;
  private readonly makeWrapper: (call: (self: unknown, args: ArrayLike<unknown>) => unknown) => Fn;
  private readonly CtxError: ErrorConstructor;
  private readonly CtxPromise: PromiseConstructor;
  /** The DSL's own domain and record objects: they reach DSL calls as themselves, not as copies. */
  private readonly owned = ownedMark();
  /** Context error → the host error it stands for (so the CLI still sees ConfigError with its position). */
  private readonly hostErrors = new WeakMap<object, unknown>();

  /** Where the config's call that is running now is (a refused argument is reported there). */
  private readonly locate: () => SourcePos | undefined;

  constructor(context: vm.Context, locate: () => SourcePos | undefined = () => undefined) {
    this.locate = locate;
    this.parse = vm.runInContext('JSON.parse', context) as typeof this.parse;
    this.blankRecord = vm.runInContext(
      `(function (type, ttl) { return { type: type, name: '', target: '', ttl: ttl, meta: {} }; })`, context) as typeof this.blankRecord;
    this.blankDomain = vm.runInContext(`(function (name, registrar) { return { name: name, subdomain: '', registrar: registrar, meta: {},
      records: [], dnsProviders: {}, defaultTTL: 0, nameservers: [], unmanaged: [], rawrecords: [] }; })`, context) as typeof this.blankDomain;
    this.makeWrapper = vm.runInContext(
      `(function (call) { 'use strict'; return function () { return call(this, arguments); }; })`, context) as typeof this.makeWrapper;
    this.CtxError = vm.runInContext('Error', context) as ErrorConstructor;
    this.CtxPromise = vm.runInContext('Promise', context) as PromiseConstructor;
    // Node formats a context error's stack with that context's Error.prepareStackTrace, handing it call
    // sites that include host frames. Fixed before any config code runs, so a config cannot install one.
    vm.runInContext(`(function (g) {
      Object.defineProperty(Error, 'prepareStackTrace', { value: undefined, writable: false, configurable: false });
      Object.defineProperty(g, 'Error', { value: Error, writable: false, configurable: false, enumerable: false });
    })(this)`, context);
  }

  /** JSON text parsed into context objects (require of .json files). */
  parseJson(text: string): unknown {
    return this.parse(text);
  }

  /** A copy of plain data (JSON-able) made of context objects. */
  data<T>(value: T): T {
    return value === undefined ? value : (this.parse(JSON.stringify(value)) as T);
  }

  /** An empty DSL record (the DSL makes one per record, so it has its own fast path). */
  record(type: string, ttl: number): Record<string, unknown> {
    const r = this.blankRecord(type, ttl);
    this.owned.add(r);
    return r;
  }

  /** An empty DSL domain (one per D(): a copy through JSON was a twentieth of evaluating 10,000 small domains). */
  domain(name: string, registrar: string): Record<string, unknown> {
    const d = this.blankDomain(name, registrar);
    this.owned.add(d);
    return d;
  }

  /** Marks a context object the DSL made (a domain, a record) so that DSL calls receive it itself: a
   *  modifier such as A(...)(d), called from config code, must add to that very domain. */
  own<T extends object>(v: T): T {
    this.owned.add(v);
    return v;
  }

  /** Any host value as something config code may hold. `name`: a function's name in the DSL (for messages). */
  toSandbox(v: unknown, name?: string): unknown {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return v;
    if (typeof v === 'function') return v instanceof Function ? this.wrap(v as Fn, name) : v;
    if (!(v instanceof Object)) return v; // already a context object
    if (v instanceof Promise) {
      return new this.CtxPromise((resolve, reject) => {
        v.then((x) => resolve(this.toSandbox(x)), (e: unknown) => reject(this.toSandboxError(e)));
      });
    }
    if (Array.isArray(v)) {
      const out = this.parse('[]') as unknown[];
      for (const x of v) out.push(this.toSandbox(x));
      return out;
    }
    const out = this.parse('{}') as Record<string, unknown>;
    for (const [k, x] of Object.entries(v)) out[k] = this.toSandbox(x);
    return out;
  }

  /** A context function that calls `fn` with host copies of the config's arguments and hands back a safe
   *  result. Functions among the arguments stay the config's own (the DSL only calls them). */
  wrap(fn: Fn, name = fn.name): Fn {
    return this.makeWrapper((_self, args) => {
      try {
        const n = args.length;
        const copy = new Array<unknown>(n);
        let i = 0;
        try {
          for (; i < n; i++) copy[i] = this.hostCopy(args[i], 0);
        } catch (e) {
          if (!(e instanceof BadArgument)) throw e;
          // Placed at the config's call, as the DSL's own errors are (this frame is just above it).
          throw new ConfigError(`${name ? `${name}(): argument ${i + 1}` : `argument ${i + 1} of a DSL call`} ${e.message}`, this.locate());
        }
        return this.toSandbox(Reflect.apply(fn, undefined, copy));
      } catch (e) {
        throw this.toSandboxError(e);
      }
    });
  }

  /** Like wrap, but the arguments reach `fn` as the config passed them: only for host code that stores
   *  them without calling anything on them (the `_` setter, setTimeout). */
  wrapRaw(fn: Fn): Fn {
    return this.makeWrapper((_self, args) => {
      try {
        return this.toSandbox(Reflect.apply(fn, undefined, args));
      } catch (e) {
        throw this.toSandboxError(e);
      }
    });
  }

  /** Host errors become context errors with the same message; context errors pass unchanged. */
  toSandboxError(e: unknown): unknown {
    if (!(e instanceof Object) || this.hostErrors.has(e)) return e;
    const ctx = new this.CtxError(e instanceof Error ? e.message : String(e));
    this.hostErrors.set(ctx, e);
    return ctx;
  }

  /** The host error a context error stands for, or the error itself. */
  toHostError(e: unknown): unknown {
    return e !== null && typeof e === 'object' && this.hostErrors.has(e) ? this.hostErrors.get(e) : e;
  }

  /**
   * A config value as host data: arrays by index and objects by their own enumerable keys (getters and
   * Proxy traps run, but only ever receive the config's own objects and primitive keys), functions and the
   * DSL's own domains and records kept as they are. No method of the value is called, so no iterator,
   * species or replaced builtin of the config is involved.
   */
  hostCopy(v: unknown, depth: number): unknown {
    if (v === null || typeof v !== 'object' || this.owned.has(v)) {
      // No DSL value is a BigInt or a Symbol (DNSControl's ES5 has neither): refused here, before JSON.stringify
      // or a template string meets one inside the DSL.
      if (typeof v === 'bigint') throw new BadArgument(`${depth ? 'contains' : 'is'} a BigInt (${shortValue(`${v}n`)}), which DSL arguments cannot be (write a number or a string)`);
      if (typeof v === 'symbol') throw new BadArgument(`${depth ? 'contains' : 'is'} a Symbol, which DSL arguments cannot be`);
      return v;
    }
    if (depth > MAX_DEPTH) throw new BadArgument(`is nested more than ${MAX_DEPTH} levels deep (a cycle?)`);
    if (Array.isArray(v)) {
      const n = v.length;
      if (!(n <= MAX_LENGTH)) throw new BadArgument(`${depth ? 'contains' : 'is'} a list of more than ${MAX_LENGTH} items`);
      const out = new Array<unknown>(n);
      for (let i = 0; i < n; i++) out[i] = this.hostCopy(v[i], depth + 1);
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      if (k === '__proto__') continue;
      out[k] = this.hostCopy((v as Record<string, unknown>)[k], depth + 1);
    }
    return out;
  }
}

/**
 * A mark only this Realm can put on an object and read back: a private field added by a base constructor
 * that returns the object it is given (so `new Mark(o)` stamps `o` itself). Config code cannot forge it (it
 * never sees the class), as with a WeakSet, but marking is a property store and checking a property lookup:
 * a WeakSet of a million records was a sixth of evaluating them, and every collection had to walk it. A
 * class per Realm keeps one evaluation's objects from counting as another's.
 */
function ownedMark(): { add(o: object): void; has(o: object): boolean } {
  class Base {
    constructor(o: object) {
      // biome-ignore lint/correctness/noConstructorReturn: the return override is the mechanism (see above)
      return o as Base;
    }
  }
  class Mark extends Base {
    #owned = true;
    static has(o: object): boolean {
      return #owned in o;
    }
  }
  return {
    add: (o) => { if (!Mark.has(o)) new Mark(o); },
    has: (o) => Mark.has(o),
  };
}

/** A DSL argument refused by hostCopy; the message goes on from "argument N". Thrown by host code only. */
class BadArgument extends Error {
  override name = 'BadArgument';
}

/** A value's text for a message, cut to 40 characters. */
function shortValue(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 40)}…`;
}

/** Deepest nesting and longest array a DSL argument may have (a cyclic or absurd value is an error). */
const MAX_DEPTH = 100;
const MAX_LENGTH = 10_000_000;
