// The deSEC REST API (desec.io/api/v1): domains and rrsets. Record values are zone-file rdata.
import { HttpClient, HttpError } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages, linkNext } from '../_http/paging.js';

export const NAME = 'DESEC';
export interface RRSet { subname: string; type: string; ttl?: number; records: string[] }

export class DesecApi {
  readonly http: HttpClient;

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: 'https://desec.io/api/v1' });
    // deSEC allows 2 rrset writes/s per domain and 10 reads/s; waiting more than 3 minutes is pointless.
    this.http = new HttpClient({ provider: NAME, concurrency: 2, ratePerSecond: 2, maxRetryAfterMs: 180_000, ...o, baseUrl: o.baseUrl!, headers: { authorization: `Token ${creds['auth-token']!}` } });
  }

  /** Every page of a cursor-paged list. */
  #all<T>(path: string): Promise<T[]> {
    return collectPages<T, string>(this.http.url(path, { cursor: '' }), async (url) => {
      const r = await this.http.request('GET', url);
      return { items: r.json<T[]>(), next: linkNext(r.headers.get('link')) ?? null };
    });
  }

  async domainNames(): Promise<string[]> {
    return (await this.#all<{ name: string }>('/domains/')).map((d) => d.name);
  }

  /** The domain's settings; undefined when deSEC does not have it. */
  async domain(name: string): Promise<{ minimum_ttl?: number } | undefined> {
    const r = await this.http.request('GET', `/domains/${name}/`, { allow: [404] });
    return r.status === 404 ? undefined : r.json<{ minimum_ttl?: number }>();
  }

  async createDomain(name: string): Promise<void> {
    await this.http.request('POST', '/domains/', { json: { name } });
  }

  /** Always paged with cursor=: without it, zones over 500 rrsets answer 400. */
  rrsets(domain: string): Promise<RRSet[]> {
    return this.#all<RRSet>(`/domains/${domain}/rrsets/`);
  }

  /** One bulk PUT, applied atomically by deSEC; `records: []` deletes an rrset. */
  async putRRSets(domain: string, rrsets: RRSet[]): Promise<void> {
    try {
      await this.http.request('PUT', `/domains/${domain}/rrsets/`, { json: rrsets });
    } catch (e) {
      throw e instanceof HttpError && e.status !== 0 ? new HttpError(NAME, e.method, e.path, e.status, e.body, e.attempts, `HTTP ${e.status}: ${explain(e.body, rrsets)}`) : e;
    }
  }
}

/** deSEC's first-stage errors are an array parallel to the request: name the rrsets they belong to. */
function explain(body: string, sent: RRSet[]): string {
  try {
    const parsed = JSON.parse(body) as unknown;
    if (Array.isArray(parsed)) {
      return parsed.map((e, i) => (e && Object.keys(e as object).length ? `${sent[i]?.subname || '@'} ${sent[i]?.type}: ${JSON.stringify(e)}` : ''))
        .filter(Boolean).join('; ');
    }
  } catch { /* not JSON */ }
  return body;
}
