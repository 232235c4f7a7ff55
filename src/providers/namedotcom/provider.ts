// NAMEDOTCOM: record-granular, no batch. A change is a delete then a create (as DNSControl does it; the
// new record gets a new id). Each phase (deletes, changes, creates) runs its requests concurrently under the
// shared limiter (4 at once, 20/s: Name.com's per-second limit; its 3,000/hour answers 429, retried).
// Apex NS are Name.com's and cannot be managed: they are left out of the desired records. As a registrar it
// sets the delegation of a domain of the account (SetNameservers), with the same client.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext, Registrar } from '../types.js';
import { delegationCorrections, desiredNameservers } from '../_core/delegation.js';
import { sharedClient } from '../_core/shared.js';
import { splitReports } from '../_core/report.js';
import { NamecomApi, NAME } from './api.js';
import { fromNative, recordKey, toNative } from './convert.js';
import { idClaimer } from '../_core/record-ids.js';

export { NAME };
interface Op extends BatchOp { send: () => Promise<void> }
const isApexNs = (r: RecordConfig) => r.type === 'NS' && r.name === '@';

export class NamecomProvider implements DnsProvider {
  readonly api: NamecomApi;
  readonly #ids = new Map<string, Map<string, number[]>>();

  constructor(ctx: ProviderContext) {
    this.api = sharedClient(ctx, NAME, () => new NamecomApi(ctx.creds));
  }

  /** Name.com's four nameservers. A domain delegated to them is stored with per-account names
   *  (ns1abc.name.com for ns1.name.com): those are used when the delegation has them, as DNSControl does, so
   *  a domain whose registrar is Name.com too does not get the same correction on every run. */
  async getNameservers(domain: string): Promise<string[]> {
    const generic = ['ns1.name.com', 'ns2.name.com', 'ns3.name.com', 'ns4.name.com'];
    for (const ns of (await this.api.delegation(domain)) ?? []) {
      const m = /^ns([1-4])[a-z]{3}\.name\.com\.?$/i.exec(ns);
      if (m) generic[Number(m[1]) - 1] = ns.replace(/\.$/, '').toLowerCase();
    }
    return generic;
  }

  listZones(): Promise<string[]> {
    return this.api.domainNames();
  }

  async ensureZone(domain: string): Promise<void> {
    if (!(await this.api.hasDomain(domain))) {
      throw new ProviderError(NAME, domain, `${domain} is not a domain of this Name.com account (Name.com creates zones only by registering the domain)`);
    }
  }

  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    // Name.com serves the apex NS itself; the API cannot change them.
    if (dc) dc.records = dc.records.filter((r) => !isApexNs(r));
    const natives = await this.api.records(domain);
    if (!natives) return [];
    const ids = new Map<string, number[]>();
    const out: RecordConfig[] = [];
    for (const n of natives) {
      const rc = fromNative(n, domain);
      if (isApexNs(rc)) continue;
      ids.set(recordKey(rc), [...(ids.get(recordKey(rc)) ?? []), n.id!]);
      out.push(rc);
    }
    this.#ids.set(domain, ids);
    return out;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const idOf = idClaimer(NAME, zone, 'Name.com', this.#ids.get(zone), (rc) => recordKey(rc));
    const { reports, real } = splitReports(changes);
    const del: Op[] = []; const mod: Op[] = []; const post: Op[] = [];
    for (const ch of real) {
      if (ch.kind === 'delete') for (const o of ch.old) { const id = idOf(o); del.push({ msgs: ch.msgs, send: () => this.api.deleteRecord(zone, id) }); }
      if (ch.kind === 'create') for (const n of ch.new) { const body = toNative(n); post.push({ msgs: ch.msgs, send: () => this.api.createRecord(zone, body) }); }
      if (ch.kind === 'change') {
        const id = idOf(ch.old[0]!); const body = toNative(ch.new[0]!);
        mod.push({ msgs: ch.msgs, send: async () => { await this.api.deleteRecord(zone, id); await this.api.createRecord(zone, body); } });
      }
    }
    return [...reports, ...phasedCorrections(NAME, zone, [del, mod, post], (op) => op.send())];
  }
}

/** NAMEDOTCOM as a registrar: the delegation of a domain of the Name.com account, set as one list with the
 *  client (and rate limit) of the DNS provider of the same creds entry. */
export class NamecomRegistrar implements Registrar {
  readonly api: NamecomApi;

  constructor(ctx: ProviderContext) {
    this.api = sharedClient(ctx, NAME, () => new NamecomApi(ctx.creds));
  }

  async getRegistrarCorrections(dc: DomainConfig): Promise<Correction[]> {
    const live = await this.api.delegation(dc.name);
    // A plain error: run/gather names the registrar's creds key and says that nothing was applied.
    if (live === undefined) throw new Error(`${dc.name} is not a domain of this Name.com account`);
    return delegationCorrections({ live, want: desiredNameservers(dc), set: (ns) => this.api.setDelegation(dc.name, ns) });
  }
}
