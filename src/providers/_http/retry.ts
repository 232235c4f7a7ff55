// Retry timing: exponential backoff with full jitter, unless the server said how long to wait.

export interface BackoffOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  /** Growth of the cap per retry (default 2; CSC Global's own client grows by 1.5). */
  backoffFactor?: number;
  /** Returns [0, 1); injectable so tests are deterministic. */
  random?: () => number;
}

/** Full-jitter backoff (AWS architecture blog): uniform in [0, min(max, base·factor^attempt)], factor 2 by default. */
export function backoffDelay(attempt: number, o: BackoffOptions): number {
  const cap = Math.min(o.maxDelayMs, o.baseDelayMs * (o.backoffFactor ?? 2) ** attempt);
  return Math.round(cap * (o.random ?? Math.random)());
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * How long the rate-limit headers say to wait before the next call, when the quota is spent:
 * IETF draft `RateLimit: "default";r=0;t=30` (Cloudflare), or the `RateLimit-Remaining: 0` +
 * `RateLimit-Reset` pair (DigitalOcean, Hetzner: unix time or seconds from now), or NS1's
 * `X-RateLimit-Remaining: 0` with `-Limit` and `-Period` (a token bucket).
 */
export function rateLimitDelay(headers: Headers, now = Date.now()): number | undefined {
  const structured = headers.get('ratelimit');
  if (structured) {
    const r = /(?:^|;)\s*r=(\d+)/.exec(structured);
    const t = /(?:^|;)\s*t=(\d+)/.exec(structured);
    if (r && t && Number(r[1]) === 0) return Number(t[1]) * 1000;
    return undefined;
  }
  const remaining = headers.get('ratelimit-remaining') ?? headers.get('x-ratelimit-remaining');
  const reset = headers.get('ratelimit-reset') ?? headers.get('x-ratelimit-reset');
  // NS1: a token bucket of X-RateLimit-Limit tokens refilled over X-RateLimit-Period seconds, no reset time:
  // the next token comes back after Period / Limit seconds.
  const period = headers.get('x-ratelimit-period');
  const limit = headers.get('x-ratelimit-limit');
  if (remaining !== null && reset === null && period !== null && limit !== null && Number(remaining) <= 0) {
    const ms = (Number(period) / Number(limit)) * 1000;
    return Number.isFinite(ms) && ms >= 0 ? Math.ceil(ms) : undefined;
  }
  if (remaining === null || reset === null || Number(remaining) > 0) return undefined;
  const n = Number(reset);
  if (!Number.isFinite(n)) return undefined;
  // Values past 2001-09-09 in seconds are unix times; smaller ones are "seconds from now".
  return n > 1e9 ? Math.max(0, n * 1000 - now) : n * 1000;
}

export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (ms <= 0) return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(t); reject(signal.reason); }, { once: true });
  });
