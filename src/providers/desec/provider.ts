// DESEC: rrset-granular; all of a zone's changes go in ONE bulk PUT on /rrsets/, which deSEC applies
// atomically (records [] deletes an rrset). TTLs below the domain's minimum_ttl are raised to it.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { fqdnToLabel } from '../../_util/names.js';
import { HttpClient, HttpError } from '../_http/client.js';
import { batchCorrections } from '../_http/batches.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { collectPages, linkNext } from '../_http/paging.js';
import { recordsFromValues, valuesOf } from '../_http/rrset-text.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';

export const NAME = 'DESEC';
interface RRSet { subname: string; type: string; ttl?: number; records: string[] }

export class DesecProvider implements DnsProvider {
  readonly http: HttpClient;
  readonly #minTtl = new Map<string, number>();

  constructor(ctx: ProviderContext) {
    const token = ctx.creds['auth-token']!;
    const o = httpOptionsFromCreds(ctx.creds, { baseUrl: 'https://desec.io/api/v1' });
    // deSEC allows 2 rrset writes/s per domain and 10 reads/s; waiting more than 3 minutes is pointless.
    this.http = new HttpClient({ provider: NAME, concurrency: 2, ratePerSecond: 2, maxRetryAfterMs: 180_000, ...o, baseUrl: o.baseUrl!, headers: { authorization: `Token ${token}` } });
  }

  async getNameservers(): Promise<string[]> {
    return ['ns1.desec.io', 'ns2.desec.org'];
  }

  async listZones(): Promise<string[]> {
    return collectPages<string, string>(this.http.url('/domains/', { cursor: '' }), async (url) => {
      const r = await this.http.request('GET', url);
      return { items: r.json<Array<{ name: string }>>().map((d) => d.name), next: linkNext(r.headers.get('link')) ?? null };
    });
  }

  async ensureZone(domain: string): Promise<void> {
    const r = await this.http.request('GET', `/domains/${domain}/`, { allow: [404] });
    if (r.status === 404) await this.http.request('POST', '/domains/', { json: { name: domain } });
  }

  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    const d = await this.http.request('GET', `/domains/${domain}/`, { allow: [404] });
    if (d.status === 404) return [];
    const min = d.json<{ minimum_ttl?: number }>().minimum_ttl ?? 3600;
    this.#minTtl.set(domain, min);
    // Always page with cursor=: without it, zones over 500 rrsets answer 400.
    const rrsets = await collectPages<RRSet, string>(this.http.url(`/domains/${domain}/rrsets/`, { cursor: '' }), async (url) => {
      const r = await this.http.request('GET', url);
      return { items: r.json<RRSet[]>(), next: linkNext(r.headers.get('link')) ?? null };
    });
    const wanted = new Map((dc?.records ?? []).map((r) => [`${r.name} ${r.type}`, r.ttl]));
    return rrsets.flatMap((rs) => {
      const label = rs.subname === '' ? '@' : rs.subname;
      // A TTL raised to minimum_ttl is reported as the TTL asked for, so it is not a change every run.
      const asked = wanted.get(`${label} ${rs.type}`);
      const ttl = rs.ttl === min && asked !== undefined && asked < min ? asked : rs.ttl!;
      return recordsFromValues(rs.type, label, ttl, rs.records, domain);
    });
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const min = this.#minTtl.get(zone) ?? 3600;
    const { reports, real } = splitReports(changes);
    const items: Array<{ msgs: string[]; rrset: RRSet }> = [];
    for (const ch of real) {
      const label = fqdnToLabel(ch.key.nameFQDN, zone);
      const subname = label === '@' ? '' : label;
      if (ch.new.length === 0) { items.push({ msgs: ch.msgs, rrset: { subname, type: ch.key.type, records: [] } }); continue; }
      const ttl = Math.max(min, ch.new[0]!.ttl);
      const msgs = ttl !== ch.new[0]!.ttl ? [...ch.msgs, `  (TTL raised to the domain's minimum_ttl ${min})`] : ch.msgs;
      items.push({ msgs, rrset: { subname, type: ch.key.type, ttl, records: valuesOf(ch.new) } });
    }
    if (items.length === 0) return reports;
    return [...reports, ...batchCorrections(NAME, zone, [items], async (chunk) => {
      try {
        await this.http.request('PUT', `/domains/${zone}/rrsets/`, { json: chunk.map((i) => i.rrset) });
      } catch (e) {
        throw e instanceof HttpError && e.status !== 0 ? new HttpError(NAME, e.method, e.path, e.status, e.body, e.attempts, `HTTP ${e.status}: ${explain(e.body, chunk.map((i) => i.rrset))}`) : e;
      }
    })];
  }
}

/** deSEC's first-stage errors are an array parallel to the request: name the rrsets they belong to. */
function explain(body: string, sent: RRSet[]): string {
  try {
    const parsed = JSON.parse(body) as unknown;
    if (Array.isArray(parsed)) {
      return parsed.map((e, i) => (e && Object.keys(e as object).length ? `${sent[i]?.subname || '@'} ${sent[i]?.type}: ${JSON.stringify(e)}` : ''))
        .filter(Boolean).join('; ');
    }
  } catch { /* not JSON */ }
  return body;
}

