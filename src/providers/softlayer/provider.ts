// SOFTLAYER: record-granular, no batch endpoint: deletions, then edits, then creations, each phase's requests
// concurrent under the shared limiter. The zone is found by name (getDomains with an objectFilter) and its
// records read in pages. TTLs under 60 s are raised to 60 before the diff, as DNSControl raises them.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { idClaimer } from '../_core/record-ids.js';
import { withTtl } from '../_core/adjust.js';
import { SoftLayerApi, NAME, type SlRecord } from './api.js';
import { MIN_TTL, changedFields, fromNative, recordKey, toNative } from './convert.js';

export { NAME };
interface Op extends BatchOp { send: () => Promise<void> }

export class SoftLayerProvider implements DnsProvider {
  readonly api: SoftLayerApi;
  readonly #ids = new Map<string, number>();
  readonly #live = new Map<string, Map<string, SlRecord[]>>();

  constructor(ctx: ProviderContext) {
    this.api = new SoftLayerApi(ctx.creds);
  }

  async getNameservers(): Promise<string[]> {
    return ['ns1.softlayer.com', 'ns2.softlayer.com'];
  }

  async listZones(): Promise<string[]> {
    return (await this.api.domains()).map((d) => d.name);
  }

  async #domainId(domain: string): Promise<number | undefined> {
    const known = this.#ids.get(domain);
    if (known !== undefined) return known;
    const id = await this.api.domainId(domain);
    if (id !== undefined) this.#ids.set(domain, id);
    return id;
  }

  async ensureZone(domain: string): Promise<void> {
    if ((await this.#domainId(domain)) === undefined) this.#ids.set(domain, await this.api.createDomain(domain));
  }

  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    if (dc) dc.records = dc.records.map((r) => (r.ttl < MIN_TTL ? withTtl(r, MIN_TTL) : r));
    const id = await this.#domainId(domain);
    if (id === undefined) return [];
    const live = new Map<string, SlRecord[]>();
    const out: RecordConfig[] = [];
    for (const n of await this.api.records(id)) {
      let rc: RecordConfig | undefined;
      try { rc = fromNative(n, domain); } catch (e) { throw new ProviderError(NAME, domain, (e as Error).message); }
      if (!rc) continue;
      const k = recordKey(rc);
      live.set(k, [...(live.get(k) ?? []), n]);
      out.push(rc);
    }
    this.#live.set(domain, live);
    return out;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const liveOf = idClaimer(NAME, zone, 'SoftLayer record', this.#live.get(zone), recordKey);
    // Known once the zone is read or created (a zone created by this push's first correction is known by then).
    const domainId = () => {
      const id = this.#ids.get(zone);
      if (id === undefined) throw new ProviderError(NAME, zone, 'the domain is not in this SoftLayer account');
      return id;
    };
    const { reports, real } = splitReports(changes);
    const del: Op[] = []; const put: Op[] = []; const post: Op[] = [];
    for (const ch of real) {
      if (ch.kind === 'delete') for (const o of ch.old) { const { id } = liveOf(o); del.push({ msgs: ch.msgs, send: () => this.api.deleteRecord(id!) }); }
      if (ch.kind === 'create') for (const n of ch.new) { const body = toNative(n); post.push({ msgs: ch.msgs, send: () => this.api.createRecord({ ...body, domainId: domainId() }) }); }
      if (ch.kind === 'change') {
        const live = liveOf(ch.old[0]!);
        const edit = changedFields(live, toNative(ch.new[0]!));
        put.push({ msgs: ch.msgs, send: () => this.api.editRecord(live.type, live.id!, edit) });
      }
    }
    return [...reports, ...phasedCorrections(NAME, zone, [del, put, post], (op) => op.send())];
  }
}
