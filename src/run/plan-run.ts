// preview/push up to the plan: filters, config, creds, provider selection, capability checks (all before
// any provider I/O), then the gather phase. Nothing is printed or applied here.
import { ValidationError } from '../errors.js';
import path from 'node:path';
import { findConfig, hasRecordPositions, loadConfig } from '../config/load.js';
import { loadCreds } from '../creds/load.js';
import { domainSelected, parseDomainFilter } from '../filter/domains.js';
import { parseProviderFilter, providerSelected, unknownProviders } from '../filter/providers.js';
import type { Io } from '../_util/io.js';
import type { PreviewOptions } from './options.js';
import type { DNSConfig } from '../ir/types.js';
import { asciiDomain } from '../ir/ascii.js';
import { planTotal, type Plan } from '../plan/types.js';
import { capabilityProblems } from '../providers/_core/capabilities.js';
import { concurrencyFlags, gatherAll, type ZoneJob } from './gather.js';
import { declareProviders, ProviderInstances, SharedByCredkey, unusableError, type DeclaredProviders } from './providers.js';
import { ReadAhead } from './read-ahead.js';
import type { Progress } from './progress.js';

export interface PlannedRun {
  plan: Plan;
  /** Non-fatal notes for stderr (e.g. --providers names that match nothing). */
  warnings: string[];
  /** The providers as declared (creds and meta): the safety limits read their settings there. */
  declared?: DeclaredProviders;
  /** The config's SKIP_RECORD_AUDIT (a saved plan keeps it: push --plan audits the records again). */
  skipRecordAudit?: boolean;
  /** creds.json's `notifications` block, if any. */
  notifications?: Record<string, string>;
  /** Call when the run is over (applied or not): providers give back what they hold (BIND's zone locks). */
  close?: () => Promise<void>;
}

/** `progress` counts the zones read. */
export async function planRun(opts: PreviewOptions, io: Io, push = false, progress?: Progress): Promise<PlannedRun> {
  // Parse the filters first: a typo in a flag must fail before anything is read.
  const domainFilter = parseDomainFilter(opts.domains);
  const providerFilter = parseProviderFilter(opts.providers);
  concurrencyFlags(opts);
  // Creds first, so that validation checks capabilities against the TYPEs of the --creds actually used.
  const creds = await loadCreds(opts.creds ?? 'creds.json', io);
  const credsTypes = Object.fromEntries(Object.entries(creds).flatMap(([k, v]) => (v.TYPE ? [[k, v.TYPE]] : [])));
  // Everything up to the gather phase is local (no provider I/O), so it can run again: when the provider
  // checks find problems in a config loaded without record positions, the second run says where they are.
  const build = (config: DNSConfig) => {
    const declared = declareProviders(config, creds, {
      config: opts.ir ?? (opts.config ? opts.config : path.relative(io.cwd, findConfig(opts, io.cwd))),
      creds: opts.creds ?? 'creds.json',
    });
    const jobs = selectJobs(config, declared, (key, excluded) => providerSelected(providerFilter, key, excluded),
      (name, tag) => domainSelected(domainFilter, name, tag));
    checkProviders(jobs, declared, config.skiprecordaudit === true);
    return { config, declared, jobs };
  };
  const shared = new SharedByCredkey();
  const flags = { bindserial: opts.bindserial, push };
  // Zones are read while the config is still running (src/run/read-ahead.ts); stopped once it has run.
  const readAhead = new ReadAhead({
    creds, shared, flags,
    domainOk: (name, tag) => domainSelected(domainFilter, name, tag),
    providerOk: (credkey) => providerSelected(providerFilter, credkey, false),
  });
  const prepare = async (locate: boolean): Promise<ReturnType<typeof build>> => {
    // The second run finds the positions of the records the provider checks name (see loadConfig).
    const config = await loadConfig(opts, io, {
      credsTypes, onSeen: (domains) => readAhead.seen(domains), onSource: (code) => readAhead.hint(code),
      ...(locate ? { locate: (c: DNSConfig) => { try { build(c); } catch { /* placed */ } } } : {}),
    }).finally(() => readAhead.stop());
    try {
      return build(config);
    } catch (e) {
      if (locate || !(e instanceof ValidationError) || hasRecordPositions(config)) throw e;
      await prepare(true);
      throw e;
    }
  };
  const { config, declared, jobs } = await prepare(false);

  const declaredAll = [...declared.dns.values(), ...declared.registrars.values()];
  const warnings = [...new Set(declaredAll.flatMap((d) => (d.warning ? [d.warning] : [])))];
  warnings.push(...unknownProviders(providerFilter, [...declared.dns.keys(), ...declared.registrars.keys()])
    .map((n) => `WARNING: --providers names "${n}", which is not a provider in the config`));
  if (domainFilter && jobs.length === 0) warnings.push(`WARNING: --domains "${domainFilter.spec}" matches no domain in the config`);

  const instances = new ProviderInstances(declared, flags, shared);
  let zones;
  try {
    zones = await gatherAll(jobs, declared, instances, {
      cmode: opts.cmode, cmax: opts.cmax, disableOrdering: opts.disableordering, full: opts.full,
      reportMax: opts.reportmax, populate: opts.populate, populateOnPreview: opts.populateOnPreview, createZonesNow: push, progress,
    });
  } catch (e) {
    await instances.close();
    throw e;
  }
  return {
    plan: { zones, total: planTotal(zones) }, warnings, declared, skipRecordAudit: config.skiprecordaudit === true,
    notifications: creds.notifications, close: () => instances.close(),
  };
}

function selectJobs(config: DNSConfig, declared: DeclaredProviders,
  providerOk: (key: string, excluded: boolean) => boolean, domainOk: (name: string, tag?: string) => boolean): ZoneJob[] {
  const jobs: ZoneJob[] = [];
  for (const dc of config.domains) {
    if (!domainOk(dc.name, dc.tag)) continue;
    const allDns = Object.entries(dc.dnsProviders ?? {}).map(([credkey, count]) => ({ credkey, count }));
    const dns = allDns.filter(({ credkey }) => providerOk(credkey, declared.dns.get(credkey)?.excludeFromDefaults ?? false));
    // As in DNSControl, --providers selects DNS providers only: the registrar step always runs.
    // Providers speak DNS: internationalised names go to them in punycode.
    jobs.push({ dc: asciiDomain(dc), dns, allDns, registrar: dc.registrar || undefined });
  }
  return jobs;
}

/** Every provider a selected domain names is declared and can store its records: checked before any I/O. */
function checkProviders(jobs: ZoneJob[], declared: DeclaredProviders, skipAudit: boolean): void {
  const reasons: string[] = [];
  for (const { dc, dns, allDns, registrar } of jobs) {
    // A declaration dnscode cannot use (unknown TYPE, ...) stops the run only when a selected domain needs it.
    const unusable = [
      ...(registrar !== undefined ? [unusableError(declared, 'registrar', registrar)] : []),
      ...dns.map(({ credkey }) => unusableError(declared, 'dns', credkey)),
    ].find((e) => e !== undefined);
    if (unusable) throw unusable;
    if (registrar !== undefined && !declared.registrars.has(registrar)) {
      reasons.push(`domain ${dc.name} uses registrar "${registrar}", which is not declared with NewRegistrar`);
    }
    for (const { credkey } of allDns ?? dns) {
      if (!declared.dns.has(credkey) && !unusableError(declared, 'dns', credkey)) {
        reasons.push(`domain ${dc.name} uses DNS provider "${credkey}", which is not declared with NewDnsProvider`);
      }
    }
    for (const { credkey } of dns) {
      const d = declared.dns.get(credkey);
      if (d) reasons.push(...capabilityProblems(dc, credkey, d.type, skipAudit));
    }
  }
  if (reasons.length) throw new ValidationError('the config cannot be pushed to its providers', [...new Set(reasons)]);
}
