// The isolated config evaluator: the entry point of the separate process that runs a config (see
// docs/security.md). It holds no secret (empty environment), reads no file (the Node permission model
// allows only dnscode's own code; config files come from dnscode over stdin), and on Linux has no network.
// It talks to dnscode with blocking reads and writes on its stdin and stdout, so a config's synchronous
// `require` gets its file at once.
import fs from 'node:fs';
import { ConfigError, formatPos } from '../errors.js';
import { evaluateFile } from '../dsl/evaluate.js';
import { capMessage } from '../dsl/sandbox.js';
import { SourceRefusal } from '../dsl/source.js';
import type { ConfigSource, FetchReply, LoadedFile } from '../dsl/source.js';
import { RECORDS_PER_MESSAGE } from './protocol.js';
import type { Job, Reply, Request, WireError } from './protocol.js';

const pause = new Int32Array(new SharedArrayBuffer(4));
let pending = Buffer.alloc(0);

function readLine(): unknown {
  for (;;) {
    const nl = pending.indexOf(10);
    if (nl >= 0) {
      const line = pending.subarray(0, nl).toString('utf8');
      pending = pending.subarray(nl + 1);
      return JSON.parse(line) as unknown;
    }
    const chunk = Buffer.alloc(1 << 20);
    let n: number;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') { Atomics.wait(pause, 0, 0, 1); continue; }
      throw e;
    }
    if (n === 0) process.exit(3); // dnscode went away
    pending = pending.length ? Buffer.concat([pending, chunk.subarray(0, n)]) : chunk.subarray(0, n);
  }
}

function send(msg: Request): void {
  const data = Buffer.from(`${JSON.stringify(msg)}\n`, 'utf8');
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(1, data, off, data.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') { Atomics.wait(pause, 0, 0, 1); continue; }
      throw e;
    }
  }
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

const source: ConfigSource = {
  main: (file) => call({ t: 'main', file }) as LoadedFile,
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

async function run(): Promise<void> {
  const job = readLine() as Job;
  try {
    const r = await evaluateFile(job.file, { cwd: job.cwd, variables: job.variables, recordPositions: job.recordPositions, source });
    const cfg = r.config;
    send({ t: 'begin', registrars: cfg.registrars, dns_providers: cfg.dns_providers, warnings: r.warnings });
    for (const d of cfg.domains) {
      const { records, ...domain } = d;
      send({ t: 'domain', domain, pos: r.domainPos.get(d)?.resolve() ?? null });
      for (let i = 0; i < records.length; i += RECORDS_PER_MESSAGE) send({ t: 'records', records: records.slice(i, i + RECORDS_PER_MESSAGE) });
    }
    send({ t: 'end' });
  } catch (e) {
    send({ t: 'fail', error: wireError(e) });
  }
  process.exit(0);
}

// Nothing outside the config's own context needs the network; a fetch() of this process would be a way out.
for (const name of ['fetch', 'WebSocket', 'EventSource']) Reflect.deleteProperty(globalThis, name);
void run();
