// POWERDNS: PowerDNS Authoritative through its HTTP API. A zone's changes go in one PATCH (unit: rrset),
// split only when the body would exceed the webserver's limit (webserver-max-bodysize).
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import { changeLines, type Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import type { Correction, DnsProvider, ProviderContext } from '../types.js';
import { splitReports } from '../_core/report.js';
import { DEFAULT_PDNS_TIMEOUT_MS, PdnsApi, PdnsApiError, type PdnsRRset } from './api.js';
import { timeoutsFromCreds } from '../../_util/deadline.js';
import { dotted, fromRRsets, rrsetJson } from './convert.js';

import { NAME } from './constants.js';

export { NAME };
/** PowerDNS's default webserver-max-bodysize is 2 MB; stay below it unless creds say otherwise. */
const DEFAULT_MAX_BODY = 2 * 1024 * 1024;

interface Settings {
  credkey: string;
  api: PdnsApi;
  defaultNs: string[];
  zoneKind: string;
  soaEditApi?: string;
  dnssecOnCreate: boolean;
  maxBody: number;
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String).map((s) => s.trim()).filter(Boolean);
  if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter(Boolean);
  return [];
}

export function readSettings(ctx: ProviderContext): Settings {
  const { creds, meta } = ctx;
  const maxMb = Number(creds.maxBodySizeMB ?? '');
  let api: PdnsApi;
  try {
    api = new PdnsApi(creds.apiUrl!, creds.apiKey!, creds.serverName || 'localhost', timeoutsFromCreds(creds, DEFAULT_PDNS_TIMEOUT_MS).timeoutMs);
  } catch (e) {
    throw new ProviderError(NAME, ctx.credkey, (e as Error).message);
  }
  return {
    credkey: ctx.credkey,
    api,
    defaultNs: list(meta.default_ns).map((n) => n.replace(/\.$/, '')),
    zoneKind: typeof meta.zone_kind === 'string' && meta.zone_kind ? meta.zone_kind : 'Native',
    soaEditApi: typeof meta.soa_edit_api === 'string' ? meta.soa_edit_api : undefined,
    dnssecOnCreate: meta.dnssec_on_create === true || meta.dnssec_on_create === 'true',
    // 3% headroom: the limit counts the whole body and pdns rounds it in MB.
    maxBody: Math.floor((maxMb > 0 ? maxMb * 1024 * 1024 : DEFAULT_MAX_BODY) * 0.97),
  };
}


/** Split rrsets into PATCH bodies below `maxBody` bytes, keeping their order; each rrset is returned
 *  serialised, so the body is measured and built from the same text. */
export function splitPatches(rrsets: Array<PdnsRRset | string>, maxBody: number): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let size = 13; // {"rrsets":[]}
  for (const rs of rrsets) {
    const json = typeof rs === 'string' ? rs : JSON.stringify(rs);
    const n = Buffer.byteLength(json) + 1;
    if (cur.length && size + n > maxBody) { out.push(cur); cur = []; size = 13; }
    cur.push(json);
    size += n;
  }
  if (cur.length) out.push(cur);
  return out;
}

export class PowerDnsProvider implements DnsProvider {
  private readonly s: Settings;
  constructor(s: Settings) { this.s = s; }

  private wrap<T>(zone: string, what: string, p: Promise<T>): Promise<T> {
    return p.catch((e: unknown) => { throw new ProviderError(NAME, zone, `${what}: ${(e as Error).message}`, { cause: e }); });
  }

  /** meta default_ns; without it, the apex NS the zone has now (so a config from get-zones round-trips). */
  async getNameservers(domain: string): Promise<string[]> {
    if (this.s.defaultNs.length) return this.s.defaultNs;
    const z = await this.wrap(domain, 'cannot read the zone', this.s.api.getZone(domain));
    const apex = dotted(domain).toLowerCase();
    return (z?.rrsets ?? []).filter((r) => r.type === 'NS' && r.name.toLowerCase() === apex)
      .flatMap((r) => (r.records ?? []).filter((x) => !x.disabled).map((x) => x.content.replace(/\.$/, '')));
  }

  async getZoneRecords(domain: string): Promise<RecordConfig[]> {
    const z = await this.wrap(domain, 'cannot read the zone', this.s.api.getZone(domain));
    return z ? fromRRsets(z.rrsets ?? [], domain) : [];
  }

  async listZones(): Promise<string[]> {
    const zones = await this.wrap(this.s.credkey, 'cannot list zones', this.s.api.listZones());
    return zones.map((z) => z.name.replace(/\.$/, '')).sort();
  }

  async ensureZone(domain: string): Promise<void> {
    if (await this.wrap(domain, 'cannot read the zone', this.s.api.getZone(domain))) return;
    await this.wrap(domain, 'cannot create the zone', this.s.api.createZone({
      name: dotted(domain), kind: this.s.zoneKind, nameservers: this.s.defaultNs.map(dotted),
      ...(this.s.soaEditApi !== undefined ? { soa_edit_api: this.s.soaEditApi } : {}),
      ...(this.s.dnssecOnCreate ? { dnssec: true } : {}),
    }));
  }

  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[]): Promise<Correction[]> {
    const zone = dc.name;
    const { reports: out, real: toApply } = splitReports(changes);
    // Deletes first: PowerDNS checks CNAME conflicts against what the zone holds at that point.
    // (A stable partition: the same order a stable sort on "is a delete" gives, without the sort.)
    const deletes: Change[] = [];
    const writes: Change[] = [];
    for (const c of toApply) (c.new.length === 0 ? deletes : writes).push(c);
    const real = deletes.length ? deletes.concat(writes) : writes;
    const dnssec = await this.dnssecCorrection(dc);
    if (real.length === 0) return dnssec ? [...out, dnssec] : out;
    // Usually one PATCH; more only past the body limit. One correction per PATCH, so the run's applied /
    // not applied lists are exact (each PATCH is one transaction at the server).
    const patches = splitPatches(real.map(rrsetJson), this.s.maxBody);
    const sent = new Set<number>();
    let first = 0;
    patches.forEach((body, i) => {
      const mine: number[] = [];
      const lines: string[] = [];
      for (let k = first; k < first + body.length; k++) { mine.push(k); for (const l of changeLines(real[k]!)) lines.push(l); }
      first += body.length;
      out.push({
        msg: lines.join('\n'),
        run: async () => {
          try {
            await this.s.api.patchZone(zone, body);
            mine.forEach((k) => sent.add(k));
          } catch (e) {
            const applied = real.filter((_, k) => sent.has(k)).flatMap(changeLines);
            const notApplied = real.filter((_, k) => !sent.has(k)).flatMap(changeLines);
            // No answer (connection lost, timeout): PowerDNS may have applied the PATCH it was sent.
            const lost = e instanceof PdnsApiError && e.status === 0;
            const summary = (applied.length === 0 ? (lost ? 'nothing was applied before it' : 'nothing was applied, the zone is unchanged')
              : `${sent.size} of ${real.length} rrset changes were applied by earlier PATCH requests; ${lost ? 'the rest were not' : 'this one and the rest were not'}`)
              + (lost ? '; this PATCH got no answer: it may have been applied or not (preview shows what is left)' : '');
            const what = patches.length > 1 ? `PATCH ${i + 1} of ${patches.length}: ` : '';
            throw new ProviderError(NAME, zone, `${what}${(e as Error).message}; ${summary}`, { cause: e, applied, notApplied });
          }
        },
      });
    });
    if (dnssec) out.push(dnssec);
    return out;
  }

  /** AUTODNSSEC_ON: a zone without an active, published key gets a CSK (PowerDNS then signs it live);
   *  AUTODNSSEC_OFF: every key of a signed zone is removed. Unset: DNSSEC is left as it is (no request).
   *  A zone PowerDNS does not have yet needs nothing here: push creates it first and asks again. */
  private async dnssecCorrection(dc: DomainConfig): Promise<Correction | undefined> {
    if (dc.auto_dnssec !== 'on' && dc.auto_dnssec !== 'off') return undefined;
    const zone = dc.name;
    const keys = await this.wrap(zone, 'cannot read the DNSSEC keys', this.s.api.listCryptokeys(zone));
    if (!keys) return undefined;
    const signed = keys.some((k) => k.active && k.published !== false);
    if (dc.auto_dnssec === 'on' && !signed) {
      return { msg: `± ENABLE DNSSEC ${zone} (a CSK: PowerDNS signs the zone)`, countsAsChange: true,
        run: () => this.wrap(zone, 'cannot enable DNSSEC', this.s.api.createCryptokey(zone, { keytype: 'csk', active: true, published: true })).then(() => undefined) };
    }
    if (dc.auto_dnssec === 'off' && signed) {
      return { msg: `± DISABLE DNSSEC ${zone} (removes its ${keys.length} key${keys.length === 1 ? '' : 's'})`, countsAsChange: true,
        run: async () => { for (const k of keys) await this.wrap(zone, 'cannot disable DNSSEC', this.s.api.deleteCryptokey(zone, k.id)); } };
    }
    return undefined;
  }
}

