// `preview --format markdown`: ready to post as a pull-request comment. A totals table first, then one
// table of changes per zone and provider; big ones are collapsed in <details> so the comment stays short.
// Hand-written: GFM tables are simple, and no well-kept library renders exactly this layout.
import { describeProvider, type JsonChange, type JsonProvider, type SavedPlanRef } from './json-format.js';
import type { Plan } from './types.js';

/** Tables with more rows than this are collapsed. */
export const COLLAPSE_OVER = 10;
/** GitHub refuses comments over 65,536 characters: tables are cut short to stay under this. */
export const MAX_CHARS = 65_000;
const ROW_CAPS = [Number.POSITIVE_INFINITY, 200, 50, 10, 0];

export interface MarkdownOptions {
  warnings?: string[];
  collapseOver?: number;
  /** Heading text (default "dnscode preview"). */
  title?: string;
  /** Size budget (default MAX_CHARS). */
  maxChars?: number;
  /** The saved plan (preview --plan): its digest goes under the title, for the reviewer to pin. */
  planFile?: SavedPlanRef;
}

/** A table cell: HTML-escaped in <code>, pipes and newlines made harmless for GFM tables. */
function code(s: string): string {
  if (s === '') return '';
  const esc = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;').replace(/\n/g, '<br>');
  return `<code>${esc}</code>`;
}

/** Plain text outside code: escape what GFM would read as markup. */
function text(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

const KIND: Record<JsonChange['kind'], string> = { create: '➕ create', change: '✏️ modify', delete: '➖ delete' };

function side(rs: JsonChange['old'], showType: boolean): string {
  return rs.map((r) => code(`${showType ? `${r.type} ` : ''}${r.rdata}`) + ` ttl ${r.ttl}`).join('<br>');
}

function changeTable(changes: JsonChange[], maxRows: number): string[] {
  if (maxRows === 0) return [`*${changes.length} changes: too many for this comment; see \`dnscode preview --format json\` or the plan file.*`];
  const rows = ['| Change | Name | Type | Before | After |', '|---|---|---|---|---|'];
  for (const c of changes.slice(0, maxRows)) {
    const byLabel = c.type === '';
    const kind = c.onlyTTL ? '✏️ modify TTL' : KIND[c.kind];
    rows.push(`| ${kind} | ${code(c.name)} | ${byLabel ? '*' : c.type} | ${side(c.old, byLabel)} | ${side(c.new, byLabel)} |`);
  }
  if (changes.length > maxRows) rows.push(`| … | *${changes.length - maxRows} more; see \`--format json\` or the plan file* | | | |`);
  return rows;
}

function providerSection(domain: string, p: JsonProvider, collapseOver: number, maxRows: number): string[] {
  const who = p.role === 'registrar' ? `registrar ${p.name}` : p.name;
  const title = `${domain} (${who}): ${p.changeCount} change${p.changeCount === 1 ? '' : 's'}`;
  const body: string[] = [];
  if (p.changes.length) body.push(...changeTable(p.changes, maxRows), '');
  // Registrars (and providers without change data) only have their correction lines.
  if (!p.changes.length && p.changeCount > 0) {
    body.push(...p.corrections.filter((m) => !p.notes.includes(m)).map((m) => `- ${code(m)}`), '');
  }
  if (p.notes.length) body.push(...p.notes.map((n) => `> ${text(n).replace(/\n/g, '<br>')}`), '');
  if (p.changes.length > collapseOver) {
    return ['<details>', `<summary><b>${text(title)}</b></summary>`, '', ...body, '</details>', ''];
  }
  return [`#### ${text(title)}`, '', ...body];
}

export function renderMarkdown(plan: Plan, opts: MarkdownOptions = {}): string {
  // Fewer rows per table until the comment fits (the totals table always stays whole).
  let text = '';
  for (const maxRows of ROW_CAPS) {
    text = render(plan, opts, maxRows);
    if (text.length <= (opts.maxChars ?? MAX_CHARS)) break;
  }
  return text;
}

function render(plan: Plan, opts: MarkdownOptions, maxRows: number): string {
  const collapseOver = opts.collapseOver ?? COLLAPSE_OVER;
  const zones = plan.zones.map((z) => ({ domain: z.domain, providers: z.providers.filter((p) => !p.skipped).map(describeProvider) }));
  const changed = zones.map((z) => ({ ...z, providers: z.providers.filter((p) => p.changeCount > 0) })).filter((z) => z.providers.length > 0);
  const out: string[] = [];
  const title = opts.title ?? 'dnscode preview';
  const zonesWord = (n: number) => `${n} zone${n === 1 ? '' : 's'}`;
  if (plan.total === 0) {
    out.push(`### ${title}: no changes`, '', `All ${zonesWord(zones.length)} are in sync.`, '');
  } else {
    out.push(`### ${title}: ${plan.total} change${plan.total === 1 ? '' : 's'} in ${zonesWord(changed.length)}`, '');
    out.push('| Zone | Provider | Create | Modify | Delete |', '|---|---|--:|--:|--:|');
    const total = { create: 0, change: 0, delete: 0 };
    for (const z of changed) {
      for (const p of z.providers) {
        out.push(`| ${text(z.domain)} | ${text(p.role === 'registrar' ? `registrar ${p.name}` : p.name)} | ${p.counts.create} | ${p.counts.change} | ${p.counts.delete} |`);
        total.create += p.counts.create; total.change += p.counts.change; total.delete += p.counts.delete;
      }
    }
    out.push(`| **Total** | | **${total.create}** | **${total.change}** | **${total.delete}** |`, '');
  }
  if (opts.planFile) {
    const { file, digest } = opts.planFile;
    out.push(`Plan digest: \`${digest}\``, '', `Apply exactly this plan: \`dnscode push --plan ${file} --plan-digest ${digest}\``, '');
  }
  if (opts.warnings?.length) {
    out.push('> [!WARNING]', ...opts.warnings.map((w) => `> - ${text(w.replace(/^WARNING: /, ''))}`), '');
  }
  for (const z of changed) for (const p of z.providers) out.push(...providerSection(z.domain, p, collapseOver, maxRows));
  const inSync = zones.filter((z) => !changed.some((c) => c.domain === z.domain)).map((z) => z.domain);
  if (plan.total > 0 && inSync.length) out.push(`In sync: ${inSync.map(text).join(', ')}`, '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
