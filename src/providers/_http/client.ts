// The one HTTP layer every API provider uses: timeouts, retries (backoff + jitter, Retry-After,
// rate-limit headers), a per-provider limiter, request counting and redaction of secrets.
// It also exposes a `fetch` so SDKs that accept one run under the same rules.
import { Redactor } from './redact.js';
import { Limiter } from './limiter.js';
import { backoffDelay, parseRetryAfter, rateLimitDelay } from './retry.js';
import { abortAfter, DeadlineError, sleep } from '../../_util/deadline.js';
import { noteRateLimit } from '../../_util/work.js';

export interface HttpClientOptions {
  /** Provider TYPE, used in messages ("CLOUDFLAREAPI: POST /zones/…: 403 …"). */
  provider: string;
  baseUrl: string;
  /** Sent with every request (usually the auth header). Values are registered as secrets. */
  headers?: Record<string, string>;
  /** Further values that must never appear in messages (keys, passwords, account ids). */
  secrets?: Array<string | undefined>;
  /** Headers computed per request (OAuth bearer tokens that expire); their values are treated as secrets. */
  authHeaders?: () => Promise<Record<string, string>>;
  /** Connect + response timeout of one request (default 15 s; creds `timeout`). A request that gets no
   *  answer in time is asked again once if it is a GET (a write may have happened: never repeated). */
  timeoutMs?: number;
  /** Retries after the first attempt. */
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Growth of the backoff cap per retry (default 2). */
  backoffFactor?: number;
  concurrency?: number;
  ratePerSecond?: number;
  /** A failure that is really throttling though not a 429 (Route 53 answers HTTP 400 `Throttling`). */
  isThrottle?: (status: number, body: string) => boolean;
  /** Whether a request that got no answer may be sent again (default: GET and HEAD). For APIs that read with
   *  POST (netcup) or write with GET (ClouDNS): a write that may have been applied is never repeated. */
  safeToRepeat?: (method: string, url: string, body: string | undefined) => boolean;
  /** Give up rather than wait longer than this for one Retry-After (deSEC can say "come back tomorrow"). */
  maxRetryAfterMs?: number;
  random?: () => number;
  fetchImpl?: typeof fetch;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
  /** Statuses returned rather than thrown (e.g. [404] to read "absent"). 2xx are always returned. */
  allow?: number[];
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  url: string;
  text: string;
  /** The body as received (binary answers: DNS messages over DoH). */
  bytes: Uint8Array;
  json<T = unknown>(): T;
}

export class HttpError extends Error {
  readonly status: number;
  readonly method: string;
  readonly path: string;
  /** Response body, redacted and cut to 2 kB. */
  readonly body: string;
  readonly attempts: number;
  constructor(provider: string, method: string, path: string, status: number, body: string, attempts: number, reason?: string) {
    const what = reason ?? `HTTP ${status}${body ? `: ${body.slice(0, 500)}` : ''}`;
    super(`${provider}: ${method} ${path}: ${what}${attempts > 1 ? ` (after ${attempts} attempts)` : ''}`);
    this.name = 'HttpError';
    this.status = status; this.method = method; this.path = path; this.body = body; this.attempts = attempts;
  }
}

export interface HttpStats {
  /** Requests sent over the wire, retries included. */
  requests: number;
  retries: number;
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
/** Default of creds `timeout` for HTTP providers: one unanswered GET and its one repeat stay within 35 s. */
export const DEFAULT_HTTP_TIMEOUT_MS = 15_000;

export class HttpClient {
  readonly provider: string;
  readonly redactor: Redactor;
  readonly stats: HttpStats = { requests: 0, retries: 0 };
  readonly #o: Required<Omit<HttpClientOptions, 'isThrottle' | 'random' | 'secrets' | 'headers' | 'authHeaders' | 'safeToRepeat'>> & HttpClientOptions;
  readonly #limiter: Limiter;

  constructor(o: HttpClientOptions) {
    this.provider = o.provider;
    this.#o = {
      timeoutMs: DEFAULT_HTTP_TIMEOUT_MS, retries: 10, baseDelayMs: 500, maxDelayMs: 60_000, backoffFactor: 2, concurrency: 4, ratePerSecond: 0,
      maxRetryAfterMs: 300_000, fetchImpl: globalThis.fetch, ...o,
      baseUrl: o.baseUrl.replace(/\/+$/, ''),
    };
    this.redactor = new Redactor([...Object.values(o.headers ?? {}), ...(o.secrets ?? [])]);
    this.#limiter = new Limiter({ concurrency: this.#o.concurrency, ratePerSecond: this.#o.ratePerSecond });
  }

  /** Absolute URL for a path relative to the base (absolute URLs, e.g. from a Link header, pass through). */
  url(path: string, query?: RequestOptions['query']): string {
    const u = new URL(/^https?:\/\//.test(path) ? path : this.#o.baseUrl + path);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) u.searchParams.set(k, String(v));
    return u.toString();
  }

  async request(method: string, path: string, ro: RequestOptions = {}): Promise<HttpResponse> {
    const dynamic = (await this.#o.authHeaders?.()) ?? {};
    for (const v of Object.values(dynamic)) this.redactor.add(v);
    const headers: Record<string, string> = { accept: 'application/json', ...this.#o.headers, ...dynamic, ...ro.headers };
    let body = ro.body;
    if (ro.json !== undefined) {
      body = JSON.stringify(ro.json);
      headers['content-type'] = 'application/json';
    }
    const url = this.url(path, ro.query);
    const res = await this.#send(method, url, headers, body);
    if ((res.status >= 200 && res.status < 300) || ro.allow?.includes(res.status)) return res;
    throw new HttpError(this.provider, method, this.#printable(url), res.status, this.redactor.redact(res.text).slice(0, 2048), res.attempts);
  }

  /** A fetch with this client's retry, limiter and redaction rules, for SDKs that accept one. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const req = new Request(input, init);
    const headers: Record<string, string> = {};
    req.headers.forEach((v, k) => { headers[k] = v; });
    const body = req.body ? await req.text() : undefined;
    const res = await this.#send(req.method, req.url, headers, body);
    return new Response(res.status === 204 || res.status === 304 ? null : res.text, { status: res.status, headers: res.headers });
  };

  /** One request under the retry rules; any final status is returned, never thrown (for SDK adapters). */
  async raw(method: string, url: string, headers: Record<string, string>, body?: string): Promise<HttpResponse & { attempts: number }> {
    return this.#send(method, url, headers, body);
  }

  async #send(method: string, url: string, headers: Record<string, string>, body: string | undefined) {
    const path = this.#printable(url);
    // The push's progress bounds its ETA by this limit.
    noteRateLimit(this.#o.ratePerSecond);
    let timeouts = 0;
    for (let attempt = 0; ; attempt++) {
      let status = 0;
      let text = '';
      let bytes = new Uint8Array(0);
      let resHeaders = new Headers();
      let failure = '';
      let timedOut = false;
      let deadline = false;
      try {
        const res = await this.#limiter.run(async () => {
          const budget = abortAfter(this.#o.timeoutMs);
          try {
            this.stats.requests++;
            const r = await this.#o.fetchImpl(url, { method, headers, body, signal: budget.signal });
            const bytes = new Uint8Array(await r.arrayBuffer());
            return { r, bytes, text: new TextDecoder().decode(bytes) };
          } catch (e) {
            if (budget.signal.aborted) throw budget.signal.reason;
            throw e;
          } finally {
            budget.clear();
          }
        });
        status = res.r.status; text = res.text; bytes = res.bytes; resHeaders = res.r.headers;
      } catch (e) {
        const err = e as Error & { cause?: { code?: string; message?: string; errors?: Array<{ code?: string }> } };
        if (err instanceof DeadlineError) {
          timedOut = true;
          deadline = !/^no answer/.test(err.message);
          failure = err.message;
        } else {
          const code = err.cause?.code ?? err.cause?.errors?.[0]?.code ?? err.cause?.message ?? err.name;
          failure = `${code}: ${err.message}`;
        }
      }
      const exhausted = rateLimitDelay(resHeaders);
      if (exhausted !== undefined) this.#limiter.pauseUntil(Date.now() + exhausted);
      // A server that accepts and never answers: a GET is asked once more, a write never (it may have been
      // applied), and nothing is tried past the zone's deadline.
      if (timedOut) timeouts++;
      const repeatable = this.#o.safeToRepeat?.(method, url, body) ?? (method === 'GET' || method === 'HEAD');
      const retryable = timedOut ? !deadline && timeouts < 2 && repeatable
        : failure !== '' || RETRY_STATUS.has(status) || (this.#o.isThrottle?.(status, text) ?? false);
      if (!retryable && !timedOut) return { status, headers: resHeaders, url, text, bytes, attempts: attempt + 1, json: <T>() => JSON.parse(text) as T };
      if (!retryable || attempt >= this.#o.retries) {
        throw new HttpError(this.provider, method, path, status, this.redactor.redact(text).slice(0, 2048), attempt + 1,
          failure ? this.redactor.redact(failure) : undefined);
      }
      const after = parseRetryAfter(resHeaders.get('retry-after'));
      if (after !== undefined && after > this.#o.maxRetryAfterMs) {
        throw new HttpError(this.provider, method, path, status, '', attempt + 1,
          `HTTP ${status}: the server asks to wait ${Math.round(after / 1000)} s, more than the ${Math.round(this.#o.maxRetryAfterMs / 1000)} s allowed`);
      }
      const wait = after ?? exhausted ?? backoffDelay(attempt, this.#o);
      // A throttle applies to the whole account: hold every request of this client, not just this one.
      this.#limiter.pauseUntil(Date.now() + wait);
      this.stats.retries++;
      // Waiting past the zone's deadline fails now rather than after the wait.
      try {
        await sleep(wait);
      } catch (e) {
        throw new HttpError(this.provider, method, path, status, '', attempt + 1, `${failure || `HTTP ${status}`}; not retried: ${(e as Error).message}`);
      }
    }
  }

  #printable(url: string): string {
    const u = new URL(url);
    return this.redactor.redact(u.pathname + u.search);
  }
}
