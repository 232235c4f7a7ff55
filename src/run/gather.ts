// Gather phase: per zone, ask each selected DNS provider for the existing records, diff, and turn the changes
// into corrections; then the registrar's. Zones run concurrently when every provider they use can (p-limit,
// --cmode/--cmax), except those whose providers all wait on nothing (BIND's files), which run one after the
// other; nothing is applied here.
import pLimit from 'p-limit';
import { ProviderError, UsageError } from '../errors.js';
import { diffZone } from '../diff/diff.js';
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import type { Correction } from '../providers/types.js';
import { inProvider } from '../providers/_core/errors.js';
import type { ProviderPlan, ZonePlan } from '../plan/types.js';
import { determineNameservers, nsRecords } from './nameservers.js';
import type { DeclaredProviders, ProviderInstances } from './providers.js';
import { guardCorrections } from './guard.js';
import { DEFAULT_ZONE_TIMEOUT_MS, timeoutsFromCreds, withZoneDeadline } from '../_util/deadline.js';
import type { Progress, ProgressTask } from './progress.js';

export interface ZoneJob {
  dc: DomainConfig;
  /** Selected DNS provider credkeys with their nsCount. */
  dns: Array<{ credkey: string; count: number }>;
  /** Every DNS provider of the domain: the nameservers do not depend on --providers. Default: `dns`. */
  allDns?: Array<{ credkey: string; count: number }>;
  /** Selected registrar credkey, if any. */
  registrar?: string;
}

export interface GatherOptions {
  cmode?: string;
  cmax?: number;
  disableOrdering?: boolean;
  full?: boolean;
  reportMax?: number;
  /** Queue zone creation for providers that lack the zone (default true). */
  populate?: boolean;
  /** Create missing zones now, during preview. */
  populateOnPreview?: boolean;
  /** push: create missing zones before reading them, so the diff (and the nameservers) see what the
   *  provider put in the new zone; otherwise the first push plans against an empty zone and a second is needed. */
  createZonesNow?: boolean;
  /** Counts the zones each provider has read. */
  progress?: Progress;
}

interface Ctx {
  declared: DeclaredProviders;
  instances: ProviderInstances;
  opts: GatherOptions;
  zoneLists: Map<string, Promise<Set<string>>>;
  /** Per DNS provider credkey: its zones read so far of those selected. */
  reads: Map<string, ProgressTask>;
}

/** Validate --cmode/--cmax (also called before anything is read). */
export function concurrencyFlags(opts: Pick<GatherOptions, 'cmode' | 'cmax'>): { mode: string; cmax: number } {
  const mode = opts.cmode ?? 'concurrent';
  if (!['concurrent', 'none', 'all'].includes(mode)) throw new UsageError(`--cmode "${mode}": use concurrent, none or all`);
  const cmax = opts.cmax ?? 100;
  if (!Number.isInteger(cmax) || cmax < 1) throw new UsageError(`--cmax ${String(opts.cmax)}: must be a whole number ≥ 1`);
  return { mode, cmax };
}

export async function gatherAll(jobs: ZoneJob[], declared: DeclaredProviders, instances: ProviderInstances, opts: GatherOptions): Promise<ZonePlan[]> {
  const { mode, cmax } = concurrencyFlags(opts);
  const ctx: Ctx = { declared, instances, opts, zoneLists: new Map(), reads: readTasks(jobs, opts.progress) };

  const canConcur = (j: ZoneJob) => mode === 'all' || (mode === 'concurrent' &&
    j.dns.every((d) => declared.dns.get(d.credkey)?.type.capabilities.canConcur?.can === true) &&
    (j.registrar === undefined || declared.registrars.get(j.registrar)?.type.capabilities.canConcur?.can === true));

  // Zones whose providers all wait on nothing (ProviderType.offline: BIND's files) gain nothing from running
  // concurrently: they go one after the other, as concurrent zones would (every one, whatever fails), without
  // the limiter's promises per zone (10,000 small zone files: a few percent of a preview).
  const offline = (j: ZoneJob) => j.dns.every((d) => isOffline(declared.dns, d.credkey)) &&
    (j.registrar === undefined || isOffline(declared.registrars, j.registrar));
  const results = new Array<ZonePlan>(jobs.length);
  const parallel: { j: ZoneJob; i: number }[] = [];
  const local: { j: ZoneJob; i: number }[] = [];
  const serial: { j: ZoneJob; i: number }[] = [];
  jobs.forEach((j, i) => (canConcur(j) ? (offline(j) ? local : parallel) : serial).push({ j, i }));
  // Largest zones first, so the long ones do not start last.
  parallel.sort((a, b) => b.j.dc.records.length - a.j.dc.records.length);
  const limit = pLimit(cmax);
  const errors = new Map<number, unknown>();
  const guarded = (i: number, f: () => Promise<void>) => f().catch((e: unknown) => { errors.set(i, e); });
  const runSerial = async () => {
    for (const { j, i } of serial) if (errors.size === 0) await guarded(i, async () => { results[i] = await gatherZone(j, ctx); });
  };
  const runLocal = async () => {
    for (const { j, i } of local) await guarded(i, async () => { results[i] = await gatherZone(j, ctx); });
  };
  try {
    await Promise.all([runSerial(), runLocal(), ...parallel.map(({ j, i }) => limit(() => guarded(i, async () => { results[i] = await gatherZone(j, ctx); })))]);
  } finally {
    for (const t of ctx.reads.values()) opts.progress?.end(t);
  }
  // Report the failure of the first zone in config order, so the error does not depend on timing.
  if (errors.size) throw errors.get(Math.min(...errors.keys()));
  return results;
}

async function gatherZone(job: ZoneJob, ctx: Ctx): Promise<ZonePlan> {
  const { dc } = job;
  const domain = dc.uniquename ?? (dc.tag ? `${dc.name}!${dc.tag}` : dc.name);
  const instantiate = (list: ZoneJob['dns']) => Promise.all(list.map(async (d) => ({ ...d, dns: await ctx.instances.dnsProvider(d.credkey) })));
  const dnsList = await instantiate(job.dns);
  // Zones are created (or queued for creation) before anything is read from them.
  const populates = new Map<string, Correction | undefined>();
  // Each provider's reads of this zone run under its zone_timeout; the nameserver step under the shortest.
  const zoneMs = (credkey: string, declared = ctx.declared.dns) => {
    const d = declared.get(credkey);
    return d ? zoneTimeout(d.creds, credkey, dc.name) : DEFAULT_ZONE_TIMEOUT_MS;
  };
  // Providers that wait on no network (ProviderType.offline) run without the deadline's scope.
  const offline = (credkey: string, declared = ctx.declared.dns) => isOffline(declared, credkey);
  const underDeadline = <T>(local: boolean, provider: string, ms: number, f: () => Promise<T>) => (local ? f() : withZoneDeadline(provider, dc.name, ms, f));
  for (const { credkey } of dnsList) {
    populates.set(credkey, await underDeadline(offline(credkey), credkey, zoneMs(credkey), () => populateCorrection(ctx, credkey, dc.name)));
  }
  const nsMs = Math.min(DEFAULT_ZONE_TIMEOUT_MS, ...(job.allDns ?? job.dns).map((d) => zoneMs(d.credkey)));
  const nameservers = await underDeadline((job.allDns ?? job.dns).every((d) => offline(d.credkey)), '', nsMs,
    () => inProvider('', dc.name, async () => determineNameservers(dc, job.allDns ? await instantiate(job.allDns) : dnsList)));
  const generatedNs = new Set(nsRecords(dc, nameservers));
  const desired: DomainConfig = { ...dc, nameservers, records: [...dc.records, ...generatedNs] };
  // Nothing names this zone's nameservers (no NAMESERVER(), no provider that reports any, as with BIND files
  // without default_ns): its apex NS stay as they are instead of being deleted. DNSControl deletes them, which
  // leaves a zone no server loads; get-zones drafts comment their NAMESERVER lines out, and must preview clean.
  const keepApexNs = nameservers.length === 0 && !dc.records.some(isApexNs);
  const providers: ProviderPlan[] = [];
  for (const { credkey, dns } of dnsList) {
    const declared = ctx.declared.dns.get(credkey)!;
    const type = declared.type;
    const populate = populates.get(credkey);
    const zoneTimeoutMs = zoneTimeout(declared.creds, credkey, dc.name);
    // Each provider gets its own copy: getZoneRecords may adjust it (BIND merges the SOA into it).
    const mine: DomainConfig = { ...desired, records: [...desired.records] };
    const { existing, diff, forProvider, planned } = await underDeadline(offline(credkey), credkey, zoneTimeoutMs, async () => {
      const existing = await inProvider(credkey, dc.name, () => dns.getZoneRecords(dc.name, mine));
      if (keepApexNs) mine.records.push(...existing.filter(isApexNs));
      // Apex NS made from the nameservers (not written in the config) keep the TTL they have at the provider
      // unless NAMESERVER_TTL says otherwise: a zone imported with get-zones previews clean. DNSControl would
      // change them to 300.
      else if (generatedNs.size && dc.meta?.ns_ttl === undefined) mine.records = mine.records.map((r) => (generatedNs.has(r) ? withLiveNsTtl(r, existing) : r));
      const diff = diffZone(mine, existing, {
        mode: type.diffMode, comparableExtra: type.comparableExtra && ((rc) => type.comparableExtra!(rc, mine)), disableOrdering: ctx.opts.disableOrdering, full: ctx.opts.full, reportMax: ctx.opts.reportMax,
      });
      const forProvider: DomainConfig = { ...mine, records: diff.desiredPlus };
      const planned = await inProvider(credkey, dc.name, () => dns.getCorrections(forProvider, existing, diff.changes, diff.actualChangeCount));
      return { existing, diff, forProvider, planned };
    });
    ctx.reads.get(credkey)?.advance();
    // push: the zone's deadline over the corrections, and (unless the provider guards its writes itself)
    // a re-read of the zone just before the first write, refused if it changed since this diff.
    const reread = ctx.opts.createZonesNow && !type.ownConcurrencyGuard
      ? () => inProvider(credkey, dc.name, () => dns.getZoneRecords(dc.name, { ...mine, records: [...mine.records] })) : undefined;
    const corrections = guardCorrections(planned, { provider: credkey, zone: dc.name, zoneTimeoutMs, reread, existing, offline: offline(credkey) });
    const all = populate ? [populate, ...corrections] : corrections;
    const own = corrections.filter((c) => c.run && c.countsAsChange).length;
    providers.push({ role: 'provider', name: credkey, corrections: all, changeCount: diff.actualChangeCount + (populate?.run ? 1 : 0) + own,
      source: { dc: forProvider, desired: mine, existing, changes: diff.changes, actualChangeCount: diff.actualChangeCount, ensureZone: populate?.run !== undefined } });
  }
  // Providers --providers left out keep their place in the output (--full shows them as skipped).
  const order = (job.allDns ?? job.dns).map((d) => d.credkey);
  const selected = new Set(job.dns.map((d) => d.credkey));
  for (const credkey of order) {
    if (!selected.has(credkey)) providers.push({ role: 'provider', name: credkey, corrections: [], changeCount: 0, skipped: true });
  }
  providers.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  if (job.registrar !== undefined) {
    const credkey = job.registrar;
    let corrections: Correction[];
    if (nameservers.length === 0 && dc.meta?.no_ns !== 'true') {
      // Delegating to nothing would break the domain: DNSControl skips the registrar and says so.
      corrections = [{ msg: `Skipping registrar "${credkey}": No nameservers declared for domain "${dc.name}". Add {no_ns: 'true'} to force` }];
    } else {
      // The registrar's reads and its writes each run under its creds' zone_timeout, as a DNS provider's do.
      const zoneTimeoutMs = zoneMs(credkey, ctx.declared.registrars);
      const reg = await ctx.instances.registrar(credkey);
      const local = offline(credkey, ctx.declared.registrars);
      const planned = await underDeadline(local, credkey, zoneTimeoutMs, () => inProvider(credkey, dc.name, () => reg.getRegistrarCorrections(desired)));
      corrections = guardCorrections(planned, { provider: credkey, zone: dc.name, zoneTimeoutMs, offline: local });
    }
    providers.push({ role: 'registrar', name: credkey, corrections, changeCount: corrections.filter((c) => c.run).length, source: { dc: desired } });
  }
  return { domain, providers };
}

function readTasks(jobs: ZoneJob[], progress: Progress | undefined): Map<string, ProgressTask> {
  const zones = new Map<string, number>();
  for (const j of jobs) for (const { credkey } of j.dns) zones.set(credkey, (zones.get(credkey) ?? 0) + 1);
  return new Map(progress ? [...zones].map(([credkey, n]) => [credkey, progress.start(`reading zones (${credkey})`, n)]) : []);
}

/** "Ensure the zone exists" for providers that can list and create zones; run now if --populate-on-preview. */
async function populateCorrection(ctx: Ctx, credkey: string, zone: string): Promise<Correction | undefined> {
  if (ctx.opts.populate === false) return undefined;
  const dns = await ctx.instances.dnsProvider(credkey);
  if (!dns.listZones || !dns.ensureZone) return undefined;
  let list = ctx.zoneLists.get(credkey);
  if (!list) {
    list = inProvider(credkey, zone, async () => new Set((await dns.listZones!()).map((z) => z.toLowerCase())));
    ctx.zoneLists.set(credkey, list);
  }
  if ((await list).has(zone.toLowerCase())) return undefined;
  const ensure = () => inProvider(credkey, zone, () => dns.ensureZone!(zone));
  if (ctx.opts.populateOnPreview) { await ensure(); return undefined; }
  if (ctx.opts.createZonesNow) { await ensure(); return { msg: `Created zone "${zone}" in "${credkey}"` }; }
  return { msg: `Ensuring zone "${zone}" exists in "${credkey}"`, run: ensure };
}

/** creds `zone_timeout` in ms (default: DEFAULT_ZONE_TIMEOUT_MS); a bad value names the provider. */
function zoneTimeout(creds: Record<string, string>, credkey: string, zone: string): number {
  try {
    return timeoutsFromCreds(creds, 1).zoneTimeoutMs;
  } catch (e) {
    throw new ProviderError(credkey, zone, (e as Error).message);
  }
}

/** Whether the declared provider `credkey` waits on no network (ProviderType.offline: BIND's files, NONE). */
const isOffline = (declared: ReadonlyMap<string, { type: { offline?: string } }>, credkey: string): boolean =>
  declared.get(credkey)?.type.offline !== undefined;

const isApexNs = (rc: RecordConfig): boolean => rc.type === 'NS' && rc.name === '@';

/** An apex NS record with the TTL of the same NS record as read from the provider, if there is one. */
function withLiveNsTtl(rc: RecordConfig, existing: RecordConfig[]): RecordConfig {
  const target = rc.target.toLowerCase();
  const live = existing.find((e) => isApexNs(e) && e.target.toLowerCase() === target);
  return live && live.ttl !== rc.ttl ? { ...rc, ttl: live.ttl } : rc;
}
