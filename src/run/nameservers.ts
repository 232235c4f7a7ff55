// Nameservers: the domain's NAMESERVER() entries plus what each DNS provider says it serves from (limited by
// the nsCount of DnsProvider(name, n): -1 all, 0 none, n the first n). They become the apex NS records and
// what the registrar delegates to.
import type { DomainConfig, NameserverConfig, RecordConfig } from '../ir/types.js';
import type { DnsProvider } from '../providers/types.js';
import { inProvider } from '../providers/_core/errors.js';

/** A provider whose getNameservers fails (OVH asks its API) is named by its credkey in the error. */
export async function determineNameservers(dc: DomainConfig, providers: Array<{ count: number; dns: DnsProvider; credkey?: string }>): Promise<NameserverConfig[]> {
  const out: NameserverConfig[] = [...(dc.nameservers ?? [])];
  const seen = new Set(out.map((n) => stripDot(n.name).toLowerCase()));
  for (const { count, dns, credkey } of providers) {
    if (count === 0) continue;
    let names = (await inProvider(credkey ?? '', dc.name, () => dns.getNameservers(dc.name))).map(stripDot);
    if (count > 0) names = names.slice(0, count);
    for (const name of names) {
      if (seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      out.push({ name });
    }
  }
  return out;
}

/** Apex NS records for the nameservers, TTL from the `ns_ttl` domain meta (default 300). */
export function nsRecords(dc: DomainConfig, nameservers: NameserverConfig[]): RecordConfig[] {
  const ttl = Number.parseInt(dc.meta?.ns_ttl ?? '', 10);
  const existing = new Set(dc.records.filter((r) => r.type === 'NS' && r.name === '@').map((r) => stripDot(r.target).toLowerCase()));
  return nameservers
    .filter((ns) => !existing.has(stripDot(ns.name).toLowerCase()))
    .map((ns) => ({ type: 'NS', name: '@', target: `${stripDot(ns.name).toLowerCase()}.`, ttl: Number.isFinite(ttl) && ttl > 0 ? ttl : 300 }));
}

function stripDot(s: string): string {
  return s.endsWith('.') ? s.slice(0, -1) : s;
}
