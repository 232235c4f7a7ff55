// The NS1 (IBM NS1 Connect) REST API v1 as ns1-go issues it: key in X-NSONE-Key; zones GET /zones (pages
// follow the Link header), GET/PUT(create)/POST(update) /zones/{zone}; rrsets PUT(create)/POST(update)/
// DELETE /zones/{zone}/{domain}/{type} with {zone, domain, type, ttl, answers:[{answer:[tokens]}], filters:[]};
// DNSSEC GET /zones/{zone}/dnssec. Errors are {"message": "…"}. Every answer carries X-RateLimit-Limit,
// -Remaining and -Period (a token bucket per key and route): the client pauses when none are left.
import { HttpClient, HttpError } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages, linkNext } from '../_http/paging.js';

export const NAME = 'NS1';

export interface Ns1Answer { answer: string[] }
/** An rrset as written. `filters` must be an array: null is refused with HTTP 400. */
export interface Ns1Record { zone: string; domain: string; type: string; ttl: number; answers: Ns1Answer[]; filters: unknown[] }
/** An rrset as the zone lists it: its answers in presentation form. */
export interface Ns1ZoneRecord { id?: string; domain: string; type: string; ttl: number; short_answers: string[]; tier?: number }
export interface Ns1Zone { zone: string; ttl?: number; dns_servers?: string[]; dnssec?: boolean; records?: Ns1ZoneRecord[] }

const messageOf = (e: HttpError): string => {
  try { return String((JSON.parse(e.body) as { message?: unknown }).message ?? ''); } catch { return ''; }
};

export class Ns1Api {
  readonly http: HttpClient;

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: 'https://api.nsone.net/v1' });
    // No fixed rate: NS1's buckets allow bursts (e.g. 300 writes, refilled at 1/s); the client pauses on
    // X-RateLimit-Remaining: 0 for the time one token takes to come back (Period / Limit).
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 0, ...o, baseUrl: o.baseUrl!, headers: { 'x-nsone-key': creds.api_token! } });
  }

  async zoneNames(): Promise<string[]> {
    const zones = await collectPages<{ zone: string }, string>('/zones', async (url) => {
      const r = await this.http.request('GET', url);
      return { items: r.json<Array<{ zone: string }>>(), next: linkNext(r.headers.get('link')) ?? null };
    });
    return zones.map((z) => z.zone);
  }

  /** The zone with its records, or undefined when it does not exist. */
  async zone(zone: string): Promise<Ns1Zone | undefined> {
    const r = await this.http.request('GET', `/zones/${zone}`, { query: { records: 'true' }, allow: [404] });
    if (r.status === 404) return undefined;
    const z = r.json<Ns1Zone>();
    if (!z || typeof z !== 'object' || (z.records !== undefined && !Array.isArray(z.records))) throw new Error(`${NAME}: GET /zones/${zone}: not a zone: ${r.text.slice(0, 200)}`);
    return z;
  }

  /** Creates an empty zone; one that already exists is fine (ns1-go's ErrZoneExists). */
  async createZone(zone: string): Promise<void> {
    try {
      await this.http.request('PUT', `/zones/${zone}`, { json: { zone } });
    } catch (e) {
      if (e instanceof HttpError && /zone already exists/i.test(messageOf(e))) return;
      throw e;
    }
  }

  async createRecord(r: Ns1Record): Promise<void> {
    await this.http.request('PUT', `/zones/${r.zone}/${r.domain}/${r.type}`, { json: r });
  }

  async updateRecord(r: Ns1Record): Promise<void> {
    await this.http.request('POST', `/zones/${r.zone}/${r.domain}/${r.type}`, { json: r });
  }

  async deleteRecord(zone: string, domain: string, type: string): Promise<void> {
    await this.http.request('DELETE', `/zones/${zone}/${domain}/${type}`);
  }

  /** Whether DNSSEC is on: "DNSSEC support is not enabled" (for the zone or the account) means off. */
  async dnssec(zone: string): Promise<boolean> {
    try {
      await this.http.request('GET', `/zones/${zone}/dnssec`);
      return true;
    } catch (e) {
      if (e instanceof HttpError && /DNSSEC support is not enabled/i.test(messageOf(e))) return false;
      throw e;
    }
  }

  async setDnssec(zone: string, on: boolean): Promise<void> {
    await this.http.request('POST', `/zones/${zone}`, { json: { zone, dnssec: on } });
  }
}
