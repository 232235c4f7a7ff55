// Zone-file writer with DNSControl's layout (prettyzone): $TTL line, optional comments, then records in
// sort.ts order with fixed columns (name 10, TTL 5, class 2, type 5), blank repeated labels, and TTLs
// only where they differ from $TTL. Types a zone file cannot hold are written commented out.
import type { RecordConfig } from '../ir/types.js';
import { isZoneFileType } from '../rr/registry.js';
import { rdataText } from '../rr/text.js';
import { sortRecords } from './sort.js';

export interface FormatZoneOptions {
  /** Writes `$ORIGIN <origin>.` first (get-zones output does; BIND files do not). */
  origin?: string;
  /** The $TTL; 0 or absent picks the most common TTL (NS excluded; ties → highest; none → 300). */
  defaultTTL?: number;
  /** Comment lines after $TTL, written as "; <line>". */
  comments?: string[];
}

/** The most common TTL among non-NS records, ties going to the higher TTL; 300 when there is none. */
export function mostCommonTTL(records: readonly RecordConfig[]): number {
  const counts = new Map<number, number>();
  for (const r of records) if (r.type !== 'NS') counts.set(r.ttl, (counts.get(r.ttl) ?? 0) + 1);
  let best = 0, bestCount = 0;
  for (const [ttl, n] of counts) {
    if (n > bestCount || (n === bestCount && ttl > best)) { best = ttl; bestCount = n; }
  }
  return best || 300;
}

const WIDTHS = [10, 5, 2, 5] as const;

/** Lays out the five columns: each column starts at a fixed byte offset unless the previous one overflowed
 *  (then one space separates them). Offsets count UTF-8 bytes, as DNSControl's layout does. */
export function formatLine(name: string, ttl: string, type: string, rdata: string): string {
  const items = [name, ttl, 'IN', type];
  let line = '';
  let bytes = 0;
  let col = 0;
  for (let i = 0; i < 4; i++) {
    if (bytes < col) { line += ' '.repeat(col - bytes); bytes = col; }
    const item = items[i]!;
    if (item !== '') {
      line += item + ' ';
      bytes += (i === 0 ? Buffer.byteLength(item) : item.length) + 1;
    }
    col += WIDTHS[i]! + 1;
  }
  if (rdata === '') return line.trimEnd();
  if (bytes < col) line += ' '.repeat(col - bytes);
  return line + rdata;
}

/** The text of a zone file holding `records` (any order; they are sorted here). Ends with a newline. */
export function formatZone(records: readonly RecordConfig[], opts: FormatZoneOptions = {}): string {
  const defaultTTL = opts.defaultTTL || mostCommonTTL(records);
  const lines: string[] = [];
  if (opts.origin !== undefined) lines.push(`$ORIGIN ${opts.origin}.`);
  lines.push(`$TTL ${defaultTTL}`);
  for (const c of opts.comments ?? []) lines.push(`; ${c}`);
  let lastName: string | undefined;
  for (const rc of sortRecords([...records])) {
    const ttl = rc.ttl === defaultTTL ? '' : String(rc.ttl);
    if (!isZoneFileType(rc.type)) {
      // Pseudo types cannot be loaded by a DNS server; keep them visible but inert.
      lines.push(';' + formatLine(rc.name, ttl, rc.type, rdataText(rc)));
      continue;
    }
    // A name starting with "$" would read as a directive: escape it ("\$ttl"), as BIND writes it.
    const name = rc.name === lastName ? '' : rc.name.startsWith('$') ? `\\${rc.name}` : rc.name;
    lastName = rc.name;
    lines.push(formatLine(name, ttl, rc.type, rdataText(rc)) + cloudflareComment(rc));
  }
  return lines.join('\n') + '\n';
}

/** Cloudflare record meta as a trailing comment, so the zone file shows what the config asked for. */
function cloudflareComment(rc: RecordConfig): string {
  const m = rc.meta;
  if (!m) return '';
  const parts: string[] = [];
  if (m.cloudflare_proxy === 'on' || m.cloudflare_proxy === 'full') parts.push('CF_PROXY_ON');
  if (m.cloudflare_cname_flatten === 'on') parts.push('CF_CNAME_FLATTEN_ON');
  if (m.cloudflare_comment) parts.push(`CF_COMMENT=${JSON.stringify(m.cloudflare_comment)}`);
  if (m.cloudflare_tags) parts.push(`CF_TAGS=${JSON.stringify(m.cloudflare_tags)}`);
  return parts.length ? ` ; ${parts.join(' ')}` : '';
}
