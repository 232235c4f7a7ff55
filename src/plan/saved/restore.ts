// `push --plan FILE`: re-read each zone's live records, refuse if any changed since the plan was made, then
// hand the *saved* changes to the provider's getCorrections. The config is not evaluated again: it may have
// changed since the preview, and the plan is what was reviewed.
import path from 'node:path';
import { ExitError, ProviderError, UsageError } from '../../errors.js';
import { loadCreds } from '../../creds/load.js';
import type { Io } from '../../cli/io.js';
import type { PreviewOptions } from '../../cli/options.js';
import type { Correction } from '../../providers/types.js';
import { declareProviders, ProviderInstances, unusableError, type DeclaredProviders } from '../../run/providers.js';
import type { Plan, ProviderPlan, ZonePlan } from '../types.js';
import { readPlanFile, recordsDigest, toSavedPlan, writePlanFile, type SavedPlan, type SavedProvider } from './plan-file.js';

export interface RestoredRun {
  plan: Plan;
  warnings: string[];
  declared: DeclaredProviders;
}

export async function restorePlan(opts: PreviewOptions, io: Io): Promise<RestoredRun> {
  if (opts.domains || opts.providers) throw new UsageError('--plan applies the saved plan as a whole: drop --domains/--providers (or preview again with them)');
  const file = path.resolve(io.cwd, opts.plan!);
  const saved = await readPlanFile(file, opts.plan);
  const creds = await loadCreds(opts.creds ?? 'creds.json', io);
  const declared = declareProviders({ dns_providers: saved.providers.dns, registrars: saved.providers.registrars, domains: [] }, creds);
  // A provider that cannot be used (e.g. a $VAR in its creds entry that is not set) stops the push before any
  // provider is contacted, not after the zones before it were read.
  for (const z of saved.zones) {
    for (const p of z.providers) {
      const contacted = p.role !== 'registrar' || (p.changeCount > 0 && p.dc);
      const unusable = contacted && unusableError(declared, p.role === 'registrar' ? 'registrar' : 'dns', p.name);
      if (unusable) throw unusable;
    }
  }
  const instances = new ProviderInstances(declared, { bindserial: opts.bindserial });
  const stale: string[] = [];
  const zones: ZonePlan[] = [];
  for (const z of saved.zones) {
    const providers: ProviderPlan[] = [];
    for (const p of z.providers) providers.push(await restoreProvider(z.domain, p, instances, stale));
    zones.push({ domain: z.domain, providers });
  }
  if (stale.length) {
    throw new ExitError(1, `Error: the plan ${opts.plan} is out of date; nothing was applied:\n${stale.map((s) => `  - ${s}`).join('\n')}\n` +
      `Run "dnscode preview --plan ${opts.plan}" again, review it, and push the new plan.`);
  }
  return { plan: { zones, total: saved.total }, warnings: [`Applying the plan made at ${saved.created} (${opts.plan}); the config is not read.`], declared };
}

/** Where restored providers come from (ProviderInstances; a map of in-memory providers in tests). */
export type ProviderSource = Pick<ProviderInstances, 'dnsProvider' | 'registrar'>;

/** One provider of a saved zone: its corrections now, or a note in `stale` when the plan no longer holds. */
export async function restoreProvider(domain: string, p: SavedProvider, instances: ProviderSource, stale: string[]): Promise<ProviderPlan> {
  const dc = p.dc;
  const base = { role: p.role, name: p.name, changeCount: p.changeCount };
  const zone = dc?.name ?? domain;
  const infoOnly = (): ProviderPlan => ({ ...base, corrections: p.lines.map((msg) => ({ msg })) });
  if (p.role === 'registrar') {
    // Nothing to run (in sync, or skipped for want of nameservers): nothing to ask the registrar.
    if (p.changeCount === 0 || !dc) return infoOnly();
    const reg = await instances.registrar(p.name);
    const corrections = await wrap(p.name, zone, () => reg.getRegistrarCorrections(structuredClone(dc)));
    if (!sameLines(corrections, p.lines)) stale.push(`${domain} (registrar ${p.name}): the registrar's delegation changed since the plan was made`);
    return { ...base, corrections, source: { dc } };
  }
  if (!dc || !p.changes || !p.digest) throw new UsageError(`the plan file is damaged: ${domain} (${p.name}) has no saved changes`);
  const dns = await instances.dnsProvider(p.name);
  // getZoneRecords may adjust the domain it is given (BIND merges its SOA): give it a copy.
  const existing = await wrap(p.name, zone, () => dns.getZoneRecords(zone, structuredClone(dc)));
  if (recordsDigest(existing) !== p.digest) {
    stale.push(`${domain} (${p.name}): the live records changed since the plan was made (${p.existingCount ?? '?'} records then, ${existing.length} now)`);
    return infoOnly();
  }
  const corrections: Correction[] = [];
  if (p.ensureZone && dns.ensureZone) corrections.push({ msg: p.lines[0] ?? `Ensuring zone "${zone}" exists in "${p.name}"`, run: () => wrap(p.name, zone, () => dns.ensureZone!(zone)) });
  corrections.push(...await wrap(p.name, zone, () => dns.getCorrections(structuredClone(dc), existing, p.changes!, p.actualChangeCount ?? 0)));
  if (!sameLines(corrections, p.lines)) {
    stale.push(`${domain} (${p.name}): the provider would now make different corrections than the plan shows (was its creds.json entry changed?)`);
  }
  return { ...base, corrections, source: { dc, existing, changes: p.changes, actualChangeCount: p.actualChangeCount, ensureZone: p.ensureZone } };
}

function sameLines(corrections: Correction[], lines: string[]): boolean {
  return corrections.length === lines.length && corrections.every((c, i) => c.msg === lines[i]);
}

async function wrap<T>(credkey: string, zone: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof Error && e.name !== 'Error') throw e;
    throw new ProviderError(credkey, zone, e instanceof Error ? e.message : String(e), { cause: e });
  }
}

/** preview --plan FILE: write the plan; returns the note for stderr. */
export async function savePlan(plan: Plan, declared: DeclaredProviders, cwd: string, file: string): Promise<string> {
  await writePlanFile(path.resolve(cwd, file), toSavedPlan(plan, savedDeclarations(plan, declared)));
  return `Saved the plan (${plan.total} corrections) to ${file}; apply exactly it with "dnscode push --plan ${file}".\n`;
}

/** Declarations of the providers a plan uses, for its file: name, TYPE and dnsconfig.js meta, minus any meta
 *  key named like one of the type's secret creds fields (creds.json values are never written). */
export function savedDeclarations(plan: Plan, declared: DeclaredProviders): SavedPlan['providers'] {
  const used = (role: ProviderPlan['role']) => new Set(plan.zones.flatMap((z) => z.providers.filter((p) => p.role === role && !p.skipped).map((p) => p.name)));
  const decl = (m: DeclaredProviders['dns'], names: Set<string>) => [...m.values()].filter((d) => names.has(d.credkey)).map((d) => {
    const secret = new Set(d.type.credsFields.filter((f) => f.secret).map((f) => f.name));
    const meta = Object.fromEntries(Object.entries(d.meta).filter(([k]) => !secret.has(k)));
    return { name: d.credkey, type: d.type.name, ...(Object.keys(meta).length ? { meta } : {}) };
  });
  return { dns: decl(declared.dns, used('provider')), registrars: decl(declared.registrars, used('registrar')) };
}
