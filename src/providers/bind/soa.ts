// The SOA a BIND zone file gets (reference §8): each field from the desired SOA(), else the existing
// file, else the provider's default_soa meta, else fixed defaults.
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

/** default_soa from provider meta; numbers may be given as strings. */
export function readDefaultSoa(meta: Record<string, unknown>): DefaultSoa {
  const d = meta.default_soa;
  if (!d || typeof d !== 'object') return {};
  const o = d as Record<string, unknown>;
  const num = (k: string) => (o[k] === undefined || o[k] === '' ? undefined : Number(o[k]) || undefined);
  const str = (k: string) => (typeof o[k] === 'string' && o[k] ? (o[k] as string) : undefined);
  return { master: str('master'), mbox: str('mbox'), serial: num('serial'), refresh: num('refresh'), retry: num('retry'), expire: num('expire'), minttl: num('minttl'), ttl: num('ttl') };
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
