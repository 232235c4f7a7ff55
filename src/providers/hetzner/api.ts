// The legacy Hetzner DNS Console API (dns.hetzner.com/api/v1): zones and records, page-numbered lists,
// bulk record writes.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages } from '../_http/paging.js';

export const NAME = 'HETZNER';
export interface Zone { id: string; name: string; ttl: number; ns?: string[] }
export interface HRecord { id?: string; zone_id: string; type: string; name: string; value: string; ttl?: number | null }
type Paged<K extends string, T> = Record<K, T[]> & { meta?: { pagination?: { page: number; last_page: number } } };

export class HetznerApi {
  readonly http: HttpClient;

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: 'https://dns.hetzner.com/api/v1' });
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 5, ...o, baseUrl: o.baseUrl!, headers: { 'auth-api-token': creds.api_key! } });
  }

  #pages<K extends string, T>(path: string, key: K, query: Record<string, string> = {}): Promise<T[]> {
    return collectPages<T, number>(1, async (page) => {
      const res = await this.http.request('GET', path, { query: { ...query, page, per_page: 100 }, allow: [404] });
      if (res.status === 404) return { items: [] }; // an account with no zones answers 404
      const r = res.json<Paged<K, T>>();
      return { items: r[key] ?? [], next: r.meta?.pagination && r.meta.pagination.page < r.meta.pagination.last_page ? page + 1 : null };
    });
  }

  zones(): Promise<Zone[]> {
    return this.#pages<'zones', Zone>('/zones', 'zones');
  }

  async createZone(name: string): Promise<void> {
    await this.http.request('POST', '/zones', { json: { name } });
  }

  records(zoneId: string): Promise<HRecord[]> {
    return this.#pages<'records', HRecord>('/records', 'records', { zone_id: zoneId });
  }

  /** No bulk delete: one request per record. */
  async deleteRecord(id: string): Promise<void> {
    await this.http.request('DELETE', `/records/${id}`);
  }

  async updateRecords(records: HRecord[]): Promise<void> {
    await this.http.request('PUT', '/records/bulk', { json: { records } });
  }

  async createRecords(records: HRecord[]): Promise<void> {
    await this.http.request('POST', '/records/bulk', { json: { records } });
  }
}
