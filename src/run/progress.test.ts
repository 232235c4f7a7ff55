import { afterEach, describe, expect, it } from 'vitest';
import { setClock } from '../_util/deadline.js';
import { noteRateLimit, workDone, withWorkMeter } from '../_util/work.js';
import { HttpClient } from '../providers/_http/client.js';
import { phasedCorrections } from '../providers/_http/batches.js';
import type { Plan, Reporter } from '../plan/types.js';
import { executePlan } from './apply.js';
import { duration, Progress, type ProgressTask } from './progress.js';

let t = 0;
const useClock = () => setClock({ now: () => t, timer: () => () => {} });
afterEach(() => setClock());

const quiet: Reporter = { zone() {}, provider() {}, correction() {}, success() {}, failure() {}, done() {}, stopped() {} };

/** Every task the progress starts, kept after it ends. */
function recording(): { progress: Progress; tasks: ProgressTask[] } {
  const progress = new Progress();
  const tasks: ProgressTask[] = [];
  const start = progress.start.bind(progress);
  progress.start = (label, total) => { const task = start(label, total); tasks.push(task); return task; };
  return { progress, tasks };
}

describe('ProgressTask', () => {
  it('counts within the current step only, and a finished step counts whole', () => {
    const task = new Progress().start('x', 5);
    task.step(2);
    task.add(1); task.add(1); task.add(1);
    expect(task.done).toBe(2);
    task.step(3);
    task.stepDone();
    expect(task.done).toBe(5);
  });

  it('rate from the units so far; the ETA never beats the rate limit', () => {
    useClock();
    t = 1000;
    const task = new Progress().start('pushing example.com (do)', 400);
    expect(task.line(t)).toBe('pushing example.com (do)  0/400  -/s  ETA ?');
    task.rateLimit(4);
    expect(task.eta(t)).toBe(100);
    task.advance(100);
    t = 3000; // 50 units/s so far, but the provider allows 4 requests/s
    expect(task.rate(t)).toBe(50);
    expect(task.eta(t)).toBe(75);
    expect(task.line(t)).toBe('pushing example.com (do)  100/400  50/s  ETA 1m15s');
  });

  it('durations', () => {
    expect([duration(0.2), duration(59), duration(61), duration(3725)]).toEqual(['1s', '59s', '1m01s', '1h02m']);
  });
});

describe('counting the work', () => {
  it('the HTTP client reports its rate limit to the open meter', async () => {
    const limits: number[] = [];
    const http = new HttpClient({ provider: 'X', baseUrl: 'http://x', ratePerSecond: 50, fetchImpl: async () => new Response('{}') });
    await withWorkMeter({ add() {}, rateLimit: (r) => limits.push(r) }, () => http.request('GET', '/'));
    await http.request('GET', '/'); // no meter: nothing to tell
    noteRateLimit(3);
    expect(limits).toEqual([50]);
  });

  it('push counts the requests a phased correction carries, and one unit for a plain correction', async () => {
    const { progress, tasks } = recording();
    const seen: number[] = [];
    const phased = phasedCorrections('X', 'example.com', [[{ msgs: ['a'] }, { msgs: ['b'] }, { msgs: ['c'] }]], async () => {
      await new Promise((r) => setTimeout(r, 1));
    });
    const plain = { msg: 'plain', run: async () => { seen.push(progress.active[0]!.done); workDone(5); seen.push(progress.active[0]!.done); } };
    const plan: Plan = { zones: [{ domain: 'example.com', providers: [{ role: 'provider', name: 'do', corrections: [...phased, plain], changeCount: 4 }] }], total: 4 };
    await executePlan(plan, true, quiet, undefined, progress);
    expect(tasks.map((x) => [x.label, x.done, x.total])).toEqual([['pushing example.com (do)', 4, 4]]);
    expect(seen).toEqual([3, 4]); // inside its step, a correction cannot count past its own units
    expect(progress.active).toEqual([]);
  });

  it('preview starts no push tasks', async () => {
    const { progress, tasks } = recording();
    const plan: Plan = { zones: [{ domain: 'example.com', providers: [{ role: 'provider', name: 'do', corrections: [{ msg: 'x', run: async () => {} }], changeCount: 1 }] }], total: 1 };
    await executePlan(plan, false, quiet, undefined, progress);
    expect(tasks).toEqual([]);
  });
});
