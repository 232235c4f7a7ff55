// VULTR: record-granular, no batch endpoint: each phase (deletes, changes, creates) runs its requests
// concurrently under the shared limiter (default 4 at once, 20/s: Vultr allows about 30 a second per IP).
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { VultrApi, NAME } from './api.js';
import { fromNative, recordKey, toNative } from './convert.js';
import { idClaimer } from '../_core/record-ids.js';

export { NAME };
interface Op extends BatchOp { send: () => Promise<void> }

export class VultrProvider implements DnsProvider {
  readonly api: VultrApi;
  readonly #ids = new Map<string, Map<string, string[]>>();

  constructor(ctx: ProviderContext) {
    this.api = new VultrApi(ctx.creds);
  }

  async getNameservers(): Promise<string[]> {
    return ['ns1.vultr.com', 'ns2.vultr.com'];
  }

  listZones(): Promise<string[]> {
    return this.api.domainNames();
  }

  async ensureZone(domain: string): Promise<void> {
    if (!(await this.api.hasDomain(domain))) await this.api.createDomain(domain);
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    if (!(await this.api.hasDomain(domain))) return [];
    const ids = new Map<string, string[]>();
    const out: RecordConfig[] = [];
    for (const n of await this.api.records(domain)) {
      let rc: RecordConfig;
      try { rc = fromNative(n); } catch (e) { throw new ProviderError(NAME, domain, (e as Error).message); }
      const k = recordKey(rc);
      ids.set(k, [...(ids.get(k) ?? []), n.id!]);
      out.push(rc);
    }
    this.#ids.set(domain, ids);
    return out;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const idOf = idClaimer(NAME, zone, 'Vultr', this.#ids.get(zone), (rc) => recordKey(rc));
    const { reports, real } = splitReports(changes);
    const del: Op[] = []; const put: Op[] = []; const post: Op[] = [];
    for (const ch of real) {
      if (ch.kind === 'delete') for (const o of ch.old) { const id = idOf(o); del.push({ msgs: ch.msgs, send: () => this.api.deleteRecord(zone, id) }); }
      if (ch.kind === 'create') for (const n of ch.new) { const body = toNative(n); post.push({ msgs: ch.msgs, send: () => this.api.createRecord(zone, body) }); }
      if (ch.kind === 'change') { const id = idOf(ch.old[0]!); const body = toNative(ch.new[0]!); put.push({ msgs: ch.msgs, send: () => this.api.updateRecord(zone, id, body) }); }
    }
    return [...reports, ...phasedCorrections(NAME, zone, [del, put, post], (op) => op.send())];
  }
}
