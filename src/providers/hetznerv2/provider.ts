// HETZNER_V2 (Hetzner Console / Cloud API zones and rrsets): rrset-granular. The API has no
// multi-rrset request, so each phase (deletes, changes, creates) runs concurrently under the limiter.
// A change is change_ttl (if needed) then set_records, as hcloud-go does.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { fqdnToLabel } from '../../_util/names.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { HetznerV2Api, NAME, type Zone } from './api.js';
import { fromRRSets, toRecords } from './convert.js';

export { NAME };
interface Op extends BatchOp { run: (zoneId: number) => Promise<void> }

export class HetznerV2Provider implements DnsProvider {
  readonly api: HetznerV2Api;
  readonly #zones = new Map<string, Zone | null>();

  constructor(ctx: ProviderContext) {
    this.api = new HetznerV2Api(ctx.creds);
  }

  async #zone(domain: string): Promise<Zone | undefined> {
    if (!this.#zones.get(domain)) this.#zones.set(domain, (await this.api.zones(domain))[0] ?? null);
    return this.#zones.get(domain) ?? undefined;
  }

  async getNameservers(domain: string): Promise<string[]> {
    return (await this.#zone(domain))?.authoritative_nameservers?.assigned ?? ['hydrogen.ns.hetzner.com', 'oxygen.ns.hetzner.com', 'helium.ns.hetzner.de'];
  }

  async listZones(): Promise<string[]> {
    return (await this.api.zones()).map((z) => z.name);
  }

  async ensureZone(domain: string): Promise<void> {
    if (await this.#zone(domain)) return;
    await this.api.createZone(domain);
    this.#zones.delete(domain);
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    const z = await this.#zone(domain);
    if (!z) return [];
    return fromRRSets(await this.api.rrsets(z.id), z, domain);
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const { reports, real } = splitReports(changes);
    const del: Op[] = []; const mod: Op[] = []; const add: Op[] = [];
    for (const ch of real) {
      const name = fqdnToLabel(ch.key.nameFQDN, zone);
      const type = ch.key.type;
      const records = toRecords(ch.new);
      const ttl = ch.new[0]?.ttl;
      if (ch.kind === 'delete') {
        if (name === '@' && ch.key.type === 'NS') { reports.push({ msg: `Hetzner keeps its apex NS; not deleted:\n${ch.msgs.join('\n')}` }); continue; }
        del.push({ msgs: ch.msgs, run: (zid) => this.api.deleteRRSet(zid, name, type) });
      } else if (ch.kind === 'create') {
        add.push({ msgs: ch.msgs, run: (zid) => this.api.createRRSet(zid, { name, type, ttl: ttl ?? null, records }) });
      } else {
        mod.push({
          msgs: ch.msgs,
          run: async (zid) => {
            if (ch.old[0]?.ttl !== ttl) await this.api.changeTtl(zid, name, type, ttl);
            if (!ch.onlyTTL) await this.api.setRecords(zid, name, type, records);
          },
        });
      }
    }
    return [...reports, ...phasedCorrections(NAME, zone, [del, mod, add], async (op) => {
      const z = await this.#zone(zone);
      if (!z) throw new Error(`zone ${zone} does not exist at Hetzner`);
      await op.run(z.id);
    })];
  }
}

