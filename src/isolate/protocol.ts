// The messages between dnscode and its isolated config evaluator (src/isolate/child.ts): one JSON document
// per line. The evaluator asks (its requests block it until the answer comes), dnscode answers; the last
// message is the result or the error. Only plain data crosses, and dnscode checks everything it receives.
import type { SourcePos } from '../ir/types.js';
import type { FetchRequest, LoadedFile } from '../dsl/source.js';

export type PositionMode = 'none' | 'all' | 'onDemand';

/** The first line dnscode sends: what to evaluate. */
export interface Job {
  file: string;
  cwd: string;
  variables: Record<string, string>;
  /** Source positions of records and domains: none (the fast pass), all of them in the result (print-ir),
   *  or on demand: the result carries none, and after it the evaluator answers `locate` messages until
   *  dnscode closes its stdin (each position is a linear lookup in V8, so only the few that a message
   *  needs are found). */
  positions: PositionMode;
  /** Announce each domain as its D() runs ('seen' messages): dnscode may start reading its zones early. */
  announce?: boolean;
  /** The main file, served with the job so the evaluator need not ask for it (absent when dnscode refused
   *  it: the evaluator then asks and gets the refusal in place). Its code is not in the JSON: `codeBytes`
   *  bytes of UTF-8 follow the line, so a config of megabytes is neither escaped nor scanned. */
  main?: { path: string; kind: LoadedFile['kind']; map?: string; codeBytes: number };
}

export type Request =
  | { t: 'main'; file: string }
  | { t: 'load'; spec: string; from?: string }
  | { t: 'glob'; spec: string; from?: string; recursive: boolean }
  | { t: 'text'; path: string }
  | { t: 'underscore' }
  | { t: 'fetch'; req: FetchRequest }
  // Domains whose D() ran, with their DNS providers so far: [name as declared, providers][]. A hint, not
  // the result (D_EXTEND may still change a domain); it needs no answer.
  | { t: 'seen'; domains: [string, string[]][] }
  // The result, streamed so that dnscode parses one part while the evaluator serialises the next:
  | { t: 'begin'; registrars: unknown[]; dns_providers: unknown[]; warnings: string[] }
  | { t: 'domain'; domain: Record<string, unknown>; pos: SourcePos | null }
  | { t: 'records'; records: unknown[] }
  | { t: 'end' }
  | { t: 'fail'; error: WireError }
  // Answer to a Locate, in its order: "file:line:col", or null when unknown.
  | { t: 'located'; pos: (string | null)[] };

/** After the result (positions "onDemand"), dnscode asks where domains and records came from: [domain index,
 *  record index or -1 for the D() call itself], in the order of the result. */
export interface Locate {
  t: 'locate';
  want: [number, number][];
}

/** Positions one Locate may ask for: each is a lookup linear in the config's size, so a flood of findings
 *  (a warning on every record) still ends in seconds; findings past it are reported without a position. */
export const MAX_LOCATE = 1000;

export type Reply = { ok: unknown } | { err: WireError };

/** An error as data. `refusal`: the file/fetch request was refused (the evaluator adds the config line). */
export interface WireError {
  message: string;
  pos?: SourcePos;
  refusal?: boolean;
}

/** 'seen' batches: at most this many domains, or what this many ms of evaluation declared. */
export const ANNOUNCE_BATCH = 1000;
export const ANNOUNCE_MS = 20;

/** Records per 'records' message: small enough to pipeline, large enough to keep messages few. */
export const RECORDS_PER_MESSAGE = 2000;
