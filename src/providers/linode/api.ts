// The Linode API v4 (techdocs.akamai.com/linode-api): domains and their records, page/page_size lists
// answering {data, page, pages, results}. Throttling is a 429 with Retry-After and X-RateLimit-*.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages } from '../_http/paging.js';
import type { LinodeRecord } from './convert.js';

export const NAME = 'LINODE';

interface Paged<T> { data: T[]; page: number; pages: number; results: number }

export class LinodeApi {
  readonly http: HttpClient;

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: 'https://api.linode.com/v4' });
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 10, ...o, baseUrl: o.baseUrl!, headers: { authorization: `Bearer ${creds.token!}` } });
  }

  #pages<T>(path: string): Promise<T[]> {
    return collectPages<T, number>(1, async (page) => {
      // 500 is the largest page: listing collections has the tightest per-minute limit.
      const r = (await this.http.request('GET', path, { query: { page, page_size: 500 } })).json<Paged<T>>();
      return { items: r.data ?? [], next: r.page < r.pages ? page + 1 : null };
    });
  }

  domains(): Promise<Array<{ id: number; domain: string }>> {
    return this.#pages('/domains');
  }

  async createDomain(domain: string, soaEmail: string): Promise<{ id: number; domain: string }> {
    return (await this.http.request('POST', '/domains', { json: { domain, type: 'master', soa_email: soaEmail } })).json();
  }

  records(domainId: number): Promise<LinodeRecord[]> {
    return this.#pages(`/domains/${domainId}/records`);
  }

  async createRecord(domainId: number, r: LinodeRecord): Promise<LinodeRecord> {
    return (await this.http.request('POST', `/domains/${domainId}/records`, { json: r })).json();
  }

  async updateRecord(domainId: number, id: number, r: LinodeRecord): Promise<void> {
    await this.http.request('PUT', `/domains/${domainId}/records/${id}`, { json: r });
  }

  async deleteRecord(domainId: number, id: number): Promise<void> {
    await this.http.request('DELETE', `/domains/${domainId}/records/${id}`);
  }
}
