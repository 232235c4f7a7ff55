// Azure Resource Manager's DNS zones and record sets (management.azure.com, api-version 2018-05-01).
// Entra ID client-credentials tokens come through the shared layer (providers/_http/oauth.ts) instead of
// @azure/identity, whose own retry loop would stack on ours.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { postTokenForm, TokenCache } from '../_http/oauth.js';
import { collectPages } from '../_http/paging.js';
import type { AzProps } from './convert.js';

export const NAME = 'AZURE_DNS';
const API = { 'api-version': '2018-05-01' };
export interface AzZone { name: string; properties?: { nameServers?: string[] } }
export interface AzRecordSet { name: string; type: string; properties: AzProps }

export class AzureApi {
  readonly http: HttpClient;
  readonly #zonesPath: string;

  constructor(c: Record<string, string>) {
    const o = httpOptionsFromCreds(c, { baseUrl: 'https://management.azure.com' });
    const login = (c.login_url || 'https://login.microsoftonline.com').replace(/\/+$/, '');
    const tokenUrl = `${login}/${c.TenantID}/oauth2/v2.0/token`;
    const tokenHttp = new HttpClient({ provider: NAME, ...o, baseUrl: login, secrets: [c.ClientSecret] });
    const tokens = new TokenCache(() => postTokenForm(tokenHttp, tokenUrl, {
      grant_type: 'client_credentials', client_id: c.ClientID!, client_secret: c.ClientSecret!, scope: `${o.baseUrl!.replace(/\/+$/, '')}/.default`,
    }, ['client_secret']));
    // ARM allows 10 writes/s per principal; stay below.
    this.http = new HttpClient({
      provider: NAME, concurrency: 4, ratePerSecond: 8, ...o, baseUrl: o.baseUrl!, secrets: [c.ClientSecret],
      authHeaders: async () => ({ authorization: `Bearer ${await tokens.get()}` }),
    });
    this.#zonesPath = `/subscriptions/${c.SubscriptionID}/resourceGroups/${c.ResourceGroup}/providers/Microsoft.Network/dnsZones`;
  }

  #all<T>(path: string, query: Record<string, string | number>): Promise<T[]> {
    return collectPages<T, string>(this.http.url(path, query), async (url) => {
      const r = (await this.http.request('GET', url)).json<{ value: T[]; nextLink?: string }>();
      return { items: r.value, next: r.nextLink ?? null };
    });
  }

  /** The zone; undefined when Azure does not have it. */
  async zone(domain: string): Promise<AzZone | undefined> {
    const r = await this.http.request('GET', `${this.#zonesPath}/${domain}`, { query: API, allow: [404] });
    return r.status === 404 ? undefined : r.json<AzZone>();
  }

  zones(): Promise<AzZone[]> {
    return this.#all<AzZone>(this.#zonesPath, API);
  }

  async createZone(domain: string): Promise<void> {
    await this.http.request('PUT', `${this.#zonesPath}/${domain}`, { query: API, json: { location: 'global' }, headers: { 'if-none-match': '*' } });
  }

  recordSets(domain: string): Promise<AzRecordSet[]> {
    return this.#all<AzRecordSet>(`${this.#zonesPath}/${domain}/recordsets`, { ...API, $top: 500 });
  }

  #set(domain: string, type: string, name: string): string {
    return `${this.#zonesPath}/${domain}/${type}/${encodeURIComponent(name)}`;
  }

  /** Writes the whole record set. */
  async putRecordSet(domain: string, type: string, name: string, properties: AzProps): Promise<void> {
    await this.http.request('PUT', this.#set(domain, type, name), { query: API, json: { properties } });
  }

  async deleteRecordSet(domain: string, type: string, name: string): Promise<void> {
    await this.http.request('DELETE', this.#set(domain, type, name), { query: API });
  }
}
