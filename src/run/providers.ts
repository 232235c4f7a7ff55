// Provider declarations → provider types (TYPE cross-check against creds) → instances, created once per
// credkey and only for providers the selected domains use.
import { ConfigError } from '../errors.js';
import { resolveProvider, type ProviderSources } from '../creds/resolve.js';
import { SAFETY_CREDS_KEYS } from '../safety/limits.js';
import { checkCredsEntry, type Creds } from '../creds/load.js';
import type { DNSConfig, ProviderConfig } from '../ir/types.js';
import { allProviderTypes, getProviderType } from '../providers/registry.js';
import type { DnsProvider, ProviderContext, ProviderType, Registrar } from '../providers/types.js';

export interface DeclaredProvider {
  credkey: string;
  type: ProviderType;
  creds: Record<string, string>;
  meta: Record<string, unknown>;
  excludeFromDefaults: boolean;
  warning?: string;
}

export interface DeclaredProviders {
  dns: Map<string, DeclaredProvider>;
  registrars: Map<string, DeclaredProvider>;
  /** Declarations that cannot be used (unknown TYPE, no creds entry, ...), by "dns:credkey" / "registrar:credkey".
   *  Their error is raised only when a selected domain uses them, so a migrating user can manage some zones
   *  with dnscode (--domains) while the config still declares providers dnscode does not have. */
  unusable?: Map<string, Error>;
}

/** The error of an unusable declaration a selected domain uses, if any. */
export function unusableError(declared: DeclaredProviders, role: 'dns' | 'registrar', credkey: string): Error | undefined {
  return declared.unusable?.get(`${role}:${credkey}`);
}

function declare(pc: ProviderConfig, creds: Creds, role: 'dns' | 'registrar', sources?: ProviderSources): DeclaredProvider {
  const r = resolveProvider(creds, pc.name, pc.type, sources);
  const type = getProviderType(r.type);
  const what = role === 'dns' ? 'NewDnsProvider' : 'NewRegistrar';
  if (!type) {
    // Say which file the TYPE came from, so the user knows which one to fix.
    const from = pc.type && pc.type !== '-' ? (sources?.config ?? 'dnsconfig.js') : `TYPE in ${sources?.creds ?? 'the creds file'}`;
    const known = allProviderTypes().map((t) => t.name).join(', ');
    throw new ConfigError(`${what}("${pc.name}"): unknown provider type "${r.type}" (from ${from}); known types: ${known}`);
  }
  if (!type.roles.includes(role) || !(role === 'dns' ? type.createDns : type.createRegistrar)) {
    throw new ConfigError(`${what}("${pc.name}"): provider type ${type.name} cannot be used as a ${role === 'dns' ? 'DNS provider' : 'registrar'}`);
  }
  // A `$VAR` whose variable is unset or empty: an error (only if a selected domain uses this provider).
  checkCredsEntry(Object.hasOwn(creds, pc.name) ? creds[pc.name] : undefined);
  const warning = [r.warning, unknownCredsWarning(type, pc.name, r.creds, sources?.creds)].filter(Boolean).join('\n') || undefined;
  return { credkey: pc.name, type, creds: r.creds, meta: pc.meta ?? {}, excludeFromDefaults: r.excludeFromDefaults, warning };
}

/** Keys the provider type does not know (the safety limits' keys are known to every type). */
function unknownCredsWarning(type: ProviderType, credkey: string, creds: Record<string, string>, file = 'creds.json'): string | undefined {
  if (!type.warnUnknownCreds) return undefined;
  const known = new Set<string>([...type.credsFields.map((f) => f.name), ...SAFETY_CREDS_KEYS]);
  const unknown = Object.keys(creds).filter((k) => !known.has(k));
  if (unknown.length === 0) return undefined;
  return `WARNING: ${type.name} "${credkey}": unknown key${unknown.length === 1 ? '' : 's'} ${unknown.map((k) => `"${k}"`).join(', ')} in ${file} (known: ${type.credsFields.map((f) => f.name).join(', ')})`;
}

/** Resolve every declaration; no provider code runs yet. */
export function declareProviders(config: DNSConfig, creds: Creds, sources?: ProviderSources): DeclaredProviders {
  const out: DeclaredProviders = { dns: new Map(), registrars: new Map(), unusable: new Map() };
  const add = (pc: ProviderConfig, role: 'dns' | 'registrar') => {
    try {
      (role === 'dns' ? out.dns : out.registrars).set(pc.name, declare(pc, creds, role, sources));
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      out.unusable!.set(`${role}:${pc.name}`, err);
    }
  };
  for (const pc of config.dns_providers) add(pc, 'dns');
  for (const pc of config.registrars) add(pc, 'registrar');
  // DNSControl accepts D("x", "none") without NewRegistrar: a registrar named only by its creds.json key
  // (the implicit "none" and "bind" included) is declared with the TYPE found there.
  for (const dc of config.domains) {
    const key = dc.registrar;
    if (key && !out.registrars.has(key) && !out.unusable!.has(`registrar:${key}`) && creds[key]?.TYPE) add({ name: key, type: '-' }, 'registrar');
  }
  return out;
}

/** Per credkey, what the run's providers of that creds entry share (ProviderContext.shared): the API client
 *  of its DNS provider and registrar, zones read ahead. */
export class SharedByCredkey {
  readonly #maps = new Map<string, Map<string, unknown>>();

  of(credkey: string): Map<string, unknown> {
    let m = this.#maps.get(credkey);
    if (!m) this.#maps.set(credkey, (m = new Map()));
    return m;
  }
}

/** Creates provider instances lazily, once per credkey and role. */
export class ProviderInstances {
  private readonly dns = new Map<string, Promise<DnsProvider>>();
  private readonly registrars = new Map<string, Promise<Registrar>>();
  private readonly declared: DeclaredProviders;
  private readonly flags: ProviderContext['flags'];
  private readonly shared: SharedByCredkey;

  constructor(declared: DeclaredProviders, flags: ProviderContext['flags'] = {}, shared = new SharedByCredkey()) {
    this.declared = declared;
    this.flags = flags;
    this.shared = shared;
  }

  dnsProvider(credkey: string): Promise<DnsProvider> {
    let p = this.dns.get(credkey);
    if (!p) {
      const d = this.mustGet(this.declared.dns, credkey, 'DNS provider');
      p = Promise.resolve(d.type.createDns!({ credkey, creds: d.creds, meta: d.meta, flags: this.flags, shared: this.shared.of(credkey) }));
      this.dns.set(credkey, p);
    }
    return p;
  }

  registrar(credkey: string): Promise<Registrar> {
    let p = this.registrars.get(credkey);
    if (!p) {
      const d = this.mustGet(this.declared.registrars, credkey, 'registrar');
      p = Promise.resolve(d.type.createRegistrar!({ credkey, creds: d.creds, meta: d.meta, flags: this.flags, shared: this.shared.of(credkey) }));
      this.registrars.set(credkey, p);
    }
    return p;
  }

  /** End of the run: every DNS provider created gives back what it holds (BIND's zone locks). */
  async close(): Promise<void> {
    const all = await Promise.allSettled([...this.dns.values()]);
    await Promise.allSettled(all.map((r) => (r.status === 'fulfilled' ? r.value.close?.() : undefined)));
  }

  private mustGet(m: Map<string, DeclaredProvider>, credkey: string, what: string): DeclaredProvider {
    const d = m.get(credkey);
    const unusable = unusableError(this.declared, what === 'registrar' ? 'registrar' : 'dns', credkey);
    if (!d && unusable) throw unusable;
    if (!d) throw new ConfigError(`${what} "${credkey}" is used by a domain but not declared`);
    return d;
  }
}
