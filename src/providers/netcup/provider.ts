// NETCUP: record-granular. netcup keeps one TTL per zone, not per record: every record reads back with the
// zone's TTL, and the desired zone TTL is the highest TTL the config gives its records (so no record is
// cached for less than asked; `docs/providers/netcup.md`), set with one updateDnsZone after the record
// changes. Records go one per updateDnsRecords call (as DNSControl sends them; whether a larger set is
// atomic is not documented): deletions, then changes, then creations, each phase concurrently under the
// limiter. Apex NS are netcup's and are neither read nor written.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { workDone } from '../../_util/work.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { withTtl } from '../_core/adjust.js';
import { NetcupApi, NAME, type NetcupZone } from './api.js';
import { fromNative, recordKey, toNative } from './convert.js';
import { idClaimer } from '../_core/record-ids.js';

export { NAME };
interface Op extends BatchOp { send: () => Promise<void> }
const isApexNs = (r: RecordConfig) => r.type === 'NS' && r.name === '@';

/** The zone TTL a set of desired records asks for (undefined: no records, keep the zone's). */
export function zoneTtlOf(records: readonly RecordConfig[]): number | undefined {
  return records.length ? Math.max(...records.map((r) => r.ttl)) : undefined;
}

export class NetcupProvider implements DnsProvider {
  readonly api: NetcupApi;
  readonly #ids = new Map<string, Map<string, string[]>>();
  readonly #zones = new Map<string, NetcupZone>();
  /** The zone TTL the desired records ask for, from the read that adjusted them. */
  readonly #wantTtl = new Map<string, number>();

  constructor(ctx: ProviderContext) {
    this.api = new NetcupApi(ctx.creds);
  }

  async getNameservers(): Promise<string[]> {
    return ['root-dns.netcup.net', 'second-dns.netcup.net', 'third-dns.netcup.net'];
  }

  async ensureZone(domain: string): Promise<void> {
    if (!(await this.api.zone(domain))) {
      throw new ProviderError(NAME, domain, `${domain} is not a domain of this netcup customer (the API cannot create zones)`);
    }
  }

  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    const zone = await this.api.zone(domain);
    if (dc) {
      // netcup serves the apex NS itself, and has one TTL per zone: every desired record gets the zone TTL
      // the config asks for.
      dc.records = dc.records.filter((r) => !isApexNs(r));
      const ttl = zoneTtlOf(dc.records);
      if (ttl !== undefined) dc.records = dc.records.map((r) => withTtl(r, ttl));
      if (ttl === undefined) this.#wantTtl.delete(domain);
      else this.#wantTtl.set(domain, ttl);
    }
    if (!zone) return [];
    this.#zones.set(domain, zone);
    const ttl = Number(zone.ttl);
    const ids = new Map<string, string[]>();
    const out: RecordConfig[] = [];
    for (const n of await this.api.records(domain)) {
      const rc = fromNative(n, domain, ttl);
      if (isApexNs(rc)) continue;
      ids.set(recordKey(rc), [...(ids.get(recordKey(rc)) ?? []), n.id!]);
      out.push(rc);
    }
    this.#ids.set(domain, ids);
    return out;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const idOf = idClaimer(NAME, zone, 'netcup', this.#ids.get(zone), (rc) => recordKey(rc));
    const { reports, real } = splitReports(changes);
    const del: Op[] = []; const mod: Op[] = []; const post: Op[] = [];
    const ttlOnly: string[] = [];
    for (const ch of real) {
      if (ch.kind === 'delete') for (const o of ch.old) { const body = { ...toNative(o), id: idOf(o), deleterecord: true }; del.push({ msgs: ch.msgs, send: () => this.api.updateRecords(zone, [body]) }); }
      if (ch.kind === 'create') for (const n of ch.new) { const body = toNative(n); post.push({ msgs: ch.msgs, send: () => this.api.updateRecords(zone, [body]) }); }
      if (ch.kind === 'change') {
        const id = idOf(ch.old[0]!);
        // Only the TTL differs: the zone's TTL update below carries it.
        if (ch.onlyTTL) { ttlOnly.push(...ch.msgs); continue; }
        const body = { ...toNative(ch.new[0]!), id };
        mod.push({ msgs: ch.msgs, send: () => this.api.updateRecords(zone, [body]) });
      }
    }
    const corrections = [...reports, ...phasedCorrections(NAME, zone, [del, mod, post], (op) => op.send())];
    const current = this.#zones.get(zone);
    const want = this.#wantTtl.get(zone) ?? zoneTtlOf(dc.records.filter((r) => !isApexNs(r)));
    if (current && want !== undefined && want !== Number(current.ttl)) {
      const line = `± MODIFY-TTL zone ${zone}: ${current.ttl} → ${want} (netcup keeps one TTL per zone)`;
      corrections.push({
        msg: [line, ...ttlOnly].join('\n'),
        // The zone TTL is a change of its own when no record change carries it (all records are new).
        countsAsChange: ttlOnly.length === 0,
        run: async () => { await this.api.setZoneTtl(zone, current, want); workDone(); },
      });
    }
    return corrections;
  }
}
