// HETZNER (legacy DNS Console API): record-granular. Deletes go one by one (concurrently, there is no
// bulk delete); changes go in one PUT /records/bulk and creations in one POST /records/bulk.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { HttpClient } from '../_http/client.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages } from '../_http/paging.js';
import { recordsFromValues } from '../_http/rrset-text.js';
import { rdataText } from '../../rr/text.js';
import { cannot, type Correction, type DnsProvider, type ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';

export const NAME = 'HETZNER';
interface Zone { id: string; name: string; ttl: number; ns?: string[] }
interface HRecord { id?: string; zone_id: string; type: string; name: string; value: string; ttl?: number | null }
interface Op extends BatchOp { send: (zoneId: string) => Promise<void> }
type Paged<K extends string, T> = Record<K, T[]> & { meta?: { pagination?: { page: number; last_page: number } } };

const keyOf = (type: string, name: string, value: string) => `${name}\u0000${type}\u0000${value}`;

export class HetznerProvider implements DnsProvider {
  readonly http: HttpClient;
  readonly #ids = new Map<string, Map<string, string[]>>();
  #zones: Promise<Zone[]> | undefined;

  constructor(ctx: ProviderContext) {
    const token = ctx.creds.api_key!;
    const o = httpOptionsFromCreds(ctx.creds, { baseUrl: 'https://dns.hetzner.com/api/v1' });
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 5, ...o, baseUrl: o.baseUrl!, headers: { 'auth-api-token': token } });
  }

  #pages<K extends string, T>(path: string, key: K, query: Record<string, string> = {}): Promise<T[]> {
    return collectPages<T, number>(1, async (page) => {
      const res = await this.http.request('GET', path, { query: { ...query, page, per_page: 100 }, allow: [404] });
      if (res.status === 404) return { items: [] }; // an account with no zones answers 404
      const r = res.json<Paged<K, T>>();
      return { items: r[key] ?? [], next: r.meta?.pagination && r.meta.pagination.page < r.meta.pagination.last_page ? page + 1 : null };
    });
  }

  #allZones(): Promise<Zone[]> {
    this.#zones ??= this.#pages<'zones', Zone>('/zones', 'zones');
    return this.#zones;
  }

  async #zone(domain: string): Promise<Zone | undefined> {
    return (await this.#allZones()).find((z) => z.name === domain);
  }

  async getNameservers(domain: string): Promise<string[]> {
    return (await this.#zone(domain))?.ns ?? ['hydrogen.ns.hetzner.com', 'oxygen.ns.hetzner.com', 'helium.ns.hetzner.de'];
  }

  async listZones(): Promise<string[]> {
    return (await this.#allZones()).map((z) => z.name);
  }

  async ensureZone(domain: string): Promise<void> {
    if (await this.#zone(domain)) return;
    await this.http.request('POST', '/zones', { json: { name: domain } });
    this.#zones = undefined;
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    const z = await this.#zone(domain);
    if (!z) return [];
    const recs = (await this.#pages<'records', HRecord>('/records', 'records', { zone_id: z.id })).filter((r) => r.type !== 'SOA');
    const ids = new Map<string, string[]>();
    const out: RecordConfig[] = [];
    for (const r of recs) {
      const [rc] = recordsFromValues(r.type, r.name, r.ttl ?? z.ttl, [r.value], domain);
      const k = keyOf(rc!.type, rc!.name, rdataText(rc!));
      ids.set(k, [...(ids.get(k) ?? []), r.id!]);
      out.push(rc!);
    }
    this.#ids.set(domain, ids);
    return out;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    // A copy: ids are taken off as changes claim them, and a plan may be computed more than once.
    const ids = new Map([...(this.#ids.get(zone) ?? new Map<string, string[]>())].map(([k, v]) => [k, [...v]]));
    const idOf = (rc: RecordConfig) => {
      const id = ids.get(keyOf(rc.type, rc.name, rdataText(rc)))?.shift();
      if (!id) throw new ProviderError(NAME, zone, `cannot find the Hetzner id of ${rc.type} ${rc.name} ${rc.target}`);
      return id;
    };
    const wire = (rc: RecordConfig, zid: string): HRecord => ({ zone_id: zid, type: rc.type, name: rc.name, value: rdataText(rc), ttl: rc.ttl });
    const { reports, real } = splitReports(changes);
    const del: Op[] = [];
    const puts: Array<{ msgs: string[]; id: string; rc: RecordConfig }> = [];
    const posts: Array<{ msgs: string[]; rc: RecordConfig }> = [];
    for (const ch of real) {
      if (ch.kind === 'delete') for (const o of ch.old) { const id = idOf(o); del.push({ msgs: ch.msgs, send: async () => { await this.http.request('DELETE', `/records/${id}`); } }); }
      if (ch.kind === 'create') for (const n of ch.new) posts.push({ msgs: ch.msgs, rc: n });
      if (ch.kind === 'change') puts.push({ msgs: ch.msgs, id: idOf(ch.old[0]!), rc: ch.new[0]! });
    }
    const bulkPut: Op[] = puts.length ? [{ msgs: puts.flatMap((p) => p.msgs), send: async (zid) => { await this.http.request('PUT', '/records/bulk', { json: { records: puts.map((p) => ({ ...wire(p.rc, zid), id: p.id })) } }); } }] : [];
    const bulkPost: Op[] = posts.length ? [{ msgs: posts.flatMap((p) => p.msgs), send: async (zid) => { await this.http.request('POST', '/records/bulk', { json: { records: posts.map((p) => wire(p.rc, zid)) } }); } }] : [];
    return [...reports, ...phasedCorrections(NAME, zone, [del, bulkPut, bulkPost], async (op) => {
      const z = await this.#zone(zone);
      if (!z) throw new Error(`zone ${zone} does not exist at Hetzner`);
      await op.send(z.id);
    })];
  }
}

