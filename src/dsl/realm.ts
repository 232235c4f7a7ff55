// The boundary between the host (dnscode's own code) and the config's vm context. Every value handed to
// config code is made of the context's own objects: host functions are reached only through context-side
// wrappers, host data is copied, host errors are re-thrown as context errors. Config code therefore never
// holds a host object, whose `constructor` chain would lead to the host's Function and from there to
// `process`. (Hand-written: the npm membranes are built for other goals and much larger.)
import vm from 'node:vm';

type Fn = (...args: unknown[]) => unknown;

export class Realm {
  private readonly parse: (text: string) => unknown;
  private readonly blankRecord: (type: string, ttl: number) => Record<string, unknown>;
  private readonly makeWrapper: (call: (self: unknown, args: ArrayLike<unknown>) => unknown) => Fn;
  private readonly CtxError: ErrorConstructor;
  private readonly CtxPromise: PromiseConstructor;
  /** Context error → the host error it stands for (so the CLI still sees ConfigError with its position). */
  private readonly hostErrors = new WeakMap<object, unknown>();

  constructor(context: vm.Context) {
    this.parse = vm.runInContext('JSON.parse', context) as typeof this.parse;
    this.blankRecord = vm.runInContext(
      `(function (type, ttl) { return { type: type, name: '', target: '', ttl: ttl, meta: {} }; })`, context) as typeof this.blankRecord;
    this.makeWrapper = vm.runInContext(
      `(function (call) { 'use strict'; return function () { return call(this, arguments); }; })`, context) as typeof this.makeWrapper;
    this.CtxError = vm.runInContext('Error', context) as ErrorConstructor;
    this.CtxPromise = vm.runInContext('Promise', context) as PromiseConstructor;
  }

  /** A copy of plain data (JSON-able) made of context objects. */
  data<T>(value: T): T {
    return value === undefined ? value : (this.parse(JSON.stringify(value)) as T);
  }

  /** An empty DSL record (the DSL makes one per record, so it has its own fast path). */
  record(type: string, ttl: number): Record<string, unknown> {
    return this.blankRecord(type, ttl);
  }

  /** Any host value as something config code may hold. */
  toSandbox(v: unknown): unknown {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return v;
    if (typeof v === 'function') return v instanceof Function ? this.wrap(v as Fn) : v;
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

  /** A context function that calls `fn` with the config's arguments and hands back a safe result. */
  wrap(fn: Fn): Fn {
    return this.makeWrapper((_self, args) => {
      try {
        // Reflect.apply takes the arguments object as it is: no copy per DSL call.
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
}
