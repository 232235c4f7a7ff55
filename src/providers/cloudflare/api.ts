// The Cloudflare API v4 (api.cloudflare.com/client/v4): zones, dns_records with the atomic batch endpoint,
// and the zone's dynamic-redirect ruleset. Every answer is the envelope {success, errors, messages, result,
// result_info}; lists are page-numbered.
import { HttpClient, HttpError, type HttpClientOptions, type RequestOptions } from '../_http/client.js';
import { collectPages } from '../_http/paging.js';
import type { CfNative } from './convert.js';
import { PHASE, type CfRule } from './redirects.js';

const NAME = 'CLOUDFLAREAPI';

export interface CfZone { id: string; name: string; name_servers?: string[] }

export interface BatchBody { deletes: Array<{ id: string }>; puts: CfNative[]; posts: CfNative[]; patches: CfNative[] }

export interface CfAuth { apiToken?: string; apiKey?: string; apiEmail?: string }

interface Envelope<T> {
  success: boolean;
  errors?: Array<{ code: number; message: string }>;
  result: T;
  result_info?: { page?: number; total_pages?: number };
}

export class CloudflareApi {
  readonly http: HttpClient;
  readonly #accountId: string | undefined;
  readonly #zones = new Map<string, CfZone>();

  constructor(http: Partial<HttpClientOptions> & { baseUrl: string }, auth: CfAuth, accountId?: string) {
    // A token goes as a bearer; the legacy global key needs the account e-mail beside it.
    const headers: Record<string, string> = {};
    if (auth.apiToken) headers.authorization = `Bearer ${auth.apiToken}`;
    else {
      if (auth.apiKey) headers['x-auth-key'] = auth.apiKey;
      if (auth.apiEmail) headers['x-auth-email'] = auth.apiEmail;
    }
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 4, ...http, headers, secrets: [auth.apiToken, auth.apiKey] });
    this.#accountId = accountId;
  }

  /** One request; a failure names Cloudflare's error codes ("HTTP 403: 9109 Invalid access token"). */
  async #call<T>(method: string, path: string, ro?: RequestOptions): Promise<Envelope<T>> {
    try {
      return (await this.http.request(method, path, ro)).json<Envelope<T>>();
    } catch (e) {
      throw e instanceof HttpError && e.status !== 0 ? withCodes(e) : e;
    }
  }

  /** Every page of a list, by result_info.total_pages (asking past it would cost one empty page). */
  #pages<T>(path: string, perPage: number): Promise<T[]> {
    return collectPages<T, number>(1, async (page) => {
      const r = await this.#call<T[]>('GET', path, { query: { page, per_page: perPage } });
      return { items: r.result ?? [], next: page < (r.result_info?.total_pages ?? 0) ? page + 1 : null };
    });
  }

  async listZones(): Promise<CfZone[]> {
    const zones = await this.#pages<CfZone>('/zones', 50);
    for (const z of zones) this.#zones.set(z.name, z);
    return zones;
  }

  async zone(name: string): Promise<CfZone | undefined> {
    if (!this.#zones.has(name)) {
      const r = await this.#call<CfZone[]>('GET', '/zones', { query: { name, per_page: 50 } });
      const z = r.result.find((x) => x.name === name);
      if (z) this.#zones.set(name, z);
    }
    return this.#zones.get(name);
  }

  async createZone(name: string): Promise<CfZone> {
    if (!this.#accountId) throw new Error('creating a zone needs "accountid" in creds.json');
    const z = (await this.#call<CfZone>('POST', '/zones', { json: { name, account: { id: this.#accountId }, type: 'full' } })).result;
    this.#zones.set(name, z);
    return z;
  }

  listRecords(zoneId: string): Promise<CfNative[]> {
    return this.#pages<CfNative>(`/zones/${zoneId}/dns_records`, 5000);
  }

  /** One atomic batch: Cloudflare applies deletes → patches → puts → posts, all or nothing. */
  async batch(zoneId: string, body: BatchBody): Promise<void> {
    await this.#call('POST', `/zones/${zoneId}/dns_records/batch`, { json: body });
  }

  /** The zone's dynamic-redirect rules; a zone that never had any has no entrypoint ruleset (404). */
  async redirectRules(zoneId: string): Promise<CfRule[]> {
    try {
      return (await this.#call<{ rules?: CfRule[] }>('GET', `/zones/${zoneId}/rulesets/phases/${PHASE}/entrypoint`)).result.rules ?? [];
    } catch (e) {
      if (e instanceof HttpError && e.status === 404) return [];
      throw e;
    }
  }

  /** Replaces every rule of the phase in one request. */
  async setRedirectRules(zoneId: string, rules: CfRule[]): Promise<void> {
    await this.#call('PUT', `/zones/${zoneId}/rulesets/phases/${PHASE}/entrypoint`, { json: { rules } });
  }
}

/** The error again, its reason made of the envelope's codes and messages (the body is already redacted). */
function withCodes(e: HttpError): HttpError {
  let errors: Envelope<unknown>['errors'];
  try {
    errors = (JSON.parse(e.body) as Partial<Envelope<unknown>>).errors;
  } catch {
    return e; // not an envelope (a proxy's HTML page, or a body cut at 2 kB): the raw text says more
  }
  if (!errors?.length) return e;
  const reason = `HTTP ${e.status}: ${errors.map((x) => `${x.code} ${x.message}`).join('; ')}`;
  return new HttpError(NAME, e.method, e.path, e.status, e.body, e.attempts, reason);
}
