// Top-level DSL functions that declare domains and providers: D, D_EXTEND, DEFAULTS, DOMAIN_ELSEWHERE(_AUTO),
// NewRegistrar, NewDnsProvider, getConfiguredDomains, INCLUDE.
import { toASCII } from '../_util/names.js';
import { dslError, isObject, isString } from './state.js';
import type { DslDomain, DslState } from './state.js';

type Fn = (...args: unknown[]) => unknown;

/** Applies domain modifiers: functions get the domain, arrays are flattened, objects merge into meta. */
export function applyDomainMods(state: DslState, d: DslDomain, mods: unknown[]): void {
  for (const m of mods) {
    if (typeof m === 'function') (m as Fn)(d);
    else if (Array.isArray(m)) applyDomainMods(state, d, m);
    else if (isObject(m)) Object.assign(d.meta, state.realm.toSandbox(m));
    else {
      throw dslError(state, `domain modifier type unsupported: ${typeof m} ${JSON.stringify(m)} in ${d.name}` +
        (isString(m) ? ' (D(name, registrar, ...modifiers): providers are added with DnsProvider())' : ''));
    }
  }
}

/** A new domain, made inside the config's context because config modifiers receive it. */
function newDomain(state: DslState, name: string, registrar: string): DslDomain {
  return state.realm.domain(name, registrar) as unknown as DslDomain;
}

/** The lookup key of a domain name: punycode, lower case, and an empty split-horizon tag ("example.com!")
 *  dropped, so that "düsseldorf.example" and "xn--dsseldorf-q9a.example" are the same domain. */
export function domainKey(name: string): string {
  const bang = name.indexOf('!');
  const base = bang < 0 ? name : name.slice(0, bang);
  const tag = bang < 0 ? '' : name.slice(bang + 1).toLowerCase();
  return tag ? `${toASCII(base)}!${tag}` : toASCII(base);
}

/** The labels of `name` (a D_EXTEND argument) above `domain`'s labels: "a.b" for "a.b.example.com". */
function subdomainOf(name: string, domain: string): string {
  const labels = name.replace(/!.*$/, '').replace(/\.$/, '').split('.');
  const depth = domain.replace(/!.*$/, '').replace(/\.$/, '').split('.').length;
  return labels.slice(0, Math.max(0, labels.length - depth)).join('.');
}

/**
 * The domain a D_EXTEND name belongs to: the longest declared name equal to it or a parent of it.
 * Walks the name's parent labels through the map (linear in labels), not a scan of every domain.
 */
export function findDomain(state: DslState, name: string): DslDomain | undefined {
  let candidate = domainKey(name);
  for (;;) {
    const d = state.byName.get(candidate);
    if (d) return d;
    const dot = candidate.indexOf('.');
    if (dot < 0) return undefined;
    candidate = candidate.slice(dot + 1);
  }
}

function providerFunction(state: DslState, list: 'registrars' | 'dnsProviders', fnName: string): Fn {
  return (...args: unknown[]) => {
    const [name, a1, a2] = args;
    if (args.length < 1 || args.length > 3 || !isString(name)) {
      throw dslError(state, `${fnName}(name[, type][, meta]) takes 1 to 3 arguments, the first a string`);
    }
    let type = '-';
    let meta: unknown;
    if (args.length === 2) {
      if (isString(a1)) type = a1; else meta = a1;
    } else if (args.length === 3) {
      type = isString(a1) ? a1 : '-';
      meta = a2;
    }
    if (meta !== undefined && !isObject(meta)) throw dslError(state, `${fnName}: meta must be an object`);
    const entry = { name, type: type || '-', ...(meta && Object.keys(meta).length ? { meta: JSON.parse(JSON.stringify(meta)) } : {}) };
    state[list].push(entry);
    return name;
  };
}

export function domainFunctions(state: DslState): Record<string, Fn> {
  const D: Fn = (...args) => {
    const [name, registrar, ...mods] = args;
    if (!isString(name) || name === '') throw dslError(state, 'D(name, registrar, ...): name must be a non-empty string');
    if (!isString(registrar)) throw dslError(state, `D("${name}", ...): the second argument must be a registrar name (from NewRegistrar)`);
    const key = domainKey(name);
    if (state.byName.has(key)) {
      throw dslError(state, `${key} is declared more than once${name.endsWith('!') || state.byName.get(key)!.name.endsWith('!') ? ' (check empty tags)' : ''}`);
    }
    const d = newDomain(state, name, registrar);
    state.positions.set(d, state.tracker.capture());
    applyDomainMods(state, d, state.defaults);
    applyDomainMods(state, d, mods);
    state.domains.push(d);
    state.byName.set(key, d);
    state.onDomain?.(d);
  };

  const D_EXTEND: Fn = (...args) => {
    const [name, ...mods] = args;
    if (!isString(name)) throw dslError(state, 'D_EXTEND(name, ...): name must be a string');
    const d = findDomain(state, name);
    if (!d) throw dslError(state, `${name} was not declared yet and therefore cannot be updated. Use D() before.`);
    // An RFC 2317 name from REV() ("0/27.119.6.10.in-addr.arpa") extends as its parent ("119.6.10…").
    const bare = name.replace(/!$/, '');
    const extended = bare.includes('/') ? bare.slice(bare.indexOf('.') + 1) : bare;
    // By labels, not characters: either name may be written in Unicode or punycode.
    d.subdomain = subdomainOf(extended, d.name);
    applyDomainMods(state, d, mods);
  };

  return {
    D,
    D_EXTEND,
    DEFAULTS: (...args) => { state.defaults = args; },
    NewRegistrar: providerFunction(state, 'registrars', 'NewRegistrar'),
    NewDnsProvider: providerFunction(state, 'dnsProviders', 'NewDnsProvider'),
    getConfiguredDomains: () => state.domains.map((d) => d.name.replace(/!$/, '')),
    DOMAIN_ELSEWHERE: (domain, registrar, nameservers) => {
      D(domain, registrar, (d: DslDomain) => { d.keepunknown = true; });
      if (!Array.isArray(nameservers)) throw dslError(state, 'DOMAIN_ELSEWHERE(name, registrar, [nameservers]): the third argument must be a list');
      for (const ns of nameservers) D_EXTEND(domain, (d: DslDomain) => { d.nameservers.push(state.realm.data({ name: String(ns) })); });
    },
    DOMAIN_ELSEWHERE_AUTO: (domain, registrar, ...dsps) => {
      D(domain, registrar, (d: DslDomain) => { d.keepunknown = true; });
      for (const p of dsps) D_EXTEND(domain, (d: DslDomain) => { d.dnsProviders[String(p)] = -1; });
    },
    INCLUDE: (name) => {
      if (!isString(name)) throw dslError(state, 'INCLUDE(name): name must be a string');
      const src = state.byName.get(domainKey(name));
      if (!src) throw dslError(state, `INCLUDE("${name}"): no such domain declared before this point`);
      return (d: DslDomain) => {
        for (const r of src.records) {
          const copy = state.realm.own(state.realm.data(r));
          const pos = state.positions.get(r);
          if (pos) state.positions.set(copy, pos);
          d.records.push(copy);
        }
      };
    },
  };
}
