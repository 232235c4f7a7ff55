// Capabilities and audits are data, checked before any provider I/O (STYLE habit 4): a record type a
// provider cannot store is an error here, never a half-applied push.
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import { capabilityOf } from '../rr/registry.js';
import type { Capability, ProviderType } from './types.js';

function supports(pt: ProviderType, cap: Capability): boolean {
  return pt.capabilities[cap]?.can === true;
}

function canStore(pt: ProviderType, rc: RecordConfig): boolean {
  // DS below the apex is a delegation signer for a child zone: some providers can only do that one.
  if (rc.type === 'DS' && rc.name !== '@' && supports(pt, 'canUseDSForChildren')) return true;
  // The type's descriptor names the capability it needs (rr/registry.ts); none: every provider can store it.
  const cap = capabilityOf(rc.type);
  return cap === undefined || supports(pt, cap);
}

/** Reasons the domain cannot be pushed to a provider of type `pt` (empty = fine). */
export function capabilityProblems(dc: DomainConfig, credkey: string, pt: ProviderType, skipAudit = false): string[] {
  const reasons: string[] = [];
  const unsupported = new Set<string>();
  // Check each type once (DS records one by one: apex and child DS differ); 100k records cost nothing.
  const types = new Set<string>();
  for (const rc of dc.records) {
    if (rc.type === 'DS') { if (!canStore(pt, rc)) unsupported.add('DS'); } else types.add(rc.type);
  }
  for (const t of types) if (!canStore(pt, { type: t, name: '@', target: '', ttl: 0 })) unsupported.add(t);
  for (const t of unsupported) {
    reasons.push(`domain ${dc.name} uses ${t} records, but DNS provider type ${pt.name} ("${credkey}") does not support them`);
  }
  if (dc.auto_dnssec === 'on' && !supports(pt, 'canAutoDNSSEC')) {
    reasons.push(`domain ${dc.name} uses AUTODNSSEC_ON, but DNS provider type ${pt.name} ("${credkey}") does not support it`);
  }
  if (!skipAudit && pt.audit && unsupported.size === 0) {
    for (const r of pt.audit(dc.records)) reasons.push(`domain ${dc.name}, provider "${credkey}": ${r}`);
  }
  return reasons;
}
