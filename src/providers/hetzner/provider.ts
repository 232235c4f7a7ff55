// HETZNER (legacy DNS Console API): record-granular. Deletes go one by one (concurrently, there is no
// bulk delete); changes go in one PUT /records/bulk and creations in one POST /records/bulk.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { HetznerApi, NAME, type Zone } from './api.js';
import { fromRecord, recordKey, toRecord } from './convert.js';

export { NAME };
interface Op extends BatchOp { send: (zoneId: string) => Promise<void> }

export class HetznerProvider implements DnsProvider {
  readonly api: HetznerApi;
  readonly #ids = new Map<string, Map<string, string[]>>();
  #zones: Promise<Zone[]> | undefined;

  constructor(ctx: ProviderContext) {
    this.api = new HetznerApi(ctx.creds);
  }

  #allZones(): Promise<Zone[]> {
    this.#zones ??= this.api.zones();
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
    await this.api.createZone(domain);
    this.#zones = undefined;
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    const z = await this.#zone(domain);
    if (!z) return [];
    const recs = (await this.api.records(z.id)).filter((r) => r.type !== 'SOA');
    const ids = new Map<string, string[]>();
    const out: RecordConfig[] = [];
    for (const r of recs) {
      const rc = fromRecord(r, z.ttl, domain);
      const k = recordKey(rc);
      ids.set(k, [...(ids.get(k) ?? []), r.id!]);
      out.push(rc);
    }
    this.#ids.set(domain, ids);
    return out;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    // A copy: ids are taken off as changes claim them, and a plan may be computed more than once.
    const ids = new Map([...(this.#ids.get(zone) ?? new Map<string, string[]>())].map(([k, v]) => [k, [...v]]));
    const idOf = (rc: RecordConfig) => {
      const id = ids.get(recordKey(rc))?.shift();
      if (!id) throw new ProviderError(NAME, zone, `cannot find the Hetzner id of ${rc.type} ${rc.name} ${rc.target}`);
      return id;
    };
    const { reports, real } = splitReports(changes);
    const del: Op[] = [];
    const puts: Array<{ msgs: string[]; id: string; rc: RecordConfig }> = [];
    const posts: Array<{ msgs: string[]; rc: RecordConfig }> = [];
    for (const ch of real) {
      if (ch.kind === 'delete') for (const o of ch.old) { const id = idOf(o); del.push({ msgs: ch.msgs, send: () => this.api.deleteRecord(id) }); }
      if (ch.kind === 'create') for (const n of ch.new) posts.push({ msgs: ch.msgs, rc: n });
      if (ch.kind === 'change') puts.push({ msgs: ch.msgs, id: idOf(ch.old[0]!), rc: ch.new[0]! });
    }
    const bulkPut: Op[] = puts.length ? [{ msgs: puts.flatMap((p) => p.msgs), send: (zid) => this.api.updateRecords(puts.map((p) => ({ ...toRecord(p.rc, zid), id: p.id }))) }] : [];
    const bulkPost: Op[] = posts.length ? [{ msgs: posts.flatMap((p) => p.msgs), send: (zid) => this.api.createRecords(posts.map((p) => toRecord(p.rc, zid))) }] : [];
    return [...reports, ...phasedCorrections(NAME, zone, [del, bulkPut, bulkPost], async (op) => {
      const z = await this.#zone(zone);
      if (!z) throw new Error(`zone ${zone} does not exist at Hetzner`);
      await op.send(z.id);
    })];
  }
}

