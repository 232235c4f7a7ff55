// Per-provider throttle: at most `concurrency` requests in flight and at most `ratePerSecond` starts
// per second. p-limit gives the concurrency; the token bucket is hand-written because p-limit has no
// rate and the rate libraries on npm (bottleneck) are unmaintained.
import pLimit, { type LimitFunction } from 'p-limit';
import { sleep } from './retry.js';

export interface LimiterOptions {
  concurrency: number;
  /** Requests started per second; 0 or Infinity = no limit. */
  ratePerSecond: number;
}

export class Limiter {
  readonly #limit: LimitFunction;
  readonly #interval: number;
  #nextStart = 0;
  /** Time before which nothing may start (set by Retry-After / exhausted rate-limit headers). */
  #pausedUntil = 0;

  constructor(o: LimiterOptions) {
    this.#limit = pLimit(Math.max(1, o.concurrency));
    this.#interval = o.ratePerSecond > 0 && Number.isFinite(o.ratePerSecond) ? 1000 / o.ratePerSecond : 0;
  }

  /** Everyone waits until `until` (epoch ms): a 429 for one call is a 429 for the whole account. */
  pauseUntil(until: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, until);
  }

  run<T>(fn: () => Promise<T>): Promise<T> {
    return this.#limit(async () => {
      await this.#waitTurn();
      return fn();
    });
  }

  async #waitTurn(): Promise<void> {
    for (;;) {
      const now = Date.now();
      const start = Math.max(now, this.#nextStart, this.#pausedUntil);
      if (start <= now) {
        this.#nextStart = now + this.#interval;
        return;
      }
      await sleep(start - now);
    }
  }
}
