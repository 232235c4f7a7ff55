// `push --plan FILE`: check the file (shape, digest, --plan-digest) and its records (the config's rules and
// the providers' audits), re-read each zone's live records and refuse if any changed since the plan was made,
// diff the plan's records again and refuse unless that gives exactly the saved changes and lines; then hand
// those changes to the provider's getCorrections. The config is not evaluated again: it may have changed
// since the preview, and the plan is what was reviewed.
import path from 'node:path';
import canonicalize from 'canonicalize';
import { ExitError, UsageError, ValidationError } from '../errors.js';
import type { Change } from '../diff/change.js';
import { diffZone, type DiffOptions } from '../diff/diff.js';
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import { loadCreds } from '../creds/load.js';
import type { Io } from '../_util/io.js';
import type { PreviewOptions } from './options.js';
import type { Correction, ProviderType } from '../providers/types.js';
import { inProvider } from '../providers/_core/errors.js';
import { declareProviders, ProviderInstances, unusableError, type DeclaredProviders } from './providers.js';
import { planTotal, type Plan, type ProviderPlan, type ZonePlan } from '../plan/types.js';
import { checkDigestFlag, readPlanFile, recordsDigest, toSavedPlan, writePlanFile, type SaveContext, type SavedPlan, type SavedProvider } from '../plan/saved/plan-file.js';
import { planRecordProblems } from '../plan/saved/validate.js';

export interface RestoredRun {
  plan: Plan;
  warnings: string[];
  declared: DeclaredProviders;
  /** creds.json's `notifications` block, if any. */
  notifications?: Record<string, string>;
  /** Give back what providers hold (BIND's zone locks) when the run is over. */
  close?: () => Promise<void>;
}

/** push --plan FILE [--plan-digest HEX]. Every refusal comes before any provider is asked to change anything. */
export async function restorePlan(opts: PreviewOptions, io: Io): Promise<RestoredRun> {
  if (opts.domains || opts.providers) throw new UsageError('--plan applies the saved plan as a whole: drop --domains/--providers (or preview again with them)');
  checkDigestFlag(opts.planDigest, opts.plan);
  const file = path.resolve(io.cwd, opts.plan!);
  // Shape, digest and --plan-digest first, then the records themselves, all before creds or providers.
  const saved = await readPlanFile(file, opts.plan, opts.planDigest);
  const problems = planRecordProblems(saved);
  if (problems.length) {
    throw new ValidationError(`--plan ${opts.plan}: the plan's records fail the checks a config's records get; nothing was applied`, problems);
  }
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
  const instances = new ProviderInstances(declared, { bindserial: opts.bindserial, push: true });
  const ctx: RestoreContext = {
    instances, stale: [], mismatch: [],
    diff: (credkey) => {
      const type = declared.dns.get(credkey)?.type;
      if (!type) throw new UsageError(`the plan file is damaged: DNS provider "${credkey}" is not among its providers`);
      return { ...saved.diff, mode: type.diffMode, comparableExtra: type.comparableExtra };
    },
  };
  const zones: ZonePlan[] = [];
  const seen = new Set<string>();
  try {
    for (const z of saved.zones) {
      const providers: ProviderPlan[] = [];
      for (const p of z.providers) {
        // Each zone and provider once: a repeated entry would apply its changes twice.
        const key = JSON.stringify([z.domain, p.role, p.name]);
        if (seen.has(key)) ctx.mismatch.push(`${z.domain} (${p.name}): listed more than once`);
        seen.add(key);
        providers.push(await restoreProvider(z.domain, p, ctx));
      }
      zones.push({ domain: z.domain, providers });
    }
  } catch (e) {
    await instances.close(); // a refusal gives back the zone locks it took
    throw e;
  }
  if (ctx.mismatch.length === 0 && ctx.stale.length === 0 && planTotal(zones) !== saved.total) {
    ctx.mismatch.push(`$.total is ${saved.total}, but the plan's zones make ${planTotal(zones)} corrections`);
  }
  if (ctx.mismatch.length || ctx.stale.length) await instances.close();
  const list = (items: string[]) => items.map((s) => `  - ${s}`).join('\n');
  if (ctx.mismatch.length) {
    throw new ExitError(1, `Error: the plan ${opts.plan} does not hold together: its change lines are not the changes its records make; nothing was applied:\n${list(ctx.mismatch)}\n` +
      `${ctx.stale.length ? `It is also out of date:\n${list(ctx.stale)}\n` : ''}Run "dnscode preview --plan ${opts.plan}" again, review it, and push the new plan.`);
  }
  if (ctx.stale.length) {
    throw new ExitError(1, `Error: the plan ${opts.plan} is out of date; nothing was applied:\n${list(ctx.stale)}\n` +
      `Run "dnscode preview --plan ${opts.plan}" again, review it, and push the new plan.`);
  }
  return {
    plan: { zones, total: saved.total }, warnings: [`Applying the plan made at ${saved.created} (${opts.plan}); the config is not read.`],
    declared, notifications: creds.notifications, close: () => instances.close(),
  };
}

/** Where restored providers come from (ProviderInstances; a map of in-memory providers in tests). */
export type ProviderSource = Pick<ProviderInstances, 'dnsProvider' | 'registrar'>;

/** How a DNS provider's zone is diffed: its type's granularity and extra comparison, and preview's flags. */
export type RestoreDiff = Omit<DiffOptions, 'comparableExtra'> & { comparableExtra?: ProviderType['comparableExtra'] };

export interface RestoreContext {
  instances: ProviderSource;
  diff(credkey: string): RestoreDiff;
  /** Zones whose live records (or registrar delegation, or provider) changed since the plan was made. */
  stale: string[];
  /** Saved changes or lines that are not what the plan's own records make (an edited plan). */
  mismatch: string[];
}

/** One provider of a saved zone: its corrections now, or a note in ctx.stale/ctx.mismatch when the plan does not hold. */
export async function restoreProvider(domain: string, p: SavedProvider, ctx: RestoreContext): Promise<ProviderPlan> {
  const { instances, stale, mismatch } = ctx;
  const dc = p.dc;
  const base = { role: p.role, name: p.name, changeCount: p.changeCount };
  const zone = dc?.name ?? domain;
  const who = `${domain} (${p.role === 'registrar' ? 'registrar ' : ''}${p.name})`;
  const infoOnly = (): ProviderPlan => ({ ...base, corrections: p.lines.map((msg) => ({ msg })) });
  // The zone an entry is shown under must be the zone its records are for (an edited plan could show one
  // zone's name over another zone's changes).
  if (dc && domain !== (dc.uniquename ?? dc.name)) {
    mismatch.push(`${who}: the entry's records are for ${JSON.stringify(dc.uniquename ?? dc.name)}`);
    return infoOnly();
  }
  if (p.role === 'registrar') {
    // Nothing to run (in sync, or skipped for want of nameservers): nothing to ask the registrar. Its lines
    // are then notes without an action (shown as saved; nothing of them is applied).
    if (p.changeCount === 0 || !dc) return infoOnly();
    const reg = await instances.registrar(p.name);
    const corrections = await inProvider(p.name, zone, () => reg.getRegistrarCorrections(structuredClone(dc)));
    if (!sameLines(corrections, p.lines)) stale.push(`${domain} (registrar ${p.name}): the registrar's delegation changed since the plan was made`);
    else if (corrections.filter((c) => c.run).length !== p.changeCount) mismatch.push(`${who}: changeCount is ${p.changeCount}, but its lines make ${corrections.filter((c) => c.run).length} corrections`);
    return { ...base, corrections, source: { dc } };
  }
  if (!dc || !p.changes || !p.digest) throw new UsageError(`the plan file is damaged: ${domain} (${p.name}) has no saved changes`);
  const dns = await instances.dnsProvider(p.name);
  // getZoneRecords may adjust the domain it is given (BIND merges its SOA): give it a copy, and diff that.
  const desired = structuredClone(dc);
  const existing = await inProvider(p.name, zone, () => dns.getZoneRecords(zone, desired));
  if (recordsDigest(existing) !== p.digest) {
    stale.push(`${who}: the live records changed since the plan was made (${p.existingCount ?? '?'} records then, ${existing.length} now)`);
    return infoOnly();
  }
  // The plan's records against the live zone give its changes again; they must be the saved ones exactly.
  const { comparableExtra, ...opts } = ctx.diff(p.name);
  const diff = diffZone(desired, existing, { ...opts, comparableExtra: comparableExtra && ((rc) => comparableExtra(rc, desired)) });
  const differs = changesDiffer(p.changes, diff.changes);
  if (differs) {
    mismatch.push(`${who}: ${differs}`);
    return infoOnly();
  }
  const forProvider: DomainConfig = { ...desired, records: diff.desiredPlus };
  const corrections: Correction[] = [];
  if (p.ensureZone && dns.ensureZone) corrections.push({ msg: p.lines[0] ?? `Ensuring zone "${zone}" exists in "${p.name}"`, run: () => inProvider(p.name, zone, () => dns.ensureZone!(zone), { nothingApplied: false }) });
  corrections.push(...await inProvider(p.name, zone, () => dns.getCorrections(forProvider, existing, diff.changes, diff.actualChangeCount)));
  const line = firstDifference(p.lines, corrections.map((c) => c.msg));
  const own = corrections.filter((c) => c.run && c.countsAsChange).length;
  const count = diff.actualChangeCount + (p.ensureZone ? 1 : 0) + own;
  if (line) {
    mismatch.push(`${who}: ${line} (was the plan edited, or the provider's creds.json entry changed?)`);
  } else if (p.actualChangeCount !== diff.actualChangeCount || p.changeCount !== count) {
    mismatch.push(`${who}: the plan counts ${p.changeCount} changes, its records make ${count}`);
  }
  return { ...base, corrections, source: { dc: forProvider, desired, existing, changes: diff.changes, actualChangeCount: diff.actualChangeCount, ensureZone: p.ensureZone } };
}

function sameLines(corrections: Correction[], lines: string[]): boolean {
  return corrections.length === lines.length && corrections.every((c, i) => c.msg === lines[i]);
}

/** Where the plan's lines and the lines its changes make part, in words; undefined when they are the same. */
function firstDifference(plan: string[], actual: string[]): string | undefined {
  const a = plan.flatMap((l) => l.split('\n'));
  const b = actual.flatMap((l) => l.split('\n'));
  const i = a.findIndex((l, k) => l !== b[k]);
  if (i === -1 && a.length === b.length) return sameOuter(plan, actual) ? undefined : 'the plan groups its lines differently from the provider';
  if (i === -1) return `the plan's lines stop short; its records also make ${JSON.stringify(b[a.length])}`;
  return b[i] === undefined ? `the plan shows ${JSON.stringify(a[i])}, which its records do not make`
    : `the plan shows ${JSON.stringify(a[i])}, its records make ${JSON.stringify(b[i])}`;
}

const sameOuter = (a: string[], b: string[]) => a.length === b.length && a.every((l, i) => l === b[i]);

/** A change as data, without where its records were read (reformatting a zone file is not a change) or the
 *  order a provider listed them in (the live digest ignores that order too). */
const comparable = (changes: Change[]) => changes.map((c) => canonicalize({ ...c, old: records(c.old), new: records(c.new) }) ?? '');
const records = (rs: RecordConfig[]) => rs.map(({ filepos: _, ...r }) => canonicalize(r) ?? '').sort();

/** Why the saved changes are not the recomputed ones (the first difference, in words), or undefined. */
function changesDiffer(saved: Change[], actual: Change[]): string | undefined {
  const a = comparable(saved);
  const b = comparable(actual);
  const i = a.findIndex((x, k) => x !== b[k]);
  if (i === -1 && a.length === b.length) return undefined;
  const lines = (c: Change | undefined) => (c ? JSON.stringify(c.msgs.join(' / ') || `${c.kind} ${c.key.nameFQDN} ${c.key.type}`) : 'nothing');
  if (i === -1) return `its records make a change the plan does not list: ${lines(actual[a.length])}`;
  const s = saved[i]!;
  const t = actual[i];
  if (t && s.msgs.join('\n') === t.msgs.join('\n')) return `the change ${lines(s)} (changes[${i}]) carries other records than its records make`;
  return `the plan's change ${lines(s)} is not what its records make (${lines(t)})`;
}

export interface SavedPlanNote {
  file: string;
  /** The plan's digest, for the reviewer to pin with push --plan-digest. */
  digest: string;
  /** The note for stderr (text output). */
  note: string;
}

/** preview --plan FILE: write the plan; returns its digest and the note for stderr. */
export async function savePlan(plan: Plan, declared: DeclaredProviders, cwd: string, file: string,
  ctx: Omit<SaveContext, 'providers'> = {}): Promise<SavedPlanNote> {
  const saved = toSavedPlan(plan, { ...ctx, providers: savedDeclarations(plan, declared) });
  await writePlanFile(path.resolve(cwd, file), saved);
  return {
    file,
    digest: saved.digest,
    note: `Saved the plan (${plan.total} corrections) to ${file}; apply exactly it with "dnscode push --plan ${file}".\n` +
      `Plan digest: ${saved.digest} (pin it: "dnscode push --plan ${file} --plan-digest ${saved.digest}")\n`,
  };
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
