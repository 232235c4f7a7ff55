// BIND: zones as files in a directory, as DNSControl lays them out. Whole-zone diff; a change rewrites the file
// (atomically) with a bumped SOA serial, in DNSControl's layout.
import fs from 'node:fs/promises';
import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Change } from '../../diff/change.js';
import { ProviderError } from '../../errors.js';
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import { parseZone } from '../../zonefile/parser.js';
import { presortExisting } from '../../diff/compare.js';
import { formatZone } from '../../zonefile/writer.js';
import type { Correction, DnsProvider, ProviderContext, ZoneToRead } from '../types.js';
import { splitReports } from '../_core/report.js';
import { toASCII } from '../../_util/names.js';
import { openZoneFile, readZoneFile, resolveInFolder, type OpenZoneFile } from '../../zonefile/read.js';
import { writeFileAtomic } from './atomic-write.js';
import { DEFAULT_LOCK_TIMEOUT_MS, ZoneLock } from './lock.js';
import { asciiRecord } from '../../ir/ascii.js';
import { expandFilename, filenameMatcher, splitUniqueName, type ZoneNames } from './filename.js';
import { nextSerial } from './serial.js';
import { mergeSoa, readDefaultNs, readDefaultSoa, type DefaultSoa } from './soa.js';
import { VERSION } from '../../version.js';

import { NAME } from './constants.js';

export { NAME };

export interface BindOptions {
  /** --bindserial: the serial to write instead of the computed one. */
  bindserial?: number;
  /** Clock for the serial and the header comment (tests). */
  now?: () => Date;
}

/** The zone folder and file-name format of a creds entry (DNSControl's defaults). */
function fileLayout(creds: Record<string, string>): { directory: string; filenameFormat: string } {
  return { directory: creds.directory || 'zones', filenameFormat: creds.filenameformat || '%c.zone' };
}

/** A zone's file resolved against its folder (resolved once, by the caller), which is how a zone read ahead is
 *  found: the reader and the run's read both derive it here. "./" joins the name as path.join joins it to the
 *  folder even when the format starts with a separator. */
const resolvedZoneFile = (folder: string, name: string): string => path.resolve(folder, `.${path.sep}${name}`);

export class BindProvider implements DnsProvider {
  readonly directory: string;
  readonly filenameFormat: string;
  /** `directory`, resolved once (resolvedZoneFile). */
  readonly #folder: string;
  readonly #nameservers: string[];
  readonly #defaultSoa: DefaultSoa;
  readonly #opts: BindOptions;
  /** The SOA read from each zone's file, for the serial bump. */
  readonly #existingSoa = new Map<string, RecordConfig | undefined>();
  /** Zone files that did not exist when read (reported as an INFO line, as DNSControl does). */
  readonly #missing = new Set<string>();
  /** push: each zone file's lock, taken before its first read and given back after its write. */
  readonly #locks = new Map<string, Promise<ZoneLock | undefined>>();
  readonly #push: boolean;
  readonly #lockWaitMs: number;
  /** Zones read ahead (zoneReader), in the run's map shared by this creds entry. */
  readonly #shared: Map<string, unknown> | undefined;

  constructor(ctx: ProviderContext, opts: BindOptions = {}) {
    ({ directory: this.directory, filenameFormat: this.filenameFormat } = fileLayout(ctx.creds));
    this.#folder = path.resolve(this.directory);
    this.#nameservers = readDefaultNs(ctx.meta, ctx.credkey);
    this.#defaultSoa = readDefaultSoa(ctx.meta, ctx.credkey);
    this.#opts = { bindserial: ctx.flags?.bindserial, ...opts };
    this.#push = ctx.flags?.push === true;
    this.#shared = ctx.shared;
    const wait = Number(ctx.creds.lock_timeout ?? '');
    if (ctx.creds.lock_timeout !== undefined && ctx.creds.lock_timeout !== '' && !(wait >= 0)) {
      throw new ProviderError(NAME, ctx.credkey, `"lock_timeout" must be a number of seconds, not ${JSON.stringify(ctx.creds.lock_timeout)}`);
    }
    this.#lockWaitMs = ctx.creds.lock_timeout ? wait * 1000 : DEFAULT_LOCK_TIMEOUT_MS;
  }

  /** push: the zone file's lock (taken once, then kept until the write or close()). */
  #lock(file: string, zone: string): Promise<ZoneLock | undefined> {
    let l = this.#locks.get(file);
    if (!l) {
      l = ZoneLock.acquire(file, this.#lockWaitMs).catch((err: unknown) => {
        // A folder this user cannot write: no lock, and no write either (it would fail the same way), so a
        // push that changes nothing still works there.
        if (['EACCES', 'EPERM', 'EROFS'].includes((err as NodeJS.ErrnoException).code ?? '')) return undefined;
        this.#locks.delete(file);
        throw new ProviderError(NAME, zone, `cannot lock the zone: ${(err as Error).message}; nothing was applied`, { cause: err });
      });
      this.#locks.set(file, l);
    }
    return l;
  }

  async #unlock(file: string): Promise<void> {
    const l = this.#locks.get(file);
    this.#locks.delete(file);
    if (l) await (await l.catch(() => undefined))?.release();
  }

  async close(): Promise<void> {
    await Promise.all([...this.#locks.keys()].map((f) => this.#unlock(f)));
  }

  /** The zone file of a domain ("name" or "name!tag", or a DomainConfig for raw/tag details). */
  zoneFile(domain: string, dc?: DomainConfig): string {
    return path.join(this.directory, this.#fileName(domain, dc));
  }

  /** The zone file's name in the folder: the filename format expanded. */
  #fileName(domain: string, dc?: DomainConfig): string {
    const z: ZoneNames = dc
      ? { ascii: toASCII(dc.name), tag: dc.tag ?? '', raw: dc.meta?.dnscontrol_nameraw }
      : splitUniqueName(domain);
    z.ascii = toASCII(z.ascii);
    return expandFilename(this.filenameFormat, z);
  }

  async getNameservers(): Promise<string[]> {
    return this.#nameservers;
  }

  async listZones(): Promise<string[]> {
    const match = filenameMatcher(this.filenameFormat);
    let entries: string[];
    try {
      entries = await fs.readdir(this.directory, { recursive: this.filenameFormat.includes('/') });
    } catch (err) {
      throw new ProviderError(NAME, '', `cannot list ${this.directory}: ${(err as Error).message}`, { cause: err });
    }
    const zones = new Set<string>();
    for (const e of entries.sort()) {
      const z = match(e.split(path.sep).join('/'));
      if (z) zones.add(z);
    }
    return [...zones];
  }

  /** Records in the file, SOA and apex NS included; a missing file is an empty zone. When `dc` is given,
   *  its SOA is replaced by the merged one (desired → file → default_soa) so the SOA only differs when
   *  the config changes it. */
  async getZoneRecords(domain: string, dc?: DomainConfig): Promise<RecordConfig[]> {
    const name = this.#fileName(domain, dc);
    const file = path.join(this.directory, name);
    const zone = toASCII(dc?.name ?? splitUniqueName(domain).ascii);
    if (this.#push) await this.#lock(file, zone);
    // Read ahead while the config was evaluated. A push (which writes what it computes from this read) checks,
    // after taking the lock, that the file has not changed since; a preview shows the zone as it was a moment
    // earlier, as any read of many zones does.
    let records = takeReadAhead(this.#shared, this.#folder, name, file, this.#push);
    let exists = records !== undefined;
    if (!records) {
      let text: string | undefined;
      let opened: OpenZoneFile | undefined;
      try {
        // Read synchronously: fs/promises opens a FileHandle and makes four thread-pool round trips per file,
        // which was 1.5 s of a 10,000-zone preview; the whole file is needed at once anyway.
        opened = openInFolder(file, this.#folder);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw new ProviderError(NAME, zone, `cannot read zone file ${file}: ${(err as Error).message}`, { cause: err });
        }
      }
      if (opened) text = readZoneFile(opened, file);
      exists = text !== undefined;
      records = text === undefined ? [] : parseZone(text, { origin: zone, file });
    }
    if (!exists) this.#missing.add(file);
    else this.#missing.delete(file);
    const soa = records.find((r) => r.type === 'SOA');
    this.#existingSoa.set(file, soa);
    if (dc) {
      const desired = dc.records.find((r) => r.type === 'SOA');
      // A file without an SOA (a fragment, or a zone imported from one) and a config without SOA(): no SOA is
      // desired, so such a zone previews clean after get-zones. A write still gives it one (getCorrections).
      if (exists && !soa && !desired) {
        dc.records = dc.records.map(asciiRecord);
        return records;
      }
      const merged = mergeSoa(desired, soa, this.#defaultSoa);
      // A serial in the config is a floor: the write bumps past it and past the file's, so a file already
      // at or above it is in sync (else an SOA with a serial would be a change on every run).
      if (soa?.soaserial !== undefined && desired?.soaserial !== undefined && soa.soaserial >= desired.soaserial) merged.soaserial = soa.soaserial;
      // A new file starts at the serial it will be written with, so the CREATE line shows it.
      if (!soa && !desired?.soaserial) merged.soaserial = this.#opts.bindserial ?? nextSerial(0, (this.#opts.now ?? (() => new Date()))());
      dc.records = withSoa(merged, dc.records);
    }
    return records;
  }

  /** One correction that writes the whole desired zone (dc.records: the desired zone after
   *  IGNORE/NO_PURGE) with a bumped serial; none when nothing changed. */
  async getCorrections(dc: DomainConfig, _existing: RecordConfig[], changes: Change[], actualChangeCount: number): Promise<Correction[]> {
    const { reports, real } = splitReports(changes);
    if (actualChangeCount === 0) return reports;
    const file = this.zoneFile(dc.name, dc);
    // The serial must follow the file's, even if this instance has not read the zone yet.
    if (!this.#existingSoa.has(file)) await this.getZoneRecords(dc.name, { ...dc, records: [] });
    const old = this.#existingSoa.get(file);
    const desiredSoa = dc.records.find((r) => r.type === 'SOA');
    const soa = { ...mergeSoa(desiredSoa, old, this.#defaultSoa) };
    const now = (this.#opts.now ?? (() => new Date()))();
    soa.soaserial = this.#opts.bindserial ?? (old
      ? nextSerial(Math.max(old.soaserial ?? 0, desiredSoa?.soaserial ?? 0), now)
      : desiredSoa?.soaserial || nextSerial(0, now));
    // The zone to write, assembled only when it is written (a preview of a big zone never needs it).
    const desired = dc.records;
    const comments = [`generated with dnscode ${VERSION} ${now.toISOString().replace(/\.\d+Z$/, 'Z')}`];
    if (dc.auto_dnssec === 'on') comments.push('Automatic DNSSEC signing requested');
    // The change lines first, as DNSControl's ByZone providers print them, so preview shows what changes.
    const lines = real.flatMap((c) => c.msgs);
    // A file that had no SOA gets one when it is written: no server loads a zone without it.
    if (!old && !desiredSoa && !this.#missing.has(file)) lines.push(`+ CREATE ${dc.name} SOA ${soa.target} ${soa.soambox} ${soa.soaserial} ${soa.soarefresh} ${soa.soaretry} ${soa.soaexpire} ${soa.soaminttl} ttl=${soa.ttl} (the file had no SOA)`);
    if (this.#missing.has(file)) reports.push({ msg: `File does not yet exist: ${JSON.stringify(file)} (will create)` });
    return [...reports, {
      msg: [...lines, `WRITING ZONEFILE: ${file}`].join('\n'),
      run: async () => {
        // The lock taken when the zone was read must still be ours: otherwise another push may have
        // written the file since, and this write would drop its changes.
        const lock = this.#push || this.#locks.has(file) ? await this.#lock(file, dc.name) : undefined;
        if (lock && !(await lock.stillHeld())) {
          this.#locks.delete(file);
          throw new ProviderError(NAME, dc.name, `the lock ${lock.file} was removed or taken over since the zone was read; nothing was applied`);
        }
        try {
          // Formatted only when written: a preview of a big zone would hold its whole text for nothing.
          const text = formatZone(withSoa(soa, desired), { comments });
          const current = await fs.readFile(file, 'utf8').catch(() => undefined);
          if (current !== text) await writeFileAtomic(file, text);
        } catch (err) {
          throw new ProviderError(NAME, dc.name, `cannot write ${file}: ${(err as Error).message}`, { cause: err });
        } finally {
          if (lock) await this.#unlock(file);
        }
      },
    }];
  }
}


/** `records` with `soa` as their one SOA, first, and every name in ASCII: one pass and one array (a spread of
 *  filter and map made three of a million records). */
function withSoa(soa: RecordConfig, records: readonly RecordConfig[]): RecordConfig[] {
  const out = [asciiRecord(soa)];
  for (const r of records) if (r.type !== 'SOA') out.push(asciiRecord(r));
  return out;
}

/**
 * Opens a zone file of `folder` (resolved) for reading: a regular file only (a FIFO or a device would block the
 * run or never end). A symbolic link is followed only when it leads inside the folder: a link out of it, which
 * a pull request can add next to its config, would have dnscode read any file the run can, and quote a line of
 * it in a parse error. (A link as a folder of a nested filenameformat is not looked at.)
 */
function openInFolder(file: string, folder: string): OpenZoneFile {
  try {
    return openZoneFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOOP') throw err;
  }
  const { real, root, inside } = resolveInFolder(file, folder);
  if (!inside) throw new Error(`it is a symbolic link to ${real}, outside the zone folder ${root}: dnscode reads zone files only inside their folder`);
  return openZoneFile(real);
}

/** Zones below this many records are not sorted ahead (see zoneReader). */
const PRESORT_MIN = 256;

/** What zoneReader read: the file's identity when it was opened, and its records. */
interface ReadAheadZone {
  identity: string;
  records: RecordConfig[];
}

const aheadKey = (resolved: string) => `bind:read-ahead:${resolved}`;

/** Changes whenever the file's content may have: a replacement (dnscode writes by rename) changes the inode,
 *  an edit in place the size or the times (ctime cannot be set back by any tool), as git's index assumes. */
const identity = (st: Stats) => `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;

/** ProviderType.readAhead: reads and parses a zone's file into the run's shared map. Only a regular file
 *  inside the zone folder (a hint comes from config code not yet validated); any failure leaves nothing,
 *  and the real read reports it. */
export function zoneReader(ctx: ProviderContext): (zone: ZoneToRead) => void {
  const { directory, filenameFormat } = fileLayout(ctx.creds);
  const shared = ctx.shared;
  // The folder resolved once and each file against it: no path.relative per zone (path work was a sixth of
  // reading 10,000 small zones ahead).
  const folder = path.resolve(directory);
  const inside = folder.endsWith(path.sep) ? folder : folder + path.sep;
  return (zone) => {
    if (!shared) return;
    const file = resolvedZoneFile(folder, expandFilename(filenameFormat, zone));
    if (!file.startsWith(inside)) return;
    try {
      // Only a regular file, and no symbolic link: the run's own read decides about those (openInFolder).
      const opened = openZoneFile(file);
      const st = opened.st;
      const records = parseZone(readZoneFile(opened, file), { origin: zone.ascii, file });
      // While the config still runs: the diff then pairs this zone with the config's records in one merge
      // pass even if the file is not in dnscode's order (src/diff/compare.ts groupRecords). Not for a small
      // zone, which the diff's map pairs for less than a sort costs (10,000 zones of 15 records: 2%).
      if (records.length >= PRESORT_MIN) presortExisting(records);
      shared.set(aheadKey(file), { identity: identity(st), records } satisfies ReadAheadZone);
    } catch {
      // Read (and reported) again when the run reads the zone.
    }
  };
}

/** The records read ahead for the zone file `name` in `folder` (read as `file`; with `unchanged`: only if the
 *  file has not changed since); each is used once. */
function takeReadAhead(shared: Map<string, unknown> | undefined, folder: string, name: string, file: string, unchanged: boolean): RecordConfig[] | undefined {
  if (!shared) return undefined;
  const key = aheadKey(resolvedZoneFile(folder, name));
  const ahead = shared.get(key) as ReadAheadZone | undefined;
  if (!ahead) return undefined;
  shared.delete(key);
  if (!unchanged) return ahead.records;
  const st = statSync(file, { throwIfNoEntry: false });
  return st?.isFile() && identity(st) === ahead.identity ? ahead.records : undefined;
}
