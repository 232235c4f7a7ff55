// The HTTP tuning knobs any API provider accepts in creds.json, next to its token. All optional.
import type { CredsField } from '../types.js';
import { DEFAULT_HTTP_TIMEOUT_MS, type HttpClientOptions } from './client.js';
import { nonNegativeNumber } from '../../_util/creds-values.js';
import { timeoutCredsFields, timeoutsFromCreds } from '../../_util/deadline.js';

export const HTTP_CREDS_FIELDS: CredsField[] = [
  { name: 'max_concurrency', kind: 'number', help: 'requests in flight at once (default: per provider)' },
  { name: 'max_requests_per_second', kind: 'number', help: 'request starts per second (default: per provider)' },
  ...timeoutCredsFields(DEFAULT_HTTP_TIMEOUT_MS / 1000),
  { name: 'http_timeout', advanced: true, kind: 'seconds', help: 'older name of `timeout`' },
  { name: 'http_retries', kind: 'number', help: 'retries on 429/5xx/throttling (default 10)' },
  { name: 'http_retry_base_ms', kind: 'number', help: 'first backoff step in ms, doubled per retry with full jitter (default 500)' },
  { name: 'base_url', kind: 'url', help: 'API base URL (for proxies and test servers)' },
];

function num(creds: Record<string, string>, key: string): number | undefined {
  const v = creds[key];
  if (v === undefined || v === '') return undefined;
  const n = nonNegativeNumber(v);
  if (n === undefined) throw new Error(`creds: ${key} must be a non-negative number, got ${JSON.stringify(v)}`);
  return n;
}

/** Client options from creds, over the provider's defaults. */
export function httpOptionsFromCreds(creds: Record<string, string>, defaults: Partial<HttpClientOptions> = {}): Partial<HttpClientOptions> {
  const o: Partial<HttpClientOptions> = { ...defaults };
  const c = num(creds, 'max_concurrency'); if (c !== undefined) o.concurrency = c;
  const r = num(creds, 'max_requests_per_second'); if (r !== undefined) o.ratePerSecond = r;
  o.timeoutMs = timeoutsFromCreds(creds, o.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS).timeoutMs;
  const n = num(creds, 'http_retries'); if (n !== undefined) o.retries = n;
  const d = num(creds, 'http_retry_base_ms'); if (d !== undefined) o.baseDelayMs = d;
  if (creds.base_url) o.baseUrl = creds.base_url;
  return o;
}
