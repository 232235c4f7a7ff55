// get-zones output writers: one function per --format, all pure (records in → text out).
import type { RecordConfig } from '../ir/types.js';
import { formatZone, mostCommonTTL } from '../zonefile/writer.js';
import { formatJsZone, jsHeader } from './js.js';
import { formatTsvZone } from './tsv.js';

export const FORMATS = ['js', 'djs', 'zone', 'tsv', 'nameonly'] as const;
export type ZoneFormat = (typeof FORMATS)[number];

export interface DownloadedZone {
  name: string;
  records: RecordConfig[];
}

export interface ConvertOptions {
  format: ZoneFormat;
  credkey: string;
  providerType: string;
  /** --ttl: the default TTL to assume; 0 = the most common TTL of each zone. */
  ttl: number;
}

export function formatZones(zones: readonly DownloadedZone[], opts: ConvertOptions): string {
  switch (opts.format) {
    case 'nameonly':
      return zones.map((z) => `${z.name}\n`).join('');
    case 'tsv':
      return zones.map((z) => formatTsvZone(z.name, z.records)).join('');
    case 'zone':
      return zones.map((z) => formatZone(z.records, { origin: z.name, defaultTTL: opts.ttl || mostCommonTTL(z.records) }) + '\n').join('');
    case 'js':
    case 'djs':
      return jsHeader(opts.credkey, opts.providerType) + zones.map((z) => formatJsZone(z, {
        credkey: opts.credkey, providerType: opts.providerType, leadingCommas: opts.format === 'djs',
        defaultTTL: opts.ttl || mostCommonTTL(z.records),
      }) + '\n').join('');
  }
}
