// DESEC: rrset-granular; all of a zone's changes go in ONE bulk PUT on /rrsets/, which deSEC applies
// atomically (records [] deletes an rrset). TTLs below the domain's minimum_ttl are raised to it.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { batchCorrections } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { DesecApi, NAME } from './api.js';
import { fromRRSet, toRRSet } from './convert.js';

export { NAME };

export class DesecProvider implements DnsProvider {
  readonly api: DesecApi;
  readonly #minTtl = new Map<string, number>();

  constructor(ctx: ProviderContext) {
    this.api = new DesecApi(ctx.creds);
  }

  async getNameservers(): Promise<string[]> {
    return ['ns1.desec.io', 'ns2.desec.org'];
  }

  listZones(): Promise<string[]> {
    return this.api.domainNames();
  }

  async ensureZone(domain: string): Promise<void> {
    if (!(await this.api.domain(domain))) await this.api.createDomain(domain);
  }

  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    const d = await this.api.domain(domain);
    if (!d) return [];
    const min = d.minimum_ttl ?? 3600;
    this.#minTtl.set(domain, min);
    const rrsets = await this.api.rrsets(domain);
    const wanted = new Map((dc?.records ?? []).map((r) => [`${r.name} ${r.type}`, r.ttl]));
    return rrsets.flatMap((rs) => fromRRSet(rs, domain, min, wanted.get(`${rs.subname === '' ? '@' : rs.subname} ${rs.type}`)));
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const min = this.#minTtl.get(zone) ?? 3600;
    const { reports, real } = splitReports(changes);
    const items = real.map((ch) => toRRSet(ch, zone, min));
    if (items.length === 0) return reports;
    return [...reports, ...batchCorrections(NAME, zone, [items], (chunk) => this.api.putRRSets(zone, chunk.map((i) => i.rrset)))];
  }
}
