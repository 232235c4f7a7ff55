// HETZNER_V2 (Hetzner Console / Cloud API zones and rrsets): rrset-granular. The API has no
// multi-rrset request, so each phase (deletes, changes, creates) runs concurrently under the limiter.
// A change is change_ttl (if needed) then set_records, as hcloud-go does.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { fqdnToLabel } from '../../_util/names.js';
import { HttpClient } from '../_http/client.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages } from '../_http/paging.js';
import { recordsFromValues, valuesOf } from '../_http/rrset-text.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';

export const NAME = 'HETZNER_V2';
interface Zone { id: number; name: string; ttl: number; authoritative_nameservers?: { assigned?: string[] } }
interface RRSet { name: string; type: string; ttl: number | null; records: Array<{ value: string }> }
interface Op extends BatchOp { run: (zoneId: number) => Promise<void> }
type Paged<K extends string, T> = Record<K, T[]> & { meta?: { pagination?: { next_page?: number | null } } };

export class HetznerV2Provider implements DnsProvider {
  readonly http: HttpClient;
  readonly #zones = new Map<string, Zone | null>();

  constructor(ctx: ProviderContext) {
    const token = ctx.creds.api_token!;
    const o = httpOptionsFromCreds(ctx.creds, { baseUrl: 'https://api.hetzner.cloud/v1' });
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 5, ...o, baseUrl: o.baseUrl!, headers: { authorization: `Bearer ${token}` } });
  }

  #pages<K extends string, T>(path: string, key: K, query: Record<string, string> = {}): Promise<T[]> {
    return collectPages<T, number>(1, async (page) => {
      const r = (await this.http.request('GET', path, { query: { ...query, page, per_page: 100 } })).json<Paged<K, T>>();
      return { items: r[key], next: r.meta?.pagination?.next_page ?? null };
    });
  }

  async #zone(domain: string): Promise<Zone | undefined> {
    if (!this.#zones.get(domain)) this.#zones.set(domain, (await this.#pages<'zones', Zone>('/zones', 'zones', { name: domain }))[0] ?? null);
    return this.#zones.get(domain) ?? undefined;
  }

  async getNameservers(domain: string): Promise<string[]> {
    return (await this.#zone(domain))?.authoritative_nameservers?.assigned ?? ['hydrogen.ns.hetzner.com', 'oxygen.ns.hetzner.com', 'helium.ns.hetzner.de'];
  }

  async listZones(): Promise<string[]> {
    return (await this.#pages<'zones', Zone>('/zones', 'zones')).map((z) => z.name);
  }

  async ensureZone(domain: string): Promise<void> {
    if (await this.#zone(domain)) return;
    await this.http.request('POST', '/zones', { json: { name: domain, mode: 'primary' } });
    this.#zones.delete(domain);
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    const z = await this.#zone(domain);
    if (!z) return [];
    const rrsets = await this.#pages<'rrsets', RRSet>(`/zones/${z.id}/rrsets`, 'rrsets');
    return rrsets.filter((r) => r.type !== 'SOA')
      .flatMap((r) => recordsFromValues(r.type, r.name, r.ttl ?? z.ttl, r.records.map((x) => x.value), domain));
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const { reports, real } = splitReports(changes);
    const del: Op[] = []; const mod: Op[] = []; const add: Op[] = [];
    for (const ch of real) {
      const name = fqdnToLabel(ch.key.nameFQDN, zone);
      const path = (zid: number) => `/zones/${zid}/rrsets/${encodeURIComponent(name)}/${ch.key.type}`;
      const records = valuesOf(ch.new).map((value) => ({ value }));
      const ttl = ch.new[0]?.ttl;
      if (ch.kind === 'delete') {
        if (name === '@' && ch.key.type === 'NS') { reports.push({ msg: `Hetzner keeps its apex NS; not deleted:\n${ch.msgs.join('\n')}` }); continue; }
        del.push({ msgs: ch.msgs, run: async (zid) => { await this.http.request('DELETE', path(zid)); } });
      } else if (ch.kind === 'create') {
        add.push({ msgs: ch.msgs, run: async (zid) => { await this.http.request('POST', `/zones/${zid}/rrsets`, { json: { name, type: ch.key.type, ttl, records } }); } });
      } else {
        mod.push({
          msgs: ch.msgs,
          run: async (zid) => {
            if (ch.old[0]?.ttl !== ttl) await this.http.request('POST', `${path(zid)}/actions/change_ttl`, { json: { ttl } });
            if (!ch.onlyTTL) await this.http.request('POST', `${path(zid)}/actions/set_records`, { json: { records } });
          },
        });
      }
    }
    return [...reports, ...phasedCorrections(NAME, zone, [del, mod, add], async (op) => {
      const z = await this.#zone(zone);
      if (!z) throw new Error(`zone ${zone} does not exist at Hetzner`);
      await op.run(z.id);
    })];
  }
}

