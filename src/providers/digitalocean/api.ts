// The DigitalOcean API (api.digitalocean.com/v2): domains and their records, link-paged lists.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages } from '../_http/paging.js';
import type { DoNative } from './convert.js';

export const NAME = 'DIGITALOCEAN';

export class DigitalOceanApi {
  readonly http: HttpClient;

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: 'https://api.digitalocean.com/v2' });
    // DO allows 250 requests a minute.
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 4, ...o, baseUrl: o.baseUrl!, headers: { authorization: `Bearer ${creds.token!}` } });
  }

  #pages<T>(path: string, key: string): Promise<T[]> {
    return collectPages<T, string>(this.http.url(path, { per_page: 200 }), async (url) => {
      const r = (await this.http.request('GET', url)).json<Record<string, unknown> & { links?: { pages?: { next?: string } } }>();
      return { items: (r[key] as T[]) ?? [], next: r.links?.pages?.next ?? null };
    });
  }

  async domainNames(): Promise<string[]> {
    return (await this.#pages<{ name: string }>('/domains', 'domains')).map((d) => d.name);
  }

  async hasDomain(name: string): Promise<boolean> {
    return (await this.http.request('GET', `/domains/${name}`, { allow: [404] })).status !== 404;
  }

  async createDomain(name: string): Promise<void> {
    await this.http.request('POST', '/domains', { json: { name } });
  }

  records(domain: string): Promise<DoNative[]> {
    return this.#pages<DoNative>(`/domains/${domain}/records`, 'domain_records');
  }

  async createRecord(domain: string, record: DoNative): Promise<void> {
    await this.http.request('POST', `/domains/${domain}/records`, { json: record });
  }

  async updateRecord(domain: string, id: number, record: DoNative): Promise<void> {
    await this.http.request('PUT', `/domains/${domain}/records/${id}`, { json: record });
  }

  async deleteRecord(domain: string, id: number): Promise<void> {
    await this.http.request('DELETE', `/domains/${domain}/records/${id}`);
  }
}
