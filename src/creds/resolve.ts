// Resolve a NewRegistrar/NewDnsProvider declaration against creds.json: the TYPE cross-check (the declaration's TYPE, if any, must match the entry's).
import { ConfigError } from '../errors.js';
import { checkCredsEntry, isMissingVariable, type Creds } from './load.js';

export interface ResolvedProvider {
  credkey: string;
  /** The provider TYPE, e.g. "BIND". */
  type: string;
  /** The credkey's fields without TYPE and the dnscode-internal `_exclude_from_defaults`. */
  creds: Record<string, string>;
  /** `_exclude_from_defaults: "true"`: only used when named in --providers. */
  excludeFromDefaults: boolean;
  /** Works, but creds.json should be updated (printed on stderr, as DNSControl does). */
  warning?: string;
}

/** The files the two sides come from, named in errors (defaults: the generic names). */
export interface ProviderSources {
  config: string;
  creds: string;
}

/** `jsType` is the type given in dnsconfig.js: "-", "" or undefined mean "take TYPE from creds.json". */
export function resolveProvider(
  creds: Creds, credkey: string, jsType: string | undefined,
  sources: ProviderSources = { config: 'dnsconfig.js', creds: 'the creds file' },
): ResolvedProvider {
  const entry = Object.hasOwn(creds, credkey) ? creds[credkey] : undefined;
  // "TYPE": "$VAR" with VAR unset or empty: say so (naming the file, entry and field), not "no TYPE".
  if (isMissingVariable(entry, 'TYPE')) checkCredsEntry(entry);
  const credsType = entry?.TYPE ?? '';
  const given = jsType && jsType !== '-' ? jsType : '';
  if (!entry && !given) {
    throw new ConfigError(`provider "${credkey}" is not in the creds file; add "${credkey}": {"TYPE": "<PROVIDER TYPE>", ...}`);
  }
  if (!given && !credsType) throw new ConfigError(`creds entry "${credkey}" has no "TYPE"; add e.g. "TYPE": "BIND"`);
  if (credsType === '-') throw new ConfigError(`creds entry "${credkey}" has "TYPE": "-"; "-" belongs in dnsconfig.js, creds.json needs the real type`);
  if (given && credsType && given !== credsType) {
    throw new ConfigError(`provider type mismatch for "${credkey}": ${sources.config} says "${given}" but ${sources.creds} says TYPE "${credsType}"`);
  }
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(entry ?? {})) if (k !== 'TYPE' && k !== '_exclude_from_defaults') fields[k] = v;
  const resolved: ResolvedProvider = {
    credkey,
    type: given || credsType,
    creds: fields,
    excludeFromDefaults: entry?._exclude_from_defaults === 'true',
  };
  if (!credsType) {
    resolved.warning = entry
      ? `WARNING: for future compatibility, add "TYPE": "${given}" to the "${credkey}" entry of the creds file`
      : `WARNING: for future compatibility, add this entry to the creds file: "${credkey}": { "TYPE": "${given}" }`;
  }
  return resolved;
}
