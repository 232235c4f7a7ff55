// The Vultr API v2 (www.vultr.com/api, "DNS"): domains and their records, cursor-paged lists
// (per_page ≤500, meta.links.next → cursor). About 30 requests a second per source IP, then a 429.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages } from '../_http/paging.js';
import type { VultrRecord } from './convert.js';

export const NAME = 'VULTR';

type Paged<K extends string, T> = Record<K, T[]> & { meta?: { total?: number; links?: { next?: string } } };

export class VultrApi {
  readonly http: HttpClient;

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: 'https://api.vultr.com/v2' });
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 20, ...o, baseUrl: o.baseUrl!, headers: { authorization: `Bearer ${creds.token!}` } });
  }

  #pages<K extends string, T>(path: string, key: K): Promise<T[]> {
    return collectPages<T, string>('', async (cursor) => {
      const r = (await this.http.request('GET', path, { query: { per_page: 500, cursor: cursor || undefined } })).json<Paged<K, T>>();
      return { items: r[key] ?? [], next: r.meta?.links?.next || null };
    });
  }

  async domainNames(): Promise<string[]> {
    return (await this.#pages<'domains', { domain: string }>('/domains', 'domains')).map((d) => d.domain);
  }

  async hasDomain(domain: string): Promise<boolean> {
    return (await this.http.request('GET', `/domains/${domain}`, { allow: [404] })).status !== 404;
  }

  /** Without `ip` Vultr creates an empty zone (its NS records only). */
  async createDomain(domain: string): Promise<void> {
    await this.http.request('POST', '/domains', { json: { domain, dns_sec: 'disabled' } });
  }

  records(domain: string): Promise<VultrRecord[]> {
    return this.#pages<'records', VultrRecord>(`/domains/${domain}/records`, 'records');
  }

  async createRecord(domain: string, r: VultrRecord): Promise<void> {
    await this.http.request('POST', `/domains/${domain}/records`, { json: r });
  }

  /** The type cannot be changed: a PATCH sends name, data, ttl and priority. */
  async updateRecord(domain: string, id: string, r: VultrRecord): Promise<void> {
    const { name, data, ttl, priority } = r;
    await this.http.request('PATCH', `/domains/${domain}/records/${id}`, { json: { name, data, ttl, priority } });
  }

  async deleteRecord(domain: string, id: string): Promise<void> {
    await this.http.request('DELETE', `/domains/${domain}/records/${id}`);
  }
}
