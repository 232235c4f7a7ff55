// A per-zone lock for BIND zone files, honest across processes: `<zone file>.lock`, created exclusively
// (O_EXCL), holding who took it (pid, host, command, time). push takes it before reading the zone and
// keeps it until the file is written (or the run ends), so read, diff and write of two pushes never
// interleave. A second push waits up to `lock_timeout` seconds, then fails naming the holder. A lock whose
// process is dead (same host) is stale and taken over; a lock from another host is never guessed dead.
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import fs from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;

export interface LockInfo {
  pid: number;
  host: string;
  command: string;
  /** ISO time the lock was taken. */
  time: string;
  /** Random, to tell this lock from a later one at the same path. */
  token: string;
}

/** The lock is held by someone else and did not come free in time. */
export class LockBusyError extends Error {
  readonly holder: LockInfo | undefined;
  constructor(file: string, holder: LockInfo | undefined, waitedMs: number) {
    const who = holder
      ? `pid ${holder.pid} on ${holder.host} (${holder.command}) since ${holder.time}`
      : 'an unknown process (the lock file is unreadable)';
    super(`${file} is locked by ${who}; waited ${Math.round(waitedMs / 100) / 10} s (creds "lock_timeout"). If no push is running, remove ${file}`);
    this.name = 'LockBusyError';
    this.holder = holder;
  }
}

/** Locks this process holds, removed on exit even when the run ends by an exception or process.exit. */
const held = new Map<string, string>();
let exitHook = false;
function onExit(): void {
  for (const [file, token] of held) {
    try { if ((JSON.parse(readFileSync(file, 'utf8')) as LockInfo).token === token) unlinkSync(file); } catch { /* gone */ }
  }
  held.clear();
}

const alive = (pid: number): boolean => {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
};

async function readInfo(file: string): Promise<LockInfo | undefined> {
  try { return JSON.parse(await fs.readFile(file, 'utf8')) as LockInfo; } catch { return undefined; }
}

/** A lock file written this long ago and still without content was left by a crash mid-create. */
const EMPTY_GRACE_MS = 5_000;

async function isStale(file: string, info: LockInfo | undefined): Promise<boolean> {
  if (info) return info.host === hostname() && info.pid !== process.pid && !alive(info.pid);
  const st = await fs.stat(file).catch(() => undefined);
  return st !== undefined && Date.now() - st.mtimeMs > EMPTY_GRACE_MS;
}

export class ZoneLock {
  readonly file: string;
  readonly info: LockInfo;
  private constructor(file: string, info: LockInfo) { this.file = file; this.info = info; }

  /** Take the lock of `target` (the zone file), waiting at most `waitMs`. */
  static async acquire(target: string, waitMs = DEFAULT_LOCK_TIMEOUT_MS, pollMs = 100): Promise<ZoneLock> {
    const file = `${target}.lock`;
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o750 });
    const info: LockInfo = {
      pid: process.pid, host: hostname(), command: process.argv.slice(1).map((a) => path.basename(a)).join(' ').slice(0, 200) || 'node',
      time: new Date().toISOString(), token: randomBytes(8).toString('hex'),
    };
    const start = Date.now();
    for (;;) {
      try {
        await fs.writeFile(file, `${JSON.stringify(info)}\n`, { flag: 'wx', mode: 0o644 });
        held.set(file, info.token);
        if (!exitHook) { exitHook = true; process.once('exit', onExit); }
        return new ZoneLock(file, info);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const holder = await readInfo(file);
      if (await isStale(file, holder)) {
        await takeOverStale(file, holder);
        continue;
      }
      if (Date.now() - start >= waitMs) throw new LockBusyError(file, holder, Date.now() - start);
      await new Promise((r) => setTimeout(r, Math.min(pollMs, Math.max(1, waitMs - (Date.now() - start)))));
    }
  }

  /** Whether the lock file is still this lock (nobody removed or took it over). */
  async stillHeld(): Promise<boolean> {
    return (await readInfo(this.file))?.token === this.info.token;
  }

  async release(): Promise<void> {
    if (held.get(this.file) !== this.info.token) return;
    held.delete(this.file);
    if (await this.stillHeld()) await fs.rm(this.file, { force: true });
  }
}

/** Move a stale lock out of the way atomically (rename), so two waiters cannot both delete: the one whose
 *  rename took a live lock instead (the holder re-created it in between) puts it back. */
async function takeOverStale(file: string, seen: LockInfo | undefined): Promise<void> {
  const aside = `${file}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try { await fs.rename(file, aside); } catch { return; }
  const moved = await readInfo(aside);
  if (seen && moved?.token !== seen.token) {
    await fs.link(aside, file).catch(() => undefined);
  }
  await fs.rm(aside, { force: true });
}
