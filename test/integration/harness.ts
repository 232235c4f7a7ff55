// Drives one provider through the real core path: audit → ensureZone → the run layer's gather (nameservers,
// getZoneRecords, generic diff, getCorrections) → run. Used by the provider-agnostic suite and the chaos tests.
import { gatherAll, type ZoneJob } from '../../src/run/gather.js';
import { ProviderInstances, type DeclaredProviders } from '../../src/run/providers.js';
import type { DomainConfig, RecordConfig } from '../../src/ir/types.js';
import type { DnsProvider, ProviderType } from '../../src/providers/types.js';
import { defineLazyFilepos } from '../../src/dsl/positions.js';

export interface Target {
  label: string;
  type: ProviderType;
  provider: DnsProvider;
  zone: string;
}

export interface ApplyResult {
  changes: number;
  corrections: number;
  lines: string[];
  /** How many records' lazy `filepos` the provider and diff resolved (each costs a stack lookup: a
   *  successful plan must read none, or a 10,000-record push pays for 10,000 of them). */
  positionsRead: number;
  /** What the provider read before planning. */
  existing: RecordConfig[];
}

/** Copies of the records with a lazy `filepos`, as the DSL gives them, counting the reads. */
function withLazyPositions(records: RecordConfig[]): { records: RecordConfig[]; reads: () => number } {
  let reads = 0;
  const out = records.map((r, i) => {
    const copy = { ...r };
    delete copy.filepos;
    defineLazyFilepos(copy, { resolve: () => { reads++; return { file: 'dnsconfig.js', line: i + 1, column: 1 }; } });
    return copy;
  });
  return { records: out, reads: () => reads };
}

export function domain(zone: string, records: RecordConfig[], extra: Partial<DomainConfig> = {}): DomainConfig {
  return { name: zone, registrar: 'none', dnsProviders: { p: -1 }, records, ...extra };
}

/** The run layer's provider instances, holding the target's ready-made provider. */
class TargetInstances extends ProviderInstances {
  private readonly target: Target;
  constructor(declared: DeclaredProviders, target: Target) {
    super(declared);
    this.target = target;
  }
  override dnsProvider(): Promise<DnsProvider> {
    return Promise.resolve(this.target.provider);
  }
}

/** Plans through the run layer's gather (nameservers, diff, corrections, zone deadlines) and, unless dryRun,
 *  applies; returns how many changes the diff found. */
export async function apply(t: Target, dc: DomainConfig, dryRun = false): Promise<ApplyResult> {
  const problems = t.type.audit?.(dc.records) ?? [];
  if (problems.length) throw new Error(`${t.label}: audit refused the config:\n  - ${problems.join('\n  - ')}`);
  // Created here rather than by gather's populate step: not every provider can list zones, which that step needs.
  if (!dryRun) await t.provider.ensureZone?.(dc.name);
  const tracked = withLazyPositions(dc.records);
  const credkey = Object.keys(dc.dnsProviders)[0] ?? 'p';
  const declared: DeclaredProviders = {
    dns: new Map([[credkey, { credkey, type: t.type, creds: {}, meta: {}, excludeFromDefaults: false }]]),
    registrars: new Map(),
  };
  const job: ZoneJob = { dc: { ...dc, records: tracked.records }, dns: [{ credkey, count: -1 }] };
  // As preview gathers: push's re-read before the first write (createZonesNow) would add a request that the
  // suites' request counts do not expect.
  const [zone] = await gatherAll([job], declared, new TargetInstances(declared, t), { populate: false });
  const plan = zone!.providers[0]!;
  const source = plan.source!;
  const lines = source.changes!.filter((c) => c.kind !== 'report').flatMap((c) => c.msgs);
  if (!dryRun) for (const c of plan.corrections) await c.run?.();
  return {
    changes: source.actualChangeCount!, corrections: plan.corrections.filter((c) => c.run).length, lines, positionsRead: tracked.reads(),
    existing: source.existing!,
  };
}

/** Record helpers in normalised IR form (hostnames are FQDNs with a trailing dot). */
export const rec = {
  a: (name: string, ip: string, ttl = 300): RecordConfig => ({ type: 'A', name, target: ip, ttl }),
  aaaa: (name: string, ip: string, ttl = 300): RecordConfig => ({ type: 'AAAA', name, target: ip, ttl }),
  cname: (name: string, target: string, ttl = 300): RecordConfig => ({ type: 'CNAME', name, target, ttl }),
  mx: (name: string, pref: number, target: string, ttl = 300): RecordConfig => ({ type: 'MX', name, target, mxpreference: pref, ttl }),
  txt: (name: string, text: string, ttl = 300): RecordConfig => ({ type: 'TXT', name, target: text, ttl }),
  ns: (name: string, target: string, ttl = 300): RecordConfig => ({ type: 'NS', name, target, ttl }),
  ptr: (name: string, target: string, ttl = 300): RecordConfig => ({ type: 'PTR', name, target, ttl }),
  srv: (name: string, p: number, w: number, port: number, target: string, ttl = 300): RecordConfig =>
    ({ type: 'SRV', name, target, srvpriority: p, srvweight: w, srvport: port, ttl }),
  caa: (name: string, flag: number, tag: string, value: string, ttl = 300): RecordConfig =>
    ({ type: 'CAA', name, target: value, caaflag: flag, caatag: tag, ttl }),
  tlsa: (name: string, u: number, s: number, m: number, cert: string, ttl = 300): RecordConfig =>
    ({ type: 'TLSA', name, target: cert, tlsausage: u, tlsaselector: s, tlsamatchingtype: m, ttl }),
  sshfp: (name: string, alg: number, fpt: number, fp: string, ttl = 300): RecordConfig =>
    ({ type: 'SSHFP', name, target: fp, sshfpalgorithm: alg, sshfpfingerprint: fpt, ttl }),
  alias: (name: string, target: string, ttl = 300): RecordConfig => ({ type: 'ALIAS', name, target, ttl }),
  naptr: (name: string, order: number, pref: number, flags: string, service: string, regexp: string, target: string, ttl = 300): RecordConfig =>
    ({ type: 'NAPTR', name, target, naptrorder: order, naptrpreference: pref, naptrflags: flags, naptrservice: service, naptrregexp: regexp, ttl }),
  svc: (type: 'HTTPS' | 'SVCB', name: string, priority: number, target: string, params: string, ttl = 300): RecordConfig =>
    ({ type, name, target, svcpriority: priority, svcparams: params, ttl }),
  ds: (name: string, keytag: number, alg: number, digesttype: number, digest: string, ttl = 300): RecordConfig =>
    ({ type: 'DS', name, target: '', dskeytag: keytag, dsalgorithm: alg, dsdigesttype: digesttype, dsdigest: digest, ttl }),
};
