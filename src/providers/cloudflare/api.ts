// Cloudflare API v4 over the shared HTTP layer. Plain fetch rather than the `cloudflare` SDK: the
// SDK has its own retry loop (which would double ours) and we need only five endpoints.
import { HttpClient, HttpError, type HttpClientOptions } from '../../http/client.js';
import { collectPages } from '../../http/paging.js';
import type { CfNative } from './convert.js';

interface Envelope<T> {
  success: boolean;
  errors: Array<{ code: number; message: string }>;
  result: T;
  result_info?: { page: number; per_page: number; total_pages: number; count: number };
}

export interface CfZone { id: string; name: string; name_servers?: string[] }

export interface BatchBody { deletes: Array<{ id: string }>; puts: CfNative[]; posts: CfNative[]; patches: CfNative[] }

export class CloudflareApi {
  readonly http: HttpClient;
  readonly #accountId: string | undefined;
  readonly #zones = new Map<string, CfZone>();

  constructor(http: Partial<HttpClientOptions> & { baseUrl: string; headers: Record<string, string> }, accountId?: string) {
    this.http = new HttpClient({ provider: 'CLOUDFLAREAPI', concurrency: 4, ratePerSecond: 4, ...http });
    this.#accountId = accountId;
  }

  async #call<T>(method: string, path: string, opts: { query?: Record<string, string | number>; json?: unknown; allow?: number[] } = {}): Promise<Envelope<T>> {
    try {
      const res = await this.http.request(method, path, opts);
      return res.json<Envelope<T>>();
    } catch (e) {
      // Cloudflare explains failures in the envelope; show its codes rather than raw JSON.
      if (e instanceof HttpError) {
        let detail = e.body;
        try { detail = (JSON.parse(e.body) as Envelope<unknown>).errors.map((x) => `${x.code} ${x.message}`).join('; '); } catch { /* not JSON */ }
        throw new HttpError('CLOUDFLAREAPI', e.method, e.path, e.status, e.body, e.attempts, `HTTP ${e.status}: ${detail}`);
      }
      throw e;
    }
  }

  async listZones(): Promise<CfZone[]> {
    const zones = await collectPages(1, async (page: number) => {
      const r = await this.#call<CfZone[]>('GET', '/zones', { query: { page, per_page: 50 } });
      return { items: r.result, next: r.result_info && page < r.result_info.total_pages ? page + 1 : null };
    });
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
    const r = await this.#call<CfZone>('POST', '/zones', { json: { name, account: { id: this.#accountId }, type: 'full' } });
    this.#zones.set(name, r.result);
    return r.result;
  }

  async listRecords(zoneId: string): Promise<CfNative[]> {
    return collectPages(1, async (page: number) => {
      const r = await this.#call<CfNative[]>('GET', `/zones/${zoneId}/dns_records`, { query: { page, per_page: 5000 } });
      return { items: r.result, next: r.result_info && page < r.result_info.total_pages ? page + 1 : null };
    });
  }

  /** One atomic batch: deletes → patches → puts → posts. */
  async batch(zoneId: string, body: BatchBody): Promise<void> {
    await this.#call('POST', `/zones/${zoneId}/dns_records/batch`, { json: body });
  }
}
