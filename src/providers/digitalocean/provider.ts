// DIGITALOCEAN: record-granular; the API has no batch, so each phase (deletes, changes, creates) runs
// its requests concurrently under the shared limiter (default 4 at once, 4/s: DO allows 250/min).
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { HttpClient } from '../_http/client.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages } from '../_http/paging.js';
import { cannot, type Correction, type DnsProvider, type ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { fromNative, nativeKey, recordKey, toNative, type DoNative } from './convert.js';

export const NAME = 'DIGITALOCEAN';
interface Op extends BatchOp { method: 'POST' | 'PUT' | 'DELETE'; id?: number; body?: DoNative }

export class DigitalOceanProvider implements DnsProvider {
  readonly http: HttpClient;
  readonly #ids = new Map<string, Map<string, number[]>>();

  constructor(ctx: ProviderContext) {
    const token = ctx.creds.token!;
    const o = httpOptionsFromCreds(ctx.creds, { baseUrl: 'https://api.digitalocean.com/v2' });
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 4, ...o, baseUrl: o.baseUrl!, headers: { authorization: `Bearer ${token}` } });
  }

  async #pages<T>(path: string, key: string): Promise<T[]> {
    return collectPages<T, string>(this.http.url(path, { per_page: 200 }), async (url) => {
      const r = (await this.http.request('GET', url)).json<Record<string, unknown> & { links?: { pages?: { next?: string } } }>();
      return { items: (r[key] as T[]) ?? [], next: r.links?.pages?.next ?? null };
    });
  }

  async getNameservers(): Promise<string[]> {
    return ['ns1.digitalocean.com', 'ns2.digitalocean.com', 'ns3.digitalocean.com'];
  }

  async listZones(): Promise<string[]> {
    return (await this.#pages<{ name: string }>('/domains', 'domains')).map((d) => d.name);
  }

  async ensureZone(domain: string): Promise<void> {
    const r = await this.http.request('GET', `/domains/${domain}`, { allow: [404] });
    if (r.status === 404) await this.http.request('POST', '/domains', { json: { name: domain } });
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    const exists = await this.http.request('GET', `/domains/${domain}`, { allow: [404] });
    if (exists.status === 404) return [];
    const natives = (await this.#pages<DoNative>(`/domains/${domain}/records`, 'domain_records')).filter((n) => n.type !== 'SOA');
    const ids = new Map<string, number[]>();
    for (const n of natives) ids.set(nativeKey(n, domain), [...(ids.get(nativeKey(n, domain)) ?? []), n.id!]);
    this.#ids.set(domain, ids);
    return natives.map((n) => fromNative(n, domain));
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    // A copy: ids are taken off as changes claim them, and a plan may be computed more than once.
    const ids = new Map([...(this.#ids.get(zone) ?? new Map<string, number[]>())].map(([k, v]) => [k, [...v]]));
    const idOf = (rc: RecordConfig) => {
      const id = ids.get(recordKey(rc, zone))?.shift();
      if (id === undefined) throw new ProviderError(NAME, zone, `cannot find the DigitalOcean id of ${rc.type} ${rc.name} ${rc.target}`);
      return id;
    };
    const { reports, real } = splitReports(changes);
    const del: Op[] = []; const put: Op[] = []; const post: Op[] = [];
    for (const ch of real) {
      if (ch.kind === 'delete') for (const o of ch.old) del.push({ msgs: ch.msgs, method: 'DELETE', id: idOf(o) });
      if (ch.kind === 'create') for (const n of ch.new) post.push({ msgs: ch.msgs, method: 'POST', body: toNative(n, zone) });
      if (ch.kind === 'change') put.push({ msgs: ch.msgs, method: 'PUT', id: idOf(ch.old[0]!), body: toNative(ch.new[0]!, zone) });
    }
    return [...reports, ...phasedCorrections(NAME, zone, [del, put, post], async (op) => {
      const path = op.id === undefined ? `/domains/${zone}/records` : `/domains/${zone}/records/${op.id}`;
      await this.http.request(op.method, path, { json: op.body });
    })];
  }
}

