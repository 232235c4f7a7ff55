// The Cloud DNS v1 API (dns.googleapis.com): managed zones, rrsets and changes, token-paged lists. Plain
// fetch through the shared layer with a service-account token (providers/_http/oauth.ts);
// `@google-cloud/dns` would bring its own retry loop.
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { googleAssertion, postTokenForm, TokenCache } from '../_http/oauth.js';
import { collectPages } from '../_http/paging.js';

export const NAME = 'GCLOUD';
const SCOPE = 'https://www.googleapis.com/auth/ndev.clouddns.readwrite';
export interface GRRSet { name: string; type: string; ttl: number; rrdatas: string[] }
export interface MZone { name: string; dnsName: string; nameServers?: string[] }

export class GCloudApi {
  readonly http: HttpClient;

  constructor(c: Record<string, string>) {
    const o = httpOptionsFromCreds(c, { baseUrl: 'https://dns.googleapis.com/dns/v1' });
    const tokenUri = c.token_uri || 'https://oauth2.googleapis.com/token';
    const privateKey = c.private_key!.replace(/\\n/g, '\n');
    const tokenHttp = new HttpClient({ provider: NAME, ...o, baseUrl: tokenUri, secrets: [privateKey] });
    const tokens = new TokenCache(() => postTokenForm(tokenHttp, tokenUri, {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: googleAssertion(c.client_email!, privateKey, SCOPE, tokenUri),
    }, ['assertion']));
    this.http = new HttpClient({
      provider: NAME, concurrency: 4, ratePerSecond: 10, ...o, baseUrl: `${o.baseUrl!}/projects/${c.project_id}`, secrets: [privateKey],
      authHeaders: async () => ({ authorization: `Bearer ${await tokens.get()}` }),
    });
  }

  #all<T>(path: string, key: string): Promise<T[]> {
    return collectPages<T, string>('', async (pageToken) => {
      const r = (await this.http.request('GET', path, { query: { pageToken: pageToken || undefined } })).json<Record<string, unknown> & { nextPageToken?: string }>();
      return { items: (r[key] as T[] | undefined) ?? [], next: r.nextPageToken ?? null };
    });
  }

  /** The managed zone serving `domain`; undefined when there is none. */
  async zoneFor(domain: string): Promise<MZone | undefined> {
    const r = await this.http.request('GET', '/managedZones', { query: { dnsName: `${domain}.` } });
    return r.json<{ managedZones?: MZone[] }>().managedZones?.[0];
  }

  zones(): Promise<MZone[]> {
    return this.#all<MZone>('/managedZones', 'managedZones');
  }

  async createZone(name: string, domain: string): Promise<void> {
    await this.http.request('POST', '/managedZones', { json: { name, dnsName: `${domain}.`, description: 'created by dnscode' } });
  }

  rrsets(zoneName: string): Promise<GRRSet[]> {
    return this.#all<GRRSet>(`/managedZones/${zoneName}/rrsets`, 'rrsets');
  }

  /** One atomic change: the deletions must repeat the live rrsets exactly. */
  async change(zoneName: string, additions: GRRSet[], deletions: GRRSet[]): Promise<void> {
    await this.http.request('POST', `/managedZones/${zoneName}/changes`, { json: { additions, deletions } });
  }
}
