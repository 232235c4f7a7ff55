// DIGITALOCEAN: record-granular; the API has no batch, so each phase (deletes, changes, creates) runs
// its requests concurrently under the shared limiter (default 4 at once, 4/s: DO allows 250/min).
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { DigitalOceanApi, NAME } from './api.js';
import { fromNative, nativeKey, recordKey, toNative } from './convert.js';
import { idClaimer } from '../_core/record-ids.js';

export { NAME };
interface Op extends BatchOp { send: () => Promise<void> }

export class DigitalOceanProvider implements DnsProvider {
  readonly api: DigitalOceanApi;
  readonly #ids = new Map<string, Map<string, number[]>>();

  constructor(ctx: ProviderContext) {
    this.api = new DigitalOceanApi(ctx.creds);
  }

  async getNameservers(): Promise<string[]> {
    return ['ns1.digitalocean.com', 'ns2.digitalocean.com', 'ns3.digitalocean.com'];
  }

  async listZones(): Promise<string[]> {
    return this.api.domainNames();
  }

  async ensureZone(domain: string): Promise<void> {
    if (!(await this.api.hasDomain(domain))) await this.api.createDomain(domain);
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    if (!(await this.api.hasDomain(domain))) return [];
    const natives = (await this.api.records(domain)).filter((n) => n.type !== 'SOA');
    const ids = new Map<string, number[]>();
    for (const n of natives) ids.set(nativeKey(n, domain), [...(ids.get(nativeKey(n, domain)) ?? []), n.id!]);
    this.#ids.set(domain, ids);
    return natives.map((n) => fromNative(n, domain));
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const idOf = idClaimer(NAME, zone, 'DigitalOcean', this.#ids.get(zone), (rc) => recordKey(rc, zone));
    const { reports, real } = splitReports(changes);
    const del: Op[] = []; const put: Op[] = []; const post: Op[] = [];
    for (const ch of real) {
      if (ch.kind === 'delete') for (const o of ch.old) { const id = idOf(o); del.push({ msgs: ch.msgs, send: () => this.api.deleteRecord(zone, id) }); }
      if (ch.kind === 'create') for (const n of ch.new) { const body = toNative(n, zone); post.push({ msgs: ch.msgs, send: () => this.api.createRecord(zone, body) }); }
      if (ch.kind === 'change') { const id = idOf(ch.old[0]!); const body = toNative(ch.new[0]!, zone); put.push({ msgs: ch.msgs, send: () => this.api.updateRecord(zone, id, body) }); }
    }
    return [...reports, ...phasedCorrections(NAME, zone, [del, put, post], (op) => op.send())];
  }
}

