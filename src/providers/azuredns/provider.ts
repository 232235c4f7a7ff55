// AZURE_DNS: rrset-granular. ARM has no multi-record-set request, so deletions and then upserts (PUT of a
// whole record set) run concurrently under the limiter; Entra ID client-credentials tokens come through
// the shared layer (src/http/oauth.ts) instead of @azure/identity, whose own retry loop would stack on ours.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { fqdnToLabel } from '../../_util/names.js';
import { HttpClient } from '../_http/client.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import { httpOptionsFromCreds } from '../_http/creds-options.js';
import { postTokenForm, TokenCache } from '../_http/oauth.js';
import { collectPages } from '../_http/paging.js';
import { can, cannot, type Correction, type DnsProvider, type ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { fromProps, setType, toProps, type AzProps } from './convert.js';

export const NAME = 'AZURE_DNS';
const API = { 'api-version': '2018-05-01' };
interface Op extends BatchOp { send: () => Promise<void> }
interface AzZone { name: string; properties?: { nameServers?: string[] } }

export class AzureProvider implements DnsProvider {
  readonly http: HttpClient;
  readonly #zonesPath: string;

  constructor(ctx: ProviderContext) {
    const c = ctx.creds;
    const o = httpOptionsFromCreds(c, { baseUrl: 'https://management.azure.com' });
    const login = (c.login_url || 'https://login.microsoftonline.com').replace(/\/+$/, '');
    const tokenUrl = `${login}/${c.TenantID}/oauth2/v2.0/token`;
    const tokenHttp = new HttpClient({ provider: NAME, ...o, baseUrl: login, secrets: [c.ClientSecret] });
    const tokens = new TokenCache(() => postTokenForm(tokenHttp, tokenUrl, {
      grant_type: 'client_credentials', client_id: c.ClientID!, client_secret: c.ClientSecret!, scope: `${o.baseUrl!.replace(/\/+$/, '')}/.default`,
    }, ['client_secret']));
    // ARM allows 10 writes/s per principal; stay below.
    this.http = new HttpClient({
      provider: NAME, concurrency: 4, ratePerSecond: 8, ...o, baseUrl: o.baseUrl!, secrets: [c.ClientSecret],
      authHeaders: async () => ({ authorization: `Bearer ${await tokens.get()}` }),
    });
    this.#zonesPath = `/subscriptions/${c.SubscriptionID}/resourceGroups/${c.ResourceGroup}/providers/Microsoft.Network/dnsZones`;
  }

  async #zone(domain: string): Promise<AzZone | undefined> {
    const r = await this.http.request('GET', `${this.#zonesPath}/${domain}`, { query: API, allow: [404] });
    return r.status === 404 ? undefined : r.json<AzZone>();
  }

  async getNameservers(domain: string): Promise<string[]> {
    return ((await this.#zone(domain))?.properties?.nameServers ?? []).map((n) => n.replace(/\.$/, ''));
  }

  async listZones(): Promise<string[]> {
    const zones = await collectPages<AzZone, string>(this.http.url(this.#zonesPath, API), async (url) => {
      const r = (await this.http.request('GET', url)).json<{ value: AzZone[]; nextLink?: string }>();
      return { items: r.value, next: r.nextLink ?? null };
    });
    return zones.map((z) => z.name);
  }

  async ensureZone(domain: string): Promise<void> {
    if (await this.#zone(domain)) return;
    await this.http.request('PUT', `${this.#zonesPath}/${domain}`, { query: API, json: { location: 'global' }, headers: { 'if-none-match': '*' } });
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    if (!(await this.#zone(domain))) return [];
    const sets = await collectPages<{ name: string; type: string; properties: AzProps }, string>(
      this.http.url(`${this.#zonesPath}/${domain}/recordsets`, { ...API, $top: 500 }),
      async (url) => {
        const r = (await this.http.request('GET', url)).json<{ value: Array<{ name: string; type: string; properties: AzProps }>; nextLink?: string }>();
        return { items: r.value, next: r.nextLink ?? null };
      },
    );
    return sets.flatMap((s) => {
      const type = s.type.split('/').pop()!;
      return type === 'SOA' ? [] : fromProps(type, s.name, s.properties);
    });
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const { reports, real } = splitReports(changes);
    const del: Op[] = []; const put: Op[] = [];
    for (const ch of real) {
      const name = fqdnToLabel(ch.key.nameFQDN, zone);
      // One diff key can hold several record sets (AZURE_ALIAS of type A and AAAA at one name).
      for (const t of new Set([...ch.old, ...ch.new].map(setType))) {
        const news = ch.new.filter((r) => setType(r) === t);
        const path = `${this.#zonesPath}/${zone}/${t}/${encodeURIComponent(name)}`;
        if (news.length) { put.push({ msgs: ch.msgs, send: async () => { await this.http.request('PUT', path, { query: API, json: { properties: toProps(news, zone) } }); } }); continue; }
        if (name === '@' && t === 'NS') { reports.push({ msg: `Azure's apex NS record set cannot be deleted:\n${ch.msgs.join('\n')}` }); continue; }
        del.push({ msgs: ch.msgs, send: async () => { await this.http.request('DELETE', path, { query: API }); } });
      }
    }
    return [...reports, ...phasedCorrections(NAME, zone, [del, put], (op) => op.send())];
  }
}

