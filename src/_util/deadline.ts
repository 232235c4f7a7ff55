// Deadlines: every wait on the network goes through here. A call's own timeout (creds `timeout`) is cut
// to what is left of its zone's overall deadline (creds `zone_timeout`), which src/run sets around each
// zone's reads and each zone's corrections with withZoneDeadline (AsyncLocalStorage: no parameter has to
// be threaded through the providers). The clock is replaceable, so tests can check a 35 s bound without
// waiting 35 s.
import { AsyncLocalStorage } from 'node:async_hooks';
import { positiveNumber } from './creds-values.js';

export interface Clock {
  now(): number;
  /** Call `fn` after `ms`; returns a function that cancels it. */
  timer(fn: () => void, ms: number): () => void;
}

const realClock: Clock = {
  now: () => Date.now(),
  timer(fn, ms) {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
};
let clock: Clock = realClock;

/** Tests: replace the clock (undefined puts the real one back). */
export function setClock(c?: Clock): void {
  clock = c ?? realClock;
}
export const now = (): number => clock.now();
/** setTimeout through the clock; returns the cancel function. */
export const timer = (fn: () => void, ms: number): (() => void) => clock.timer(fn, ms);

/** Default overall deadline of one zone's reads, and of one zone's corrections (creds `zone_timeout`). */
export const DEFAULT_ZONE_TIMEOUT_MS = 600_000;

interface Scope {
  provider: string;
  zone: string;
  /** Absolute time (clock.now()) the zone must be done by. */
  at: number;
  ms: number;
}
const scopes = new AsyncLocalStorage<Scope>();

/** Run `f` with a deadline `ms` from now for everything it sends (unless an enclosing one is sooner). */
export function withZoneDeadline<T>(provider: string, zone: string, ms: number, f: () => Promise<T>): Promise<T> {
  const outer = scopes.getStore();
  const at = clock.now() + ms;
  if (outer && outer.at <= at) return f();
  return scopes.run({ provider, zone, at, ms }, f);
}

/** The deadline ran out before or during a call. */
export class DeadlineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeadlineError';
  }
}

/** How long one call may wait: its own timeout, cut to what is left of the zone's deadline. `why` says
 *  which of the two it is, for the message when it fires. Throws when the deadline has already passed. */
export function callBudget(timeoutMs: number): { ms: number; why: string } {
  const s = scopes.getStore();
  if (!s) return { ms: timeoutMs, why: `no answer within ${timeoutMs} ms` };
  const left = s.at - clock.now();
  if (left <= 0) throw new DeadlineError(deadlineText(s));
  return left < timeoutMs ? { ms: left, why: deadlineText(s) } : { ms: timeoutMs, why: `no answer within ${timeoutMs} ms` };
}

const deadlineText = (s: Scope) => `the zone's overall deadline (zone_timeout ${s.ms / 1000} s) ran out`;

/** An AbortSignal that fires after the call's budget; `clear` when the call is over. */
export function abortAfter(timeoutMs: number): { signal: AbortSignal; why: string; clear: () => void } {
  const { ms, why } = callBudget(timeoutMs);
  const ctl = new AbortController();
  const cancel = clock.timer(() => ctl.abort(new DeadlineError(why)), ms);
  return { signal: ctl.signal, why, clear: cancel };
}

/** Sleep (retry backoff), never past the zone's deadline: waiting longer than it allows throws at once. */
export function sleep(ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  const s = scopes.getStore();
  if (s && clock.now() + ms > s.at) return Promise.reject(new DeadlineError(deadlineText(s)));
  return new Promise((resolve) => { clock.timer(resolve, ms); });
}

/** `timeout` / `zone_timeout` of a creds.json entry, in ms (seconds there; fractions allowed). */
export function timeoutsFromCreds(creds: Record<string, string>, defaultTimeoutMs: number): { timeoutMs: number; zoneTimeoutMs: number } {
  const secs = (key: string, legacy?: string): number | undefined => {
    const used = creds[key] === undefined && legacy ? legacy : key;
    const v = creds[used];
    if (v === undefined || v === '') return undefined;
    const n = positiveNumber(v);
    if (n === undefined) throw new Error(`creds: ${used} must be a positive number of seconds, got ${JSON.stringify(v)}`);
    return n * 1000;
  };
  return { timeoutMs: secs('timeout', 'http_timeout') ?? defaultTimeoutMs, zoneTimeoutMs: secs('zone_timeout') ?? DEFAULT_ZONE_TIMEOUT_MS };
}

/** The creds keys every network provider accepts (one declaration, spread into each provider's fields). */
export const timeoutCredsFields = (defaultSeconds: number) => [
  { name: 'timeout', advanced: true, kind: 'seconds' as const, help: `seconds to wait for a connection and for each answer (default ${defaultSeconds}); a server that accepts and never answers fails after this` },
  { name: 'zone_timeout', advanced: true, kind: 'seconds' as const, help: `seconds one zone may take in all, reading it and then applying its changes (default ${DEFAULT_ZONE_TIMEOUT_MS / 1000})` },
];
