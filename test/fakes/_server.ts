// Shared plumbing for the fake API servers: a real node:http server, request counting, auth, and a
// fault mode that fails a chosen share of calls *before* they touch state (as an edge/load balancer
// 429 or 500 does), so a retried write never duplicates anything.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
  /** The body as received (binary requests: DNS messages POSTed to a DoH responder). */
  rawBody: Buffer;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings and bytes (Uint8Array) as they are. */
  body?: unknown;
}

export interface FaultMode {
  /** Share of calls that fail, 0..1. */
  rate: number;
  /** Statuses to fail with, picked in turn. */
  statuses: number[];
  /** Retry-After seconds sent with a 429 (omitted when undefined). */
  retryAfter?: number;
  /** Only requests after this many (in stats.requests) can fail: "healthy, then down". */
  after?: number;
  /** Only requests this accepts can fail (e.g. writes only). */
  match?: (req: FakeRequest) => boolean;
  /** Eligible requests (after `after`, accepted by `match`) get no answer at all: the connection stays
   *  open and silent, as a hung server or load balancer. `rate` does not apply. Counted in stats.hung. */
  hang?: boolean;
  /** Eligible requests are answered this many ms late, as a slow API (a fault, if any, comes first). */
  delayMs?: number;
}

export interface FakeServer {
  url: string;
  stats: { requests: number; faults: number; byRoute: Record<string, number>; hung?: number };
  faults: FaultMode;
  /** Which requests change state, for fault modes that hit writes only. Default: every method but GET;
   *  APIs that read with POST (netcup) or write with GET (ClouDNS) say it by their action or path. */
  isWrite?: (req: FakeRequest) => boolean;
  close(): Promise<void>;
}

/** Whether `req` changes state at this fake (its own rule, or: not a GET). */
export const isWriteRequest = (fake: FakeServer, req: FakeRequest): boolean => fake.isWrite?.(req) ?? req.method !== 'GET';

export interface FakeOptions {
  /** Returns an error response when the request is not authorised. */
  authorize(req: FakeRequest): FakeResponse | undefined;
  handle(req: FakeRequest): FakeResponse | Promise<FakeResponse>;
  /** The provider's shape for a fault (Route 53 throttles with an XML 400, not a 429; its Domains API,
   *  on the same fake, with JSON: hence the request). */
  faultResponse?(status: number, retryAfter: number | undefined, req: FakeRequest): FakeResponse;
  /** Seed for the fault RNG: the same seed fails the same calls. */
  seed?: number;
}

/** mulberry32: a tiny seeded PRNG so chaos runs are reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startFake(o: FakeOptions): Promise<FakeServer> {
  const random = rng(o.seed ?? 42);
  const fake: FakeServer = {
    url: '', stats: { requests: 0, faults: 0, byRoute: {} }, faults: { rate: 0, statuses: [429, 500] },
    close: async () => {},
  };
  const send = (res: ServerResponse, r: FakeResponse) => {
    const isText = typeof r.body === 'string';
    const isBytes = r.body instanceof Uint8Array;
    const headers = { 'content-type': isBytes ? 'application/octet-stream' : isText ? 'text/plain' : 'application/json', ...r.headers };
    res.writeHead(r.status, headers);
    res.end(r.body === undefined ? undefined : isText || isBytes ? (r.body as string | Uint8Array) : JSON.stringify(r.body));
  };
  const srv = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => { chunks.push(d); });
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks);
      const body = rawBody.toString('utf8');
      const u = new URL(req.url!, 'http://fake');
      const fr: FakeRequest = { method: req.method!, path: decodeURIComponent(u.pathname), query: u.searchParams, headers: req.headers, body, rawBody };
      fake.stats.requests++;
      const route = `${fr.method} ${fr.path.replace(/\/[0-9a-f]{32}\b/g, '/:id').replace(/\/\d+\b/g, '/:n')}`;
      fake.stats.byRoute[route] = (fake.stats.byRoute[route] ?? 0) + 1;
      const eligible = fake.stats.requests > (fake.faults.after ?? 0) && (fake.faults.match?.(fr) ?? true);
      if (fake.faults.hang && eligible) { fake.stats.hung = (fake.stats.hung ?? 0) + 1; return; }
      if (fake.faults.rate > 0 && eligible && random() < fake.faults.rate) {
        const status = fake.faults.statuses[fake.stats.faults++ % fake.faults.statuses.length]!;
        const r = o.faultResponse?.(status, fake.faults.retryAfter, fr) ?? {
          status,
          headers: status === 429 && fake.faults.retryAfter !== undefined ? { 'retry-after': String(fake.faults.retryAfter) } : {},
          body: { error: status === 429 ? 'rate limited' : 'internal error' },
        };
        return send(res, r);
      }
      const denied = o.authorize(fr);
      if (denied) return send(res, denied);
      const delay = eligible ? fake.faults.delayMs ?? 0 : 0;
      (delay ? new Promise((r) => setTimeout(r, delay)) : Promise.resolve())
        .then(() => o.handle(fr))
        .then((r) => send(res, r), (e: unknown) => send(res, { status: 500, body: { error: String(e) } }));
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  fake.close = () => new Promise<void>((r) => { srv.closeAllConnections(); srv.close(() => r()); });
  return fake;
}

/** Splits text into chunks of at most 255 bytes (RFC 1035 character-strings), without cutting a UTF-8 sequence. */
export function chunk255(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of s) {
    if (Buffer.byteLength(cur + ch) > 255) { out.push(cur); cur = ''; }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** `"a" "b"` presentation form, escaping `"` and `\`. */
export function quoteTxt(s: string): string {
  return chunk255(s).map((c) => `"${c.replace(/[\\"]/g, (m) => `\\${m}`)}"`).join(' ');
}
