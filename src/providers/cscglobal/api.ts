// The CSC Global Domain Manager API v2 (apis.cscglobal.com/dbs/api/v2): GET /domains/{domain} answers the
// domain with its `nameservers`; PUT /domains/nsmodification orders a new list, and CSC answers
// result.status.code "SUBMITTED" when it took the order. Every call carries the `apikey` header and the user
// token as a Bearer. The rate limit (20 requests a second by default) is answered with HTTP 400 and the plain
// text "Requests exceeded API Rate limit.": retried with a backoff that grows ×1.5 from 1 s up to 25 s, as
// CSC's own guidance and DNSControl's client do. Other errors are JSON {code, description, value}.
import { HttpClient, HttpError } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { ProviderError } from '../../errors.js';

export const NAME = 'CSCGLOBAL';
export const THROTTLE_TEXT = 'Requests exceeded API Rate limit.';
/** CSC's backoff: ×1.5 per retry from 1 s, at most 25 s (creds `http_retry_base_ms` changes the start). */
export const CSC_BACKOFF = { baseDelayMs: 1000, maxDelayMs: 25_000, backoffFactor: 1.5 } as const;

interface NsModResult { result?: { qualifiedDomainName?: string; status?: { code?: string; message?: string; additionalInformation?: string; uuid?: string } } }

export class CscglobalApi {
  readonly http: HttpClient;
  readonly #emails: string[];

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: 'https://apis.cscglobal.com/dbs/api/v2', baseDelayMs: CSC_BACKOFF.baseDelayMs });
    this.http = new HttpClient({
      provider: NAME, concurrency: 4, ratePerSecond: 10, maxDelayMs: CSC_BACKOFF.maxDelayMs, backoffFactor: CSC_BACKOFF.backoffFactor, ...o, baseUrl: o.baseUrl!,
      headers: { apikey: creds['api-key']!, authorization: `Bearer ${creds['user-token']!}` },
      isThrottle: (status, body) => status === 400 && body.trim() === THROTTLE_TEXT,
    });
    this.#emails = (creds.notification_emails ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  }

  /** CSC's error JSON {code, description} in one line, else the HTTP error as it is. */
  #explain(e: unknown, domain: string, what: string): Error {
    if (!(e instanceof HttpError)) return e as Error;
    try {
      const j = JSON.parse(e.body) as { code?: string; description?: string };
      if (j && (j.code || j.description)) return new ProviderError(NAME, domain, `${what}: HTTP ${e.status}: ${j.code ?? ''} ${j.description ?? ''}`.trim());
    } catch { /* plain text: the HttpError says it */ }
    return e;
  }

  async nameservers(domain: string): Promise<string[]> {
    let r;
    try {
      r = await this.http.request('GET', `/domains/${encodeURIComponent(domain)}`);
    } catch (e) {
      throw this.#explain(e, domain, 'reading the domain');
    }
    let ns: unknown;
    try {
      ns = r.json<{ nameservers?: unknown }>()?.nameservers ?? [];
    } catch {
      throw new ProviderError(NAME, domain, `reading the domain: the answer is not JSON: ${this.http.redactor.redact(r.text).slice(0, 200)}`);
    }
    if (!Array.isArray(ns) || !ns.every((n) => typeof n === 'string')) throw new ProviderError(NAME, domain, 'reading the domain: "nameservers" is not a list of names');
    return ns;
  }

  /** Orders the whole list; CSC answers SUBMITTED when it took the order (it then processes it on its side). */
  async setNameservers(domain: string, names: string[]): Promise<void> {
    const body = {
      qualifiedDomainName: domain, nameServers: names, dnsType: 'OTHER_DNS',
      notifications: this.#emails.length ? { enabled: true, additionalNotificationEmails: this.#emails } : {},
      showPrice: false, customFields: [],
    };
    let r;
    try {
      r = await this.http.request('PUT', '/domains/nsmodification', { json: body });
    } catch (e) {
      throw this.#explain(e, domain, 'nameserver modification');
    }
    let st: NonNullable<NsModResult['result']>['status'];
    try {
      st = r.json<NsModResult>()?.result?.status;
    } catch {
      st = undefined;
    }
    if (st?.code !== 'SUBMITTED') {
      throw new ProviderError(NAME, domain, `nameserver modification not submitted: ${st ? `${st.code ?? '?'} ${st.message ?? ''} ${st.additionalInformation ?? ''}`.trim() : this.http.redactor.redact(r.text).slice(0, 200)}`);
    }
  }
}
