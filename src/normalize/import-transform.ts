// IMPORT_TRANSFORM: copies another domain's A and CNAME records, renaming them under this domain and mapping
// A targets through the IP range table ("low ~ high ~ newBase ~ newIP ; ...").
import net from 'node:net';
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import { addOrigin, zoneUnicode } from './labels.js';

interface Range { low: number; high: number; newBases: number[]; newIPs: string[] }

const ipNum = (ip: string): number => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
const numIp = (n: number): string => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

export function parseTransformTable(text: string): Range[] | string {
  const ranges: Range[] = [];
  for (const row of text.split(';').map((r) => r.trim()).filter(Boolean)) {
    const [low = '', high = '', base = '', ips = ''] = row.split('~').map((c) => c.trim());
    if (!net.isIPv4(low) || !net.isIPv4(high)) return `transform table row ${JSON.stringify(row)}: low and high must be IPv4 addresses`;
    // newBase and newIP may each be a list (format_tt joins arrays with ","), as in pkg/transform.
    const listOf = (cell: string) => cell.split(',').map((s) => s.trim()).filter(Boolean);
    const newIPs = listOf(ips), bases = listOf(base);
    if (bases.some((ip) => !net.isIPv4(ip)) || newIPs.some((ip) => !net.isIPv4(ip))) return `transform table row ${JSON.stringify(row)}: bad newBase/newIP`;
    if (ipNum(low) > ipNum(high)) return `transform table row ${JSON.stringify(row)}: low should be less than high`;
    if (bases.length && newIPs.length) return `transform table row ${JSON.stringify(row)}: give newBase or newIP, not both`;
    ranges.push({ low: ipNum(low), high: ipNum(high), newBases: bases.map(ipNum), newIPs });
  }
  return ranges;
}

export function transformIp(ip: string, table: Range[]): string[] {
  const n = ipNum(ip);
  for (const r of table) {
    if (n < r.low || n > r.high) continue;
    if (r.newIPs.length) return r.newIPs;
    return r.newBases.map((b) => numIp(b + n - r.low)); // no newBase nor newIP: DNSControl drops the record
  }
  return [ip];
}

/** The records `dst` imports from `src` through one IMPORT_TRANSFORM record; a string is an error. */
export function importRecords(it: RecordConfig, src: DomainConfig, dst: DomainConfig): RecordConfig[] | string {
  const table = parseTransformTable(it.meta?.transform_table ?? '');
  if (typeof table === 'string') return table;
  const strip = it.meta?.transform_suffixstrip;
  const out: RecordConfig[] = [];
  // Labels and targets are Unicode in the IR: the zone names join them in that form.
  const srcName = zoneUnicode(src);
  const dstName = zoneUnicode(dst);
  for (const rc of src.records) {
    if (rc.type !== 'A' && rc.type !== 'CNAME') continue;
    if (rc.meta && 'import_transform_skip' in rc.meta) continue; // the source opted this record out
    let label = rc.name === '@' ? srcName : `${rc.name}.${srcName}`;
    if (strip) {
      if (!label.endsWith(strip)) return `IMPORT_TRANSFORM_STRIP: ${label} does not end with ${strip}`;
      label = label.slice(0, -strip.length).replace(/\.$/, '');
    }
    const base: RecordConfig = { ...rc, name: label, ttl: it.ttl || rc.ttl, filepos: it.filepos };
    delete base.subdomain;
    if (rc.type === 'A') {
      for (const ip of transformIp(rc.target, table)) out.push({ ...base, target: ip });
    } else {
      const full = addOrigin(rc.target, `${srcName}.`).replace(/\.$/, '');
      out.push({ ...base, target: `${addOrigin(full, dstName)}.` });
    }
  }
  return out;
}
