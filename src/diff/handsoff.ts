// IGNORE*(), NO_PURGE, ENSURE_ABSENT and IGNORE_EXTERNAL_DNS (reference §5). Like DNSControl, records we must
// not touch are copied from existing into desired, so the compare step never deletes them.
import { ConfigError } from '../errors.js';
import { labelToFQDN } from '../_util/names.js';
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import { compileUnmanaged, matchesUnmanaged, type CompiledUnmanaged } from './glob.js';
import { externalDnsRecords } from './external-dns.js';

export interface HandsoffOptions {
  /** Max report lines per group (--reportmax; default 5, ≤ 0 = all); `full` = all. */
  reportMax?: number;
  full?: boolean;
  /** Rdata text of a record, as in the change lines. */
  rdata: (rc: RecordConfig) => string;
}

export interface HandsoffResult {
  /** Desired records plus the existing ones that must be kept. */
  desired: RecordConfig[];
  /** REPORT lines (skipped records, safety-check warnings). */
  msgs: string[];
}

const DEFAULT_REPORT_MAX = 5;

const key = (rc: RecordConfig) => `${rc.name}\u0000${rc.type}`;

export function handsoff(dc: DomainConfig, existing: RecordConfig[], opts: HandsoffOptions): HandsoffResult {
  const desired = dc.records.filter((r) => !r.ensure_absent);
  const unmanaged = (dc.unmanaged ?? []).map(compileUnmanaged);
  const isIgnored = (rc: RecordConfig) => unmanaged.some((u) => matchesUnmanaged(u, rc.name, rc.type, rc.target));
  const external = dc.ignore_external_dns ? externalDnsRecords(existing, dc.external_dns_prefix ?? '') : new Set<RecordConfig>();

  const desiredKeys = new Set(desired.map(key));
  const absent = new Set((dc.recordsabsent ?? []).concat(dc.records.filter((r) => r.ensure_absent)).map((r) => `${key(r)}\u0000${opts.rdata(r)}`));
  const ignorable: RecordConfig[] = [];
  const foreign: RecordConfig[] = [];
  for (const rc of existing) {
    if (external.has(rc) || (unmanaged.length > 0 && isIgnored(rc))) ignorable.push(rc);
    else if (dc.keepunknown && !desiredKeys.has(key(rc)) && !absent.has(`${key(rc)}\u0000${opts.rdata(rc)}`)) foreign.push(rc);
  }

  const msgs: string[] = [];
  const skips = (recs: RecordConfig[]) => reportSkips(dc.name, recs, opts);
  if (foreign.length) msgs.push(`${foreign.length} records not being deleted because of NO_PURGE:`, ...skips(foreign));
  if (ignorable.length) msgs.push(`${ignorable.length} records not being deleted because of IGNORE*():`, ...skips(ignorable));

  const conflicts = unmanaged.length ? findConflicts(unmanaged, desired) : [];
  if (conflicts.length) {
    const lines = [
      `${conflicts.length} records that are both IGNORE*()'d and not ignored:`,
      ...conflicts.map((r) => `    ${labelToFQDN(r.name, dc.name)} ${r.type} ${opts.rdata(r)}`),
    ];
    if (!dc.unmanaged_disable_safety_check) {
      throw new ConfigError(`${dc.name}: ${lines.join('\n')}\nUnsafe to continue. Add DISABLE_IGNORE_SAFETY_CHECK to D() to override`);
    }
    msgs.push(...lines.map((l, i) => (i === 0 ? `WARN: ${l}` : l)));
  }
  return { desired: desired.concat(ignorable, foreign), msgs };
}

function findConflicts(unmanaged: CompiledUnmanaged[], desired: RecordConfig[]): RecordConfig[] {
  return desired.filter((rc) => unmanaged.some((u) => matchesUnmanaged(u, rc.name, rc.type, rc.target)));
}

function reportSkips(domain: string, recs: RecordConfig[], opts: HandsoffOptions): string[] {
  // Like DNSControl: at most 5 lines (--reportmax N changes it) unless --full.
  const max = opts.full ? recs.length : opts.reportMax === undefined ? DEFAULT_REPORT_MAX : opts.reportMax <= 0 ? recs.length : opts.reportMax;
  const lines = recs.slice(0, max).map((r) => `    ${labelToFQDN(r.name, domain)}. ${r.type} ${opts.rdata(r)}`);
  if (recs.length > max) lines.push(`    ...and ${recs.length - max} more... (use --full to see all)`);
  return lines;
}
