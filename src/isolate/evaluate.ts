// Evaluates a config in a separate, unprivileged process (src/isolate/child.ts) and serves its file and
// FETCH requests through ConfinedSource. The process gets an empty environment, Node's permission model
// (it may read dnscode's own code and nothing else; no child processes, workers, addons or WASI), no code
// generation from strings outside the config's context, a heap limit, a deadline, and on Linux its own
// empty network and PID namespaces. What it sends back is checked as untrusted input. docs/security.md has
// the threat model and why this design was chosen.
import { ConfigError, formatPos } from '../errors.js';
import { checkIrShape } from '../ir/shape.js';
import type { DNSConfig, SourcePos } from '../ir/types.js';
import { capMessage } from '../dsl/sandbox.js';
import { SourceRefusal, toFetchRequest } from '../dsl/source.js';
import type { ConfigSource } from '../dsl/source.js';
import { launch, namespacesWork, takeSpare } from './launch.js';
import { MAX_LOCATE } from './protocol.js';
import type { Job, Locate, PositionMode, Reply, Request, WireError } from './protocol.js';

export interface IsolatedOptions {
  cwd: string;
  variables: Record<string, string>;
  positions: PositionMode;
  /** Serves the evaluator's file and FETCH requests (confined to the config's tree). */
  source: ConfigSource;
  /** --eval-timeout, in seconds. */
  timeoutSeconds: number;
  /** --eval-max-memory, in MB (the evaluator's JavaScript heap). */
  maxMemoryMb: number;
  /** The config as the user named it, for messages. */
  shown: string;
  /** Domains as their D() runs, before the result: a hint from untrusted code (checked for shape only). */
  onSeen?: (domains: SeenDomain[]) => void;
  /** The main file's text, once it has all gone to the evaluator (so that whatever this does, however long,
   *  does not hold up the evaluator's start): while the evaluator compiles it, dnscode's core is free. */
  onSource?: (code: string) => void;
}

/** A domain announced while the config runs: its name as declared ("name!tag") and its DNS providers so far. */
export interface SeenDomain {
  name: string;
  dnsProviders: string[];
}

export interface IsolatedResult {
  config: DNSConfig;
  domainPos: (SourcePos | undefined)[];
  warnings: string[];
  /** positions "onDemand": the evaluator stays up to say where domains and records came from, until close(). */
  located?: Locator;
}

/** Finds positions in the evaluator that produced a result: [domain index, record index or -1 for the
 *  domain], "file:line:col" or undefined (also when the evaluator is gone: a position is a nicety). */
export interface Locator {
  locate(want: [number, number][]): Promise<(string | undefined)[]>;
  close(): void;
}

export const DEFAULT_EVAL_TIMEOUT = 60;
/** How often the evaluation deadline is checked (and how precise it is). */
const DEADLINE_TICK_MS = 100;
export { DEFAULT_EVAL_MAX_MEMORY } from './launch.js';

/** Evaluates `file` in the isolated evaluator. Throws ConfigError for the config's own errors and limits. */
export async function evaluateIsolated(file: string, opts: IsolatedOptions): Promise<IsolatedResult> {
  await opts.source.prepare?.(file);
  if (namespacesWork()) {
    const outcome = await attempt(file, opts, true);
    namespacesWork(outcome !== 'no-namespaces');
    if (outcome !== 'no-namespaces') return outcome;
  }
  return await attempt(file, opts, false) as IsolatedResult;
}

type Outcome = IsolatedResult | 'no-namespaces';

function attempt(file: string, opts: IsolatedOptions, withNamespaces: boolean): Promise<Outcome> {
  const launched = takeSpare(opts.maxMemoryMb, withNamespaces) ?? launch(opts.maxMemoryMb, withNamespaces);
  return new Promise<Outcome>((resolve, reject) => {
    if (!launched) {
      if (withNamespaces) resolve('no-namespaces');
      else reject(new ConfigError(`${opts.shown}: cannot start the config evaluator (dist/isolate/evaluator.mjs: is dnscode built? npm run build)`));
      return;
    }
    const child = launched.child;
    const errText = launched.stderr;
    let settled = false;
    let started = false;
    let timedOut = false;
    let received = 0;
    const maxOutput = opts.maxMemoryMb * 1024 * 1024;
    const chunks: Buffer[] = [];
    const finish = (f: () => void, keepChild = false) => {
      if (settled) return;
      settled = true;
      clearInterval(timer);
      if (!keepChild) child.kill('SIGKILL');
      f();
    };
    /** onDemand: the Locate waiting for its answer (one at a time). */
    let waiting: ((pos: unknown) => void) | undefined;
    const fail = (message: string, pos?: SourcePos) => finish(() => reject(new ConfigError(capMessage(message), pos)));
    // The deadline counts the evaluator's time, not dnscode's: while dnscode's own work keeps its event loop
    // busy (reading zones ahead, src/run/read-ahead.ts), a finished evaluator may be waiting for dnscode to
    // read its result. A tick that comes late measures such a stall, and the deadline moves by as much.
    let deadline = performance.now() + opts.timeoutSeconds * 1000;
    let lastTick = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      deadline += Math.max(0, now - lastTick - DEADLINE_TICK_MS);
      lastTick = now;
      if (now < deadline) return;
      timedOut = true;
      fail(`${opts.shown}: evaluation stopped after --eval-timeout ${opts.timeoutSeconds} s (an endless loop or a FETCH that never ends?)`);
    }, DEADLINE_TICK_MS);

    child.on('error', (e: NodeJS.ErrnoException) => {
      if (withNamespaces && !started) finish(() => resolve('no-namespaces'));
      else fail(`${opts.shown}: cannot start the config evaluator: ${e.message}`);
    });
    child.on('exit', (code, signal) => {
      const stderr = errText.text;
      waiting?.(undefined);
      if (settled) return;
      if (withNamespaces && !started && /^unshare: /m.test(stderr)) { finish(() => resolve('no-namespaces')); return; }
      if (timedOut) return;
      if (/heap out of memory|Reached heap limit|Allocation failed/i.test(stderr) || signal === 'SIGABRT' || signal === 'SIGTRAP') {
        fail(`${opts.shown}: evaluation stopped at --eval-max-memory ${opts.maxMemoryMb} MB (the config used more memory than allowed)`);
        return;
      }
      const tail = stderr.trim().split('\n').slice(-5).join('\n');
      fail(`${opts.shown}: the config evaluator stopped unexpectedly (${signal ?? `exit code ${code}`})${tail ? `: ${tail}` : ''}`);
    });

    const reply = (r: Reply) => { if (!settled) child.stdin!.write(`${JSON.stringify(r)}\n`); };
    /** Handles one message; a promise only for a request, whose answer may need I/O (require, FETCH). */
    const handle = (line: string): Promise<void> | undefined => {
      let msg: Request;
      try {
        msg = JSON.parse(line) as Request;
      } catch {
        fail(`${opts.shown}: the config evaluator sent malformed data`);
        return;
      }
      if (!msg || typeof msg !== 'object') { fail(`${opts.shown}: the config evaluator sent malformed data`); return; }
      if (settled) {
        if (msg.t === 'located') waiting?.(msg.pos);
        return;
      }
      if (msg.t === 'begin' || msg.t === 'domain' || msg.t === 'records' || msg.t === 'end') {
        let done: IsolatedResult;
        try {
          if (!result.add(msg)) return;
          done = result.finish(opts.shown);
        } catch (e) {
          // checkIrShape's ConfigError already names the config and the JSON path.
          fail(e instanceof ConfigError ? e.message : `${opts.shown}: the config evaluator sent a malformed result: ${(e as Error).message}`);
          return;
        }
        if (opts.positions === 'onDemand') {
          done.located = locator(child, opts.timeoutSeconds, (w) => { waiting = w; });
          finish(() => resolve(done), true);
        } else {
          finish(() => resolve(done));
        }
        return;
      }
      if (msg.t === 'seen') {
        if (opts.onSeen) opts.onSeen(checkSeen(msg.domains));
        return;
      }
      if (msg.t === 'fail') {
        const err = checkError(msg.error);
        fail(err.message, err.pos);
        return;
      }
      return serve(msg, opts.source).then(reply);
    };
    const result = new ResultBuilder();
    // Requests are answered one at a time: the evaluator waits for each answer before it asks again. Lines that
    // arrive while one is being answered wait for it; the others (the result, announcements: tens of thousands
    // of lines for a large config) are handled at once, without a promise each.
    let queue: Promise<void> | undefined;
    const failed = (e: unknown) => fail(`${opts.shown}: cannot take the config evaluator's message: ${(e as Error)?.message ?? String(e)}`);
    /** `p` becomes the queue, which empties once it is done and nothing was queued behind it. */
    const enqueue = (p: Promise<void>) => {
      const mine: Promise<void> = p.catch(failed).finally(() => { if (queue === mine) queue = undefined; });
      queue = mine;
    };
    const take = (line: string) => {
      if (queue) { enqueue(queue.then(() => handle(line))); return; }
      let pending: Promise<void> | undefined;
      try {
        pending = handle(line);
      } catch (e) {
        failed(e);
        return;
      }
      if (pending) enqueue(pending);
    };
    child.stdout!.on('data', (d: Buffer) => {
      started = true;
      received += d.length;
      if (received > maxOutput) { fail(`${opts.shown}: the config evaluator sent more than ${opts.maxMemoryMb} MB`); return; }
      let start = 0;
      for (let nl = d.indexOf(10); nl >= 0; nl = d.indexOf(10, start)) {
        let line: string;
        if (chunks.length) {
          chunks.push(d.subarray(start, nl));
          line = Buffer.concat(chunks).toString('utf8');
          chunks.length = 0;
        } else {
          line = d.toString('utf8', start, nl);
        }
        start = nl + 1;
        take(line);
      }
      if (start < d.length) chunks.push(d.subarray(start));
    });

    const job: Job = { file, cwd: opts.cwd, variables: opts.variables, positions: opts.positions, ...(opts.onSeen && { announce: true }) };
    let code: Buffer | undefined;
    let text: string | undefined;
    try {
      const { code: served, ...main } = opts.source.main(file);
      text = served;
      code = opts.source.takeBytes?.(main.path) ?? Buffer.from(served, 'utf8');
      job.main = { ...main, codeBytes: code.length };
    } catch {
      // Refused or unreadable: the evaluator asks for it and reports the refusal with the config's name.
    }
    child.stdin!.write(`${JSON.stringify(job)}\n`);
    if (code) {
      const onSource = opts.onSource;
      child.stdin!.write(code, () => { if (onSource && text !== undefined && !settled) onSource(text); });
    }
  });
}

/** The Locator of an evaluator that has sent its result. Answers are checked as untrusted: anything but a
 *  list of short strings counts as "unknown". */
function locator(child: import('node:child_process').ChildProcess, timeoutSeconds: number, wait: (w: ((pos: unknown) => void) | undefined) => void): Locator {
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    child.stdin!.end();
    child.kill('SIGKILL');
  };
  // An evaluator nobody closes (an error thrown between load and close) must not keep dnscode running.
  child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr]) (s as unknown as { unref?: () => void })?.unref?.();
  let chain: Promise<unknown> = Promise.resolve();
  const ask = (want: [number, number][]) => new Promise<(string | undefined)[]>((resolve) => {
    const none = () => want.map(() => undefined);
    if (closed || child.exitCode !== null || child.signalCode !== null) { resolve(none()); return; }
    const timer = setTimeout(() => { wait(undefined); resolve(none()); }, timeoutSeconds * 1000);
    wait((pos) => {
      clearTimeout(timer);
      wait(undefined);
      const list = Array.isArray(pos) ? pos : [];
      resolve(want.map((_, i) => (typeof list[i] === 'string' && list[i].length < 4096 ? capMessage(list[i]) : undefined)));
    });
    const msg: Locate = { t: 'locate', want };
    child.stdin!.write(`${JSON.stringify(msg)}\n`);
  });
  return {
    locate: (want) => {
      const p = chain.then(() => ask(want.slice(0, MAX_LOCATE)));
      chain = p;
      return p.then((found) => want.map((_, i) => found[i]));
    },
    close,
  };
}

/** Answers one file or FETCH request. Anything unexpected is refused, never trusted. */
async function serve(msg: Request, source: ConfigSource): Promise<Reply> {
  const str = (v: unknown): v is string => typeof v === 'string' && v.length < 65536;
  const from = (v: unknown) => (str(v) ? v : undefined);
  try {
    switch (msg.t) {
      case 'main': if (str(msg.file)) { await source.prepare?.(msg.file); return { ok: source.main(msg.file) }; } break;
      case 'load': if (str(msg.spec)) { await source.prepare?.(msg.spec); return { ok: source.load(msg.spec, from(msg.from)) }; } break;
      case 'glob': if (str(msg.spec)) return { ok: source.glob(msg.spec, from(msg.from), msg.recursive !== false) }; break;
      case 'text': if (str(msg.path)) return { ok: source.text(msg.path) ?? null }; break;
      case 'underscore': return { ok: source.underscore() };
      case 'fetch': if (msg.req && typeof msg.req === 'object' && str(msg.req.url)) return { ok: await source.fetch(toFetchRequest(msg.req.url, msg.req)) }; break;
      default: break;
    }
    return { err: { message: 'refused: not a request dnscode serves', refusal: true } };
  } catch (e) {
    if (e instanceof SourceRefusal) return { err: { message: e.message, refusal: true } };
    if (e instanceof ConfigError) return { err: { message: e.message.slice(formatPos(e.pos).length), pos: e.pos } };
    return { err: { message: `FETCH ${String((msg as { req?: { url?: unknown } }).req?.url ?? '')} failed: ${(e as Error).message}`, refusal: msg.t === 'fetch' } };
  }
}

function checkPos(v: unknown): SourcePos | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const p = v as Record<string, unknown>;
  if (typeof p.file !== 'string' || !Number.isInteger(p.line) || !Number.isInteger(p.column)) return undefined;
  return { file: capMessage(p.file), line: p.line as number, column: p.column as number };
}

/** The well-formed entries of a 'seen' message (names and provider names of sane length); the rest is dropped. */
function checkSeen(v: unknown): SeenDomain[] {
  if (!Array.isArray(v)) return [];
  const ok = (s: unknown): s is string => typeof s === 'string' && s.length > 0 && s.length <= 1024;
  return v.flatMap((e) => (Array.isArray(e) && ok(e[0]) && Array.isArray(e[1]) && e[1].length <= 100 && e[1].every(ok)
    ? [{ name: e[0], dnsProviders: e[1] as string[] }] : []));
}

function checkError(v: unknown): WireError {
  const e = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  return { message: typeof e.message === 'string' ? capMessage(e.message) : 'the config failed', pos: checkPos(e.pos) };
}

/** Assembles the streamed result; finish() checks it as untrusted input (records are then validated by
 *  normalize, like any config's). */
class ResultBuilder {
  private cfg?: DNSConfig;
  private warnings: string[] = [];
  private readonly domainPos: (SourcePos | undefined)[] = [];

  /** Adds one message; true when the result is complete. */
  add(msg: Extract<Request, { t: 'begin' | 'domain' | 'records' | 'end' }>): boolean {
    if (msg.t === 'begin') {
      if (this.cfg) throw new Error('result started twice');
      if (!Array.isArray(msg.warnings) || !msg.warnings.every((w) => typeof w === 'string')) throw new Error('warnings are not text');
      this.cfg = { registrars: msg.registrars, dns_providers: msg.dns_providers, domains: [] } as unknown as DNSConfig;
      this.warnings = msg.warnings.map(capMessage);
      return false;
    }
    const cfg = this.cfg;
    if (!cfg) throw new Error('result without a beginning');
    if (msg.t === 'domain') {
      const d = msg.domain;
      if (!d || typeof d !== 'object' || Array.isArray(d)) throw new Error('a domain that is not an object');
      cfg.domains.push({ ...d, records: [] } as unknown as DNSConfig['domains'][number]);
      this.domainPos.push(checkPos(msg.pos));
      return false;
    }
    if (msg.t === 'records') {
      const d = cfg.domains[cfg.domains.length - 1];
      if (!d || !Array.isArray(msg.records)) throw new Error('records without a domain');
      for (const r of msg.records) d.records.push(r as DNSConfig['domains'][number]['records'][number]);
      return false;
    }
    return true;
  }

  /** The assembled result, checked by shape like --ir input (checkIrShape names the JSON path). */
  finish(source: string): IsolatedResult {
    return { config: checkIrShape(this.cfg!, source), domainPos: this.domainPos, warnings: this.warnings };
  }
}
