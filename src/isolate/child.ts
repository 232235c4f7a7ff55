// The isolated config evaluator: the entry point of the separate process that runs a config (see
// docs/security.md). It holds no secret (empty environment), reads no file (the Node permission model
// allows only dnscode's own code; config files come from dnscode over stdin), and on Linux has no network.
// It talks to dnscode with blocking reads on its stdin, so a config's synchronous `require` gets its file at
// once, and writes on its stdout that wait for dnscode only when they must (PipeWriter).
import fs from 'node:fs';
import { ConfigError, formatPos } from '../errors.js';
import { evaluateFile } from '../dsl/evaluate.js';
import { capMessage } from '../dsl/sandbox.js';
import { SourceRefusal } from '../dsl/source.js';
import type { ConfigSource, FetchReply, LoadedFile } from '../dsl/source.js';
import { posString } from '../dsl/positions.js';
import { ANNOUNCE_BATCH, ANNOUNCE_MS, MAX_LOCATE, RECORDS_PER_MESSAGE } from './protocol.js';
import type { Job, Locate, Reply, Request, WireError } from './protocol.js';
import { PipeWriter, whenReady } from './pipe-writer.js';

/** Bytes read after the last complete line. A pipe hands over at most 64 KB per read, so a large reply (a
 *  config file of megabytes) arrives in many pieces: they are kept as a list and joined once, not re-copied
 *  on every read. */
const pending: Buffer[] = [];
const scratch = Buffer.allocUnsafe(1 << 20);

/** Reads what stdin has now into `pending`; returns how many bytes. */
function readMore(): number {
  const n = whenReady(() => fs.readSync(0, scratch, 0, scratch.length, null));
  if (n === 0) process.exit(3); // dnscode went away
  pending.push(Buffer.from(scratch.subarray(0, n)));
  return n;
}

function readLine(): unknown {
  for (;;) {
    const last = pending[pending.length - 1];
    const nl = last ? last.indexOf(10) : -1;
    if (nl >= 0) {
      const line = Buffer.concat([...pending.slice(0, -1), last!.subarray(0, nl)]).toString('utf8');
      const rest = last!.subarray(nl + 1);
      pending.length = 0;
      if (rest.length) pending.push(rest);
      return JSON.parse(line) as unknown;
    }
    readMore();
  }
}

/** Exactly `n` bytes that follow the last line read (the main file's code). */
function readBytes(n: number): Buffer {
  let have = pending.reduce((sum, b) => sum + b.length, 0);
  while (have < n) have += readMore();
  const all = Buffer.concat(pending);
  pending.length = 0;
  if (all.length > n) pending.push(all.subarray(n));
  return all.subarray(0, n);
}

/** Result messages waiting to be written: many small ones (a domain each) go out in one write. */
let queued: string[] = [];
let queuedChars = 0;
const FLUSH_CHARS = 256 * 1024;
/** Results wait for the pipe only past this backlog: the IR is serialised while dnscode is still busy (reading
 *  the zones announced), not a pipe's worth at a time after; a million-record IR still waits (memory). */
const out = new PipeWriter(1, 32 << 20);

/** Sends `msg` (with anything queued before it), or queues it when `later` and the queue is small. Only a
 *  message that is not `later` waits until the pipe has taken everything. */
function send(msg: Request, later = false): void {
  enqueue(msg);
  if (later && queuedChars < FLUSH_CHARS) return;
  flush(!later);
}

/** A hint (a 'seen' announcement): written, after anything queued before it, if the pipe takes it now, else
 *  kept for the next write. The config runs on instead of waiting while dnscode is busy (reading the zones
 *  announced before): waiting had cost a 10,000-zone config a third of its run. */
function offer(msg: Request): void {
  enqueue(msg);
  flush(false);
}

function enqueue(msg: Request): void {
  const line = `${JSON.stringify(msg)}\n`;
  queued.push(line);
  queuedChars += line.length;
}

function flush(wait: boolean): void {
  const data = Buffer.from(queued.join(''), 'utf8');
  queued = [];
  queuedChars = 0;
  out.write(data, wait);
}

function call(req: Request): unknown {
  send(req);
  const reply = readLine() as Reply;
  if ('err' in reply) {
    const err = reply.err;
    throw err.refusal ? new SourceRefusal(err.message) : new ConfigError(err.message, err.pos);
  }
  return reply.ok;
}

/** The main file as it came with the job, handed out once. */
let served: { file: string; loaded: LoadedFile } | undefined;

const source: ConfigSource = {
  main: (file) => {
    const first = served;
    served = undefined;
    return first && first.file === file ? first.loaded : call({ t: 'main', file }) as LoadedFile;
  },
  load: (spec, from) => call({ t: 'load', spec, from }) as LoadedFile,
  glob: (spec, from, recursive) => call({ t: 'glob', spec, from, recursive }) as string[],
  text: (path) => (call({ t: 'text', path }) as string | null) ?? undefined,
  underscore: () => call({ t: 'underscore' }) as string,
  fetch: (req) => {
    try {
      return Promise.resolve(call({ t: 'fetch', req }) as FetchReply);
    } catch (e) {
      return Promise.reject(e as Error);
    }
  },
};

function wireError(e: unknown): WireError {
  if (e instanceof ConfigError) return { message: capMessage(e.message.slice(formatPos(e.pos).length)), pos: e.pos };
  return { message: capMessage(`internal error in the config evaluator: ${(e as Error)?.message ?? String(e)}`) };
}

/** A record's lazy `filepos` (positions.ts's defineLazyFilepos), taken off the record unread, so that
 *  sending the record does not resolve it. */
function takeLazyFilepos(rec: object): () => string | undefined {
  const get = Object.getOwnPropertyDescriptor(rec, 'filepos')?.get;
  if (!get) return () => undefined;
  delete (rec as { filepos?: unknown }).filepos;
  return () => get.call(rec) as string | undefined;
}

/** Answers `locate` messages until dnscode closes stdin (readMore then exits). */
function serveLocate(lazies: (() => string | undefined)[][]): never {
  for (;;) {
    const msg = readLine() as Partial<Locate> | null;
    if (msg?.t !== 'locate' || !Array.isArray(msg.want)) process.exit(0);
    const pos = msg.want.slice(0, MAX_LOCATE).map((w) => {
      const find = Array.isArray(w) ? lazies[Number(w[0])]?.[Number(w[1]) + 1] : undefined;
      try {
        return find?.() ?? null;
      } catch {
        return null;
      }
    });
    send({ t: 'located', pos });
  }
}

/** Domains announced as their D() runs (job.announce), so that dnscode can start reading their zones while
 *  the rest of the config is evaluated: the first at once, then in batches (one write per domain would cost
 *  more than it saves on a config of thousands). */
function announcer(): { onDomain: (name: string, dsps: string[]) => void; flush: () => void } {
  let pending: [string, string[]][] = [];
  let last = 0;
  const flush = () => {
    if (!pending.length) return;
    offer({ t: 'seen', domains: pending });
    pending = [];
    last = performance.now();
  };
  return {
    onDomain: (name, dsps) => {
      pending.push([name, dsps]);
      if (last === 0 || pending.length >= ANNOUNCE_BATCH || performance.now() - last >= ANNOUNCE_MS) flush();
    },
    flush,
  };
}

async function run(): Promise<void> {
  const job = readLine() as Job;
  if (job.main) {
    const { codeBytes, ...rest } = job.main;
    served = { file: job.file, loaded: { ...rest, code: readBytes(codeBytes).toString('utf8') } };
  }
  try {
    const announce = job.announce ? announcer() : undefined;
    const r = await evaluateFile(job.file, { cwd: job.cwd, variables: job.variables, recordPositions: job.positions !== 'none', source,
      onDomain: announce?.onDomain, deferRecords: true });
    announce?.flush();
    const cfg = r.config;
    // onDemand: per domain, [the D() call's position, then each record's], found only when asked for.
    const lazies: (() => string | undefined)[][] = [];
    send({ t: 'begin', registrars: cfg.registrars, dns_providers: cfg.dns_providers, warnings: r.warnings }, true);
    for (const [i, d] of cfg.domains.entries()) {
      const { records: _none, ...domain } = d;
      const at = r.domainPos.get(d);
      const lazy: (() => string | undefined)[] = [() => posString(at?.resolve())];
      if (job.positions === 'onDemand') lazies.push(lazy);
      const pos = job.positions === 'all' ? at?.resolve() ?? null : null;
      send({ t: 'domain', domain, pos }, true);
      // Converted a message at a time (deferRecords): a chunk's IR is garbage once it is sent.
      for (const records of r.recordChunks!(i, RECORDS_PER_MESSAGE)) {
        if (job.positions === 'onDemand') for (const rec of records) lazy.push(takeLazyFilepos(rec));
        send({ t: 'records', records }, true);
      }
    }
    send({ t: 'end' });
    if (job.positions === 'onDemand') serveLocate(lazies);
  } catch (e) {
    send({ t: 'fail', error: wireError(e) });
  }
  process.exit(0);
}

// Nothing outside the config's own context needs the network; a fetch() of this process would be a way out.
for (const name of ['fetch', 'WebSocket', 'EventSource']) Reflect.deleteProperty(globalThis, name);
void run();
