// Desired records a provider adjusts before the diff (getZoneRecords(domain, dc) may replace dc.records):
// a copy with another TTL (netcup's zone TTL, ClouDNS's allowed TTLs) that keeps the record's lazy
// `filepos` lazy. A spread would read it, and each read costs a stack lookup (docs/architecture.md).
import type { RecordConfig } from '../../ir/types.js';

export function withTtl(rc: RecordConfig, ttl: number): RecordConfig {
  if (rc.ttl === ttl) return rc;
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(rc)) as RecordConfig;
  copy.ttl = ttl;
  return copy;
}
