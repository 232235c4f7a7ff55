// Safety limits (octoDNS's TooMuchChange and RootNsChange): a push that would delete or modify more than
// 30% of a zone's existing records, or change its apex NS set or its live delegation at the registrar, needs
// --force or a configured limit.
// DNSControl has no such checks, so every refusal says exactly how to push anyway.
import { UsageError } from '../errors.js';
import type { RecordConfig } from '../ir/types.js';
import { rdataText } from '../rr/text.js';
import type { Plan, PlanSource } from '../plan/types.js';
import type { Correction } from '../providers/types.js';

export const DEFAULT_MAX_CHANGE_PERCENT = 30;
/** Zones with fewer existing records are exempt from the percentage check (octoDNS: 10). */
export const MIN_EXISTING_RECORDS = 10;

/** Per-provider settings, from creds.json or the provider's meta in dnsconfig.js (creds wins), or flags. */
export interface SafetySettings {
  maxChangePercent: number;
  allowApexNsChange: boolean;
}

export interface SafetyFlags {
  force?: boolean;
  /** --max-change PERCENT: for every provider. */
  maxChange?: number | string;
}

export interface SafetyProblem {
  domain: string;
  provider: string;
  kind: 'too-much-change' | 'apex-ns-change';
  /** What would happen. */
  message: string;
  /** Exactly how to push anyway. */
  remedy: string;
}

function parsePercent(v: unknown, where: string): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(String(v).trim().replace(/%$/, ''));
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(`${where} must be a number from 0 to 100, got ${JSON.stringify(v)}`);
  return n;
}

/** The creds.json keys the safety limits read, known to every provider type. */
export const SAFETY_CREDS_KEYS = ['max_change_percent', 'allow_apex_ns_change'] as const;

const truthy = (v: unknown) => v === true || (typeof v === 'string' && /^(true|yes|1)$/i.test(v.trim()));

/** Settings for one provider. `creds` and `meta` are the credkey's creds.json fields and dnsconfig.js meta. */
export function safetySettings(credkey: string, creds: Record<string, unknown>, meta: Record<string, unknown>, flags: SafetyFlags = {}): SafetySettings {
  const fromFlag = parsePercent(flags.maxChange, '--max-change');
  const fromCreds = parsePercent(creds.max_change_percent, `creds.json "${credkey}": max_change_percent`);
  const fromMeta = parsePercent(meta.max_change_percent, `NewDnsProvider("${credkey}") meta max_change_percent`);
  return {
    maxChangePercent: fromFlag ?? fromCreds ?? fromMeta ?? DEFAULT_MAX_CHANGE_PERCENT,
    allowApexNsChange: truthy(creds.allow_apex_ns_change) || truthy(meta.allow_apex_ns_change),
  };
}

const recordKey = (rc: RecordConfig) => `${rc.name.toLowerCase()} ${rc.type} ${rc.ttl} ${rdataText(rc)}`;

/** Existing records (SOA excluded: its serial moves on every push) that a provider's changes delete or modify. */
export function changeStats(src: PlanSource): { existing: number; touched: number } {
  // Counted, not filtered: a zone of a million records would be copied to count them.
  let existing = 0;
  for (const r of src.existing ?? []) if (r.type !== 'SOA') existing++;
  let touched = 0;
  for (const c of src.changes ?? []) {
    if (c.kind !== 'change' && c.kind !== 'delete') continue;
    // Recordset and label changes carry unchanged records on both sides: only count the ones that go.
    const kept = new Set(c.new.map(recordKey));
    touched += c.old.filter((r) => r.type !== 'SOA' && !kept.has(recordKey(r))).length;
  }
  return { existing, touched };
}

/** The apex NS targets before and after the changes, when they differ and there were some before. */
export function apexNsChange(src: PlanSource): { before: string[]; after: string[] } | undefined {
  const isApexNs = (r: RecordConfig) => r.type === 'NS' && r.name === '@';
  const norm = (r: RecordConfig) => rdataText(r).toLowerCase().replace(/\.$/, '');
  const before = new Set((src.existing ?? []).filter(isApexNs).map(norm));
  if (before.size === 0) return undefined; // a new zone gets its first NS set freely
  const after = new Set(before);
  for (const c of src.changes ?? []) {
    if (c.kind === 'report' || c.onlyTTL) continue;
    for (const r of c.old.filter(isApexNs)) after.delete(norm(r));
    for (const r of c.new.filter(isApexNs)) after.add(norm(r));
  }
  const same = before.size === after.size && [...before].every((t) => after.has(t));
  return same ? undefined : { before: [...before].sort(), after: [...after].sort() };
}

/** A registrar correction that would change a live delegation (one with nameservers now); a first delegation
 *  (none before) is free, as a new zone's first NS set is. */
export function delegationChange(corrections: Correction[]): { before: string[]; after: string[] } | undefined {
  return corrections.find((c) => c.run && c.delegation && c.delegation.before.length > 0)?.delegation;
}

/** Every limit the plan exceeds, zone by zone. `settingsFor` gives a DNS provider's settings by credkey. */
export function checkSafety(plan: Plan, settingsFor: (credkey: string) => SafetySettings): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  for (const z of plan.zones) {
    for (const p of z.providers) {
      if (p.role === 'registrar') {
        const d = delegationChange(p.corrections);
        if (d && !settingsFor(p.name).allowApexNsChange) {
          problems.push({
            domain: z.domain, provider: p.name, kind: 'apex-ns-change',
            message: `${z.domain} (registrar ${p.name}): would change the delegation from ${d.before.join(', ')} to ${d.after.join(', ') || '(none)'}`,
            remedy: `to push anyway, add --force, or set "allow_apex_ns_change": "true" in the "${p.name}" entry of creds.json`,
          });
        }
        continue;
      }
      if (p.role !== 'provider' || p.skipped || !p.source?.changes) continue;
      const s = settingsFor(p.name);
      const { existing, touched } = changeStats(p.source);
      const pct = existing === 0 ? 0 : (touched / existing) * 100;
      if (existing >= MIN_EXISTING_RECORDS && pct > s.maxChangePercent) {
        problems.push({
          domain: z.domain, provider: p.name, kind: 'too-much-change',
          message: `${z.domain} (${p.name}): would delete or modify ${touched} of ${existing} existing records ` +
            `(${formatPct(pct)}), more than the ${s.maxChangePercent}% limit`,
          remedy: `to push anyway, add --force, or raise the limit with --max-change ${Math.ceil(pct)} or "max_change_percent": "${Math.ceil(pct)}" in the "${p.name}" entry of creds.json`,
        });
      }
      const ns = apexNsChange(p.source);
      if (ns && !s.allowApexNsChange) {
        problems.push({
          domain: z.domain, provider: p.name, kind: 'apex-ns-change',
          message: `${z.domain} (${p.name}): would change the apex NS set from ${ns.before.join(', ')} to ` +
            `${ns.after.length ? ns.after.join(', ') : '(none)'}`,
          remedy: `to push anyway, add --force, or set "allow_apex_ns_change": "true" in the "${p.name}" entry of creds.json`,
        });
      }
    }
  }
  return problems;
}

function formatPct(p: number): string {
  return `${Number.isInteger(p) ? p : p.toFixed(1)}%`;
}

/** The text of a refused push (exit 1, nothing applied). */
export function refusalMessage(problems: SafetyProblem[]): string {
  return `Error: push refused by the safety limits; nothing was applied:\n${problems.map((p) => `  - ${p.message};\n    ${p.remedy}`).join('\n')}\n` +
    'DNSControl has no such limits: add --force to push exactly what it would push.';
}

/** The problems as warnings (stderr): preview says what push will do; push --force says it went ahead. */
export function safetyWarnings(problems: SafetyProblem[], push: boolean): string[] {
  return problems.map((p) => push ? `WARNING: --force: pushing beyond the safety limits: ${p.message}` : `WARNING: push will refuse: ${p.message}; ${p.remedy}`);
}
