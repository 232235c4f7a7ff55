// Domain and record modifiers (TTL, DnsProvider, NAMESERVER, IGNORE*, NO_PURGE, ...) and small helpers
// (IP, HASH, PANIC). Names and IR effects follow DNSControl's helpers.js.
import { createHash } from 'node:crypto';
import net from 'node:net';
import { ConfigError } from '../errors.js';
import { parseTTL } from './ttl.js';
import { dslError, isNumber, isString, warn } from './state.js';
import type { DslDomain, DslRecord, DslState } from './state.js';

type Fn = (...args: unknown[]) => unknown;

const HASHES: Record<string, string> = { SHA1: 'sha1', SHA256: 'sha256', SHA512: 'sha512' };

export function modifierFunctions(state: DslState): Record<string, unknown> {
  const ttl = (fn: string, v: unknown): number => {
    const t = parseTTL(v);
    if (typeof t === 'string') throw dslError(state, `${fn}: ${t}`);
    return t;
  };
  const flag = (apply: (d: DslDomain) => void) => (d: DslDomain) => apply(d);

  return {
    TTL: (v: unknown) => { const t = ttl('TTL', v); return (r: DslRecord) => { r.ttl = t; }; },
    DefaultTTL: (v: unknown) => { const t = ttl('DefaultTTL', v); return (d: DslDomain) => { d.defaultTTL = t; }; },
    NAMESERVER_TTL: (v: unknown) => { const t = ttl('NAMESERVER_TTL', v); return (d: DslDomain) => { d.meta.ns_ttl = String(t); }; },
    DnsProvider: (name: unknown, nsCount?: unknown) => {
      if (!isString(name)) throw dslError(state, 'DnsProvider(name[, nsCount]): name must be a string (the value NewDnsProvider returns)');
      if (nsCount !== undefined && !(isNumber(nsCount) && Number.isInteger(nsCount) && nsCount >= -1)) {
        throw dslError(state, 'DnsProvider(name, nsCount): nsCount must be -1 (all), 0 (none) or a positive count');
      }
      const n = nsCount === undefined ? -1 : nsCount;
      return (d: DslDomain) => { d.dnsProviders[name] = n; };
    },
    NAMESERVER: (...args: unknown[]) => {
      if (args.length !== 1 || !isString(args[0])) throw dslError(state, 'NAMESERVER only accepts one argument for name.');
      const name = args[0];
      return (d: DslDomain) => { d.nameservers.push(state.realm.data({ name })); };
    },
    // Gidinet's premium tier: its five nameservers (pair with DnsProvider(dsp, 0)).
    GIDINET_PREMIUM_NS: () => [1, 2, 3, 4, 5].map((i) => (d: DslDomain) => {
      d.nameservers.push(state.realm.data({ name: `dns${i}.gidinet.com.` }));
    }),
    IGNORE: (label?: unknown, rtype?: unknown, target?: unknown) => (d: DslDomain) => {
      d.unmanaged.push(state.realm.data({
        label_pattern: label === undefined ? '*' : String(label),
        rType_pattern: rtype === undefined ? '*' : String(rtype),
        target_pattern: target === undefined ? '*' : String(target),
      }));
    },
    IGNORE_NAME: (name: unknown, rtypes?: unknown) => (d: DslDomain) => {
      d.unmanaged.push(state.realm.data({ label_pattern: String(name), rType_pattern: rtypes === undefined ? '*' : String(rtypes), target_pattern: '*' }));
    },
    IGNORE_TARGET: (target: unknown, rtype?: unknown) => (d: DslDomain) => {
      d.unmanaged.push(state.realm.data({ label_pattern: '*', rType_pattern: rtype === undefined ? '*' : String(rtype), target_pattern: String(target) }));
    },
    IGNORE_EXTERNAL_DNS: (prefix?: unknown) => (d: DslDomain) => {
      d.ignore_external_dns = true;
      d.external_dns_prefix = prefix === undefined ? '' : String(prefix);
    },
    DISABLE_IGNORE_SAFETY_CHECK: flag((d) => { d.unmanaged_disable_safety_check = true; }),
    NO_PURGE: flag((d) => { d.keepunknown = true; }),
    PURGE: flag((d) => { d.keepunknown = false; }),
    AUTODNSSEC_ON: flag((d) => { d.auto_dnssec = 'on'; }),
    AUTODNSSEC_OFF: flag((d) => { d.auto_dnssec = 'off'; }),
    AUTODNSSEC: flag(() => { warn(state, 'AUTODNSSEC is deprecated and does nothing; use AUTODNSSEC_ON or AUTODNSSEC_OFF'); }),
    ENSURE_ABSENT_REC: () => (r: DslRecord) => { r.ensure_absent = true; },
    CAA_CRITICAL: (r: DslRecord) => { r.caaflag = ((r.caaflag as number | undefined) ?? 0) | 128; },
    DISABLE_REPEATED_DOMAIN_CHECK: { skip_fqdn_check: 'true' },
    END: {},
    IP: (ip: unknown) => {
      if (!isString(ip) || !net.isIPv4(ip)) throw dslError(state, `IP(${JSON.stringify(ip)}): not an IPv4 address`);
      return ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
    },
    HASH: (algo: unknown, value: unknown) => {
      const a = isString(algo) ? HASHES[algo.toUpperCase()] : undefined;
      if (!a) throw dslError(state, `HASH: unsupported algorithm ${JSON.stringify(algo)} (use SHA1, SHA256 or SHA512)`);
      return createHash(a).update(String(value)).digest('hex');
    },
    PANIC: (msg: unknown) => { throw new ConfigError(`PANIC: ${String(msg)}`, state.tracker.caller()); },
  } satisfies Record<string, Fn | object>;
}
