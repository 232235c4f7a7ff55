// print-zones: each domain's desired records as DIR/<uniquename>.zone (records only, no SOA added, $TTL 300),
// the layout the BIND provider writes. Useful to review a config and as DNSControl's zone goldens.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Io } from '../../_util/io.js';
import type { DslOptions } from '../options.js';
import type { DomainConfig } from '../../ir/types.js';
import { loadConfig } from '../../config/load.js';
import { formatZone } from '../../zonefile/writer.js';

export interface PrintZonesOptions extends DslOptions {
  dir: string;
}

export function uniqueName(dc: DomainConfig): string {
  return dc.uniquename || dc.meta?.dnscontrol_uniquename || dc.name;
}

export async function printZones(opts: PrintZonesOptions, io: Io): Promise<number> {
  const cfg = await loadConfig(opts, io);
  const dir = path.resolve(io.cwd, opts.dir);
  await fs.mkdir(dir, { recursive: true });
  for (const dc of cfg.domains) {
    // RFC 2317 zone names ("0/25.2.0.192.in-addr.arpa") hold a slash: "_" keeps the file in DIR, as DNSControl's BIND does.
    const file = path.join(dir, `${uniqueName(dc).replaceAll('/', '_')}.zone`);
    await fs.writeFile(file, formatZone(dc.records, { defaultTTL: 300 }));
  }
  return 0;
}
