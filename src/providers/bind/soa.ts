// The SOA a BIND zone file gets: each field from the desired SOA(), else the existing
// file, else the provider's default_soa meta, else fixed defaults.
import { ConfigError } from '../../errors.js';
import type { RecordConfig } from '../../ir/types.js';

export interface DefaultSoa {
  master?: string;
  mbox?: string;
  serial?: number;
  refresh?: number;
  retry?: number;
  expire?: number;
  minttl?: number;
  ttl?: number;
}

const FALLBACK = { master: 'DEFAULT_NOT_SET.', mbox: 'DEFAULT_NOT_SET.', serial: 1, refresh: 3600, retry: 600, expire: 604800, minttl: 1440 };

/** default_soa from provider meta; numbers may be given as strings. A value that would make a broken zone
 *  file (a name with white space, a serial that is not a number) is an error naming the provider. */
export function readDefaultSoa(meta: Record<string, unknown>, credkey = 'bind'): DefaultSoa {
  const d = meta.default_soa;
  if (d === undefined || d === null || d === '') return {};
  const where = `NewDnsProvider("${credkey}") meta default_soa`;
  if (typeof d !== 'object' || Array.isArray(d)) throw new ConfigError(`${where} must be an object such as { master: "ns1.example.com.", mbox: "hostmaster.example.com." }`);
  const o = d as Record<string, unknown>;
  const num = (k: string) => {
    const v = o[k];
    if (v === undefined || v === '') return undefined;
    if (!/^\d+$/.test(String(v).trim()) || Number(v) > 0xffffffff) throw new ConfigError(`${where}.${k}: ${JSON.stringify(v)} is not a whole number (0-4294967295)`);
    return Number(v) || undefined;
  };
  const str = (k: string) => {
    const v = o[k];
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'string' || /\s/.test(v) || /\.\./.test(v)) throw new ConfigError(`${where}.${k}: ${JSON.stringify(v)} is not a host name`);
    return v;
  };
  return { master: str('master'), mbox: str('mbox'), serial: num('serial'), refresh: num('refresh'), retry: num('retry'), expire: num('expire'), minttl: num('minttl'), ttl: num('ttl') };
}

/** default_ns from provider meta: a list of host names (DNSControl's []string); trailing dots dropped. */
export function readDefaultNs(meta: Record<string, unknown>, credkey = 'bind'): string[] {
  const ns = meta.default_ns;
  if (ns === undefined || ns === null) return [];
  const where = `NewDnsProvider("${credkey}") meta default_ns`;
  if (!Array.isArray(ns)) throw new ConfigError(`${where} must be a list such as ["ns1.example.com.", "ns2.example.com."], got ${JSON.stringify(ns)}`);
  return ns.map((n) => {
    if (typeof n !== 'string' || n === '' || /\s/.test(n) || /\.\./.test(n)) throw new ConfigError(`${where}: ${JSON.stringify(n)} is not a host name`);
    return n.replace(/\.$/, '');
  });
}

/** "hostmaster@example.com" → "hostmaster.example.com."; names get their final dot. */
function soaName(s: string): string {
  const dotted = s.includes('@') ? s.replace('@', '.') : s;
  return dotted.endsWith('.') ? dotted : `${dotted}.`;
}

const first = <T>(...vals: Array<T | undefined | '' | 0>): T | undefined => vals.find((v) => v !== undefined && v !== '' && v !== 0) as T | undefined;

export function mergeSoa(desired: RecordConfig | undefined, existing: RecordConfig | undefined, dflt: DefaultSoa): RecordConfig {
  return {
    type: 'SOA',
    name: '@',
    target: soaName(first(desired?.target, existing?.target, dflt.master) ?? FALLBACK.master),
    soambox: soaName(first(desired?.soambox, existing?.soambox, dflt.mbox) ?? FALLBACK.mbox),
    soaserial: first(desired?.soaserial, existing?.soaserial, dflt.serial) ?? FALLBACK.serial,
    soarefresh: first(desired?.soarefresh, existing?.soarefresh, dflt.refresh) ?? FALLBACK.refresh,
    soaretry: first(desired?.soaretry, existing?.soaretry, dflt.retry) ?? FALLBACK.retry,
    soaexpire: first(desired?.soaexpire, existing?.soaexpire, dflt.expire) ?? FALLBACK.expire,
    soaminttl: first(desired?.soaminttl, existing?.soaminttl, dflt.minttl) ?? FALLBACK.minttl,
    ttl: first(desired?.ttl, dflt.ttl, existing?.ttl) ?? 300,
  };
}
