// NAMECHEAP: whole-zone. namecheap.domains.dns.setHosts replaces every host of the domain, so a push sends
// the whole zone in one request: the desired records after IGNORE/NO_PURGE (the diff's desiredPlus, so
// records dnscode does not manage are in it), plus every host of a type dnscode cannot express, exactly as
// read. Nothing the config does not manage is ever dropped. Apex NS are Namecheap's (registrar-servers.com)
// and cannot be set: left out, with a warning for others, as DNSControl does.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import { batchCorrections, type BatchOp } from '../_http/batches.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { sharedClient } from '../_core/shared.js';
import { NamecheapApiError, NamecheapClient, NAME, NC_ERR, splitDomain } from './api.js';
import { EXPRESSIBLE, fromHost, isParking, toHost, type NamecheapHost } from './convert.js';
import { findAll, findFirst } from './xml.js';

export { NAME };
const NAMESERVERS = ['dns1.registrar-servers.com', 'dns2.registrar-servers.com'];
const isApexNs = (r: RecordConfig) => r.type === 'NS' && r.name === '@';

interface ZoneState {
  /** Hosts of types dnscode cannot express, written back as read. */
  kept: NamecheapHost[];
  /** The domain's EmailType (MX, MXE, FWD, OX, GMAIL…), kept unless the config has MX records. */
  emailType?: string;
  /** Apex NS the config asks for that Namecheap will not serve. */
  droppedNs: string[];
}

export class NamecheapProvider implements DnsProvider {
  readonly api: NamecheapClient;
  readonly #zones = new Map<string, ZoneState>();

  constructor(ctx: ProviderContext) {
    // The registrar made from the same creds entry uses the same client (src/providers/_core/shared.ts).
    this.api = sharedClient(ctx, NAME, () => new NamecheapClient(ctx.creds));
  }

  async getNameservers(): Promise<string[]> {
    return NAMESERVERS;
  }

  listZones(): Promise<string[]> {
    return this.api.domainNames();
  }

  async ensureZone(domain: string): Promise<void> {
    if ((await this.#hosts(domain)) === undefined) {
      throw new ProviderError(NAME, domain, `${domain} is not a domain of this Namecheap account (the API cannot create zones: register the domain first)`);
    }
  }

  /** The domain's hosts and EmailType; undefined when the domain is not in the account. */
  async #hosts(domain: string): Promise<{ hosts: NamecheapHost[]; emailType?: string } | undefined> {
    try {
      const resp = await this.api.call('namecheap.domains.dns.getHosts', splitDomain(domain));
      const result = findFirst(resp, 'DomainDNSGetHostsResult');
      const hosts = findAll(resp, 'host').map((h) => ({
        Name: h.attrs.Name ?? '', Type: (h.attrs.Type ?? '').toUpperCase(), Address: h.attrs.Address ?? '',
        MXPref: h.attrs.MXPref ?? '10', TTL: h.attrs.TTL ?? '1800', HostId: h.attrs.HostId,
      }));
      return { hosts, emailType: result?.attrs.EmailType || undefined };
    } catch (e) {
      if (e instanceof NamecheapApiError && e.numbers.some((n) => n === NC_ERR.domainNotFound || n === NC_ERR.notAssociated)) return undefined;
      if (e instanceof NamecheapApiError && e.numbers.includes(NC_ERR.notOurDns)) {
        throw new ProviderError(NAME, domain, `${e.message}: the domain must use Namecheap's BasicDNS (registrar-servers.com) for its records to be managed here`, { cause: e });
      }
      throw e;
    }
  }

  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    if (dc) {
      // Namecheap serves the apex NS itself: the config's are left out (a warning unless they are Namecheap's).
      const droppedNs = dc.records.filter((r) => isApexNs(r) && !r.target.toLowerCase().endsWith('registrar-servers.com.')).map((r) => r.target);
      dc.records = dc.records.filter((r) => !isApexNs(r));
      this.#zones.set(domain, { ...(this.#zones.get(domain) ?? { kept: [] }), droppedNs });
    }
    const got = await this.#hosts(domain);
    const state: ZoneState = { kept: [], emailType: got?.emailType, droppedNs: this.#zones.get(domain)?.droppedNs ?? [] };
    this.#zones.set(domain, state);
    if (!got || isParking(got.hosts)) return [];
    const out: RecordConfig[] = [];
    for (const h of got.hosts) {
      if (!EXPRESSIBLE.has(h.Type) || (h.Type === 'NS' && (h.Name === '@' || h.Name === ''))) { state.kept.push(h); continue; }
      try {
        out.push(fromHost(h, domain));
      } catch (e) {
        throw new ProviderError(NAME, domain, `cannot read ${h.Type} ${h.Name} ${JSON.stringify(h.Address)}: ${(e as Error).message}`);
      }
    }
    return out;
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[], actualChangeCount: number): Promise<Correction[]> {
    const zone = dc.name;
    const state = this.#zones.get(zone) ?? { kept: [], droppedNs: [] };
    const { reports, real } = splitReports(changes);
    for (const ns of state.droppedNs) reports.push({ msg: `WARNING: Namecheap does not support changing apex NS records. ${ns} will not be added.` });
    const managed = real.filter((c) => !(c.key.type === 'NS' && c.key.nameFQDN === zone));
    if (actualChangeCount === 0 || managed.length === 0) return reports;
    const desired = dc.records.filter((r) => !isApexNs(r));
    const hosts = [...desired.map(toHost), ...state.kept.map(({ HostId: _, ...h }) => h)];
    if (state.kept.length) {
      reports.push({ msg: `Namecheap keeps ${state.kept.length} host(s) dnscode cannot express, written back unchanged: ${state.kept.map((h) => `${h.Type} ${h.Name}`).join(', ')}` });
    }
    const emailType = desired.some((r) => r.type === 'MX') ? 'MX' : state.emailType;
    const op: BatchOp = { msgs: managed.flatMap((c) => c.msgs) };
    const [c] = batchCorrections(NAME, zone, [[op]], () => this.setHosts(zone, hosts, emailType));
    return [...reports, { ...c!, msg: [`GENERATE_ZONE: ${zone} (${hosts.length} records)`, c!.msg].join('\n') }];
  }

  /** Replaces the domain's whole host list. */
  async setHosts(domain: string, hosts: readonly NamecheapHost[], emailType?: string): Promise<void> {
    const params: Record<string, string | undefined> = { ...splitDomain(domain), EmailType: emailType };
    hosts.forEach((h, i) => {
      const n = i + 1;
      params[`HostName${n}`] = h.Name;
      params[`RecordType${n}`] = h.Type;
      params[`Address${n}`] = h.Address;
      params[`MXPref${n}`] = h.MXPref;
      params[`TTL${n}`] = h.TTL;
    });
    const resp = await this.api.call('namecheap.domains.dns.setHosts', params, true);
    const ok = findFirst(resp, 'DomainDNSSetHostsResult')?.attrs.IsSuccess;
    if (ok !== undefined && ok.toLowerCase() !== 'true') throw new NamecheapApiError(`${NAME}: setHosts: Namecheap answered IsSuccess="${ok}"`, []);
  }
}
