// ORACLE: record-granular, batched. OCI cannot update a record in place: a change is REMOVE (by the
// recordHash read) plus ADD, and every operation of the zone goes in PATCH …/records requests of at most 500
// operations, each applied atomically by OCI (deletions first, then changes, then creations; a change's two
// operations never straddle two requests). The zone's own apex NS (its *.dns.oraclecloud.* name servers) are
// protected by OCI: they are reported, never removed (the run adds them to the desired zone from
// getNameservers, so they are only a change when NAMESERVER() names other servers alone).
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { batchCorrections, chunkOps, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { idClaimer } from '../_core/record-ids.js';
import { OciDnsApi, NAME, type OciOperation } from './api.js';
import { fromNative, recordKey, toOperation } from './convert.js';

export { NAME };
/** DNSControl's batch size; OCI applies each PATCH as a whole. */
export const MAX_OPERATIONS = 500;
interface Unit extends BatchOp { items: OciOperation[] }

export class OracleProvider implements DnsProvider {
  readonly api: OciDnsApi;
  readonly #ids = new Map<string, Map<string, string[]>>();
  /** Keys of the records OCI protects, per zone. */
  readonly #protected = new Map<string, Set<string>>();

  constructor(ctx: ProviderContext) {
    this.api = new OciDnsApi(ctx.creds);
  }

  async getNameservers(domain: string): Promise<string[]> {
    const z = await this.api.zone(domain);
    return (z?.nameservers ?? []).map((n) => n.hostname.replace(/\.$/, '').toLowerCase());
  }

  listZones(): Promise<string[]> {
    return this.api.zoneNames();
  }

  async ensureZone(domain: string): Promise<void> {
    if (!(await this.api.zone(domain))) await this.api.createZone(domain);
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    if (!(await this.api.zone(domain))) return [];
    const ids = new Map<string, string[]>();
    const out: RecordConfig[] = [];
    const isProtected = new Set<string>();
    for (const n of await this.api.records(domain)) {
      if (typeof n?.rtype !== 'string' || typeof n.domain !== 'string' || typeof n.rdata !== 'string') {
        throw new ProviderError(NAME, domain, `OCI answered a record without rtype, domain or rdata: ${JSON.stringify(n).slice(0, 200)}`);
      }
      if (n.rtype.toUpperCase() === 'SOA') continue;
      let rc: RecordConfig;
      try { rc = fromNative(n, domain); } catch (e) { throw new ProviderError(NAME, domain, `cannot read ${n.rtype} ${n.domain} ${JSON.stringify(n.rdata)}: ${(e as Error).message}`); }
      const k = recordKey(rc);
      if (n.recordHash) ids.set(k, [...(ids.get(k) ?? []), n.recordHash]);
      if (n.isProtected) isProtected.add(k);
      out.push(rc);
    }
    this.#ids.set(domain, ids);
    this.#protected.set(domain, isProtected);
    return out;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const hashOf = idClaimer(NAME, zone, 'OCI record hash', this.#ids.get(zone), recordKey);
    const remove = (rc: RecordConfig): OciOperation => ({ operation: 'REMOVE', recordHash: hashOf(rc) });
    const { reports, real } = splitReports(changes);
    const isProtected = (rc: RecordConfig) => this.#protected.get(zone)?.has(recordKey(rc)) === true;
    const del: Unit[] = []; const mod: Unit[] = []; const add: Unit[] = [];
    for (const ch of real) {
      if (ch.kind === 'delete') {
        for (const o of ch.old) {
          if (isProtected(o)) reports.push({ msg: `OCI protects ${o.type} ${o.name} ${o.target} (the zone's own name server): not removed` });
          else del.push({ msgs: ch.msgs, items: [remove(o)] });
        }
      }
      if (ch.kind === 'create') for (const n of ch.new) add.push({ msgs: ch.msgs, items: [toOperation(n, zone, 'ADD')] });
      if (ch.kind === 'change') {
        for (const o of ch.old.filter(isProtected)) reports.push({ msg: `OCI protects ${o.type} ${o.name} ${o.target} (the zone's own name server): not removed` });
        mod.push({ msgs: ch.msgs, items: [...ch.old.filter((o) => !isProtected(o)).map(remove), ...ch.new.map((n) => toOperation(n, zone, 'ADD'))] });
      }
    }
    const chunks = chunkOps([...del, ...mod, ...add], Number.POSITIVE_INFINITY, [{ of: (u) => u.items.length, max: MAX_OPERATIONS }]);
    const corrections = batchCorrections(NAME, zone, chunks, (chunk) => this.api.patch(zone, chunk.flatMap((u) => u.items)));
    return [...reports, ...corrections];
  }
}
