// CLOUDNS: record-granular, no batch; each phase runs its requests concurrently under the shared limiter
// (4 at once, 10/s: ClouDNS blocks above 20/s, and its "Request blocked" answer, HTTP 200, is retried).
// Order matters at ClouDNS: DS deletions first (a DS needs its NS), then the other deletions; creations
// A/AAAA first (an NS inside the zone needs its address), then NS (a DS needs its NS), then the rest; changes
// last. Only listed TTLs are accepted: each desired TTL is rounded up to the zone's next allowed value
// before the diff (as DNSControl does). AUTODNSSEC_ON/OFF switch DNSSEC on or off.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { workDone } from '../../_util/work.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { withTtl } from '../_core/adjust.js';
import { CloudnsApi, DEFAULT_TTLS, NAME } from './api.js';
import { fromNative, recordKey, toParams } from './convert.js';
import { idClaimer } from '../_core/record-ids.js';

export { NAME };
interface Op extends BatchOp { send: () => Promise<void> }

/** The allowed TTL at or above `ttl` (the largest when `ttl` is above them all). */
export function fixTtl(allowed: readonly number[], ttl: number): number {
  return allowed.find((v) => v >= ttl) ?? allowed.at(-1) ?? ttl;
}

export class CloudnsProvider implements DnsProvider {
  readonly api: CloudnsApi;
  readonly #ids = new Map<string, Map<string, string[]>>();
  readonly #dnssec = new Map<string, boolean>();
  #zones: Promise<Set<string>> | undefined;
  #ns: Promise<string[]> | undefined;

  constructor(ctx: ProviderContext) {
    this.api = new CloudnsApi(ctx.creds);
  }

  #allZones(): Promise<Set<string>> {
    this.#zones ??= this.api.zoneNames().then((z) => new Set(z.map((n) => n.toLowerCase())))
      .catch((e: unknown) => { this.#zones = undefined; throw e; });
    return this.#zones;
  }

  getNameservers(): Promise<string[]> {
    this.#ns ??= this.api.nameservers().catch((e: unknown) => { this.#ns = undefined; throw e; });
    return this.#ns;
  }

  async listZones(): Promise<string[]> {
    return [...(await this.#allZones())];
  }

  async ensureZone(domain: string): Promise<void> {
    if ((await this.#allZones()).has(domain)) return;
    await this.api.createZone(domain);
    (await this.#allZones()).add(domain);
  }

  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    const exists = (await this.#allZones()).has(domain);
    if (dc) {
      const allowed = exists ? await this.api.allowedTtls(domain) : DEFAULT_TTLS;
      dc.records = dc.records.map((r) => withTtl(r, fixTtl(allowed, r.ttl)));
      if (exists && dc.auto_dnssec) this.#dnssec.set(domain, await this.api.dnssecActive(domain));
    }
    if (!exists) return [];
    const ids = new Map<string, string[]>();
    const out: RecordConfig[] = [];
    for (const n of await this.api.records(domain)) {
      const rc = fromNative(n, domain);
      ids.set(recordKey(rc), [...(ids.get(recordKey(rc)) ?? []), n.id]);
      out.push(rc);
    }
    this.#ids.set(domain, ids);
    return out;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const idOf = idClaimer(NAME, zone, 'ClouDNS', this.#ids.get(zone), (rc) => recordKey(rc));
    const { reports, real } = splitReports(changes);
    const delDs: Op[] = []; const del: Op[] = []; const addA: Op[] = []; const addNs: Op[] = []; const add: Op[] = []; const mod: Op[] = [];
    for (const ch of real) {
      if (ch.kind === 'delete') for (const o of ch.old) { const id = idOf(o); (o.type === 'DS' ? delDs : del).push({ msgs: ch.msgs, send: () => this.api.deleteRecord(zone, id) }); }
      if (ch.kind === 'create') {
        for (const n of ch.new) {
          const p = toParams(n, zone);
          const phase = n.type === 'A' || n.type === 'AAAA' ? addA : n.type === 'NS' ? addNs : add;
          phase.push({ msgs: ch.msgs, send: () => this.api.addRecord(zone, p) });
        }
      }
      if (ch.kind === 'change') { const id = idOf(ch.old[0]!); const p = toParams(ch.new[0]!, zone); mod.push({ msgs: ch.msgs, send: () => this.api.modifyRecord(zone, id, p) }); }
    }
    const dnssec: Correction[] = [];
    const active = this.#dnssec.get(zone);
    if (active !== undefined && dc.auto_dnssec === (active ? 'off' : 'on')) {
      const on = dc.auto_dnssec === 'on';
      dnssec.push({ msg: on ? 'Enable DNSSEC' : 'Disable DNSSEC', countsAsChange: true, run: async () => { await this.api.setDnssec(zone, on); workDone(); } });
    }
    return [...reports, ...dnssec, ...phasedCorrections(NAME, zone, [delDs, del, addA, addNs, add, mod], (op) => op.send())];
  }
}
