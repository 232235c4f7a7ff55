// What `init` needs to know, and how the non-interactive form (--yes and flags) supplies it.
import { UsageError } from '../errors.js';
import { allProviderTypes, getProviderType } from '../providers/registry.js';
import type { CredsField, ProviderType } from '../providers/types.js';

export interface InitAnswers {
  /** Provider TYPE, e.g. "BIND". */
  providerType: string;
  credkey: string;
  /** creds.json fields of the credkey (secrets included: they go to creds.json only). */
  fields: Record<string, string>;
  domains: string[];
  /** Import the domains' existing records with get-zones. */
  importZones: boolean;
}

export interface InitFlags {
  provider?: string;
  credkey?: string;
  /** key=value, repeatable. */
  set?: string[];
  /** Repeatable; each may also be a comma list. */
  domain?: string[];
  import?: boolean;
}

/** DNS provider types a user can choose (NONE only makes sense as the registrar). */
export function choosableProviders(): ProviderType[] {
  return allProviderTypes().filter((p) => p.createDns && p.name !== 'NONE');
}

export function defaultCredkey(providerType: string): string {
  return providerType.toLowerCase().replace(/api$/, '').replace(/[^a-z0-9]+/g, '_') || 'dns';
}

/** The environment variable a secret is read from when the user does not type it (creds.json "$VAR" form). */
export function secretEnvName(credkey: string, field: string): string {
  return `${credkey}_${field}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

export function splitDomains(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(/[\s,]+/)).map((d) => d.trim().replace(/\.$/, '').toLowerCase()).filter(Boolean);
}

/**
 * The value written for a field the user left empty: its default; for a required secret, a "$VAR" reference
 * (creds.json reads it from the environment at run time); otherwise nothing.
 */
export function fallbackValue(credkey: string, field: CredsField): string | undefined {
  if (field.default !== undefined) return field.default;
  if (field.secret && field.required) return `$${secretEnvName(credkey, field.name)}`;
  return undefined;
}

/** Fields worth asking about by default: required (or nearly: `prompt`), secret or defaulted. The rest are tuning knobs. */
export function isMainField(field: CredsField): boolean {
  return Boolean(field.required || field.requiredUnless || field.prompt || field.secret || field.default !== undefined);
}

export function requireProviderType(name: string | undefined): ProviderType {
  const names = choosableProviders().map((p) => p.name).join(', ');
  if (!name) throw new UsageError(`init --yes needs --provider TYPE (one of: ${names})`);
  const type = getProviderType(name.toUpperCase());
  if (!type || !choosableProviders().includes(type)) throw new UsageError(`--provider ${name}: unknown DNS provider type (one of: ${names})`);
  return type;
}

/** --set field=value pairs, checked against the provider's creds fields. */
export function parseSets(type: ProviderType, pairs: readonly string[]): Record<string, string> {
  const given: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set ${JSON.stringify(pair)}: use --set field=value`);
    const key = pair.slice(0, eq);
    if (!type.credsFields.some((f) => f.name === key)) {
      const known = type.credsFields.filter((f) => !f.advanced).map((f) => f.name).join(', ') || '(none)';
      throw new UsageError(`--set ${key}: ${type.name} has no creds field "${key}" (fields: ${known})`);
    }
    given[key] = pair.slice(eq + 1);
  }
  return given;
}

/** Answers from flags only. Unknown --set keys and missing required fields are usage errors. */
export function answersFromFlags(flags: InitFlags): InitAnswers {
  const type = requireProviderType(flags.provider);
  const credkey = flags.credkey ?? defaultCredkey(type.name);
  const given = parseSets(type, flags.set ?? []);
  const fields: Record<string, string> = {};
  for (const f of type.credsFields) {
    const value = given[f.name] ?? fallbackValue(credkey, f);
    if (value === undefined && f.required) throw new UsageError(`${type.name} needs --set ${f.name}=...${f.help ? ` (${f.help})` : ''}`);
    if (value !== undefined) fields[f.name] = value;
  }
  const domains = splitDomains(flags.domain ?? []);
  return { providerType: type.name, credkey, fields, domains, importZones: Boolean(flags.import) };
}
