// The Name.com API v4 (api.name.com/v4): domains and their records, paged by `page` with `nextPage` in the
// answer (absent or 0 on the last page), HTTP Basic auth with the user name and the API token.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages } from '../_http/paging.js';
import type { NcRecord } from './convert.js';

export const NAME = 'NAMEDOTCOM';

/** `apiurl` is a host as DNSControl takes it ("api.dev.name.com"); a full URL is accepted too. */
function baseOf(apiurl: string | undefined): string {
  if (!apiurl) return 'https://api.name.com';
  return /^https?:\/\//.test(apiurl) ? apiurl : `https://${apiurl}`;
}

export class NamecomApi {
  readonly http: HttpClient;

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: baseOf(creds.apiurl) });
    const basic = `Basic ${Buffer.from(`${creds.apiuser!}:${creds.apikey!}`).toString('base64')}`;
    // Name.com allows 20 requests a second and 3,000 an hour; above that it answers 429.
    this.http = new HttpClient({
      provider: NAME, concurrency: 4, ratePerSecond: 20, ...o, baseUrl: o.baseUrl!,
      headers: { authorization: basic }, secrets: [creds.apikey],
    });
  }

  #pages<T>(path: string, key: string): Promise<T[] | undefined> {
    let absent = false;
    return collectPages<T, number>(1, async (page) => {
      const r = await this.http.request('GET', path, { query: { page, perPage: 1000 }, allow: [404] });
      if (r.status === 404) { absent = true; return { items: [], next: null }; }
      const j = r.json<Record<string, unknown> & { nextPage?: number }>();
      return { items: (j[key] as T[] | undefined) ?? [], next: j.nextPage ? j.nextPage : null };
    }).then((items) => (absent ? undefined : items));
  }

  async domainNames(): Promise<string[]> {
    return ((await this.#pages<{ domainName: string }>('/v4/domains', 'domains')) ?? []).map((d) => d.domainName);
  }

  /** The domain's records; undefined when the account has no such domain. */
  records(domain: string): Promise<NcRecord[] | undefined> {
    return this.#pages<NcRecord>(`/v4/domains/${domain}/records`, 'records');
  }

  async hasDomain(domain: string): Promise<boolean> {
    return (await this.http.request('GET', `/v4/domains/${domain}`, { allow: [404] })).status !== 404;
  }

  /** The domain's delegation as Name.com reports it (GetDomain); undefined when the account has no such domain. */
  async delegation(domain: string): Promise<string[] | undefined> {
    const r = await this.http.request('GET', `/v4/domains/${domain}`, { allow: [404] });
    if (r.status === 404) return undefined;
    const ns = r.json<{ nameservers?: unknown }>().nameservers ?? [];
    if (!Array.isArray(ns) || !ns.every((n) => typeof n === 'string')) throw new Error(`the nameservers of ${domain} are not a list of names: ${r.text.slice(0, 200)}`);
    return ns as string[];
  }

  /** Sets the whole delegation (SetNameservers: POST /v4/domains/{domain}:setNameservers). */
  async setDelegation(domain: string, nameservers: string[]): Promise<void> {
    await this.http.request('POST', `/v4/domains/${domain}:setNameservers`, { json: { nameservers } });
  }

  async createRecord(domain: string, r: NcRecord): Promise<void> {
    await this.http.request('POST', `/v4/domains/${domain}/records`, { json: r });
  }

  async deleteRecord(domain: string, id: number): Promise<void> {
    await this.http.request('DELETE', `/v4/domains/${domain}/records/${id}`);
  }
}
