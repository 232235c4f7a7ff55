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

/** A captured call stack; `resolve()` finds (once) the innermost user frame's position. */
export interface LazyPos {
  resolve(): SourcePos | undefined;
}

/** Tracks the config files evaluated so far and finds the innermost user frame of the current call. */
export class PositionTracker {
  private readonly files = new Set<string>();
  /** Transpiled files: generated → original positions. */
  private readonly maps = new Map<string, SourceMap>();
  private readonly cwd: string;
  private readonly recordPositions: boolean;
  /** Set while a file runs as data (data-script.ts): V8's stack has no frame of a file V8 did not compile, so
   *  the reader names the call running now (`at`, an offset into the file) instead. */
  private data?: DataFile;

  /** `recordPositions` false: records get no position (config/load.ts's fast pass; domains still do). */
  constructor(cwd: string, recordPositions = true) {
    this.cwd = cwd;
    this.recordPositions = recordPositions;
  }

  addFile(absPath: string, sourceMap?: string): void {
    this.files.add(absPath);
    if (sourceMap) this.maps.set(absPath, new SourceMap(JSON.parse(sourceMap) as never));
  }

  /** The config files evaluated so far (absolute), the main file first. */
  userFiles(): string[] {
    return [...this.files];
  }

  isUserFile(absPath: string): boolean {
    return this.files.has(absPath);
  }

  /**
   * Records the current stack without looking at it: V8 keeps the raw frames and builds call sites only when
   * `.stack` is first read, which `resolve()` does with a prepareStackTrace that returns them.
   */
  capture(): LazyPos {
    return this.lazy(this.capture);
  }

  /** A record's position: capture(), or undefined when record positions are off. A stack capture per record
   *  is a quarter of a large config's evaluation, and positions only matter when there is something to say. */
  captureRecord(): LazyPos | undefined {
    return this.recordPositions ? this.lazy(this.captureRecord) : undefined;
  }

  /** From now until leaveData(), calls come from `code` (the file at `absPath`), at the offset dataCall() sets.
   *  Returns the data file this one was entered from (a require), which leaveData() makes current again. */
  enterData(absPath: string, code: string): DataFile | undefined {
    const outer = this.data;
    this.data = new DataFile(absPath, code);
    return outer;
  }

  /** The call about to run is at `offset` of the data file (its callee's name, where V8 places a call). */
  dataCall(offset: number): void {
    this.data!.at = offset;
  }

  leaveData(outer: DataFile | undefined): void {
    this.data = outer;
  }

  private lazy(above: (...args: never[]) => unknown, frames = 10): LazyPos {
    const data = this.data;
    if (data) {
      const at = data.at;
      return { resolve: () => this.original(data.file, ...data.lineColumn(at)) };
    }
    const holder: { stack?: unknown } = {};
    // Ten frames (by default) reach the user's call even through builders and helper functions; keeping fewer
    // frames alive per record matters for memory and GC on large configs.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = frames;
    Error.captureStackTrace(holder, above);
    Error.stackTraceLimit = limit;
    let done = false;
    let pos: SourcePos | undefined;
    return {
      resolve: () => {
        if (!done) {
          done = true;
          const site = this.userFrame(readSites(holder));
          pos = site && this.original(site.file, site.line, site.column);
        }
        return pos;
      },
    };
  }

  /** The absolute file of the innermost user frame now (for require's relative paths). */
  callerFile(): string | undefined {
    if (this.data) return this.data.file;
    const holder: { stack?: unknown } = {};
    Error.captureStackTrace(holder, this.callerFile);
    return this.userFrame(readSites(holder))?.file;
  }

  private userFrame(sites: CallSiteLike[]): { file: string; line: number; column: number } | undefined {
    for (const s of sites) {
      const f = s.getFileName();
      if (f && this.files.has(f)) return { file: f, line: s.getLineNumber() ?? 0, column: s.getColumnNumber() ?? 0 };
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

  /** The user's call running now, for a message (an error, a warning): looked for through more frames than
   *  capture() keeps, since a modifier runs deep inside D(); messages are rare, so the depth costs nothing. */
  caller(): SourcePos | undefined {
    return this.lazy(this.caller, 50).resolve();
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

/** A file running as data, and where its lines start (found on the first position asked for, then searched:
 *  syntax-errors.ts's lineColumnOf scans from the start, which over a million records' positions is quadratic). */
export class DataFile {
  readonly file: string;
  private readonly code: string;
  at = 0;
  private starts?: number[];

  constructor(file: string, code: string) {
    this.file = file;
    this.code = code;
  }

  /** 1-based line and column of `offset`, as V8 counts them (a data file has only \n and \r\n breaks). */
  lineColumn(offset: number): [number, number] {
    if (!this.starts) {
      const starts = [0];
      for (let i = this.code.indexOf('\n'); i >= 0; i = this.code.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, offset - starts[lo]! + 1];
  }
}

/** The call sites of a captured stack (formatted now, with a prepareStackTrace that returns them as is). */
function readSites(holder: { stack?: unknown }): CallSiteLike[] {
  const prepare = Error.prepareStackTrace;
  try {
    Error.prepareStackTrace = (_e, sites) => sites;
    const sites = holder.stack;
    return Array.isArray(sites) ? (sites as CallSiteLike[]) : [];
  } finally {
    Error.prepareStackTrace = prepare;
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
