// The saved plan (`preview --plan FILE`): per zone and provider, the changes as data, their human lines and a
// digest of the live records they were computed from, plus a digest of the whole plan that a reviewer can
// pin (`push --plan-digest`). `push --plan FILE` applies exactly these changes if the live records still
// match. Only dnsconfig.js data and live DNS data go in: never a creds.json value.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import canonicalize from 'canonicalize';
import { PlanFileError, UsageError } from '../../errors.js';
import type { Change } from '../../diff/change.js';
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Plan } from '../types.js';
import { planShapeProblems } from './shape.js';

export const PLAN_FORMAT = 'dnscode-plan';
export const PLAN_VERSION = 1;

/** A provider declaration as needed to re-create it with today's creds.json. */
export interface SavedProviderDecl {
  name: string;
  type: string;
  meta?: Record<string, unknown>;
}

export interface SavedProvider {
  role: 'provider' | 'registrar';
  /** Credkey. */
  name: string;
  /** The lines preview printed (each correction's message), to show and to compare. */
  lines: string[];
  changeCount: number;
  /** DNS provider: sha256 of the canonical sorted live records. */
  digest?: string;
  existingCount?: number;
  /** DNS provider: the desired zone the changes were computed from (before IGNORE/NO_PURGE kept live
   *  records); registrar: the desired domain. push --plan validates these records and diffs them again. */
  dc?: DomainConfig;
  changes?: Change[];
  actualChangeCount?: number;
  ensureZone?: boolean;
}

export interface SavedZone {
  domain: string;
  providers: SavedProvider[];
}

/** The diff flags preview ran with: they shape the changes' report lines, so push diffs again with them. */
export interface SavedDiffOptions {
  full?: boolean;
  reportMax?: number;
  disableOrdering?: boolean;
}

export interface SavedPlan {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_VERSION;
  /** `sha256:` over the RFC 8785 canonical JSON of the whole plan without this field (planDigest). */
  digest: string;
  created: string;
  total: number;
  /** The config's SKIP_RECORD_AUDIT: push --plan runs the providers' audits unless it was set. */
  skipRecordAudit?: boolean;
  diff?: SavedDiffOptions;
  providers: { dns: SavedProviderDecl[]; registrars: SavedProviderDecl[] };
  zones: SavedZone[];
}

/** The digest a reviewer pins: sha256 over the canonical JSON (RFC 8785) of everything but `digest` itself. */
export function planDigest(plan: Omit<SavedPlan, 'digest'> & { digest?: unknown }): string {
  const { digest: _, ...content } = plan;
  return `sha256:${createHash('sha256').update(canonicalize(content) ?? '').digest('hex')}`;
}

/** sha256 over the records as RFC 8785 canonical JSON, sorted, so order and key order do not matter. */
export function recordsDigest(records: RecordConfig[]): string {
  // filepos says where a record was read, not what it is: reformatting a zone file is not a change.
  const lines = records.map(({ filepos: _, ...r }) => canonicalize(r) ?? '').sort();
  return `sha256:${createHash('sha256').update(lines.join('\n')).digest('hex')}`;
}

export interface SaveContext {
  providers: SavedPlan['providers'];
  skipRecordAudit?: boolean;
  diff?: SavedDiffOptions;
}

export function toSavedPlan(plan: Plan, ctx: SaveContext, now = new Date()): SavedPlan {
  const diff = Object.fromEntries(Object.entries(ctx.diff ?? {}).filter(([, v]) => v !== undefined && v !== false));
  const content: Omit<SavedPlan, 'digest'> = {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    created: now.toISOString(),
    total: plan.total,
    ...(ctx.skipRecordAudit ? { skipRecordAudit: true } : {}),
    ...(Object.keys(diff).length ? { diff } : {}),
    providers: ctx.providers,
    zones: plan.zones.map((z) => ({
      domain: z.domain,
      providers: z.providers.filter((p) => !p.skipped).map((p): SavedProvider => {
        const s: SavedProvider = { role: p.role, name: p.name, lines: p.corrections.map((c) => c.msg), changeCount: p.changeCount };
        const src = p.source;
        if (!src) return s;
        s.dc = src.desired ?? src.dc;
        if (p.role === 'provider') {
          const existing = src.existing ?? [];
          Object.assign(s, { digest: recordsDigest(existing), existingCount: existing.length, changes: src.changes ?? [], actualChangeCount: src.actualChangeCount ?? 0 });
          if (src.ensureZone) s.ensureZone = true;
        }
        return s;
      }),
    })),
  };
  // JSON drops undefined values: digest what the file will hold, so reading it back gives the same digest.
  const stored = JSON.parse(JSON.stringify(content)) as Omit<SavedPlan, 'digest'>;
  const { format, version, ...rest } = stored;
  return { format, version, digest: planDigest(stored), ...rest };
}

const MARK = '\u0000';
const isRecord = (v: unknown): v is RecordConfig =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'type' in v && 'target' in v && 'ttl' in v;

/** Indented JSON with each record on one line: readable and diffable, and half the size of full indentation
 *  (a 20,000-record zone: 4.2 MB instead of 8.4 MB). */
export function formatPlan(saved: SavedPlan): string {
  const text = JSON.stringify(saved, (_k, v: unknown) => (isRecord(v) ? `${MARK}${JSON.stringify(v)}${MARK}` : v), 2);
  return `${text.replace(/"\\u0000((?:[^"\\]|\\.)*)\\u0000"/g, (_m, inner: string) => JSON.parse(`"${inner}"`) as string)}\n`;
}

export async function writePlanFile(file: string, saved: SavedPlan): Promise<void> {
  await writeFile(file, formatPlan(saved));
}

/** `file` is the path to read, `shown` the name the user gave (for messages). The plan's shape is checked
 *  (errors name the JSON path) and its digest recomputed; `pinned` (--plan-digest) must match it too. */
export async function readPlanFile(file: string, shown = file, pinned?: string): Promise<SavedPlan> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(`--plan ${shown}: cannot read the plan: ${err.code === 'ENOENT' ? 'no such file (write one with "dnscode preview --plan FILE")' : err.message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new PlanFileError(shown, `not a plan file (invalid JSON: ${jsonErrorText((e as Error).message, text)})`);
  }
  const p = data as Partial<SavedPlan> | null;
  if (!p || typeof p !== 'object' || Array.isArray(p) || p.format !== PLAN_FORMAT) throw new PlanFileError(shown, `not a dnscode plan file (write one with "dnscode preview --plan ${shown}")`);
  if (p.version !== PLAN_VERSION) throw new PlanFileError(shown, `plan format version ${String(p.version)} is not supported by this dnscode (it reads version ${PLAN_VERSION}); run preview again`);
  if (p.digest === undefined) throw new PlanFileError(shown, 'the plan has no digest (was it made by an older dnscode?); run preview again');
  const problems = planShapeProblems(p);
  if (problems.length) throw new PlanFileError(shown, problems.length === 1 ? problems[0]! : 'the plan file is damaged', problems.length > 1 ? problems : []);
  const saved = p as SavedPlan;
  const actual = planDigest(saved);
  if (saved.digest !== actual) {
    throw new PlanFileError(shown, `the plan's content does not match its digest (${saved.digest} in the file, ${actual} computed): it was edited after preview wrote it; run preview again`);
  }
  if (pinned !== undefined && normalizeDigest(pinned) !== actual) {
    throw new PlanFileError(shown, `this is not the reviewed plan: --plan-digest is ${normalizeDigest(pinned)}, the plan's digest is ${actual}`);
  }
  return saved;
}

/** JSON.parse's message with the line and column of its position, and a hint when the text just stops. */
function jsonErrorText(message: string, text: string): string {
  const m = /at position (\d+)/.exec(message);
  const pos = m ? Number(m[1]) : undefined;
  const cut = /end of JSON input/i.test(message) || (pos !== undefined && pos >= text.trimEnd().length);
  let where = '';
  if (pos !== undefined && !/\(line \d+ column \d+\)/.test(message)) {
    const before = text.slice(0, pos).split('\n');
    where = ` (line ${before.length} column ${before.at(-1)!.length + 1})`;
  }
  return `${message}${where}${cut ? '; the file ends early: is it cut short?' : ''}`;
}

/** --plan-digest takes the digest as printed ("sha256:<64 hex>") or the bare hex, in either case. */
export function normalizeDigest(text: string): string {
  const t = text.trim().toLowerCase();
  return t.startsWith('sha256:') ? t : `sha256:${t}`;
}

/** A usage error for a --plan-digest that cannot be a digest at all. */
export function checkDigestFlag(text: string | undefined, plan: string | undefined): void {
  if (text === undefined) return;
  if (!plan) throw new UsageError('--plan-digest pins the plan given with --plan: use "push --plan FILE --plan-digest HEX"');
  if (!/^(sha256:)?[0-9a-f]{64}$/.test(text.trim().toLowerCase())) {
    throw new UsageError(`--plan-digest "${text}": expected the plan's digest as preview printed it (sha256: and 64 hex digits)`);
  }
}
