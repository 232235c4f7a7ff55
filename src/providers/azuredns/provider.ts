// AZURE_DNS: rrset-granular. ARM has no multi-record-set request, so deletions and then upserts (PUT of a
// whole record set) run concurrently under the limiter.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { fqdnToLabel } from '../../_util/names.js';
import { phasedCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { AzureApi, NAME } from './api.js';
import { fromProps, setType, toProps } from './convert.js';

export { NAME };
interface Op extends BatchOp { send: () => Promise<void> }

export class AzureProvider implements DnsProvider {
  readonly api: AzureApi;

  constructor(ctx: ProviderContext) {
    this.api = new AzureApi(ctx.creds);
  }

  async getNameservers(domain: string): Promise<string[]> {
    return ((await this.api.zone(domain))?.properties?.nameServers ?? []).map((n) => n.replace(/\.$/, ''));
  }

  async listZones(): Promise<string[]> {
    return (await this.api.zones()).map((z) => z.name);
  }

  async ensureZone(domain: string): Promise<void> {
    if (!(await this.api.zone(domain))) await this.api.createZone(domain);
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    if (!(await this.api.zone(domain))) return [];
    return (await this.api.recordSets(domain)).flatMap((s) => {
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
        if (news.length) { const props = toProps(news, zone); put.push({ msgs: ch.msgs, send: () => this.api.putRecordSet(zone, t, name, props) }); continue; }
        if (name === '@' && t === 'NS') { reports.push({ msg: `Azure's apex NS record set cannot be deleted:\n${ch.msgs.join('\n')}` }); continue; }
        del.push({ msgs: ch.msgs, send: () => this.api.deleteRecordSet(zone, t, name) });
      }
    }
    return [...reports, ...phasedCorrections(NAME, zone, [del, put], (op) => op.send())];
  }
}

