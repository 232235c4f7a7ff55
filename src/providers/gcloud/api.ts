// The Cloud DNS v1 API (dns.googleapis.com): managed zones, rrsets and changes, token-paged lists. Plain
// fetch through the shared layer with a service-account token (providers/_http/oauth.ts);
// `@google-cloud/dns` would bring its own retry loop.
import { createPrivateKey } from 'node:crypto';
import { HttpClient } from '../_http/client.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { googleAssertion, postTokenForm, TokenCache } from '../_http/oauth.js';
import { collectPages } from '../_http/paging.js';

export const NAME = 'GCLOUD';
const SCOPE = 'https://www.googleapis.com/auth/ndev.clouddns.readwrite';
export interface GRRSet { name: string; type: string; ttl: number; rrdatas: string[] }
export interface MZone { name: string; dnsName: string; nameServers?: string[] }

/** The creds' `private_key` as the token request signs it: the PEM text, "\n" escapes (a key pasted from the
 *  service account's JSON file) turned into line breaks. */
export const privateKeyPem = (c: Record<string, string>): string => c.private_key!.replace(/\\n/g, '\n');

/**
 * Throws, naming the creds entry and the field, when `private_key` is not a PEM RSA private key: checked when
 * the provider is made, so the error is not an OpenSSL code at the first token request. Never quotes the key.
 */
export function checkPrivateKey(credkey: string, pem: string): void {
  const field = `${credkey}: ${NAME}'s "private_key" in creds.json`;
  let type: string | undefined;
  try {
    type = createPrivateKey({ key: pem, format: 'pem' }).asymmetricKeyType;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    throw new Error(`${field} is not a valid PEM private key${typeof code === 'string' ? ` (${code})` : ''}: give the "private_key" of the service account's JSON key file ("-----BEGIN PRIVATE KEY-----\\n...")`);
  }
  if (type !== 'rsa') throw new Error(`${field} is not an RSA private key (it is ${type ?? 'of an unknown type'}); a service account key is RSA`);
}

export class GCloudApi {
  readonly http: HttpClient;

  constructor(c: Record<string, string>) {
    const o = httpOptionsFromCreds(c, { baseUrl: 'https://dns.googleapis.com/dns/v1' });
    const tokenUri = c.token_uri || 'https://oauth2.googleapis.com/token';
    const privateKey = privateKeyPem(c);
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
