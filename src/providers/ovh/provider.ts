// OVH: record-granular, no batch endpoint. A zone is read as its list of ids and then one GET per record,
// concurrently under the client's limiter; changes go as deletions, then updates, then creations (each
// phase concurrent), and a final POST …/refresh publishes them: OVH serves nothing written until then. A
// phase that fails after some of its requests went through still refreshes, so what was applied is served
// (the next run would find nothing to change, and so would never refresh it).
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { idClaimer } from '../_core/record-ids.js';
import { sharedClient } from '../_core/shared.js';
import { NAME, OvhDnsApi, ovhClient, type NewOvhRecord } from './api.js';
import { fromNative, recordKey, toNative } from './convert.js';

export { NAME };
interface Op extends BatchOp { send: () => Promise<void> }
interface Live { id: number; fieldType: string }

export class OvhProvider implements DnsProvider {
  readonly api: OvhDnsApi;
  readonly #live = new Map<string, Map<string, Live[]>>();

  constructor(ctx: ProviderContext) {
    // The registrar made from the same creds entry uses the same client (src/providers/_core/shared.ts).
    this.api = new OvhDnsApi(sharedClient(ctx, NAME, () => ovhClient(ctx.creds)));
  }

  async getNameservers(domain: string): Promise<string[]> {
    const z = await this.api.zoneInfo(domain);
    if (!z) throw this.#absent(domain);
    if (!Array.isArray(z.nameServers) || z.nameServers.some((n) => typeof n !== 'string')) {
      throw new ProviderError(NAME, domain, `GET /domain/zone/${domain} answered no list of nameServers`);
    }
    return z.nameServers.map((n) => n.replace(/\.$/, ''));
  }

  listZones(): Promise<string[]> {
    return this.api.zones();
  }

  #absent(domain: string): ProviderError {
    return new ProviderError(NAME, domain, 'no such zone in this OVH account (OVH creates a zone only with an order: a domain or a DNS zone)');
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    const records = await this.api.records(domain);
    if (!records) throw this.#absent(domain);
    const live = new Map<string, Live[]>();
    const out: RecordConfig[] = [];
    for (const n of records) {
      let rc: RecordConfig | undefined;
      try { rc = fromNative(n, domain); } catch (e) { throw new ProviderError(NAME, domain, (e as Error).message); }
      if (!rc) continue;
      const k = recordKey(rc);
      live.set(k, [...(live.get(k) ?? []), { id: n.id, fieldType: n.fieldType.toUpperCase() }]);
      out.push(rc);
    }
    this.#live.set(domain, live);
    return out;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const liveOf = idClaimer(NAME, zone, 'OVH record', this.#live.get(zone), recordKey);
    const { reports, real } = splitReports(changes);
    let applied = 0;
    const op = (msgs: string[], send: () => Promise<void>): Op => ({ msgs, send: async () => { await send(); applied++; } });
    const del: Op[] = []; const put: Op[] = []; const post: Op[] = [];
    for (const ch of real) {
      if (ch.kind === 'delete') for (const o of ch.old) { const { id } = liveOf(o); del.push(op(ch.msgs, () => this.api.deleteRecord(zone, id))); }
      if (ch.kind === 'create') for (const n of ch.new) { const body = toNative(n); post.push(op(ch.msgs, () => this.api.createRecord(zone, body))); }
      if (ch.kind === 'change') {
        // An update keeps the live type: a DKIM stays a DKIM (its target bare), whatever the config's meta says.
        const live = liveOf(ch.old[0]!);
        const body: NewOvhRecord = toNative(ch.new[0]!, live.fieldType);
        put.push(op(ch.msgs, () => this.api.updateRecord(zone, live.id, body)));
      }
    }
    const phases = phasedCorrections(NAME, zone, [del, put, post], (o) => o.send());
    if (phases.length === 0) return reports;
    const refresh = () => this.api.refresh(zone);
    const guarded = phases.map((c): Correction => ({
      ...c,
      run: async () => {
        try {
          await c.run!();
        } catch (e) {
          if (applied > 0) await refresh().catch(() => undefined);
          throw e;
        }
      },
    }));
    return [...reports, ...guarded, { msg: `REFRESH zone ${zone}`, run: refresh }];
  }
}
