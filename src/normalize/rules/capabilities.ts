// Provider capabilities, checked before any I/O: a record type a DNS provider cannot store is an error.
// Provider types not registered yet (or "-", resolved from creds.json later) are skipped. The check itself
// is the providers' one (providers/_core/capabilities.ts); this rule words it with record positions.
import type { DNSConfig, DomainConfig } from '../../ir/types.js';
import { allProviderTypes, getProviderType } from '../../providers/registry.js';
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

/** The provider type of a domain's registrar: its NewRegistrar TYPE, or from creds.json when declared with
 *  "-" or not declared at all (D("x", "credkey")); "none" alone is NONE, as in DNSControl. Undefined when the
 *  type is unknown (unknown types are reported when the registrar is used). */
export function declaredRegistrarType(cfg: DNSConfig, name: string, credsTypes: Record<string, string> = {}): ProviderType | undefined {
  const decl = cfg.registrars.find((d) => d.name === name);
  const type = decl?.type && decl.type !== '-' ? decl.type : credsTypes[name] ?? (name.toLowerCase() === 'none' && !decl ? 'NONE' : undefined);
  return type ? getProviderType(type) : undefined;
}

/** Types DNSControl can use as registrars (RegisterRegistrarType in its providers), of those dnscode has or
 *  plans (issue 17): a config naming one that dnscode cannot use yet is told so, not told it is no registrar. */
const DNSCONTROL_REGISTRARS = new Set(['CLOUDNS', 'CNR', 'CSCGLOBAL', 'DNSIMPLE', 'DNSOVERHTTPS', 'GANDI_V5', 'HEXONET', 'INTERNETBS',
  'INWX', 'NAMECHEAP', 'NAMEDOTCOM', 'NONE', 'OPENSRS', 'OVH', 'PORKBUN', 'ROUTE53']);

/** A registrar whose type cannot act as a registrar (BIND, a DNS-only provider) is an error before any I/O. */
export function checkRegistrarRole(cfg: DNSConfig, dc: DomainConfig, p: Problems, credsTypes: Record<string, string> = {},
  where: () => string = () => `domain ${dc.uniquename ?? dc.name}`): void {
  if (!dc.registrar) return;
  const pt = declaredRegistrarType(cfg, dc.registrar, credsTypes);
  if (!pt || (pt.roles.includes('registrar') && pt.createRegistrar)) return;
  const registrars = allProviderTypes().filter((t) => t.roles.includes('registrar') && t.createRegistrar).map((t) => t.name).join(', ');
  const why = DNSCONTROL_REGISTRARS.has(pt.name)
    ? `which dnscode cannot use as a registrar yet (DNSControl can); registrar types: ${registrars}`
    : `which cannot act as a registrar (use NewDnsProvider for it; registrar types: ${registrars})`;
  p.errors.push(`${where()}: registrar "${dc.registrar}" has provider type ${pt.name}, ${why}`);
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
