// ROUTE53: rrset-granular diff; a zone's changes go in as few ChangeResourceRecordSets calls as the
// limits allow (1,000 values and 32,000 value characters per call, UPSERT counting twice), each atomic.
import type { Change as R53Change, ResourceRecordSet } from '@aws-sdk/client-route-53';
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { batchCorrections, chunkOps, type BatchOp } from '../_http/batches.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { Route53Api } from './api.js';
import { fromRRSet, rrsetType, toRRSet } from './convert.js';

const NAME = 'ROUTE53';

interface Op extends BatchOp { change: R53Change }

const valueCount = (op: Op) => (op.change.ResourceRecordSet?.ResourceRecords?.length ?? 1) * (op.change.Action === 'UPSERT' ? 2 : 1);
const valueChars = (op: Op) => (op.change.ResourceRecordSet?.ResourceRecords ?? []).reduce((n, r) => n + (r.Value?.length ?? 0), 0) * (op.change.Action === 'UPSERT' ? 2 : 1);

export class Route53Provider implements DnsProvider {
  readonly api: Route53Api;
  /** The live rrset each read record came from: a DELETE must repeat it exactly. */
  readonly #source = new WeakMap<RecordConfig, ResourceRecordSet>();
  readonly #maxChanges: number;

  constructor(ctx: ProviderContext) {
    const c = ctx.creds;
    const http = httpOptionsFromCreds(c);
    this.api = new Route53Api({ accessKeyId: c.KeyId, secretAccessKey: c.SecretKey, sessionToken: c.Token, delegationSet: c.DelegationSet }, http);
    this.#maxChanges = Number(c.batch_size || Infinity);
  }

  async #zoneId(domain: string, dc?: DomainConfig): Promise<string | undefined> {
    return this.api.zoneId(domain, dc?.meta?.zone_id);
  }

  async getNameservers(domain: string): Promise<string[]> {
    const id = await this.#zoneId(domain);
    return id ? (await this.api.nameservers(id)).map((n) => n.replace(/\.$/, '')) : [];
  }

  async listZones(): Promise<string[]> {
    return (await this.api.listZones()).map((z) => (z.Name ?? '').replace(/\.$/, ''));
  }

  async ensureZone(domain: string): Promise<void> {
    if (!(await this.#zoneId(domain))) await this.api.createZone(domain);
  }

  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    const id = await this.#zoneId(domain, dc);
    if (!id) return [];
    const out: RecordConfig[] = [];
    // An alias into this same zone reads back without zone_id, unless the config spells the id out.
    const spelled = new Set((dc?.records ?? []).filter((r) => r.type === 'R53_ALIAS' && r.r53_alias?.zone_id === id).map((r) => `${r.name} ${r.r53_alias!.type}`));
    for (const rs of await this.api.listRRSets(id)) {
      for (const rc of fromRRSet(rs, domain, id)) {
        if (rc.r53_alias && !rc.r53_alias.zone_id && spelled.has(`${rc.name} ${rc.r53_alias.type}`)) rc.r53_alias.zone_id = id;
        this.#source.set(rc, rs);
        out.push(rc);
      }
    }
    return out;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const id = await this.#zoneId(zone, dc);
    const { reports, real } = splitReports(changes);
    const deletes: Op[] = [];
    const upserts: Op[] = [];
    for (const ch of real) {
      // One diff key can hold several real rrsets (R53_ALIAS of type A and AAAA at one name).
      const types = new Set([...ch.old, ...ch.new].map(rrsetType));
      for (const t of types) {
        const olds = ch.old.filter((r) => rrsetType(r) === t);
        const news = ch.new.filter((r) => rrsetType(r) === t);
        if (news.length) {
          upserts.push({ msgs: ch.msgs, change: { Action: 'UPSERT', ResourceRecordSet: toRRSet(news, zone, id ?? '') } });
        } else if (olds.length) {
          if (ch.key.nameFQDN === zone && t === 'NS') { reports.push({ msg: `Route 53 keeps at least its apex NS; not deleted:\n${ch.msgs.join('\n')}` }); continue; }
          // A record read from Route 53 is deleted with its live values; anything else is rebuilt.
          const live = this.#source.get(olds[0]!) ?? toRRSet(olds, zone, id ?? '');
          deletes.push({ msgs: ch.msgs, change: { Action: 'DELETE', ResourceRecordSet: live } });
        }
      }
    }
    const ops = [...deletes, ...upserts];
    if (ops.length === 0) return reports;
    const chunks = chunkOps(ops, this.#maxChanges, [{ of: valueCount, max: 1000 }, { of: valueChars, max: 32000 }]);
    return [...reports, ...batchCorrections(NAME, zone, chunks, async (chunk) => {
      const zid = id ?? (await this.#zoneId(zone, dc));
      if (!zid) throw new ProviderError(NAME, zone, 'no hosted zone of that name (run push without --no-populate, or create it)');
      await this.api.change(zid, chunk.map((o) => o.change));
    })];
  }
}
