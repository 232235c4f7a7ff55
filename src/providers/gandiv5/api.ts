// The Gandi LiveDNS API (api.gandi.net/v5/livedns): domains, nameservers and records by label; and, for the
// registrar, the Domain API's delegation (api.gandi.net/v5/domain/domains/{fqdn}/nameservers). Every
// request carries the organisation's sharing_id when one is set.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages, linkNext } from '../_http/paging.js';

export const NAME = 'GANDI_V5';
export interface GRRSet { rrset_name: string; rrset_type: string; rrset_ttl: number; rrset_values: string[] }
export type GItem = Omit<GRRSet, 'rrset_name'>;

export class GandiApi {
  readonly http: HttpClient;
  readonly #sharing: string | undefined;
  /** The Domain API beside LiveDNS: base_url's ".../v5/livedns" with "domain" for "livedns". */
  readonly #domainBase: string;

  constructor(creds: Record<string, string>) {
    const o = httpOptionsFromCreds(creds, { baseUrl: 'https://api.gandi.net/v5/livedns' });
    const auth = creds.token ? `Bearer ${creds.token}` : `Apikey ${creds.apikey}`;
    // Gandi allows about 1,000 requests a minute.
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 10, ...o, baseUrl: o.baseUrl!, headers: { authorization: auth } });
    this.#sharing = creds.sharing_id || undefined;
    const base = o.baseUrl!.replace(/\/+$/, '');
    this.#domainBase = /\/livedns$/.test(base) ? base.replace(/\/livedns$/, '/domain') : `${new URL(base).origin}/v5/domain`;
  }

  #q(extra: Record<string, string | number> = {}) {
    return this.#sharing ? { ...extra, sharing_id: this.#sharing } : extra;
  }

  /** The domain's nameservers; none when Gandi does not have it. */
  async nameservers(domain: string): Promise<string[]> {
    const r = await this.http.request('GET', `/domains/${domain}/nameservers`, { query: this.#q(), allow: [404] });
    return r.status === 404 ? [] : r.json<string[]>();
  }

  /** The delegation of a domain registered at Gandi (Domain API); undefined when the account has no such domain. */
  async delegation(domain: string): Promise<string[] | undefined> {
    const r = await this.http.request('GET', `${this.#domainBase}/domains/${domain}/nameservers`, { query: this.#q(), allow: [404] });
    if (r.status === 404) return undefined;
    const list = r.json<unknown>();
    if (!Array.isArray(list) || !list.every((n) => typeof n === 'string')) throw new Error(`the nameservers of ${domain} are not a list of names: ${r.text.slice(0, 200)}`);
    return list as string[];
  }

  /** Sets the whole delegation (Gandi answers 202: the registry is updated asynchronously). */
  async setDelegation(domain: string, nameservers: string[]): Promise<void> {
    await this.http.request('PUT', `${this.#domainBase}/domains/${domain}/nameservers`, { query: this.#q(), json: { nameservers } });
  }

  async domainNames(): Promise<string[]> {
    return (await this.http.request('GET', '/domains', { query: this.#q() })).json<Array<{ fqdn: string }>>().map((d) => d.fqdn);
  }

  async createDomain(fqdn: string): Promise<void> {
    await this.http.request('POST', '/domains', { query: this.#q(), json: { fqdn, zone: {} } });
  }

  /** Every rrset of the domain; undefined when Gandi does not have it. */
  async records(domain: string): Promise<GRRSet[] | undefined> {
    const probe = await this.http.request('GET', this.http.url(`/domains/${domain}/records`, this.#q()), { allow: [404] });
    if (probe.status === 404) return undefined;
    const rest = linkNext(probe.headers.get('link'));
    const more = rest ? await collectPages<GRRSet, string>(rest, async (url) => {
      const r = await this.http.request('GET', url);
      return { items: r.json<GRRSet[]>(), next: linkNext(r.headers.get('link')) ?? null };
    }) : [];
    return [...probe.json<GRRSet[]>(), ...more];
  }

  #label(domain: string, name: string): string {
    return `/domains/${domain}/records/${encodeURIComponent(name)}`;
  }

  async deleteLabel(domain: string, name: string): Promise<void> {
    await this.http.request('DELETE', this.#label(domain, name), { query: this.#q() });
  }

  /** Replaces every type at the label. */
  async putLabel(domain: string, name: string, items: GItem[]): Promise<void> {
    await this.http.request('PUT', this.#label(domain, name), { query: this.#q(), json: { items } });
  }
}
