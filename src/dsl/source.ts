// What the sandbox may ask of the outside world: the files a config requires or imports, the files of a
// require_glob, and (with --allow-fetch) a FETCH. The sandbox never touches the file system or the network
// itself; src/isolate/ answers these requests, confined to the config's tree (in-process for tests, over a
// pipe from the isolated evaluator in real runs). Everything that crosses is plain data.

/** A file ready to run: script (top-level declarations become globals), CommonJS-shaped module (what the
 *  TypeScript/ES-module transpiler emits), or JSON data (JSON5 already parsed and re-serialised). */
export interface LoadedFile {
  /** Absolute path: the name stack frames carry, so positions resolve to file:line:col. */
  path: string;
  kind: 'script' | 'module' | 'json';
  /** Code to run, or JSON text for kind "json". */
  code: string;
  /** Source map (JSON) from `code` back to the file as written (transpiled files). */
  map?: string;
}

export interface FetchRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface FetchReply {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** FETCH(url, init) as plain data: method, string headers and a string body are all that cross. Used on
 *  both sides: on the config's values in the sandbox, and again by dnscode on what the evaluator sends. */
export function toFetchRequest(url: unknown, init: unknown): FetchRequest {
  const req: FetchRequest = { url: String(url) };
  if (init && typeof init === 'object') {
    const o = init as Record<string, unknown>;
    if (typeof o.method === 'string') req.method = o.method;
    if (typeof o.body === 'string') req.body = o.body;
    if (o.headers && typeof o.headers === 'object') {
      req.headers = {};
      for (const [k, v] of Object.entries(o.headers)) req.headers[k] = String(v);
    }
  }
  return req;
}

/** Thrown by a ConfigSource when it refuses or cannot serve a request; the sandbox adds the config line. */
export class SourceRefusal extends Error {
  override name = 'SourceRefusal';
}

export interface ConfigSource {
  /** Gets ready to serve `spec` as main() or load() would: loads what only some files need (the transpiler
   *  for TypeScript and ES modules), so that plain configs never pay for it. */
  prepare?(spec: string): Promise<void>;
  /** The config file itself. */
  main(file: string): LoadedFile;
  /** The bytes of a file main() served whose code is its text as read (a plain script), handed out once, so that
   *  the isolated evaluator can be sent them without encoding the text again (35 MB of config: ~0.3 s). */
  takeBytes?(path: string): Buffer | undefined;
  /** `require(spec)` / `import spec` from `fromFile` (undefined when not called from a config file). */
  load(spec: string, fromFile: string | undefined): LoadedFile;
  /** The .js files of `require_glob(spec, recursive)`, sorted. */
  glob(spec: string, fromFile: string | undefined, recursive: boolean): string[];
  /** The text of a config file already loaded (to place an error at the name it is about). */
  text(path: string): string | undefined;
  /** underscore.js, run in the sandbox on first use of `_`. */
  underscore(): string;
  /** FETCH; refused unless the run allows it. */
  fetch(req: FetchRequest): Promise<FetchReply>;
}
