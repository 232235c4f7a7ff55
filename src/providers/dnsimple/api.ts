// The DNSimple API v2 (developer.dnsimple.com/v2): the account from /whoami, zones and their records
// (page/per_page, pagination.total_pages), and a domain's DNSSEC switch. The quota is per hour and
// reported in X-RateLimit-Limit/-Remaining/-Reset: the client pauses every request when it is spent.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages } from '../_http/paging.js';
import type { DnsimpleRecord } from './convert.js';

export const NAME = 'DNSIMPLE';

interface Paged<T> { data: T[]; pagination?: { current_page: number; total_pages: number } }

export class DnsimpleApi {
  readonly http: HttpClient;
  #account: Promise<string> | undefined;

  constructor(creds: Record<string, string>) {
    // `baseurl` is DNSControl's key (the sandbox host, https://api.sandbox.dnsimple.com); `base_url` the common one.
    const o = httpOptionsFromCreds(creds, { baseUrl: creds.baseurl || 'https://api.dnsimple.com' });
    this.http = new HttpClient({
      provider: NAME, concurrency: 4, ratePerSecond: 5, ...o, baseUrl: o.baseUrl!.replace(/\/v2\/?$/, ''),
      headers: { authorization: `Bearer ${creds.token!}` },
    });
    if (creds.accountid) this.#account = Promise.resolve(creds.accountid);
  }

  /** The account id: from creds, else from /whoami, which must name an account (a user token cannot be used). */
  account(): Promise<string> {
    this.#account ??= (async () => {
      const r = (await this.http.request('GET', '/v2/whoami')).json<{ data: { account: { id: number } | null; user: unknown } }>();
      if (!r.data.account) throw new Error('the DNSimple token is a user token: an account token is needed (or set accountid)');
      return String(r.data.account.id);
    })();
    this.#account.catch(() => { this.#account = undefined; });
    return this.#account;
  }

  async #pages<T>(path: string): Promise<T[]> {
    const base = `/v2/${await this.account()}${path}`;
    return collectPages<T, number>(1, async (page) => {
      const r = (await this.http.request('GET', base, { query: { page, per_page: 100 } })).json<Paged<T>>();
      const p = r.pagination;
      return { items: r.data ?? [], next: p && p.current_page < p.total_pages ? page + 1 : null };
    });
  }

  async zoneNames(): Promise<string[]> {
    return (await this.#pages<{ name: string }>('/zones')).map((z) => z.name);
  }

  /** Adds a domain to the account (hosted, not registered); DNSimple creates its zone with it. */
  async createDomain(name: string): Promise<void> {
    await this.http.request('POST', `/v2/${await this.account()}/domains`, { json: { name } });
  }

  /** The domain's registration state ("registered", "hosted", …); undefined when the account has no such domain. */
  async domainState(domain: string): Promise<string | undefined> {
    const r = await this.http.request('GET', `/v2/${await this.account()}/domains/${domain}`, { allow: [404] });
    return r.status === 404 ? undefined : r.json<{ data: { state: string } }>().data.state;
  }

  /** The nameservers a registered domain is delegated to. */
  async delegation(domain: string): Promise<string[]> {
    return (await this.http.request('GET', `/v2/${await this.account()}/registrar/domains/${domain}/delegation`)).json<{ data: string[] }>().data;
  }

  async setDelegation(domain: string, nameservers: string[]): Promise<void> {
    await this.http.request('PUT', `/v2/${await this.account()}/registrar/domains/${domain}/delegation`, { json: nameservers });
  }

  async hasZone(zone: string): Promise<boolean> {
    return (await this.http.request('GET', `/v2/${await this.account()}/zones/${zone}`, { allow: [404] })).status !== 404;
  }

  records(zone: string): Promise<DnsimpleRecord[]> {
    return this.#pages<DnsimpleRecord>(`/zones/${zone}/records`);
  }

  async createRecord(zone: string, r: DnsimpleRecord): Promise<void> {
    await this.http.request('POST', `/v2/${await this.account()}/zones/${zone}/records`, { json: r });
  }

  async updateRecord(zone: string, id: number, r: DnsimpleRecord): Promise<void> {
    await this.http.request('PATCH', `/v2/${await this.account()}/zones/${zone}/records/${id}`, { json: r });
  }

  async deleteRecord(zone: string, id: number): Promise<void> {
    await this.http.request('DELETE', `/v2/${await this.account()}/zones/${zone}/records/${id}`);
  }

  /** Whether DNSSEC is on; undefined when the zone is not a domain of the account (hosted elsewhere). */
  async dnssec(domain: string): Promise<boolean | undefined> {
    const r = await this.http.request('GET', `/v2/${await this.account()}/domains/${domain}/dnssec`, { allow: [404] });
    return r.status === 404 ? undefined : (r.json<{ data?: { enabled?: boolean } }>().data?.enabled ?? false);
  }

  async setDnssec(domain: string, on: boolean): Promise<void> {
    await this.http.request(on ? 'POST' : 'DELETE', `/v2/${await this.account()}/domains/${domain}/dnssec`);
  }
}
