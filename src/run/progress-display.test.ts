import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Io } from '../_util/io.js';
import { PROGRESS_DELAY_MS, PROGRESS_INTERVAL_MS, startProgressDisplay } from './progress-display.js';

const ERASE_ONE = '\x1b[1F\x1b[J';

function fakeIo(errStream: Io['errStream'], env: Record<string, string> = {}) {
  const log: Array<['out' | 'err', string]> = [];
  const io: Io = {
    out: (t) => log.push(['out', t]), err: (t) => log.push(['err', t]), color: false, errStream, cwd: '/', env,
  };
  return { io, log, err: () => log.filter(([s]) => s === 'err').map(([, t]) => t).join('') };
}
const terminal = (columns = 100, color = false) => ({ live: true, color, columns: () => columns });
const pipe = { live: false, color: false, columns: () => 80 };

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('progress display', () => {
  it('shows nothing for a run shorter than the delay', () => {
    for (const stderr of [terminal(), pipe]) {
      const { io, log } = fakeIo(stderr);
      const d = startProgressDisplay(io, { plainLines: true })!;
      d.progress.start('pushing example.com (do)', 10);
      d.io.out('Done.\n');
      vi.advanceTimersByTime(PROGRESS_DELAY_MS - 1);
      d.stop();
      expect(log).toEqual([['out', 'Done.\n']]);
    }
  });

  it('on a terminal: a live line, erased before other output and drawn again below it', () => {
    const { io, log } = fakeIo(terminal());
    const d = startProgressDisplay(io, { plainLines: true })!;
    const task = d.progress.start('pushing example.com (do)', 10);
    vi.advanceTimersByTime(PROGRESS_DELAY_MS);
    expect(log.at(-1)).toEqual(['err', 'pushing example.com (do)  0/10  -/s  ETA ?\n']);
    task.advance(4);
    d.io.out('SUCCESS!\n');
    expect(log.slice(-3)).toEqual([['err', ERASE_ONE], ['out', 'SUCCESS!\n'], ['err', expect.stringMatching(/^pushing example\.com \(do\) {2}4\/10 {2}/)]]);
    d.progress.end(task);
    vi.advanceTimersByTime(250);
    expect(log.at(-1)).toEqual(['err', ERASE_ONE]);
    d.io.out('Done.\n');
    d.stop();
    expect(log.at(-1)).toEqual(['out', 'Done.\n']);
  });

  it('on a terminal: never in the middle of a line, and cut to the terminal width', () => {
    const { io, log } = fakeIo(terminal(30));
    const d = startProgressDisplay(io, { plainLines: true })!;
    d.progress.start('pushing a-long-zone-name.example.com (digitalocean)', 10);
    d.io.out('Run? (y/N): ');
    vi.advanceTimersByTime(PROGRESS_DELAY_MS + 1000);
    expect(log).toEqual([['out', 'Run? (y/N): ']]);
    d.io.out('y\n');
    const line = log.at(-1)![1];
    expect(line).toBe('pushing a-long-zone-name.exa…\n');
    d.stop();
    expect(log.at(-1)).toEqual(['err', ERASE_ONE]);
  });

  it('in colour when stderr may have colours (dim)', () => {
    const { io, err } = fakeIo(terminal(100, true));
    const d = startProgressDisplay(io, { plainLines: true })!;
    d.progress.start('reading zones (do)', 3);
    vi.advanceTimersByTime(PROGRESS_DELAY_MS);
    d.stop();
    expect(err()).toContain('\x1b[2mreading zones (do)');
  });

  it('elsewhere: a plain line per task after the delay, then every interval, never on stdout', () => {
    const { io, log } = fakeIo(pipe);
    const d = startProgressDisplay(io, { plainLines: true })!;
    const task = d.progress.start('reading zones (do)', 3);
    vi.advanceTimersByTime(PROGRESS_DELAY_MS);
    task.advance();
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS - 1);
    expect(log).toEqual([['err', 'progress: reading zones (do)  0/3  -/s  ETA ?\n']]);
    vi.advanceTimersByTime(1);
    expect(log[1]).toEqual(['err', expect.stringMatching(/^progress: reading zones \(do\) {2}1\/3 {2}0\.1\/s {2}ETA 24s\n$/)]);
    d.io.out('Done.\n');
    d.stop();
    expect(log.length).toBe(3);
  });

  it('the times can be set through the environment', () => {
    const { io, log } = fakeIo(pipe, { DNSCODE_PROGRESS_DELAY_MS: '10', DNSCODE_PROGRESS_INTERVAL_MS: '20' });
    const d = startProgressDisplay(io, { plainLines: true })!;
    d.progress.start('reading zones (do)', 3);
    vi.advanceTimersByTime(50);
    d.stop();
    expect(log.length).toBe(3);
  });

  it('not at all for library callers, nor as plain lines when they are not wanted (--format json)', () => {
    expect(startProgressDisplay(fakeIo(undefined).io, { plainLines: true })).toBeUndefined();
    expect(startProgressDisplay(fakeIo(pipe).io, { plainLines: false })).toBeUndefined();
    expect(startProgressDisplay(fakeIo(terminal()).io, { plainLines: false })).toBeDefined();
  });
});
