// GCLOUD (Cloud DNS v1): rrset-granular. A zone's changes go in as few `changes.create` calls as the
// limits allow (1,000 additions and 1,000 deletions each), each atomic; an update is the live rrset's
// deletion plus the new one's addition in the same change. Plain fetch through the shared layer with a
// service-account token (src/http/oauth.ts); `@google-cloud/dns` would bring its own retry loop.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { labelToFQDN } from '../../_util/names.js';
import { HttpClient } from '../_http/client.js';
import { batchCorrections, chunkOps, type BatchOp } from '../_http/batches.js';
import { HTTP_CREDS_FIELDS, httpOptionsFromCreds } from '../_http/creds-options.js';
import { googleAssertion, postTokenForm, TokenCache } from '../_http/oauth.js';
import { collectPages } from '../_http/paging.js';
import { fqdnToLabel } from '../../_util/names.js';
import { recordsFromValues, valuesOf } from '../_http/rrset-text.js';
import { can, cannot, type Correction, type DnsProvider, type ProviderContext, type ProviderType } from '../types.js';
import { auditGCloud } from './audit.js';

const NAME = 'GCLOUD';
const SCOPE = 'https://www.googleapis.com/auth/ndev.clouddns.readwrite';
interface GRRSet { name: string; type: string; ttl: number; rrdatas: string[] }
interface MZone { name: string; dnsName: string; nameServers?: string[] }
interface Op extends BatchOp { add?: GRRSet; del?: GRRSet }

class GCloudProvider implements DnsProvider {
  readonly http: HttpClient;
  readonly #live = new Map<string, Map<string, GRRSet>>();
  readonly #zones = new Map<string, MZone | null>();
  readonly #prefix: string;

  constructor(ctx: ProviderContext) {
    const c = ctx.creds;
    if (!c.project_id || !c.private_key || !c.client_email) throw new Error(`${ctx.credkey}: GCLOUD needs "project_id", "client_email" and "private_key" (the service account JSON) in creds.json`);
    this.#prefix = c.name_prefix ?? 'zone-';
    const o = httpOptionsFromCreds(c, { baseUrl: 'https://dns.googleapis.com/dns/v1' });
    const tokenUri = c.token_uri || 'https://oauth2.googleapis.com/token';
    const privateKey = c.private_key.replace(/\\n/g, '\n');
    const tokenHttp = new HttpClient({ provider: NAME, ...o, baseUrl: tokenUri, secrets: [privateKey] });
    const tokens = new TokenCache(() => postTokenForm(tokenHttp, tokenUri, {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: googleAssertion(c.client_email!, privateKey, SCOPE, tokenUri),
    }, ['assertion']));
    this.http = new HttpClient({
      provider: NAME, concurrency: 4, ratePerSecond: 10, ...o, baseUrl: `${o.baseUrl!}/projects/${c.project_id}`, secrets: [privateKey],
      authHeaders: async () => ({ authorization: `Bearer ${await tokens.get()}` }),
    });
  }

  async #zone(domain: string): Promise<MZone | undefined> {
    if (!this.#zones.get(domain)) {
      const r = await this.http.request('GET', '/managedZones', { query: { dnsName: `${domain}.` } });
      this.#zones.set(domain, r.json<{ managedZones?: MZone[] }>().managedZones?.[0] ?? null);
    }
    return this.#zones.get(domain) ?? undefined;
  }

  async getNameservers(domain: string): Promise<string[]> {
    return ((await this.#zone(domain))?.nameServers ?? []).map((n) => n.replace(/\.$/, ''));
  }

  async listZones(): Promise<string[]> {
    const zones = await collectPages<MZone, string>('', async (pageToken) => {
      const r = (await this.http.request('GET', '/managedZones', { query: { pageToken: pageToken || undefined } })).json<{ managedZones?: MZone[]; nextPageToken?: string }>();
      return { items: r.managedZones ?? [], next: r.nextPageToken ?? null };
    });
    return zones.map((z) => z.dnsName.replace(/\.$/, ''));
  }

  async ensureZone(domain: string): Promise<void> {
    if (await this.#zone(domain)) return;
    const name = `${this.#prefix}${domain.replace(/\./g, '-')}`.toLowerCase();
    await this.http.request('POST', '/managedZones', { json: { name, dnsName: `${domain}.`, description: 'created by dnscode' } });
    this.#zones.delete(domain);
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    const z = await this.#zone(domain);
    if (!z) return [];
    const rrsets = await collectPages<GRRSet, string>('', async (pageToken) => {
      const r = (await this.http.request('GET', `/managedZones/${z.name}/rrsets`, { query: { pageToken: pageToken || undefined } })).json<{ rrsets?: GRRSet[]; nextPageToken?: string }>();
      return { items: r.rrsets ?? [], next: r.nextPageToken ?? null };
    });
    this.#live.set(domain, new Map(rrsets.map((r) => [`${r.name} ${r.type}`, r])));
    return rrsets.filter((r) => r.type !== 'SOA')
      .flatMap((r) => recordsFromValues(r.type, fqdnToLabel(r.name.replace(/\.$/, ''), domain), r.ttl, r.rrdatas, domain));
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const live = this.#live.get(zone) ?? new Map<string, GRRSet>();
    const reports: Correction[] = [];
    const ops: Op[] = [];
    for (const ch of changes) {
      if (ch.kind === 'report') { reports.push({ msg: ch.msgs.join('\n') }); continue; }
      const name = `${labelToFQDN(fqdnToLabel(ch.key.nameFQDN, zone), zone)}.`;
      const op: Op = { msgs: ch.msgs };
      // A deletion must repeat the live rrset exactly, so use what was read.
      if (ch.old.length) op.del = live.get(`${name} ${ch.key.type}`) ?? { name, type: ch.key.type, ttl: ch.old[0]!.ttl, rrdatas: valuesOf(ch.old) };
      if (ch.new.length) op.add = { name, type: ch.key.type, ttl: ch.new[0]!.ttl, rrdatas: valuesOf(ch.new) };
      ops.push(op);
    }
    if (ops.length === 0) return reports;
    const chunks = chunkOps(ops, Infinity, [{ of: (o) => (o.add ? 1 : 0), max: 1000 }, { of: (o) => (o.del ? 1 : 0), max: 1000 }]);
    return [...reports, ...batchCorrections(NAME, zone, chunks, async (chunk) => {
      const z = await this.#zone(zone);
      if (!z) throw new ProviderError(NAME, zone, 'no managed zone for this domain (run push without --no-populate, or create it)');
      await this.http.request('POST', `/managedZones/${z.name}/changes`, {
        json: { additions: chunk.flatMap((o) => (o.add ? [o.add] : [])), deletions: chunk.flatMap((o) => (o.del ? [o.del] : [])) },
      });
    })];
  }
}

export const gcloud: ProviderType = {
  name: NAME,
  roles: ['dns'],
  diffMode: 'recordset',
  capabilities: {
    canConcur: can(), canGetZones: can(), canUseCAA: can(), canUseDSForChildren: can(), canUseHTTPS: can(), canUsePTR: can(),
    canUseSRV: can(), canUseSSHFP: can(), canUseSVCB: can(), canUseTLSA: can(), canUseNAPTR: can(),
    canUseAlias: can('apex only, public zones without DNSSEC (Cloud DNS ALIAS)'), canUseDS: cannot('only for child zones'), canUseLOC: cannot(),
    canUseSOA: cannot('managed by Google'), canUseDNAME: cannot(), canUseDHCID: cannot(), canUseRP: cannot(), canUseSMIMEA: cannot(),
    canUseOPENPGPKEY: cannot(), canUseDNSKEY: cannot(), canAutoDNSSEC: cannot('not driven yet'), canUseAzureAlias: cannot(), canUseRoute53Alias: cannot(),
    docCreateDomains: can(), docDualHost: can(), docOfficiallySupported: can(),
  },
  credsFields: [
    { name: 'project_id', required: true },
    { name: 'client_email', required: true },
    { name: 'private_key', secret: true, required: true, help: 'from the service account JSON key' },
    { name: 'token_uri', default: 'https://oauth2.googleapis.com/token' },
    { name: 'name_prefix', default: 'zone-', help: 'prefix of the managed-zone name for new zones' },
    ...HTTP_CREDS_FIELDS,
  ],
  audit: auditGCloud,
  createDns: (ctx) => new GCloudProvider(ctx),
};
