// Progress of long runs, counted where the work happens: src/run opens a meter around each zone's
// corrections with withWorkMeter (AsyncLocalStorage, like the deadlines), and the HTTP layer deep inside a
// provider reports requests done and its rate limit to whatever meter is open, without any parameter
// threaded through the providers. Outside a meter these calls do nothing.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface WorkMeter {
  /** `units` of work finished (a request answered, a batch written). */
  add(units: number): void;
  /** The provider starts at most this many requests per second: the ETA cannot beat it. */
  rateLimit(perSecond: number): void;
}

const current = new AsyncLocalStorage<WorkMeter>();

export function withWorkMeter<T>(meter: WorkMeter, fn: () => T): T {
  return current.run(meter, fn);
}

export function workDone(units = 1): void {
  current.getStore()?.add(units);
}

export function noteRateLimit(perSecond: number): void {
  if (perSecond > 0 && Number.isFinite(perSecond)) current.getStore()?.rateLimit(perSecond);
}
