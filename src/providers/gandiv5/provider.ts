// GANDI_V5 (LiveDNS): label-granular like DNSControl: a changed label is one PUT /records/{name} with
// every type at that name; a label with nothing left is one DELETE. No batch across labels, so each
// phase runs concurrently under the limiter (Gandi allows about 1,000 requests a minute). As a registrar
// it sets a registered domain's delegation through the Domain API, with the same client.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { fqdnToLabel } from '../../_util/names.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext, Registrar } from '../types.js';
import { delegationCorrections, desiredNameservers } from '../_core/delegation.js';
import { sharedClient } from '../_core/shared.js';
import { splitReports } from '../_core/report.js';
import { GandiApi, NAME } from './api.js';
import { fromRRSets, toItems } from './convert.js';

export { NAME };
interface Op extends BatchOp { send: () => Promise<void> }

export class GandiProvider implements DnsProvider {
  readonly api: GandiApi;

  constructor(ctx: ProviderContext) {
    this.api = sharedClient(ctx, NAME, () => new GandiApi(ctx.creds));
  }

  getNameservers(domain: string): Promise<string[]> {
    return this.api.nameservers(domain);
  }

  listZones(): Promise<string[]> {
    return this.api.domainNames();
  }

  async ensureZone(domain: string): Promise<void> {
    if ((await this.listZones()).includes(domain)) return;
    await this.api.createDomain(domain);
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    const rrsets = await this.api.records(domain);
    return rrsets ? fromRRSets(rrsets, domain) : [];
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const { reports, real } = splitReports(changes);
    const del: Op[] = []; const put: Op[] = [];
    for (const ch of real) {
      const name = fqdnToLabel(ch.key.nameFQDN, zone);
      if (ch.new.length === 0) { del.push({ msgs: ch.msgs, send: () => this.api.deleteLabel(zone, name) }); continue; }
      const items = toItems(ch.new);
      put.push({ msgs: ch.msgs, send: () => this.api.putLabel(zone, name, items) });
    }
    return [...reports, ...phasedCorrections(NAME, zone, [del, put], (op) => op.send())];
  }
}


/** GANDI_V5 as a registrar: the delegation of a domain registered at Gandi, set as one list with the same
 *  client (token, sharing_id, rate limit) as the DNS provider of the same creds entry. */
export class GandiRegistrar implements Registrar {
  readonly api: GandiApi;

  constructor(ctx: ProviderContext) {
    this.api = sharedClient(ctx, NAME, () => new GandiApi(ctx.creds));
  }

  async getRegistrarCorrections(dc: DomainConfig): Promise<Correction[]> {
    const live = await this.api.delegation(dc.name);
    // A plain error: run/gather names the registrar's creds key and says that nothing was applied.
    if (live === undefined) throw new Error(`${dc.name} is not a domain registered at this Gandi account (or its sharing_id organisation)`);
    return delegationCorrections({
      live, want: desiredNameservers(dc),
      // DNSControl's wording for Gandi.
      message: (have, want) => `Change Nameservers from '${have}' to '${want}'`,
      set: (ns) => this.api.setDelegation(dc.name, ns),
    });
  }
}
