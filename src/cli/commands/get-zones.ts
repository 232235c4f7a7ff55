// get-zones: download zones from a provider named in creds.json and print them as dnsconfig.js, a zone
// file, TSV, or just their names. Reads creds.json only, never dnsconfig.js.
import path from 'node:path';
import type { Io } from '../../_util/io.js';
import { checkOutputPath, writeOutputFile } from '../../_util/output-file.js';
import type { GetZonesOptions } from '../options.js';
import { checkCredsEntry, loadCreds } from '../../creds/load.js';
import { UsageError } from '../../errors.js';
import { getProviderType } from '../../providers/registry.js';
import { FORMATS, formatZones, type DownloadedZone, type ZoneFormat } from '../../convert/index.js';

export async function getZones(opts: GetZonesOptions, args: string[], io: Io): Promise<number> {
  const format = opts.format as ZoneFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got ${JSON.stringify(opts.format)})`);
  const [credkey, ...rest] = args;
  if (!credkey) throw new UsageError('get-zones needs a credkey (a name in creds.json) and zone names or "all"');
  const creds = await loadCreds(path.resolve(io.cwd, opts.creds), io);
  const entry = creds[credkey];
  // Deprecated form: "credkey TYPE zone...". The TYPE must agree with creds.json; "-" means "take it from creds.json".
  let typeName = entry?.TYPE;
  let zones = rest;
  if (rest.length > 1 && (rest[0] === '-' || getProviderType(rest[0]!))) {
    if (rest[0] !== '-') {
      if (typeName && typeName !== rest[0]) throw new UsageError(`creds.json says "${credkey}" is TYPE ${typeName}, not ${rest[0]}`);
      typeName = rest[0];
    }
    zones = rest.slice(1);
  }
  if (!entry && !typeName) throw new UsageError(`"${credkey}" is not in ${opts.creds}`);
  if (!typeName) throw new UsageError(`creds entry "${credkey}" has no "TYPE"`);
  const type = getProviderType(typeName);
  if (!type?.createDns) throw new UsageError(`provider type ${typeName} cannot list zones (unknown or not a DNS provider)`);
  if (zones.length === 0) throw new UsageError('get-zones needs zone names or "all"');
  if (opts.out) checkOutputPath('--out', opts.out, io.cwd);
  checkCredsEntry(entry);
  const fields = Object.fromEntries(Object.entries(entry ?? {}).filter(([k]) => k !== 'TYPE'));
  const provider = await type.createDns({ credkey, creds: fields, meta: {} });
  if (zones.length === 1 && zones[0] === 'all') {
    if (!provider.listZones) throw new UsageError(`provider type ${typeName} cannot list its zones; name them instead of "all"`);
    zones = await provider.listZones();
  }
  const downloaded: DownloadedZone[] = [];
  if (format !== 'nameonly') {
    for (const name of zones) downloaded.push({ name, records: await provider.getZoneRecords(name) });
  } else {
    downloaded.push(...zones.map((name) => ({ name, records: [] })));
  }
  const text = formatZones(downloaded, { format, credkey, providerType: typeName, ttl: opts.ttl ?? 0 });
  if (opts.out) await writeOutputFile('--out', opts.out, text, io.cwd);
  else io.out(text);
  return 0;
}
