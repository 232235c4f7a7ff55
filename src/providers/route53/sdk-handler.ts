// Runs the AWS SDK's HTTP requests through the shared HTTP layer, so Route 53 gets the same retries
// (including its HTTP 400 `Throttling`), limiter and redaction as every other provider. The SDK's own
// retries are switched off (maxAttempts: 1) so the two loops never multiply.
import { Readable } from 'node:stream';
import type { HttpClient } from '../_http/client.js';

interface SdkRequest {
  method: string;
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query?: Record<string, string | Array<string | null> | null>;
  headers: Record<string, string>;
  body?: unknown;
}

function queryString(q: SdkRequest['query']): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q ?? {})) {
    if (v === null) p.append(k, '');
    else for (const x of Array.isArray(v) ? v : [v]) p.append(k, x ?? '');
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

function bodyText(b: unknown): string | undefined {
  if (b === undefined || b === null) return undefined;
  if (typeof b === 'string') return b;
  if (b instanceof Uint8Array) return Buffer.from(b).toString('utf8');
  throw new Error('route53: streaming request bodies are not supported');
}

export class LayerRequestHandler {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  readonly #http: HttpClient;

  constructor(http: HttpClient) {
    this.#http = http;
  }

  async handle(request: SdkRequest): Promise<{ response: { statusCode: number; headers: Record<string, string>; body: Readable } }> {
    const url = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path}${queryString(request.query)}`;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(request.headers)) if (!['host', 'content-length'].includes(k.toLowerCase())) headers[k] = v;
    const res = await this.#http.raw(request.method, url, headers, bodyText(request.body));
    const out: Record<string, string> = {};
    res.headers.forEach((v, k) => { out[k] = v; });
    return { response: { statusCode: res.status, headers: out, body: Readable.from([Buffer.from(res.text, 'utf8')]) } };
  }

  updateHttpClientConfig(): void {}
  httpHandlerConfigs(): Record<string, never> { return {}; }
  destroy(): void {}
}
