// `preview --format json`: the plan for machines. Unlike `--report` (DNSControl's shape, kept as is), this
// carries each change as data: kind, owner name, type, and the records before and after.
import { UsageError } from '../errors.js';
import type { Change } from '../diff/change.js';
import type { RecordConfig } from '../ir/types.js';
import { rdataText } from '../rr/text.js';
import type { Plan, ProviderPlan } from './types.js';

export const JSON_FORMAT_VERSION = 1;

export interface JsonRecord {
  ttl: number;
  rdata: string;
}

export interface JsonChange {
  kind: Exclude<Change['kind'], 'report'>;
  name: string;
  /** Empty for label-granularity changes, which cover every type at the name. */
  type: string;
  old: Array<JsonRecord & { type: string }>;
  new: Array<JsonRecord & { type: string }>;
  onlyTTL?: boolean;
  msgs: string[];
}

export interface JsonProvider {
  role: ProviderPlan['role'];
  name: string;
  changeCount: number;
  counts: { create: number; change: number; delete: number };
  changes: JsonChange[];
  /** Notes that change nothing (IGNORE reports, "File does not yet exist", skipped registrar, ...). */
  notes: string[];
  /** Every correction's message, as the text output shows them. */
  corrections: string[];
}

/** The plan file preview --plan wrote, and its digest (what push --plan-digest pins). */
export interface SavedPlanRef {
  file: string;
  digest: string;
}

export interface JsonPlan {
  version: typeof JSON_FORMAT_VERSION;
  total: number;
  /** Only when preview saved the plan (--plan FILE). */
  plan?: SavedPlanRef;
  zones: Array<{ domain: string; providers: JsonProvider[] }>;
  warnings: string[];
}

const rec = (r: RecordConfig) => ({ type: r.type, ttl: r.ttl, rdata: rdataText(r) });

/** The counts, changes and notes of one provider, shared by the json and markdown formats. */
export function describeProvider(p: ProviderPlan): JsonProvider {
  const changes: JsonChange[] = [];
  const notes: string[] = [];
  for (const c of p.source?.changes ?? []) {
    if (c.kind === 'report') { notes.push(...c.msgs); continue; }
    const j: JsonChange = { kind: c.kind, name: c.key.nameFQDN, type: c.key.type, old: c.old.map(rec), new: c.new.map(rec), msgs: c.msgs };
    if (c.onlyTTL) j.onlyTTL = true;
    changes.push(j);
  }
  const count = (k: JsonChange['kind']) => changes.filter((c) => c.kind === k).length;
  const counts = { create: count('create'), change: count('change'), delete: count('delete') };
  // Without change data (registrars, or a provider without a diff) the corrections are all there is.
  if (!p.source?.changes) {
    counts.change = p.changeCount;
    for (const c of p.corrections) if (!c.run) notes.push(c.msg);
  } else {
    // Providers pass the diff's reports on as message-only corrections: list each note once.
    const reports = new Set(p.source.changes.filter((c) => c.kind === 'report').map((c) => c.msgs.join('\n')));
    for (const c of p.corrections) if (!c.run && !reports.has(c.msg)) notes.push(c.msg);
  }
  return { role: p.role, name: p.name, changeCount: p.changeCount, counts, changes, notes, corrections: p.corrections.map((c) => c.msg) };
}

export function buildJsonPlan(plan: Plan, warnings: string[] = [], saved?: SavedPlanRef): JsonPlan {
  return {
    version: JSON_FORMAT_VERSION,
    total: plan.total,
    ...(saved ? { plan: { file: saved.file, digest: saved.digest } } : {}),
    zones: plan.zones.map((z) => ({ domain: z.domain, providers: z.providers.filter((p) => !p.skipped).map(describeProvider) })),
    warnings,
  };
}

export function renderJson(plan: Plan, warnings: string[] = [], saved?: SavedPlanRef): string {
  return `${JSON.stringify(buildJsonPlan(plan, warnings, saved), null, 2)}\n`;
}

export const OUTPUT_FORMATS = ['text', 'json', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** --format: text for both commands; json and markdown describe a preview (push reports as it goes, in text). */
export function parseOutputFormat(format: string | undefined, push: boolean): OutputFormat {
  const f = (format ?? 'text').toLowerCase();
  if (!(OUTPUT_FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format "${format}": use text, json or markdown`);
  if (push && f !== 'text') throw new UsageError(`--format ${f} is for preview; push prints its progress as text (use --report FILE for JSON)`);
  return f as OutputFormat;
}
