// Where in the user's config a DSL call came from. V8 call sites of the sandboxed scripts carry the real
// file name (the scripts are compiled with it), so every record gets "file:line:col" without parsing text.
import path from 'node:path';
import type { SourcePos } from '../ir/types.js';

interface CallSiteLike {
  getFileName(): string | null | undefined;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
}

/** Tracks the config files evaluated so far and finds the innermost user frame of the current call. */
export class PositionTracker {
  private readonly files = new Set<string>();
  private readonly cwd: string;

  constructor(cwd: string) {
    this.cwd = cwd;
  }

  addFile(absPath: string): void {
    this.files.add(absPath);
  }

  isUserFile(absPath: string): boolean {
    return this.files.has(absPath);
  }

  /** The innermost stack frame that belongs to a user config file, or undefined. */
  callerSite(): { abs: string; pos: SourcePos } | undefined {
    const sites = captureSites();
    for (const s of sites) {
      const f = s.getFileName();
      if (f && this.files.has(f)) {
        return { abs: f, pos: { file: this.display(f), line: s.getLineNumber() ?? 0, column: s.getColumnNumber() ?? 0 } };
      }
    }
    return undefined;
  }

  caller(): SourcePos | undefined {
    return this.callerSite()?.pos;
  }

  /** Paths in messages are relative to the working directory, like the user typed them. */
  display(absPath: string): string {
    const rel = path.relative(this.cwd, absPath);
    return rel.startsWith('..') ? absPath : rel;
  }
}

function captureSites(): CallSiteLike[] {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 64;
    Error.prepareStackTrace = (_e, sites) => sites;
    const holder: { stack?: unknown } = {};
    Error.captureStackTrace(holder, captureSites);
    return (holder.stack as CallSiteLike[] | undefined) ?? [];
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
}

export function posString(pos: SourcePos | undefined): string | undefined {
  return pos ? `${pos.file}:${pos.line}:${pos.column}` : undefined;
}

/** "dnsconfig.js:12:3" back to a SourcePos (for records read from IR JSON or the DSL). */
export function parsePos(filepos: string | undefined): SourcePos | undefined {
  const m = filepos?.match(/^(.*):(\d+):(\d+)$/);
  return m ? { file: m[1]!, line: Number(m[2]), column: Number(m[3]) } : undefined;
}
