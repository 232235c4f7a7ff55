// Cloudflare API v4 through the official `cloudflare` SDK, whose HTTP goes through the shared layer: the
// SDK gets our `fetch` and maxRetries 0, so retries, Retry-After, the limiter and redaction are ours.
import Cloudflare, { APIError } from 'cloudflare';
import { HttpClient, HttpError, type HttpClientOptions } from '../_http/client.js';
import { collectPages } from '../_http/paging.js';
import type { CfNative } from './convert.js';
import { PHASE, type CfRule } from './redirects.js';

export interface CfZone { id: string; name: string; name_servers?: string[] }

export interface BatchBody { deletes: Array<{ id: string }>; puts: CfNative[]; posts: CfNative[]; patches: CfNative[] }

export interface CfAuth { apiToken?: string; apiKey?: string; apiEmail?: string }

/** Cloudflare sends total_pages; the SDK's type leaves it out. */
const totalPages = (info: unknown): number => (info as { total_pages?: number }).total_pages ?? 0;

type Params<F extends (...a: never[]) => unknown> = Parameters<F>[0];

export class CloudflareApi {
  readonly http: HttpClient;
  readonly #sdk: Cloudflare;
  readonly #accountId: string | undefined;
  readonly #zones = new Map<string, CfZone>();

  constructor(http: Partial<HttpClientOptions> & { baseUrl: string }, auth: CfAuth, accountId?: string) {
    this.http = new HttpClient({ provider: 'CLOUDFLAREAPI', concurrency: 4, ratePerSecond: 4, ...http, secrets: [auth.apiToken, auth.apiKey] });
    // Explicit nulls: the SDK would otherwise pick CLOUDFLARE_* variables from the environment.
    this.#sdk = new Cloudflare({
      apiToken: auth.apiToken ?? null, apiKey: auth.apiKey ?? null, apiEmail: auth.apiEmail ?? null, userServiceKey: null,
      baseURL: http.baseUrl, fetch: this.http.fetch, maxRetries: 0,
    });
    this.#accountId = accountId;
  }

  /** SDK errors become HttpErrors naming Cloudflare's codes ("HTTP 403: 9109 Invalid access token"). */
  async #call<T>(what: string, f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      if (e instanceof APIError && e.status !== undefined) {
        const detail = e.errors?.length ? e.errors.map((x) => `${x.code} ${x.message}`).join('; ') : e.message;
        throw new HttpError('CLOUDFLAREAPI', what.split(' ')[0]!, what.split(' ').slice(1).join(' '), e.status, '', 1, `HTTP ${e.status}: ${this.http.redactor.redact(detail)}`);
      }
      // Our layer gave up (retries spent, timeout): the SDK wraps that as a "connection error".
      if (e instanceof Error && e.cause instanceof HttpError) throw e.cause;
      if (e instanceof Error) e.message = this.http.redactor.redact(e.message);
      throw e;
    }
  }

  async listZones(): Promise<CfZone[]> {
    const zones = await collectPages(1, async (page: number) => {
      const r = await this.#call('GET /zones', () => this.#sdk.zones.list({ page, per_page: 50 }));
      return { items: r.result as CfZone[], next: page < (totalPages(r.result_info)) ? page + 1 : null };
    });
    for (const z of zones) this.#zones.set(z.name, z);
    return zones;
  }

  async zone(name: string): Promise<CfZone | undefined> {
    if (!this.#zones.has(name)) {
      const r = await this.#call('GET /zones', () => this.#sdk.zones.list({ name, per_page: 50 }));
      const z = (r.result as CfZone[]).find((x) => x.name === name);
      if (z) this.#zones.set(name, z);
    }
    return this.#zones.get(name);
  }

  async createZone(name: string): Promise<CfZone> {
    if (!this.#accountId) throw new Error('creating a zone needs "accountid" in creds.json');
    const z = (await this.#call('POST /zones', () => this.#sdk.zones.create({ name, account: { id: this.#accountId! }, type: 'full' }))) as CfZone;
    this.#zones.set(name, z);
    return z;
  }

  /** Pages by result_info.total_pages (the SDK's iterator would ask for one more, empty page). */
  async listRecords(zoneId: string): Promise<CfNative[]> {
    return collectPages(1, async (page: number) => {
      const r = await this.#call(`GET /zones/${zoneId}/dns_records`, () => this.#sdk.dns.records.list({ zone_id: zoneId, page, per_page: 5000 }));
      return { items: r.result as unknown as CfNative[], next: page < (totalPages(r.result_info)) ? page + 1 : null };
    });
  }

  /** One atomic batch: deletes → patches → puts → posts. */
  async batch(zoneId: string, body: BatchBody): Promise<void> {
    const params = { zone_id: zoneId, ...body } as unknown as Params<Cloudflare['dns']['records']['batch']>;
    await this.#call(`POST /zones/${zoneId}/dns_records/batch`, () => this.#sdk.dns.records.batch(params));
  }

  /** The zone's dynamic-redirect rules; a zone that never had any has no entrypoint ruleset (404). */
  async redirectRules(zoneId: string): Promise<CfRule[]> {
    try {
      const r = await this.#call(`GET /zones/${zoneId}/rulesets/phases/${PHASE}/entrypoint`, () => this.#sdk.rulesets.phases.get(PHASE, { zone_id: zoneId }));
      return (r.rules ?? []) as CfRule[];
    } catch (e) {
      if (e instanceof HttpError && e.status === 404) return [];
      throw e;
    }
  }

  /** Replaces every rule of the phase in one request. */
  async setRedirectRules(zoneId: string, rules: CfRule[]): Promise<void> {
    const params = { zone_id: zoneId, rules } as unknown as Params<Cloudflare['rulesets']['phases']['update']>;
    await this.#call(`PUT /zones/${zoneId}/rulesets/phases/${PHASE}/entrypoint`, () => this.#sdk.rulesets.phases.update(PHASE, params as never));
  }
}
