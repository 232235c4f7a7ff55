// Where in the user's config a DSL call came from. The sandboxed scripts are compiled under their real file
// names, so V8 call sites name the file; every record gets "file:line:col" without parsing any text.
// Turning a call site into a line is linear in the script's size in V8, so records keep the call site and
// resolve it only when someone reads the position (an error message, print-ir): evaluation stays linear.
import { SourceMap } from 'node:module';
import path from 'node:path';
import type { SourcePos } from '../ir/types.js';

interface CallSiteLike {
  getFileName(): string | null | undefined;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
}

/** A captured user frame; `resolve()` computes (once) its position. */
export interface LazyPos {
  abs: string;
  resolve(): SourcePos;
}

/** Tracks the config files evaluated so far and finds the innermost user frame of the current call. */
export class PositionTracker {
  private readonly files = new Set<string>();
  /** Transpiled files: generated → original positions. */
  private readonly maps = new Map<string, SourceMap>();
  private readonly cwd: string;

  constructor(cwd: string) {
    this.cwd = cwd;
  }

  addFile(absPath: string, sourceMap?: string): void {
    this.files.add(absPath);
    if (sourceMap) this.maps.set(absPath, new SourceMap(JSON.parse(sourceMap) as never));
  }

  isUserFile(absPath: string): boolean {
    return this.files.has(absPath);
  }

  /** The innermost stack frame that belongs to a user config file, resolved lazily. */
  capture(): LazyPos | undefined {
    for (const s of captureSites()) {
      const f = s.getFileName();
      if (f && this.files.has(f)) {
        let pos: SourcePos | undefined;
        return {
          abs: f,
          resolve: () => (pos ??= this.original(f, s.getLineNumber() ?? 0, s.getColumnNumber() ?? 0)),
        };
      }
    }
    return undefined;
  }

  /** A generated position (1-based) as it is in the file the user wrote. */
  original(abs: string, line: number, column: number): SourcePos {
    const map = this.maps.get(abs);
    const e = map?.findEntry(line - 1, column - 1) as { originalLine?: number; originalColumn?: number } | undefined;
    if (e && e.originalLine !== undefined && e.originalColumn !== undefined) {
      return { file: this.display(abs), line: e.originalLine + 1, column: e.originalColumn + 1 };
    }
    return { file: this.display(abs), line, column };
  }

  caller(): SourcePos | undefined {
    return this.capture()?.resolve();
  }

  absolute(displayed: string): string {
    return path.resolve(this.cwd, displayed);
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

/**
 * Gives `obj` an enumerable `filepos` that resolves on first read and then becomes a plain value,
 * so JSON and spreads see a normal string while untouched records never pay for the lookup.
 */
export function defineLazyFilepos(obj: object, lazy: LazyPos | undefined): void {
  if (!lazy) return;
  Object.defineProperty(obj, 'filepos', {
    configurable: true,
    enumerable: true,
    get() {
      const value = posString(lazy.resolve());
      Object.defineProperty(obj, 'filepos', { value, configurable: true, enumerable: true, writable: true });
      return value;
    },
    set(value: unknown) {
      Object.defineProperty(obj, 'filepos', { value, configurable: true, enumerable: true, writable: true });
    },
  });
}

/** "dnsconfig.js:12:3" back to a SourcePos (for records read from IR JSON or the DSL). */
export function parsePos(filepos: string | undefined): SourcePos | undefined {
  const m = filepos?.match(/^(.*):(\d+):(\d+)$/);
  return m ? { file: m[1]!, line: Number(m[2]), column: Number(m[3]) } : undefined;
}
