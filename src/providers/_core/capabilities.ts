// The one capability and audit check. Capabilities and audits are data, checked before any provider I/O:
// a record type a provider cannot store is an error here, never a half-applied push. `check` (through the
// normaliser and the audit), preview and push (src/run/plan-run.ts) and push --plan (src/plan/saved) all
// ask zoneProblems(); each only words the findings for its own output.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import { capabilityOf } from '../../rr/registry.js';
import type { Capability, ProviderType } from '../types.js';

export function supports(pt: ProviderType, cap: Capability): boolean {
  return pt.capabilities[cap]?.can === true;
}

/** The capability a record needs and the provider lacks (undefined: it can store the record). DS below the
 *  apex is a delegation signer for a child zone: some providers can only store that one, and a provider
 *  that stores DS anywhere stores it for children too. */
function missingCapability(pt: ProviderType, rc: RecordConfig): Capability | undefined {
  if (rc.type === 'DS' && rc.name !== '@') return supports(pt, 'canUseDSForChildren') || supports(pt, 'canUseDS') ? undefined : 'canUseDSForChildren';
  // The type's descriptor names the capability it needs (rr/registry.ts); none: every provider can store it.
  const cap = capabilityOf(rc.type) as Capability | undefined;
  return cap === undefined || supports(pt, cap) ? undefined : cap;
}

/** A record type the provider cannot store: the capability it lacks, the first record that needs it and
 *  the provider's note on it. */
export interface Unsupported {
  type: string;
  capability: Capability;
  /** For apex and child DS, which need different capabilities, the first record of each kind. */
  record: RecordConfig;
  note?: string;
}

export interface ZoneProblems {
  unsupported: Unsupported[];
  /** AUTODNSSEC_ON for a provider without canAutoDNSSEC. */
  autoDnssec: boolean;
  /** The provider's audit findings; only asked when every record type is storable (audits assume that). */
  audit: string[];
}

/** Everything that keeps the domain's records from a provider of type `pt`, in record order. */
export function zoneProblems(dc: DomainConfig, pt: ProviderType, o: { audit?: boolean } = {}): ZoneProblems {
  const unsupported: Unsupported[] = [];
  // Each type is looked at once (DS by apex or child); 100k records cost nothing.
  const seen = new Set<string>();
  for (const rc of dc.records) {
    const kind = rc.type === 'DS' ? `DS${rc.name === '@' ? '@' : ''}` : rc.type;
    if (seen.has(kind)) continue;
    seen.add(kind);
    const cap = missingCapability(pt, rc);
    if (cap) unsupported.push({ type: rc.type, capability: cap, record: rc, note: pt.capabilities[cap]?.note });
  }
  const audit = o.audit !== false && pt.audit && unsupported.length === 0 ? pt.audit(dc.records) : [];
  return { unsupported, autoDnssec: dc.auto_dnssec === 'on' && !supports(pt, 'canAutoDNSSEC'), audit };
}

/** The problems worded for preview and push: one line per unsupported type, then AUTODNSSEC, then audits. */
export function capabilityProblems(dc: DomainConfig, credkey: string, pt: ProviderType, skipAudit = false): string[] {
  const z = zoneProblems(dc, pt, { audit: !skipAudit });
  const types = [...new Set(z.unsupported.map((u) => u.type))];
  return [
    ...types.map((t) => `domain ${dc.name} uses ${t} records, but DNS provider type ${pt.name} ("${credkey}") does not support them`),
    ...(z.autoDnssec ? [`domain ${dc.name} uses AUTODNSSEC_ON, but DNS provider type ${pt.name} ("${credkey}") does not support it`] : []),
    ...z.audit.map((r) => `domain ${dc.name}, provider "${credkey}": ${r}`),
  ];
}
