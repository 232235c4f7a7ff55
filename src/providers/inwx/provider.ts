// INWX: record-granular, one JSON-RPC call per record (no batch). All deletions run first, then changes,
// then creations, each phase concurrently under the client's limiter, in one login session. A change to
// or from a null MX is a deletion and a creation (as DNSControl does it). AUTODNSSEC uses INWX's
// automatic DNSSEC (dnssec.enableDNSSEC / disableDNSSEC). As a registrar it sets a registered domain's
// delegation (domain.info / domain.update) in the same session as the DNS provider of its creds entry.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { toUnicode } from '../../_util/names.js';
import { workDone } from '../../_util/work.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext, Registrar } from '../types.js';
import { delegationCorrections, desiredNameservers } from '../_core/delegation.js';
import { sharedClient } from '../_core/shared.js';
import { splitReports } from '../_core/report.js';
import { idClaimer } from '../_core/record-ids.js';
import { InwxApi, NAME } from './api.js';
import { fromInwx, recordKey, toInwx } from './convert.js';

export { NAME };
interface Op extends BatchOp { send: () => Promise<void> }

export const LIVE_NS = ['ns.inwx.de', 'ns2.inwx.de', 'ns3.inwx.eu'];
export const SANDBOX_NS = ['ns.ote.inwx.de', 'ns2.ote.inwx.de'];
const isNullMx = (r: RecordConfig | undefined) => r?.type === 'MX' && r.target === '.';

export class InwxProvider implements DnsProvider {
  readonly api: InwxApi;
  readonly #ids = new Map<string, Map<string, number[]>>();
  readonly #dnssec = new Map<string, boolean>();

  constructor(ctx: ProviderContext) {
    this.api = sharedClient(ctx, NAME, () => new InwxApi(ctx.creds));
  }

  get #defaultNs(): string[] {
    return this.api.sandbox ? SANDBOX_NS : LIVE_NS;
  }

  async getNameservers(): Promise<string[]> {
    return this.#defaultNs;
  }

  listZones(): Promise<string[]> {
    return this.api.zoneNames();
  }

  async ensureZone(domain: string): Promise<void> {
    if (!(await this.api.records(domain))) await this.api.createZone(domain, this.#defaultNs);
  }

  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    const recs = await this.api.records(domain);
    if (!recs) return [];
    if (dc?.auto_dnssec) this.#dnssec.set(domain, await this.api.autoDnssec(domain));
    const ids = new Map<string, number[]>();
    const out: RecordConfig[] = [];
    for (const r of recs) {
      if (r.type === 'SOA') continue;
      let rc: RecordConfig;
      try { rc = fromInwx(r, domain); } catch (e) { throw new ProviderError(NAME, domain, (e as Error).message); }
      const id = Number(r.id);
      if (!Number.isInteger(id)) throw new ProviderError(NAME, domain, `INWX returned a record without a numeric id: ${JSON.stringify(r.id)}`);
      ids.set(recordKey(rc), [...(ids.get(recordKey(rc)) ?? []), id]);
      out.push(rc);
    }
    this.#ids.set(domain, ids);
    return out;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const idOf = idClaimer(NAME, zone, 'INWX', this.#ids.get(zone), recordKey);
    const { reports, real } = splitReports(changes);
    const del: Op[] = []; const mod: Op[] = []; const add: Op[] = [];
    const create = (msgs: string[], n: RecordConfig) => { const body = toInwx(n); add.push({ msgs, send: () => this.api.createRecord(zone, body) }); };
    const remove = (msgs: string[], o: RecordConfig) => { const id = idOf(o); del.push({ msgs, send: () => this.api.deleteRecord(id) }); };
    for (const ch of real) {
      if (ch.kind === 'delete') for (const o of ch.old) remove(ch.msgs, o);
      if (ch.kind === 'create') for (const n of ch.new) create(ch.msgs, n);
      if (ch.kind === 'change') {
        const o = ch.old[0]!; const n = ch.new[0]!;
        if (isNullMx(o) !== isNullMx(n)) { remove(ch.msgs, o); create(ch.msgs, n); continue; }
        const id = idOf(o); const body = toInwx(n);
        mod.push({ msgs: ch.msgs, send: () => this.api.updateRecord(id, body) });
      }
    }
    const dnssec: Correction[] = [];
    const on = this.#dnssec.get(zone);
    if (on !== undefined && dc.auto_dnssec === (on ? 'off' : 'on')) {
      const want = dc.auto_dnssec === 'on';
      // dnssec.enableDNSSEC takes an IDN in Unicode (DNSControl converts it too).
      dnssec.push({ msg: want ? 'Enable AutoDNSSEC' : 'Disable AutoDNSSEC', countsAsChange: true, run: async () => { await this.api.setAutoDnssec(want ? toUnicode(zone) : zone, want); workDone(); } });
    }
    return [...reports, ...phasedCorrections(NAME, zone, [del, mod, add], (op) => op.send()), ...dnssec];
  }
}

/** INWX as a registrar: the delegation of a domain registered at INWX, set as one list with domain.update,
 *  in the DNS provider's session when both use one creds entry (one login, one TOTP unlock). */
export class InwxRegistrar implements Registrar {
  readonly api: InwxApi;

  constructor(ctx: ProviderContext) {
    this.api = sharedClient(ctx, NAME, () => new InwxApi(ctx.creds));
  }

  async getRegistrarCorrections(dc: DomainConfig): Promise<Correction[]> {
    const live = await this.api.domainNameservers(dc.name);
    // A plain error: run/gather names the registrar's creds key and says that nothing was applied.
    if (live === undefined) throw new Error(`${dc.name} is not a domain registered at this INWX account (domain.info: Object does not exist)`);
    return delegationCorrections({ live, want: desiredNameservers(dc), set: (ns) => this.api.setDomainNameservers(dc.name, ns) });
  }
}
