// Route 53 Domains (API 2014-05-15), the registrar side of ROUTE53: AWS JSON 1.1 — a POST of a JSON body
// to https://route53domains.us-east-1.amazonaws.com/ with X-Amz-Target Route53Domains_v20140515.<Op>,
// SigV4-signed for service `route53domains` in us-east-1 (the only region it has). GetDomainDetail reads
// Nameservers[].Name; UpdateDomainNameservers sets the list and answers an OperationId (AWS completes the
// operation afterwards). Errors are JSON with `__type` (InvalidInput, OperationLimitExceeded, …); throttling
// is HTTP 400 ThrottlingException, retried as Route 53's is.
import { HttpClient, HttpError, type HttpClientOptions } from '../_http/client.js';
import { ProviderError } from '../../errors.js';
import { signV4, type AwsCredentials } from './sigv4.js';

const TARGET = 'Route53Domains_v20140515';
export const DOMAINS_URL = 'https://route53domains.us-east-1.amazonaws.com';

const errorType = (body: string): string | undefined => {
  try {
    const t = (JSON.parse(body) as { __type?: unknown }).__type;
    return typeof t === 'string' ? t.replace(/^.*#/, '') : undefined;
  } catch {
    return undefined;
  }
};
const THROTTLES = new Set(['ThrottlingException', 'Throttling', 'TooManyRequestsException']);

export class Route53DomainsApi {
  readonly http: HttpClient;
  readonly #credentials: () => Promise<AwsCredentials>;

  constructor(credentials: () => Promise<AwsCredentials>, http: Partial<HttpClientOptions>, secrets: Array<string | undefined>) {
    this.#credentials = credentials;
    this.http = new HttpClient({
      provider: 'ROUTE53', concurrency: 1, ratePerSecond: 2, ...http, baseUrl: http.baseUrl ?? DOMAINS_URL, secrets,
      isThrottle: (status, body) => status === 400 && THROTTLES.has(errorType(body) ?? ''),
      // Every operation is a POST: only GetDomainDetail (the body without Nameservers) is sent again after no answer.
      safeToRepeat: (_m, _u, body) => body !== undefined && !body.includes('"Nameservers"'),
    });
  }

  async #call<T>(domain: string, op: string, input: unknown): Promise<T> {
    const body = JSON.stringify(input);
    const url = this.http.url('/');
    const headers = { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `${TARGET}.${op}` };
    const creds = await this.#credentials();
    const signed = signV4({ method: 'POST', url, headers, body, service: 'route53domains', region: 'us-east-1', credentials: creds });
    let r;
    try {
      r = await this.http.request('POST', '/', { body, headers: { ...headers, ...signed } });
    } catch (e) {
      if (e instanceof HttpError) {
        let message = '';
        try { message = String((JSON.parse(e.body) as { message?: unknown; Message?: unknown }).message ?? (JSON.parse(e.body) as { Message?: unknown }).Message ?? ''); } catch { /* not JSON */ }
        const type = errorType(e.body);
        if (type) throw new ProviderError('ROUTE53', domain, `Route 53 Domains ${op}: ${type}${message ? `: ${message}` : ''}${e.attempts > 1 ? ` (after ${e.attempts} attempts)` : ''}`);
      }
      throw e;
    }
    try {
      return r.json<T>();
    } catch {
      throw new ProviderError('ROUTE53', domain, `Route 53 Domains ${op}: the answer is not JSON: ${this.http.redactor.redact(r.text).slice(0, 200)}`);
    }
  }

  async nameservers(domain: string): Promise<string[]> {
    const d = await this.#call<{ Nameservers?: unknown }>(domain, 'GetDomainDetail', { DomainName: domain });
    const list = d?.Nameservers ?? [];
    if (!Array.isArray(list) || !list.every((n) => n && typeof (n as { Name?: unknown }).Name === 'string')) {
      throw new ProviderError('ROUTE53', domain, 'Route 53 Domains GetDomainDetail: Nameservers is not a list of {Name}');
    }
    return list.map((n) => (n as { Name: string }).Name);
  }

  /** Sets the whole list; AWS answers an OperationId and completes the change afterwards. */
  async setNameservers(domain: string, names: string[]): Promise<string | undefined> {
    const r = await this.#call<{ OperationId?: string }>(domain, 'UpdateDomainNameservers', { DomainName: domain, Nameservers: names.map((Name) => ({ Name })) });
    return r?.OperationId;
  }
}
