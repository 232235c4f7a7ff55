// The Hetzner Cloud API's DNS part (api.hetzner.cloud/v1): zones and rrsets, page-numbered lists.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages } from '../_http/paging.js';

export const NAME = 'HETZNER_V2';
export interface Zone { id: number; name: string; ttl: number; authoritative_nameservers?: { assigned?: string[] } }
export interface RRSet { name: string; type: string; ttl: number | null; records: Array<{ value: string }> }
type Paged<K extends string, T> = Record<K, T[]> & { meta?: { pagination?: { next_page?: number | null } } };

export class HetznerV2Api {
  readonly http: HttpClient;

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: 'https://api.hetzner.cloud/v1' });
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 5, ...o, baseUrl: o.baseUrl!, headers: { authorization: `Bearer ${creds.api_token!}` } });
  }

  #pages<K extends string, T>(path: string, key: K, query: Record<string, string> = {}): Promise<T[]> {
    return collectPages<T, number>(1, async (page) => {
      const r = (await this.http.request('GET', path, { query: { ...query, page, per_page: 100 } })).json<Paged<K, T>>();
      return { items: r[key], next: r.meta?.pagination?.next_page ?? null };
    });
  }

  zones(name?: string): Promise<Zone[]> {
    return this.#pages<'zones', Zone>('/zones', 'zones', name === undefined ? {} : { name });
  }

  async createZone(name: string): Promise<void> {
    await this.http.request('POST', '/zones', { json: { name, mode: 'primary' } });
  }

  rrsets(zoneId: number): Promise<RRSet[]> {
    return this.#pages<'rrsets', RRSet>(`/zones/${zoneId}/rrsets`, 'rrsets');
  }

  #rrset(zoneId: number, name: string, type: string): string {
    return `/zones/${zoneId}/rrsets/${encodeURIComponent(name)}/${type}`;
  }

  async deleteRRSet(zoneId: number, name: string, type: string): Promise<void> {
    await this.http.request('DELETE', this.#rrset(zoneId, name, type));
  }

  async createRRSet(zoneId: number, rrset: RRSet): Promise<void> {
    await this.http.request('POST', `/zones/${zoneId}/rrsets`, { json: rrset });
  }

  async changeTtl(zoneId: number, name: string, type: string, ttl: number | undefined): Promise<void> {
    await this.http.request('POST', `${this.#rrset(zoneId, name, type)}/actions/change_ttl`, { json: { ttl } });
  }

  async setRecords(zoneId: number, name: string, type: string, records: RRSet['records']): Promise<void> {
    await this.http.request('POST', `${this.#rrset(zoneId, name, type)}/actions/set_records`, { json: { records } });
  }
}
