// DNSIMPLE: record-granular, no batch endpoint: each phase (deletes, changes, creates) runs its requests
// concurrently under the shared limiter. The apex NS are DNSimple's own (system records): they are left
// out of both sides, and a config that names other apex nameservers gets a warning, as in DNSControl.
// As a registrar it sets the delegation of a domain registered at DNSimple.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext, Registrar } from '../types.js';
import { splitReports } from '../_core/report.js';
import { delegationCorrections, desiredNameservers } from '../_core/delegation.js';
import { sharedClient } from '../_core/shared.js';
import { DnsimpleApi, NAME } from './api.js';
import { fromNative, recordKey, toNative } from './convert.js';
import { idClaimer } from '../_core/record-ids.js';

export { NAME };
interface Op extends BatchOp { send: () => Promise<void> }

const NAMESERVERS = ['ns1.dnsimple-edge.com', 'ns2.dnsimple-edge.net', 'ns3.dnsimple-edge.io', 'ns4.dnsimple-edge.org'];
const OWN_NS = /\.(dnsimple\.com|dnsimple-edge\.(com|net|org|io))\.?$/i;
const isApexNs = (r: RecordConfig) => r.type === 'NS' && r.name === '@';

export class DnsimpleProvider implements DnsProvider {
  readonly api: DnsimpleApi;
  readonly #ids = new Map<string, Map<string, number[]>>();
  readonly #warnings = new Map<string, string[]>();

  constructor(ctx: ProviderContext) {
    this.api = sharedClient(ctx, NAME, () => new DnsimpleApi(ctx.creds));
  }

  async getNameservers(): Promise<string[]> {
    return NAMESERVERS;
  }

  listZones(): Promise<string[]> {
    return this.api.zoneNames();
  }

  async ensureZone(domain: string): Promise<void> {
    if (!(await this.api.hasZone(domain))) await this.api.createDomain(domain);
  }

  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    if (!(await this.api.hasZone(domain))) return [];
    const natives = (await this.api.records(domain)).filter((n) => !['SOA', 'DNSKEY', 'CDNSKEY', 'CDS'].includes(n.type));
    const records: RecordConfig[] = [];
    const ids = new Map<string, number[]>();
    for (const n of natives) {
      const rc = fromNative(n, domain);
      if (isApexNs(rc)) continue;
      records.push(rc);
      const k = recordKey(rc);
      ids.set(k, [...(ids.get(k) ?? []), n.id!]);
    }
    this.#ids.set(domain, ids);
    if (dc) {
      // DNSimple serves the apex NS itself: the desired ones are dropped (a warning for any that is not DNSimple's).
      const other = dc.records.filter((r) => isApexNs(r) && !OWN_NS.test(r.target));
      this.#warnings.set(domain, other.map((r) => `WARNING: DNSimple does not allow the apex NS records to be changed: ${r.target} is not added`));
      dc.records = dc.records.filter((r) => !isApexNs(r));
    }
    return records;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const idOf = idClaimer(NAME, zone, 'DNSimple', this.#ids.get(zone), (rc) => recordKey(rc));
    const { reports, real } = splitReports(changes);
    const warnings: Correction[] = (this.#warnings.get(zone) ?? []).map((msg) => ({ msg }));
    const del: Op[] = []; const put: Op[] = []; const post: Op[] = [];
    for (const ch of real) {
      if (ch.kind === 'delete') for (const o of ch.old) { const id = idOf(o); del.push({ msgs: ch.msgs, send: () => this.api.deleteRecord(zone, id) }); }
      if (ch.kind === 'create') for (const n of ch.new) { const body = toNative(n); post.push({ msgs: ch.msgs, send: () => this.api.createRecord(zone, body) }); }
      if (ch.kind === 'change') {
        const id = idOf(ch.old[0]!);
        const body = toNative(ch.new[0]!);
        // A record that becomes a null MX is replaced: a PATCH keeps the old priority when it is 0.
        if (body.type === 'MX' && body.content === '.') {
          del.push({ msgs: ch.msgs, send: () => this.api.deleteRecord(zone, id) });
          post.push({ msgs: ch.msgs, send: () => this.api.createRecord(zone, body) });
        } else put.push({ msgs: ch.msgs, send: () => this.api.updateRecord(zone, id, body) });
      }
    }
    const dnssec = await this.#dnssec(dc);
    return [...warnings, ...reports, ...(dnssec ? [dnssec] : []), ...phasedCorrections(NAME, zone, [del, put, post], (op) => op.send())];
  }

  /** AUTODNSSEC_ON/OFF switch DNSimple's signing of the domain; unset leaves it as it is (no request). */
  async #dnssec(dc: DomainConfig): Promise<Correction | undefined> {
    if (dc.auto_dnssec !== 'on' && dc.auto_dnssec !== 'off') return undefined;
    const on = await this.api.dnssec(dc.name);
    if (on === undefined || on === (dc.auto_dnssec === 'on')) return undefined;
    const enable = dc.auto_dnssec === 'on';
    return { msg: `± ${enable ? 'ENABLE' : 'DISABLE'} DNSSEC ${dc.name}`, countsAsChange: true, run: () => this.api.setDnssec(dc.name, enable) };
  }
}

/** DNSIMPLE as a registrar: the delegation of a domain registered at DNSimple, set as one list. */
export class DnsimpleRegistrar implements Registrar {
  readonly api: DnsimpleApi;

  constructor(ctx: ProviderContext) {
    this.api = sharedClient(ctx, NAME, () => new DnsimpleApi(ctx.creds));
  }

  async getRegistrarCorrections(dc: DomainConfig): Promise<Correction[]> {
    const state = await this.api.domainState(dc.name);
    // A plain error: run/gather names the registrar's creds key and says that nothing was applied.
    if (state === undefined) throw new Error(`${dc.name} is not a domain of this DNSimple account`);
    // A domain registered elsewhere (hosted) is served by DNSimple's own nameservers; its delegation is not DNSimple's to set.
    if (state !== 'registered') {
      return delegationCorrections({ live: NAMESERVERS, want: desiredNameservers(dc) })
        .map((c) => ({ msg: `${c.msg}\n  (not applied: ${dc.name} is not registered at DNSimple, its state is "${state}")` }));
    }
    return delegationCorrections({ live: await this.api.delegation(dc.name), want: desiredNameservers(dc), set: (ns) => this.api.setDelegation(dc.name, ns) });
  }
}
