// CLOUDFLAREAPI (API v4 over the shared HTTP layer): record-granular diff; every change of a zone goes into as few atomic batch
// requests (POST …/dns_records/batch) as the plan's batch limit allows.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { CloudflareApi, type BatchBody } from './api.js';
import { fromNative, nativeKey, toNative, type CfNative } from './convert.js';
import { runBatches } from '../_http/batches.js';
import { SINGLE_REDIRECT, singleRedirectRecord } from '../../rr/cf-single-redirect.js';
import { desiredRedirects, fromRule, managesRedirects, redirectChanges, toRule, type SingleRedirect } from './redirects.js';

const NAME = 'CLOUDFLAREAPI';

export class CloudflareProvider implements DnsProvider {
  readonly api: CloudflareApi;
  readonly #batchSize: number;
  readonly #meta: Record<string, unknown>;
  /** The native records last read per zone, so changes can name record ids. */
  readonly #natives = new Map<string, Map<string, CfNative[]>>();
  /** Apex NS the config asks for that Cloudflare cannot serve, by zone: dropped from the desired zone. */
  readonly #droppedNs = new Map<string, string[]>();

  constructor(ctx: ProviderContext) {
    const c = ctx.creds;
    const auth = c.apitoken ? { apiToken: c.apitoken } : { apiKey: c.apikey, apiEmail: c.apiuser };
    const http = httpOptionsFromCreds(c, { baseUrl: 'https://api.cloudflare.com/client/v4' });
    this.api = new CloudflareApi({ ...http, baseUrl: http.baseUrl! }, auth, c.accountid || undefined);
    this.#batchSize = Number(c.batch_size || 200);
    this.#meta = ctx.meta;
  }

  async getNameservers(domain: string): Promise<string[]> {
    return (await this.api.zone(domain))?.name_servers ?? [];
  }

  async listZones(): Promise<string[]> {
    return (await this.api.listZones()).map((z) => z.name);
  }

  async ensureZone(domain: string): Promise<void> {
    if (!(await this.api.zone(domain))) await this.api.createZone(domain);
  }

  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    const zone = await this.api.zone(domain);
    if (!zone) return [];
    const natives = await this.api.listRecords(zone.id);
    const byKey = new Map<string, CfNative[]>();
    for (const n of natives) byKey.set(nativeKey(n), [...(byKey.get(nativeKey(n)) ?? []), n]);
    this.#natives.set(domain, byKey);
    // TTL 1 means "automatic" (always so for proxied records): report the TTL the config asks for,
    // so a proxied record with the default TTL is not a change on every run.
    const wanted = new Map((dc?.records ?? []).map((r) => [nativeKey(safeNative(r, domain, dc)), r.ttl]));
    const records = natives
      .filter((n) => !(n.type === 'NS' && n.name === domain))
      .map((n) => {
        const rc = fromNative(n, domain);
        if (n.ttl === 1) rc.ttl = wanted.get(nativeKey(n)) ?? 1;
        return rc;
      });
    // Cloudflare serves the apex NS itself: as DNSControl (checkNSModifications), apex NS the config asks for
    // that are not Cloudflare's are left out of the desired zone with a warning, not a change on every run.
    if (dc) {
      const foreign = (r: RecordConfig) => r.type === 'NS' && r.name === '@' && !r.target.toLowerCase().endsWith('.ns.cloudflare.com.');
      this.#droppedNs.set(domain, dc.records.filter(foreign).map((r) => r.target));
      dc.records = dc.records.filter((r) => !foreign(r));
    }
    // Cloudflare serves the apex NS itself and does not list them: report the ones it assigned, with
    // the TTL the config wants, so they are never a change.
    const nsTtl = new Map((dc?.records ?? []).filter((r) => r.type === 'NS' && r.name === '@').map((r) => [r.target.toLowerCase(), r.ttl]));
    for (const ns of zone.name_servers ?? []) {
      const target = `${ns.toLowerCase()}.`;
      records.push({ type: 'NS', name: '@', target, ttl: nsTtl.get(target) ?? 86400 });
    }
    // The live rules as single-redirect records, so the record diff compares them with the config's (the rules
    // themselves are written by the redirect correction). Only for a domain whose rules the config manages.
    if (dc && managesRedirects(dc, this.#meta)) {
      for (const rule of await this.api.redirectRules(zone.id)) {
        const live = fromRule(rule);
        if (live) records.push(singleRedirectRecord(live));
      }
    }
    return records;
  }

  async #redirectCorrection(dc: DomainConfig): Promise<Correction | undefined> {
    if (!managesRedirects(dc, this.#meta)) return undefined;
    const zone = await this.api.zone(dc.name);
    if (!zone) return undefined; // a new zone: the next push sets its rules
    const live = (await this.api.redirectRules(zone.id)).map(fromRule).filter((r): r is SingleRedirect => r !== undefined);
    return redirectCorrectionFor(this.api, zone.id, live, desiredRedirects(dc));
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zoneName = dc.name;
    const meta = dc.meta ?? {};
    // A copy: ids are taken off as changes claim them, and a plan may be computed more than once.
    const natives = new Map([...(this.#natives.get(zoneName) ?? new Map<string, CfNative[]>())].map(([k, v]) => [k, [...v]]));
    const idOf = (rc: RecordConfig): string => {
      const list = natives.get(nativeKey(toNative(rc, zoneName, meta)));
      const n = list?.shift();
      if (!n?.id) throw new ProviderError(NAME, zoneName, `cannot find the Cloudflare id of ${rc.type} ${rc.name} ${rc.target}`);
      return n.id;
    };
    const ops: Array<{ kind: 'deletes' | 'puts' | 'posts'; body: { id: string } | CfNative; msgs: string[] }> = [];
    const { reports, real } = splitReports(changes);
    for (const ns of this.#droppedNs.get(zoneName) ?? []) {
      reports.push({ msg: `WARNING: cloudflare does not support modifying NS records on base domain. ${ns} will not be added.` });
    }
    for (const ch of real) {
      if (ch.key.type === SINGLE_REDIRECT) continue; // written as one rule list, below
      if (ch.key.type === 'NS' && ch.key.nameFQDN === zoneName) {
        reports.push({ msg: `Cloudflare manages the apex NS records; not changed:\n${ch.msgs.join('\n')}` });
        continue;
      }
      if (ch.kind === 'delete') for (const o of ch.old) ops.push({ kind: 'deletes', body: { id: idOf(o) }, msgs: ch.msgs });
      if (ch.kind === 'create') for (const n of ch.new) ops.push({ kind: 'posts', body: toNative(n, zoneName, meta), msgs: ch.msgs });
      if (ch.kind === 'change') ops.push({ kind: 'puts', body: { ...toNative(ch.new[0]!, zoneName, meta), id: idOf(ch.old[0]!) }, msgs: ch.msgs });
    }
    const redirects = await this.#redirectCorrection(dc);
    if (redirects) reports.push(redirects);
    if (ops.length === 0) return reports;
    // The batch runs deletes → patches → puts → posts, so keeping that order across chunks keeps
    // a delete ahead of the create that needs its name (A → CNAME).
    const order = { deletes: 0, puts: 1, posts: 2 };
    ops.sort((a, b) => order[a.kind] - order[b.kind]);
    const zone = await this.api.zone(zoneName);
    return [...reports, ...runBatches(NAME, zoneName, ops, this.#batchSize, async (chunk) => {
      const id = zone?.id ?? (await this.api.zone(zoneName))?.id;
      if (!id) throw new ProviderError(NAME, zoneName, 'zone does not exist at Cloudflare (run push without --no-populate, or create it)');
      const body: BatchBody = { deletes: [], patches: [], puts: [], posts: [] };
      for (const op of chunk) (body[op.kind] as unknown[]).push(op.body);
      await this.api.batch(id, body);
    })];
  }
}

/** The single-redirect rules as one correction (one atomic PUT of the whole list) when they differ. */
function redirectCorrectionFor(api: CloudflareApi, zoneId: string, live: SingleRedirect[], desired: SingleRedirect[]): Correction | undefined {
  const msgs = redirectChanges(live, desired);
  if (msgs.length === 0) return undefined;
  return { msg: msgs.join('\n'), run: () => api.setRedirectRules(zoneId, desired.map(toRule)) };
}

/** toNative for matching only: records the audit would reject simply never match. */
function safeNative(r: RecordConfig, zone: string, dc?: DomainConfig): CfNative {
  try { return toNative(r, zone, dc?.meta ?? {}); } catch { return { type: r.type, name: r.name, ttl: r.ttl }; }
}
