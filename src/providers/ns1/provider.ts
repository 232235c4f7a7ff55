// NS1: rrset-granular (DNSControl's diff2.ByRecordSet). The API has no multi-rrset request: each phase
// (deletes, changes, creates) runs its requests concurrently under the client's limiter. A new rrset is a
// PUT, a changed one a POST of the whole answer list, a removed one a DELETE. AUTODNSSEC toggles the zone's
// `dnssec` flag.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { workDone } from '../../_util/work.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { Ns1Api, NAME } from './api.js';
import { fromNs1, toNs1Record } from './convert.js';

export { NAME };
interface Op extends BatchOp { send: () => Promise<void> }

/** What NS1 assigns a zone when the API does not say (ns1-go's default dns_servers). */
const DEFAULT_NS = ['dns1.p01.nsone.net', 'dns2.p01.nsone.net', 'dns3.p01.nsone.net', 'dns4.p01.nsone.net'];

export class Ns1Provider implements DnsProvider {
  readonly api: Ns1Api;
  readonly #dnssec = new Map<string, boolean>();

  constructor(ctx: ProviderContext) {
    this.api = new Ns1Api(ctx.creds);
  }

  async getNameservers(domain: string): Promise<string[]> {
    // A new zone may list its servers with or without the final dot (DNSControl strips it).
    const servers = (await this.api.zone(domain))?.dns_servers;
    return servers?.length ? servers.map((s) => s.replace(/\.$/, '')) : DEFAULT_NS;
  }

  listZones(): Promise<string[]> {
    return this.api.zoneNames();
  }

  async ensureZone(domain: string): Promise<void> {
    if (!(await this.api.zone(domain))) await this.api.createZone(domain);
  }

  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    const z = await this.api.zone(domain);
    if (!z) return [];
    if (dc?.auto_dnssec) this.#dnssec.set(domain, await this.api.dnssec(domain));
    try {
      return (z.records ?? []).flatMap((r) => fromNs1(r, domain));
    } catch (e) {
      throw new ProviderError(NAME, domain, (e as Error).message);
    }
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const { reports, real } = splitReports(changes);
    const del: Op[] = []; const mod: Op[] = []; const add: Op[] = [];
    for (const ch of real) {
      const domain = ch.key.nameFQDN;
      if (ch.kind === 'delete') {
        const type = ch.key.type === 'NS1_URLFWD' ? 'URLFWD' : ch.key.type;
        del.push({ msgs: ch.msgs, send: () => this.api.deleteRecord(zone, domain, type) });
      } else {
        const body = toNs1Record(ch.new, zone, domain);
        (ch.kind === 'create' ? add : mod).push({ msgs: ch.msgs, send: () => (ch.kind === 'create' ? this.api.createRecord(body) : this.api.updateRecord(body)) });
      }
    }
    const dnssec: Correction[] = [];
    const on = this.#dnssec.get(zone);
    if (on !== undefined && dc.auto_dnssec === (on ? 'off' : 'on')) {
      const want = dc.auto_dnssec === 'on';
      dnssec.push({ msg: want ? 'ENABLE DNSSEC' : 'DISABLE DNSSEC', countsAsChange: true, run: async () => { await this.api.setDnssec(zone, want); workDone(); } });
    }
    return [...reports, ...dnssec, ...phasedCorrections(NAME, zone, [del, mod, add], (op) => op.send())];
  }
}
