// Route 53 rrsets ↔ IR. Names are FQDNs with a dot and octal escapes (\052 for "*"); values are
// zone-file rdata (TXT quoted, ≤255 per string), so rr/text.ts does the per-type work.
import type { ResourceRecordSet } from '@aws-sdk/client-route-53';
import type { RecordConfig } from '../../ir/types.js';
import { fqdnToLabel, labelToFQDN } from '../../_util/names.js';
import { parseRdata, rdataText } from '../../rr/text.js';

export const unescapeName = (n: string): string =>
  n.replace(/\\(\d{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8))).replace(/\.$/, '').toLowerCase();

/** An rrset as IR records; alias rrsets become one R53_ALIAS record. SOA is left out. */
export function fromRRSet(rs: ResourceRecordSet, zone: string, zoneId: string): RecordConfig[] {
  const name = fqdnToLabel(unescapeName(rs.Name ?? ''), zone);
  const type = String(rs.Type);
  if (type === 'SOA') return [];
  if (rs.AliasTarget) {
    const at = rs.AliasTarget;
    return [{
      type: 'R53_ALIAS', name, ttl: 300, target: `${unescapeName(at.DNSName ?? '')}.`,
      r53_alias: { type, zone_id: at.HostedZoneId === zoneId ? undefined : at.HostedZoneId, evaluate_target_health: String(at.EvaluateTargetHealth ?? false) },
    }].map(dropUndefined);
  }
  return (rs.ResourceRecords ?? []).map((rr) => ({ type, name, ttl: rs.TTL ?? 300, ...parseRdata(type, rr.Value ?? '', zone) } as RecordConfig));
}

function dropUndefined(rc: RecordConfig): RecordConfig {
  if (rc.r53_alias && rc.r53_alias.zone_id === undefined) delete rc.r53_alias.zone_id;
  return rc;
}

/** The rrset for desired records of one name and (real) type. */
export function toRRSet(records: RecordConfig[], zone: string, zoneId: string): ResourceRecordSet {
  const first = records[0]!;
  const Name = `${labelToFQDN(first.name, zone)}.`;
  if (first.type === 'R53_ALIAS') {
    const a = first.r53_alias!;
    return {
      Name, Type: a.type as ResourceRecordSet['Type'],
      AliasTarget: { HostedZoneId: a.zone_id || zoneId, DNSName: first.target.endsWith('.') ? first.target : `${labelToFQDN(first.target, zone)}.`, EvaluateTargetHealth: a.evaluate_target_health === 'true' },
    };
  }
  return { Name, Type: first.type as ResourceRecordSet['Type'], TTL: first.ttl, ResourceRecords: records.map((r) => ({ Value: rdataText(r) })) };
}

/** The real rrset type of a record (an R53_ALIAS is an A, AAAA, CNAME… rrset). */
export const rrsetType = (rc: RecordConfig): string => (rc.type === 'R53_ALIAS' ? rc.r53_alias?.type ?? 'A' : rc.type);

/** The alias fields the diff must compare besides the target. */
export function comparableExtra(rc: RecordConfig): string {
  if (rc.type !== 'R53_ALIAS' || !rc.r53_alias) return '';
  return `type=${rc.r53_alias.type} zone_id=${rc.r53_alias.zone_id ?? ''} eth=${rc.r53_alias.evaluate_target_health ?? 'false'}`;
}
