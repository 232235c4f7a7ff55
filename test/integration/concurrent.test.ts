// Two concurrent pushes of different desired states on BIND zone files (the live servers are in
// test/live/concurrent.live.test.ts): no update is lost, the second push waits for the first's lock.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bind } from '../../src/providers/bind/index.js';
import { parseZone } from '../../src/zonefile/parser.js';
import { domain, rec } from './harness.js';
import { checkNoLostUpdate, race } from './concurrent.js';
import { FAKE_TARGETS, type Started } from './targets.js';

const ZONE = 'race.example';
let dir = '';
afterEach(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });

describe('BIND zone files: two concurrent pushes', () => {
  it('the second waits for the first one\'s lock, then lists the deletion of what the first added', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dnscode-race-'));
    const file = join(dir, `${ZONE}.zone`);
    await writeFile(file, `$TTL 300\n@ IN SOA ns1.${ZONE}. h.${ZONE}. 1 3600 600 604800 1440\nx IN A 10.0.0.1\n`);
    const a = domain(ZONE, [rec.a('x', '10.0.0.1'), rec.a('a1', '10.1.1.1'), rec.a('a2', '10.1.1.2')]);
    const b = domain(ZONE, [rec.a('b1', '10.2.2.1')]);
    const out = await race(bind, { directory: dir }, {}, a, b);
    const final = parseZone(await readFile(file, 'utf8'), { origin: ZONE, file });
    checkNoLostUpdate(out, [`a1.${ZONE}`, `a2.${ZONE}`], final);
    // With the lock, B could not even read before A wrote: it succeeded, on A's zone.
    expect(out.b.result.error).toBeUndefined();
    expect(final.filter((r) => r.type === 'A').map((r) => r.name)).toEqual(['b1']);
  });

  it('a push that cannot get the lock in lock_timeout fails, naming the holder; nothing is written', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dnscode-race-'));
    const file = join(dir, `${ZONE}.zone`);
    await writeFile(`${file}.lock`, `${JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), command: 'dnscode push', time: '2026-01-01T00:00:00Z', token: 'x' })}\n`);
    const out = await race(bind, { directory: dir, lock_timeout: '0.3' }, {}, domain(ZONE, [rec.a('a1', '10.1.1.1')]), domain(ZONE, []));
    expect(String((out.a.result.error as Error).message)).toMatch(new RegExp(`BIND ${ZONE}: cannot lock the zone: .*locked by pid ${process.pid} on .* \\(dnscode push\\) since 2026-01-01T00:00:00Z; waited 0\\.\\d s`));
    await expect(readFile(file, 'utf8')).rejects.toThrow(/ENOENT/);
  });
});

describe.each(FAKE_TARGETS())('$label: two concurrent pushes (re-read before the first write)', (factory) => {
  let s: Started | undefined;
  afterEach(async () => { await s?.close(); s = undefined; });

  it('the second push fails with "zone changed since it was read"; an unchanged zone is pushed normally', async () => {
    s = await factory.start(ZONE);
    const start = await race(s.target.type, s.creds!, {}, domain(ZONE, [rec.a('x', '10.0.0.1')]), domain(ZONE, [rec.a('x', '10.0.0.1')]));
    expect(start.a.result.error).toBeUndefined();
    const out = await race(s.target.type, s.creds!, {},
      domain(ZONE, [rec.a('x', '10.0.0.9'), rec.a('a1', '10.1.1.1')]), domain(ZONE, [rec.a('b1', '10.2.2.1')]));
    const final = await s.target.provider.getZoneRecords(ZONE);
    checkNoLostUpdate(out, [`a1.${ZONE}`], final);
    expect(String((out.b.result.error as Error).message)).toMatch(/zone changed since it was read \(2 record\(s\) added, 1 removed by someone else since the read, e\.g\. .*nothing was applied/);
    // Pushed again on the zone as it is: B lists the deletion of a1 and succeeds.
    const again = await race(s.target.type, s.creds!, {}, domain(ZONE, [rec.a('b1', '10.2.2.1')]), domain(ZONE, [rec.a('b1', '10.2.2.1')]));
    expect(again.a.result.error).toBeUndefined();
    expect(again.a.lines.some((l) => /DELETE/.test(l) && l.includes(`a1.${ZONE}`))).toBe(true);
  });
});
