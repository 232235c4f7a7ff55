// GANDI_V5 (LiveDNS): label-granular like DNSControl: a changed label is one PUT /records/{name} with
// every type at that name; a label with nothing left is one DELETE. No batch across labels, so each
// phase runs concurrently under the limiter (Gandi allows about 1,000 requests a minute).
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { fqdnToLabel } from '../../_util/names.js';
import { HttpClient } from '../_http/client.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages, linkNext } from '../_http/paging.js';
import { groupRRSets, recordsFromValues, valuesOf } from '../_http/rrset-text.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';

export const NAME = 'GANDI_V5';
interface GRRSet { rrset_name: string; rrset_type: string; rrset_ttl: number; rrset_values: string[] }
interface Op extends BatchOp { send: () => Promise<void> }

export class GandiProvider implements DnsProvider {
  readonly http: HttpClient;
  readonly #sharing: string | undefined;

  constructor(ctx: ProviderContext) {
    const c = ctx.creds;
    const o = httpOptionsFromCreds(c, { baseUrl: 'https://api.gandi.net/v5/livedns' });
    const auth = c.token ? `Bearer ${c.token}` : `Apikey ${c.apikey}`;
    this.http = new HttpClient({ provider: NAME, concurrency: 4, ratePerSecond: 10, ...o, baseUrl: o.baseUrl!, headers: { authorization: auth } });
    this.#sharing = c.sharing_id || undefined;
  }

  #q(extra: Record<string, string | number> = {}) {
    return this.#sharing ? { ...extra, sharing_id: this.#sharing } : extra;
  }

  async getNameservers(domain: string): Promise<string[]> {
    const r = await this.http.request('GET', `/domains/${domain}/nameservers`, { query: this.#q(), allow: [404] });
    return r.status === 404 ? [] : r.json<string[]>();
  }

  async listZones(): Promise<string[]> {
    return (await this.http.request('GET', '/domains', { query: this.#q() })).json<Array<{ fqdn: string }>>().map((d) => d.fqdn);
  }

  async ensureZone(domain: string): Promise<void> {
    if ((await this.listZones()).includes(domain)) return;
    await this.http.request('POST', '/domains', { query: this.#q(), json: { fqdn: domain, zone: {} } });
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    const first = this.http.url(`/domains/${domain}/records`, this.#q());
    const probe = await this.http.request('GET', first, { allow: [404] });
    if (probe.status === 404) return [];
    const rest = linkNext(probe.headers.get('link'));
    const more = rest ? await collectPages<GRRSet, string>(rest, async (url) => {
      const r = await this.http.request('GET', url);
      return { items: r.json<GRRSet[]>(), next: linkNext(r.headers.get('link')) ?? null };
    }) : [];
    return [...probe.json<GRRSet[]>(), ...more].filter((r) => r.rrset_type !== 'SOA')
      .flatMap((r) => recordsFromValues(r.rrset_type, r.rrset_name, r.rrset_ttl, r.rrset_values, domain));
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const { reports, real } = splitReports(changes);
    const del: Op[] = []; const put: Op[] = [];
    for (const ch of real) {
      const name = fqdnToLabel(ch.key.nameFQDN, zone);
      const path = `/domains/${zone}/records/${encodeURIComponent(name)}`;
      if (ch.new.length === 0) { del.push({ msgs: ch.msgs, send: async () => { await this.http.request('DELETE', path, { query: this.#q() }); } }); continue; }
      const items = groupRRSets(ch.new).map((set) => ({ rrset_type: set[0]!.type, rrset_ttl: set[0]!.ttl, rrset_values: valuesOf(set) }));
      put.push({ msgs: ch.msgs, send: async () => { await this.http.request('PUT', path, { query: this.#q(), json: { items } }); } });
    }
    return [...reports, ...phasedCorrections(NAME, zone, [del, put], (op) => op.send())];
  }
}

