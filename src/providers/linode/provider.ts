// LINODE: record-granular, no batch endpoint: each phase (deletes, changes, creates) runs its requests
// concurrently under the shared limiter. A creation sends its TTL in the POST, as Linode documents
// (post-domain-record); only when the answer shows another TTL (DNSControl reports Linode ignoring it and
// always PUTs again) does a PUT of the same body follow. Its apex NS (ns1–ns5.linode.com) are not
// in the API: they are read as fixed records and never changed. TTLs are rounded up to Linode's values; a
// record whose stored TTL is the rounding of the configured one reads as the configured one.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { LinodeApi, NAME } from './api.js';
import { fromNative, recordKey, snapTtl, toNative, type LinodeRecord } from './convert.js';
import { idClaimer } from '../_core/record-ids.js';

export { NAME };
interface Op extends BatchOp { send: () => Promise<void> }

const NAMESERVERS = ['ns1.linode.com', 'ns2.linode.com', 'ns3.linode.com', 'ns4.linode.com', 'ns5.linode.com'];
const isNullMx = (r: RecordConfig | undefined) => r?.type === 'MX' && r.target === '.';

export class LinodeProvider implements DnsProvider {
  readonly api: LinodeApi;
  readonly #soaEmail: string | undefined;
  #domainIds: Map<string, number> | undefined;
  /** Per zone: record key → ids (id 0: one of Linode's own apex NS). */
  readonly #ids = new Map<string, Map<string, number[]>>();

  constructor(ctx: ProviderContext) {
    this.api = new LinodeApi(ctx.creds);
    this.#soaEmail = ctx.creds.soa_email || undefined;
  }

  async getNameservers(): Promise<string[]> {
    return NAMESERVERS;
  }

  async #domains(refresh = false): Promise<Map<string, number>> {
    if (!this.#domainIds || refresh) this.#domainIds = new Map((await this.api.domains()).map((d) => [d.domain.toLowerCase(), d.id]));
    return this.#domainIds;
  }

  async #domainId(zone: string): Promise<number | undefined> {
    return (await this.#domains()).get(zone) ?? (await this.#domains(true)).get(zone);
  }

  async listZones(): Promise<string[]> {
    return [...(await this.#domains(true)).keys()];
  }

  async ensureZone(domain: string): Promise<void> {
    if ((await this.#domainId(domain)) !== undefined) return;
    const d = await this.api.createDomain(domain, this.#soaEmail ?? `hostmaster@${domain}`);
    this.#domainIds?.set(domain, d.id);
  }

  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    const id = await this.#domainId(domain);
    if (id === undefined) return [];
    // The config's TTL of each record, to read a rounded TTL as the one asked for.
    const asked = new Map((dc?.records ?? []).map((r) => [recordKey(r), r.ttl]));
    const ids = new Map<string, number[]>();
    const out: RecordConfig[] = [];
    const add = (rc: RecordConfig, rid: number) => {
      const k = recordKey(rc);
      const want = asked.get(k);
      if (want !== undefined && (rid === 0 || snapTtl(want) === rc.ttl)) rc.ttl = want;
      ids.set(k, [...(ids.get(k) ?? []), rid]);
      out.push(rc);
    };
    for (const n of await this.api.records(id)) add(fromNative(n), n.id!);
    for (const ns of NAMESERVERS) add({ type: 'NS', name: '@', target: `${ns}.`, ttl: 300 }, 0);
    this.#ids.set(domain, ids);
    return out;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    // Resolved when a request is sent: a zone that push creates has no id when a preview plans it.
    const did = async () => {
      const id = await this.#domainId(zone);
      if (id === undefined) throw new ProviderError(NAME, zone, `${zone} is not a domain of this Linode account`);
      return id;
    };
    const idOf = idClaimer(NAME, zone, 'Linode', this.#ids.get(zone), (rc) => recordKey(rc));
    const { reports, real } = splitReports(changes);
    const notes: Correction[] = [];
    // Linode refuses an MX next to a null MX: a null MX leaves first and arrives last.
    const first: Op[] = []; const del: Op[] = []; const put: Op[] = []; const post: Op[] = []; const last: Op[] = [];
    const msgsOf = (ch: Change, body?: LinodeRecord, ttl?: number) =>
      body && ttl !== undefined && body.ttl_sec !== ttl ? [...ch.msgs, `  (Linode stores TTL ${ttl} as ${body.ttl_sec})`] : ch.msgs;
    for (const ch of real) {
      if (ch.kind === 'delete') {
        for (const o of ch.old) {
          const id = idOf(o);
          if (id === 0) { notes.push({ msg: `${ch.msgs.join('\n')}\n  (not applied: ${o.target} is one of Linode's own nameservers)` }); continue; }
          (isNullMx(o) ? first : del).push({ msgs: ch.msgs, send: async () => this.api.deleteRecord(await did(), id) });
        }
      }
      if (ch.kind === 'create') {
        for (const n of ch.new) {
          const body = toNative(n, zone);
          (isNullMx(n) ? last : post).push({ msgs: msgsOf(ch, body, n.ttl), send: async () => this.#create(await did(), body, zone) });
        }
      }
      if (ch.kind === 'change') {
        const id = idOf(ch.old[0]!);
        const body = toNative(ch.new[0]!, zone);
        if (id === 0) { notes.push({ msg: `${ch.msgs.join('\n')}\n  (not applied: Linode's own nameservers cannot be changed)` }); continue; }
        const phase = isNullMx(ch.old[0]) ? first : isNullMx(ch.new[0]) ? last : put;
        phase.push({ msgs: msgsOf(ch, body, ch.new[0]!.ttl), send: async () => this.api.updateRecord(await did(), id, body) });
      }
    }
    // A record whose POST worked but whose TTL PUT failed exists: its change counts as applied, and the phase
    // then fails saying so (a PUT failure must not read as "not applied", nor pass silently).
    const ttlFailed: Array<{ msgs: string[]; error: unknown }> = [];
    const phases = phasedCorrections(NAME, zone, [first, del, put, post, last], async (op) => {
      try { await op.send(); } catch (e) {
        if (!(e instanceof TtlNotSet)) throw e;
        ttlFailed.push({ msgs: op.msgs, error: e.cause });
      }
    }).map((c): Correction => ({
      ...c,
      run: async () => {
        await c.run!();
        if (ttlFailed.length === 0) return;
        const failed = ttlFailed.splice(0);
        const first = failed[0]!.error;
        throw new ProviderError(NAME, zone, `${failed.length} record(s) created with Linode's default TTL: setting their TTL failed: ${first instanceof Error ? first.message : String(first)}`,
          { cause: first, applied: [...new Set(failed.flatMap((f) => f.msgs))], notApplied: [] });
      },
    }));
    return [...reports, ...notes, ...phases];
  }

  /** POST, then a PUT of the same body when the answer shows that the TTL was not taken. */
  async #create(domainId: number, body: LinodeRecord, zone: string): Promise<void> {
    const made = await this.api.createRecord(domainId, body);
    if (made.id === undefined) throw new ProviderError(NAME, zone, `Linode answered a creation without a record id`);
    if (made.ttl_sec === body.ttl_sec) return;
    try {
      await this.api.updateRecord(domainId, made.id, body);
    } catch (e) {
      throw new TtlNotSet(e);
    }
  }
}

/** The record was created, but the PUT that sets its TTL failed. */
class TtlNotSet extends Error {
  constructor(cause: unknown) { super('the TTL of a created record was not set', { cause }); }
}
