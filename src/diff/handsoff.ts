// IGNORE*(), NO_PURGE, ENSURE_ABSENT and IGNORE_EXTERNAL_DNS. Like DNSControl, records we must
// not touch are copied from existing into desired, so the compare step never deletes them.
import { ConfigError } from '../errors.js';
import { labelToFQDN } from '../_util/names.js';
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import { compileUnmanaged, matchesUnmanaged, type CompiledUnmanaged } from './glob.js';
import { externalDnsRecords } from './external-dns.js';
import { recordCall } from '../convert/js.js';

export interface HandsoffOptions {
  /** Max report lines per group (--reportmax; default 5, 0 = none); `full` = all. */
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

  const ignorable: RecordConfig[] = [];
  const foreign: RecordConfig[] = [];
  // Nothing to keep (the common case): no lookup tables for large zones.
  if (unmanaged.length === 0 && !dc.keepunknown && external.size === 0) return { desired, msgs: [] };
  const desiredKeys = new Set(desired.map(key));
  const absent = new Set((dc.recordsabsent ?? []).concat(dc.records.filter((r) => r.ensure_absent)).map((r) => `${key(r)}\u0000${opts.rdata(r)}`));
  for (const rc of existing) {
    if (external.has(rc)) continue;
    if (unmanaged.length > 0 && isIgnored(rc)) ignorable.push(rc);
    else if (dc.keepunknown && !desiredKeys.has(key(rc)) && !absent.has(`${key(rc)}\u0000${opts.rdata(rc)}`)) foreign.push(rc);
  }

  const msgs: string[] = [];
  // With --reportmax 0 the lists are empty and the heading ends with "." instead of ":".
  const punct = opts.reportMax === 0 && !opts.full ? '.' : ':';
  const skips = (recs: RecordConfig[]) => reportSkips(dc.name, recs, opts);
  let externalKept = [...external];
  if (externalKept.length) msgs.push(`${externalKept.length} records not being deleted because of IGNORE_EXTERNAL_DNS${punct}`, ...skips(externalKept));
  if (foreign.length) msgs.push(`${foreign.length} records not being deleted because of NO_PURGE${punct}`, ...skips(foreign));
  if (ignorable.length) msgs.push(`${ignorable.length} records not being deleted because of IGNORE*()${punct}`, ...skips(ignorable));

  const describe = (r: RecordConfig) => `    ${labelToFQDN(r.name, dc.name)} ${r.type} ${opts.rdata(r)}`;
  const conflicts = unmanaged.length ? findConflicts(unmanaged, desired) : [];
  if (conflicts.length) {
    msgs.push(`${conflicts.length} records that are both IGNORE*()'d and not ignored:`, ...conflicts.map(describe));
    if (!dc.unmanaged_disable_safety_check) {
      throw new ConfigError(`${dc.name}: ${msgs.join('\n')}\nUnsafe to continue. Add DISABLE_IGNORE_SAFETY_CHECK to D() to override`);
    }
  }
  // A record the config defines at a label:type external-dns manages: warn, and let the config win.
  const shared = externalKept.filter((r) => desiredKeys.has(key(r)));
  if (shared.length) {
    msgs.push(`WARNING: ${shared.length} records are defined in your config but also managed by external-dns:`, ...shared.map(describe),
      'Consider removing these from your config or from external-dns to avoid conflicts.');
    externalKept = externalKept.filter((r) => !desiredKeys.has(key(r)));
  }
  return { desired: desired.concat(ignorable, foreign, externalKept), msgs };
}

function findConflicts(unmanaged: CompiledUnmanaged[], desired: RecordConfig[]): RecordConfig[] {
  return desired.filter((rc) => unmanaged.some((u) => matchesUnmanaged(u, rc.name, rc.type, rc.target)));
}

function reportSkips(domain: string, recs: RecordConfig[], opts: HandsoffOptions): string[] {
  // Like DNSControl: at most 5 lines unless --full; --reportmax N changes the 5 (0 lists none).
  const max = opts.full ? recs.length : Math.max(0, opts.reportMax ?? DEFAULT_REPORT_MAX);
  // As dnsconfig.js lines (DNSControl v4.40, its PR #4148), so a kept record can be pasted into the config.
  const lines = recs.slice(0, max).map((r) => `    ${recordCall(r, `${labelToFQDN(r.name, domain)}.`)},`);
  if (recs.length > max && max > 0) lines.push(`    ...and ${recs.length - max} more... (use --full to show all)`);
  return lines;
}
