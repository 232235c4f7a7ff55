// Where commands write. Commands never touch process.stdout or process.exit themselves.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when ANSI colours may be used on stdout (colorWanted). */
  color: boolean;
  /** What stderr is, for progress (src/run/progress-display.ts). Only the CLI sets it, so library callers and
   *  in-process tests never get progress. */
  errStream?: ErrStream;
  /** Working directory that relative paths are resolved against. */
  cwd: string;
  /** Environment for $VAR substitution in creds.json. */
  env: Record<string, string | undefined>;
}

export interface ErrStream {
  /** A terminal that takes cursor movements: progress is a live line there, plain lines elsewhere. */
  live: boolean;
  /** ANSI colours may be used on stderr. */
  color: boolean;
  /** Width of the terminal (lines longer than it would wrap and break the in-place rewrite). */
  columns(): number;
}

/** Colours or not, for one stream. A request for none wins: --no-colors, NO_COLOR (any non-empty value,
 *  no-color.org), FORCE_COLOR=0|false; then FORCE_COLOR (any other value, even empty) forces them on a pipe;
 *  otherwise a terminal gets them unless TERM=dumb. */
export function colorWanted(noColors: boolean, env: Record<string, string | undefined>, tty: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (noColors || (env.NO_COLOR ?? '') !== '' || force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
  return tty && env.TERM !== 'dumb';
}

export function processIo(noColors: boolean): Io {
  // `dnscode preview | head` closes the pipe early: stop writing quietly instead of crashing on EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      stream.destroy();
    });
  }
  const env = process.env;
  const errTty = process.stderr.isTTY === true;
  return {
    out: (t) => { if (!process.stdout.destroyed) process.stdout.write(t); },
    err: (t) => { if (!process.stderr.destroyed) process.stderr.write(t); },
    color: colorWanted(noColors, env, process.stdout.isTTY === true),
    errStream: {
      live: errTty && env.TERM !== 'dumb',
      color: colorWanted(noColors, env, errTty),
      columns: () => process.stderr.columns || 80,
    },
    cwd: process.cwd(),
    env,
  };
}

/** The same Io without colours (--no-colors given after the command name, known only once argv is parsed). */
export function withoutColors(io: Io): Io {
  return { ...io, color: false, errStream: io.errStream && { ...io.errStream, color: false } };
}
