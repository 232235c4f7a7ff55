// What a long preview or push is doing, as counts: per task (reading one provider's zones; pushing one
// provider's corrections to one zone) units done of a total, how fast, and how long is left. Counts and
// text only; progress-display.ts decides when and where they are shown.
import { now } from '../_util/deadline.js';
import type { WorkMeter } from '../_util/work.js';

export class ProgressTask implements WorkMeter {
  readonly label: string;
  readonly total: number;
  readonly started = now();
  #done = 0;
  /** Where the current step ends: ticks from inside a step never count past it. */
  #stepEnd = 0;
  /** Request starts per second the provider allows (its HttpClient's limit). */
  limit?: number;

  constructor(label: string, total: number) {
    this.label = label;
    this.total = total;
  }

  get done(): number { return this.#done; }

  /** The next `units` of work start (one correction, one zone read); add() counts within them. */
  step(units: number): void {
    this.#stepEnd = Math.min(this.total, this.#done + units);
  }

  /** The current step is over, whether or not anything inside it counted: its units are done. */
  stepDone(): void {
    this.#done = Math.max(this.#done, this.#stepEnd);
  }

  /** A step of `units` started and finished (a zone read). */
  advance(units = 1): void {
    this.step(units);
    this.stepDone();
  }

  add(units: number): void {
    this.#done = Math.min(this.#stepEnd, this.#done + units);
  }

  rateLimit(perSecond: number): void {
    this.limit = Math.min(this.limit ?? perSecond, perSecond);
  }

  /** Units per second so far (undefined before the first). */
  rate(at = now()): number | undefined {
    const seconds = (at - this.started) / 1000;
    return this.#done > 0 && seconds > 0 ? this.#done / seconds : undefined;
  }

  /** Seconds left at the rate so far, never faster than the provider's rate limit allows. */
  eta(at = now()): number | undefined {
    const left = this.total - this.#done;
    if (left <= 0) return 0;
    const rate = Math.min(this.rate(at) ?? Number.POSITIVE_INFINITY, this.limit ?? Number.POSITIVE_INFINITY);
    return Number.isFinite(rate) ? left / rate : undefined;
  }

  /** "pushing example.com (do)  120/400  98.0/s  ETA 3s". */
  line(at = now()): string {
    const rate = this.rate(at);
    const eta = this.eta(at);
    return `${this.label}  ${this.#done}/${this.total}  ${rate === undefined ? '-' : rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s` +
      `  ETA ${eta === undefined ? '?' : duration(eta)}`;
  }
}

/** The tasks running now, in the order they started. */
export class Progress {
  readonly #tasks = new Set<ProgressTask>();

  start(label: string, total: number): ProgressTask {
    const t = new ProgressTask(label, total);
    this.#tasks.add(t);
    return t;
  }

  end(task: ProgressTask): void {
    this.#tasks.delete(task);
  }

  get active(): ProgressTask[] {
    return [...this.#tasks];
  }
}

/** 42s, 3m05s, 1h02m. */
export function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
