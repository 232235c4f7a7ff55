// Hetzner DNS Console records ⇄ IR records. Values are zone-file rdata; a TTL of null means the zone's.
import type { RecordConfig } from '../../ir/types.js';
import { recordsFromValues } from '../_http/rrset-text.js';
import { rdataText } from '../../rr/text.js';
import type { HRecord } from './api.js';

export function fromRecord(r: HRecord, zoneTtl: number, domain: string): RecordConfig {
  return recordsFromValues(r.type, r.name, r.ttl ?? zoneTtl, [r.value], domain)[0]!;
}

export function toRecord(rc: RecordConfig, zoneId: string): HRecord {
  return { zone_id: zoneId, type: rc.type, name: rc.name, value: rdataText(rc), ttl: rc.ttl };
}

/** What matches a record read to the id Hetzner gave it. */
export const recordKey = (rc: RecordConfig) => `${rc.name}\u0000${rc.type}\u0000${rdataText(rc)}`;
