// Checks across the records of one domain: CNAME exclusivity, exact duplicates, TTLs within an RRset.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Problems } from '../problems.js';
import { recordSubject } from '../problems.js';

const NOT_IDENTITY = new Set(['ttl', 'filepos', 'meta', 'subdomain', 'name_raw', 'name_unicode']);

/** Everything that makes two records the same record, except the TTL. (Reads no `filepos`: it may be lazy.) */
export function recordIdentity(rc: RecordConfig): string {
  const r = rc as unknown as Record<string, unknown>;
  return JSON.stringify([...Object.keys(r).filter((k) => !NOT_IDENTITY.has(k)).sort().map((k) => [k, r[k]]), setId(rc)]);
}

/** Route 53 weighted records with different set identifiers are separate record sets (as DNSControl keys them). */
function setId(rc: RecordConfig): string {
  return rc.meta?.r53_set_identifier ?? '';
}

/**
 * `order`: the records' indexes in zone-file order (zonefile/sort.ts sortedOrder), when the caller has them: a
 * label's records are then neighbours, found in one pass instead of through a map of every label (most of
 * this check's time on a zone of a million records). Either way, labels are checked in the order their first
 * record comes in the config and a label's records in config order, so messages come out the same.
 */
export function checkRRsets(dc: DomainConfig, p: Problems, order?: number[]): void {
  for (const records of order ? sharedLabelsSorted(dc.records, order) : sharedLabels(dc.records)) checkLabel(records, dc, p);
}

/** The labels with two records or more, each as its records, through a map. A label with one record (most
 *  labels of a large zone) keeps the record itself, not a one-element array: every rule compares two or more. */
function sharedLabels(all: RecordConfig[]): RecordConfig[][] {
  const byLabel = new Map<string, RecordConfig | RecordConfig[]>();
  for (const rc of all) {
    const prev = byLabel.get(rc.name);
    if (prev === undefined) byLabel.set(rc.name, rc);
    else if (Array.isArray(prev)) prev.push(rc);
    else byLabel.set(rc.name, [prev, rc]);
  }
  const out: RecordConfig[][] = [];
  for (const records of byLabel.values()) if (Array.isArray(records)) out.push(records);
  return out;
}

/** sharedLabels from the sorted order, where records of one name are adjacent (labels compare equal only when
 *  their names are equal). */
function sharedLabelsSorted(all: RecordConfig[], order: number[]): RecordConfig[][] {
  const runs: number[][] = [];
  for (let k = 0; k < order.length; ) {
    const name = all[order[k]!]!.name;
    let end = k + 1;
    while (end < order.length && all[order[end]!]!.name === name) end++;
    if (end - k > 1) runs.push(order.slice(k, end).sort((a, b) => a - b));
    k = end;
  }
  runs.sort((a, b) => a[0]! - b[0]!);
  return runs.map((run) => run.map((i) => all[i]!));
}

function checkLabel(records: RecordConfig[], dc: DomainConfig, p: Problems): void {
  const cname = records.find((r) => r.type === 'CNAME');
  // As DNSControl's checkCNAMEs: AKAMAICDN may share a CNAME's label, and a Cloudflare-proxied (flattened)
  // CNAME is never served as a CNAME, so other records may sit beside it.
  const proxied = records.some((r) => r.type === 'CNAME' && (r.meta?.cloudflare_proxy === 'on' || r.meta?.cloudflare_proxy === 'full'));
  const other = cname && !proxied && records.find((r) => r.type !== 'CNAME' && r.type !== 'AKAMAICDN');
  const cname2 = cname && records.find((r) => r.type === 'CNAME' && r !== cname && setId(r) === setId(cname));
  if (cname && cname2) {
    p.errors.push(`${recordSubject(cname2, dc)}: cannot have multiple CNAMEs with the same name (also${cname.filepos ? ` at ${cname.filepos}` : ` → ${cname.target}`})`);
  }
  if (cname && other) {
    p.errors.push(`${recordSubject(cname, dc)}: a label with a CNAME cannot have other records (also ${other.type}${other.filepos ? ` at ${other.filepos}` : ''})`);
  }
  // A zone has one SOA (DNSControl's checkMultipleSOAs); a second one stops the zone from loading.
  const soas = records.filter((r) => r.type === 'SOA');
  if (soas.length > 1) p.errors.push(`${recordSubject(soas[1]!, dc)}: cannot have multiple SOA records${soas[0]!.filepos ? ` (also at ${soas[0]!.filepos})` : ''}`);
  const seen = new Map<string, RecordConfig>();
  const ttls = new Map<string, RecordConfig>();
  for (const rc of records) {
    const id = recordIdentity(rc);
    const first = seen.get(id);
    if (first) p.errors.push(`${recordSubject(rc, dc)}: exact duplicate of the record${first.filepos ? ` at ${first.filepos}` : ''}`);
    else seen.set(id, rc);
    const set = ttls.get(`${rc.type}!${setId(rc)}`);
    if (!set) ttls.set(`${rc.type}!${setId(rc)}`, rc);
    else if (set.ttl !== rc.ttl) {
      p.warnings.push(`${recordSubject(rc, dc)}: TTL ${rc.ttl} differs from ${set.ttl} of the other ${rc.type} records at this label; providers will use one TTL for the set`);
    }
  }
}
