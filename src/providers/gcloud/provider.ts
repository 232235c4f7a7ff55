// GCLOUD (Cloud DNS v1): rrset-granular. A zone's changes go in as few `changes.create` calls as the
// limits allow (1,000 additions and 1,000 deletions each), each atomic; an update is the live rrset's
// deletion plus the new one's addition in the same change.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { batchCorrections, chunkOps, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { checkPrivateKey, GCloudApi, NAME, privateKeyPem, type GRRSet, type MZone } from './api.js';
import { fromRRSets, rrsetName, toRRSet } from './convert.js';

export { NAME };
interface Op extends BatchOp { add?: GRRSet; del?: GRRSet }

export class GCloudProvider implements DnsProvider {
  readonly api: GCloudApi;
  readonly #live = new Map<string, Map<string, GRRSet>>();
  readonly #zones = new Map<string, MZone | null>();
  readonly #prefix: string;

  constructor(ctx: ProviderContext) {
    checkPrivateKey(ctx.credkey, privateKeyPem(ctx.creds));
    this.api = new GCloudApi(ctx.creds);
    this.#prefix = ctx.creds.name_prefix ?? 'zone-';
  }

  async #zone(domain: string): Promise<MZone | undefined> {
    if (!this.#zones.get(domain)) this.#zones.set(domain, (await this.api.zoneFor(domain)) ?? null);
    return this.#zones.get(domain) ?? undefined;
  }

  async getNameservers(domain: string): Promise<string[]> {
    return ((await this.#zone(domain))?.nameServers ?? []).map((n) => n.replace(/\.$/, ''));
  }

  async listZones(): Promise<string[]> {
    return (await this.api.zones()).map((z) => z.dnsName.replace(/\.$/, ''));
  }

  async ensureZone(domain: string): Promise<void> {
    if (await this.#zone(domain)) return;
    await this.api.createZone(`${this.#prefix}${domain.replace(/\./g, '-')}`.toLowerCase(), domain);
    this.#zones.delete(domain);
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    const z = await this.#zone(domain);
    if (!z) return [];
    const rrsets = await this.api.rrsets(z.name);
    this.#live.set(domain, new Map(rrsets.map((r) => [`${r.name} ${r.type}`, r])));
    return fromRRSets(rrsets, domain);
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const live = this.#live.get(zone) ?? new Map<string, GRRSet>();
    const { reports, real } = splitReports(changes);
    const ops: Op[] = [];
    for (const ch of real) {
      const name = rrsetName(ch.key.nameFQDN, zone);
      const op: Op = { msgs: ch.msgs };
      // A deletion must repeat the live rrset exactly, so use what was read.
      if (ch.old.length) op.del = live.get(`${name} ${ch.key.type}`) ?? toRRSet(name, ch.key.type, ch.old);
      if (ch.new.length) op.add = toRRSet(name, ch.key.type, ch.new);
      ops.push(op);
    }
    if (ops.length === 0) return reports;
    const chunks = chunkOps(ops, Infinity, [{ of: (o) => (o.add ? 1 : 0), max: 1000 }, { of: (o) => (o.del ? 1 : 0), max: 1000 }]);
    return [...reports, ...batchCorrections(NAME, zone, chunks, async (chunk) => {
      const z = await this.#zone(zone);
      if (!z) throw new ProviderError(NAME, zone, 'no managed zone for this domain (run push without --no-populate, or create it)');
      await this.api.change(z.name, chunk.flatMap((o) => (o.add ? [o.add] : [])), chunk.flatMap((o) => (o.del ? [o.del] : [])));
    })];
  }
}

