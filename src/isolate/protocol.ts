// The messages between dnscode and its isolated config evaluator (src/isolate/child.ts): one JSON document
// per line. The evaluator asks (its requests block it until the answer comes), dnscode answers; the last
// message is the result or the error. Only plain data crosses, and dnscode checks everything it receives.
import type { SourcePos } from '../ir/types.js';
import type { FetchRequest, LoadedFile } from '../dsl/source.js';

/** The first line dnscode sends: what to evaluate. */
export interface Job {
  file: string;
  cwd: string;
  variables: Record<string, string>;
  recordPositions: boolean;
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
  // The result, streamed so that dnscode parses one part while the evaluator serialises the next:
  | { t: 'begin'; registrars: unknown[]; dns_providers: unknown[]; warnings: string[] }
  | { t: 'domain'; domain: Record<string, unknown>; pos: SourcePos | null }
  | { t: 'records'; records: unknown[] }
  | { t: 'end' }
  | { t: 'fail'; error: WireError };

export type Reply = { ok: unknown } | { err: WireError };

/** An error as data. `refusal`: the file/fetch request was refused (the evaluator adds the config line). */
export interface WireError {
  message: string;
  pos?: SourcePos;
  refusal?: boolean;
}

/** Records per 'records' message: small enough to pipeline, large enough to keep messages few. */
export const RECORDS_PER_MESSAGE = 2000;
