// Azure record-set properties ↔ IR. Each type has its own property (ARecords, CNAMERecord, TXTRecords…);
// names are relative with "@"; an alias record set (targetResource.id) is an AZURE_ALIAS record.
import type { RecordConfig } from '../../ir/types.js';
import { labelToFQDN } from '../../_util/names.js';

export type AzProps = Record<string, unknown> & { TTL?: number; targetResource?: { id?: string } };

const dot = (h: string) => (h.endsWith('.') ? h : `${h}.`);
const host = (rc: RecordConfig, zone: string) => `${labelToFQDN(rc.target, zone)}.`;

/** 255-byte TXT chunks, as a zone file would have them (Azure takes up to 1,024 per string). */
function txtStrings(rc: RecordConfig): string[] {
  if (rc.txtstrings?.length) return rc.txtstrings;
  const out: string[] = [];
  let cur = '';
  for (const ch of rc.target) {
    if (Buffer.byteLength(cur + ch) > 255) { out.push(cur); cur = ''; }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** The real record-set type of a record (AZURE_ALIAS is an A, AAAA or CNAME set). */
export const setType = (rc: RecordConfig): string => (rc.type === 'AZURE_ALIAS' ? rc.azure_alias?.type ?? 'A' : rc.type);

export function toProps(records: RecordConfig[], zone: string): AzProps {
  const first = records[0]!;
  const props: AzProps = { TTL: first.ttl };
  if (first.type === 'AZURE_ALIAS') return { ...props, targetResource: { id: first.target } };
  switch (first.type) {
    case 'A': props.ARecords = records.map((r) => ({ ipv4Address: r.target })); break;
    case 'AAAA': props.AAAARecords = records.map((r) => ({ ipv6Address: r.target })); break;
    case 'CNAME': props.CNAMERecord = { cname: host(first, zone) }; break;
    case 'MX': props.MXRecords = records.map((r) => ({ preference: r.mxpreference ?? 0, exchange: host(r, zone) })); break;
    case 'NS': props.NSRecords = records.map((r) => ({ nsdname: host(r, zone) })); break;
    case 'PTR': props.PTRRecords = records.map((r) => ({ ptrdname: host(r, zone) })); break;
    case 'SRV': props.SRVRecords = records.map((r) => ({ priority: r.srvpriority, weight: r.srvweight, port: r.srvport, target: host(r, zone) })); break;
    case 'TXT': props.TXTRecords = records.map((r) => ({ value: txtStrings(r) })); break;
    case 'CAA': props.caaRecords = records.map((r) => ({ flags: r.caaflag ?? 0, tag: r.caatag, value: r.target })); break;
    default: throw new Error(`AZURE_DNS: no conversion for ${first.type}`);
  }
  return props;
}

type Item = Record<string, unknown>;
const list = (v: unknown): Item[] => (Array.isArray(v) ? (v as Item[]) : []);

export function fromProps(type: string, name: string, p: AzProps): RecordConfig[] {
  const ttl = p.TTL ?? 3600;
  const base = { name, ttl };
  if (p.targetResource?.id) return [{ ...base, type: 'AZURE_ALIAS', target: p.targetResource.id, azure_alias: { type } }];
  switch (type) {
    case 'A': return list(p.ARecords).map((x) => ({ ...base, type, target: String(x.ipv4Address) }));
    case 'AAAA': return list(p.AAAARecords).map((x) => ({ ...base, type, target: String(x.ipv6Address) }));
    case 'CNAME': { const c = p.CNAMERecord as Item | undefined; return c ? [{ ...base, type, target: dot(String(c.cname)) }] : []; }
    case 'MX': return list(p.MXRecords).map((x) => ({ ...base, type, target: dot(String(x.exchange)), mxpreference: Number(x.preference) }));
    case 'NS': return list(p.NSRecords).map((x) => ({ ...base, type, target: dot(String(x.nsdname)) }));
    case 'PTR': return list(p.PTRRecords).map((x) => ({ ...base, type, target: dot(String(x.ptrdname)) }));
    case 'SRV': return list(p.SRVRecords).map((x) => ({ ...base, type, target: dot(String(x.target)), srvpriority: Number(x.priority), srvweight: Number(x.weight), srvport: Number(x.port) }));
    case 'TXT': return list(p.TXTRecords).map((x) => ({ ...base, type, target: (x.value as string[]).join('') }));
    case 'CAA': return list(p.caaRecords).map((x) => ({ ...base, type, target: String(x.value), caaflag: Number(x.flags), caatag: String(x.tag) }));
    default: return [];
  }
}

export function comparableExtra(rc: RecordConfig): string {
  return rc.type === 'AZURE_ALIAS' ? `type=${rc.azure_alias?.type ?? ''}` : '';
}
