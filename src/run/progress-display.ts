// Shows a Progress on stderr once a run has taken PROGRESS_DELAY_MS, so quick runs print nothing extra.
// On a terminal: one live line per task, rewritten in place and erased before any other output is written
// (all output goes through the Io this returns), so it never lands inside the plan's lines. Elsewhere (CI
// logs): a plain "progress:" line per task every PROGRESS_INTERVAL_MS. Never on stdout.
import { styleText } from 'node:util';
import type { Io } from '../_util/io.js';
import { Progress } from './progress.js';

export const PROGRESS_DELAY_MS = 2_000;
export const PROGRESS_INTERVAL_MS = 10_000;
/** How often the live lines are redrawn on a terminal. */
const REFRESH_MS = 250;
/** Live lines at most; the rest are summed up in one more. */
const MAX_LIVE_LINES = 6;

export interface ProgressDisplay {
  progress: Progress;
  /** The run's Io: writes erase the live lines first. */
  io: Io;
  /** Erases the live lines and stops the timers. */
  stop(): void;
}

export interface DisplayOptions {
  /** Plain lines when stderr is no terminal. Off for --format json|markdown: a `2>&1` would mix them into
   *  output meant for a program. */
  plainLines: boolean;
}

/** undefined when nothing is to be shown: no stderr to show it on (library use), or only plain lines
 *  possible and not wanted. */
export function startProgressDisplay(io: Io, o: DisplayOptions): ProgressDisplay | undefined {
  const stderr = io.errStream;
  if (!stderr || (!stderr.live && !o.plainLines)) return undefined;
  const progress = new Progress();
  const delay = envMs(io.env.DNSCODE_PROGRESS_DELAY_MS, PROGRESS_DELAY_MS);
  const every = stderr.live ? REFRESH_MS : envMs(io.env.DNSCODE_PROGRESS_INTERVAL_MS, PROGRESS_INTERVAL_MS);
  const dim = (s: string) => (stderr.color ? styleText('dim', s, { validateStream: false }) : s);
  let shown = false;
  let liveLines = 0;
  // Live lines are drawn below complete lines only: never in the middle of a line someone is writing.
  let atLineStart = true;

  const erase = () => {
    if (liveLines === 0) return;
    // Up to the first live line, then erase to the end of the screen.
    io.err(`\x1b[${liveLines}F\x1b[J`);
    liveLines = 0;
  };
  const draw = () => {
    if (!shown || !atLineStart) return;
    const tasks = progress.active;
    if (!stderr.live) {
      for (const t of tasks) io.err(dim(`progress: ${t.line()}`) + '\n');
      return;
    }
    const width = Math.max(20, stderr.columns() - 1);
    const lines = tasks.slice(0, MAX_LIVE_LINES).map((t) => t.line());
    if (tasks.length > MAX_LIVE_LINES) lines[MAX_LIVE_LINES - 1] = `… and ${tasks.length - MAX_LIVE_LINES + 1} more`;
    // A line wider than the terminal would wrap and the erase would miss its second half.
    const text = lines.map((l) => `${dim(l.length > width ? `${l.slice(0, width - 1)}…` : l)}\n`).join('');
    const before = liveLines ? `\x1b[${liveLines}F\x1b[J` : '';
    liveLines = lines.length;
    if (before || text) io.err(before + text);
  };
  const writer = (write: (t: string) => void) => (t: string) => {
    if (!t) return;
    erase();
    write(t);
    atLineStart = t.endsWith('\n');
    if (stderr.live) draw();
  };

  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    shown = true;
    draw();
    interval = setInterval(draw, every).unref();
  }, delay).unref();

  return {
    progress,
    io: { ...io, out: writer(io.out), err: writer(io.err) },
    stop() {
      clearTimeout(first);
      clearInterval(interval);
      erase();
    },
  };
}

/** A test or a CI job may set the times (DNSCODE_PROGRESS_DELAY_MS, DNSCODE_PROGRESS_INTERVAL_MS). */
function envMs(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : fallback;
}
