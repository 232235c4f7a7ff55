// Where commands write. Commands never touch process.stdout or process.exit themselves.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when ANSI colours may be used (a TTY, no NO_COLOR, no --no-colors). */
  color: boolean;
  /** Working directory that relative paths are resolved against. */
  cwd: string;
  /** Environment for $VAR substitution in creds.json. */
  env: Record<string, string | undefined>;
}

export function processIo(noColors: boolean): Io {
  // `dnscode preview | head` closes the pipe early: stop writing quietly instead of crashing on EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      stream.destroy();
    });
  }
  return {
    out: (t) => { if (!process.stdout.destroyed) process.stdout.write(t); },
    err: (t) => { if (!process.stderr.destroyed) process.stderr.write(t); },
    color: !noColors && !process.env.NO_COLOR && process.stdout.isTTY === true,
    cwd: process.cwd(),
    env: process.env,
  };
}
