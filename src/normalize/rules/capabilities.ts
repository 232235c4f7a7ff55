// Provider capabilities, checked before any I/O: a record type a DNS provider cannot store is an error.
// Provider types not registered yet (or "-", resolved from creds.json later) are skipped. The check itself
// is the providers' one (providers/_core/capabilities.ts); this rule words it with record positions.
import type { DNSConfig, DomainConfig } from '../../ir/types.js';
import { getProviderType } from '../../providers/registry.js';
import { zoneProblems } from '../../providers/_core/capabilities.js';
import type { ProviderType } from '../../providers/types.js';
import type { Problems } from '../problems.js';
import { recordSubject } from '../problems.js';

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
    // Audits run later (check, preview, push), once the config is known to be valid.
    const z = zoneProblems(dc, pt, { audit: false });
    for (const { record: rc, note } of z.unsupported) {
      p.errors.push(`${recordSubject(rc, dc)}: domain ${dc.name} uses ${rc.type} records, but DNS provider type ${pt.name} does not support them${note ? ` (${note})` : ''}`);
    }
    if (z.autoDnssec) p.errors.push(`${where()}: AUTODNSSEC_ON is not supported by DNS provider type ${pt.name}`);
  }
}
