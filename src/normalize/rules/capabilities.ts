// Provider capabilities, checked before any I/O: a record type a DNS provider cannot store is an error.
// Provider types not registered yet (or "-", resolved from creds.json later) are skipped.
import type { DNSConfig, DomainConfig, RecordConfig } from '../../ir/types.js';
import { capabilityOf } from '../../rr/registry.js';
import { getProviderType } from '../../providers/registry.js';
import type { Capability, ProviderType } from '../../providers/types.js';
import type { Problems } from '../problems.js';
import { recordSubject } from '../problems.js';

function capabilityFor(rc: RecordConfig): Capability | undefined {
  if (rc.type === 'DS') return rc.name === '@' ? 'canUseDS' : 'canUseDSForChildren';
  return capabilityOf(rc.type) as Capability | undefined;
}

function supports(pt: ProviderType, cap: Capability): boolean {
  if (pt.capabilities[cap]?.can) return true;
  // A provider that can hold DS anywhere can hold it for children.
  return cap === 'canUseDSForChildren' && pt.capabilities.canUseDS?.can === true;
}

/** The provider type of a declared DNS provider: its TYPE in dnsconfig.js, or from creds.json when declared
 *  with "-" or none. Undefined for undeclared names and for types dnscode does not have. */
export function declaredProviderType(cfg: DNSConfig, name: string, credsTypes: Record<string, string> = {}): ProviderType | undefined {
  const decl = cfg.dns_providers.find((d) => d.name === name);
  const type = decl && (decl.type && decl.type !== '-' ? decl.type : credsTypes[name]);
  return type ? getProviderType(type) : undefined;
}

/**
 * `credsTypes` (credkey → TYPE from creds.json) resolves providers declared with type "-" or no type,
 * so their capabilities are checked too.
 */
export function checkCapabilities(
  cfg: DNSConfig, dc: DomainConfig, p: Problems, credsTypes: Record<string, string> = {},
  where: () => string = () => `domain ${dc.uniquename ?? dc.name}`,
): void {
  for (const providerName of Object.keys(dc.dnsProviders)) {
    const pt = declaredProviderType(cfg, providerName, credsTypes);
    if (!pt) continue;
    const reported = new Set<string>();
    for (const rc of dc.records) {
      const cap = capabilityFor(rc);
      if (!cap || supports(pt, cap) || reported.has(cap)) continue;
      reported.add(cap);
      const note = pt.capabilities[cap]?.note;
      p.errors.push(`${recordSubject(rc, dc)}: domain ${dc.name} uses ${rc.type} records, but DNS provider type ${pt.name} does not support them${note ? ` (${note})` : ''}`);
    }
    if (dc.auto_dnssec === 'on' && !pt.capabilities.canAutoDNSSEC?.can) {
      p.errors.push(`${where()}: AUTODNSSEC_ON is not supported by DNS provider type ${pt.name}`);
    }
  }
}
