import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LockBusyError, ZoneLock } from './lock.js';

let dir = '';
afterEach(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });
const holder = (pid: number, host = hostname()) => `${JSON.stringify({ pid, host, command: 'dnscode push', time: '2026-12-06T20:00:00.000Z', token: 'other' })}\n`;

describe('ZoneLock', () => {
  it('is exclusive: a second taker waits its bound, then fails naming the holder', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dnscode-lock-'));
    const file = join(dir, 'a.zone');
    const first = await ZoneLock.acquire(file);
    const t0 = Date.now();
    const err = await ZoneLock.acquire(file, 250).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockBusyError);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(240);
    expect((err as Error).message).toContain(`locked by pid ${process.pid} on ${hostname()}`);
    await first.release();
    const second = await ZoneLock.acquire(file, 250);
    expect(JSON.parse(await readFile(`${file}.lock`, 'utf8')).token).toBe(second.info.token);
    await second.release();
    await expect(readFile(`${file}.lock`, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('takes over the lock of a process that died (kill -9 leaves it behind)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dnscode-lock-'));
    const file = join(dir, 'a.zone');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    await writeFile(`${file}.lock`, holder(Number(dead)));
    const lock = await ZoneLock.acquire(file, 0);
    expect(await lock.stillHeld()).toBe(true);
    await lock.release();
  });

  it('never guesses that a lock from another host is stale', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dnscode-lock-'));
    const file = join(dir, 'a.zone');
    await writeFile(`${file}.lock`, holder(999_999_999, 'elsewhere.example'));
    await expect(ZoneLock.acquire(file, 100)).rejects.toThrow(/locked by pid 999999999 on elsewhere.example \(dnscode push\)/);
  });

  it('notices when its lock file was taken away', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dnscode-lock-'));
    const file = join(dir, 'a.zone');
    const lock = await ZoneLock.acquire(file);
    await writeFile(`${file}.lock`, holder(process.pid));
    expect(await lock.stillHeld()).toBe(false);
    await lock.release();
    // Not ours any more: release leaves it.
    expect(await readFile(`${file}.lock`, 'utf8')).toContain('"other"');
  });
});
