// Progress of a long push, through the real CLI against a slow, rate-limited fake DigitalOcean: on a real
// terminal (tmux: the screen is what a user sees) a live line that is rewritten and then gone, with the
// plan's lines intact; on pipes plain "progress:" lines on stderr only; none in --format json or --report.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDigitalOceanFake, type DigitalOceanFake } from '../fakes/digitalocean/server.js';
import { skipUnless } from '../skip.js';
import { CLI, dnscode, Workdir } from './helpers.js';

const run = promisify(execFile);
const hasTmux = (() => {
  try {
    execFileSync('tmux', ['-V']);
    return true;
  } catch {
    return false;
  }
})();
// A server of our own: the session gets our environment, and nobody else's sessions are touched.
const tmux = (...args: string[]) => run('tmux', ['-L', `dnscode-progress-${process.pid}`, ...args]);

/** The provider's rate limit (creds max_requests_per_second): it, not the fake, sets the push's pace. */
const RATE = 40;
const RECORDS = 120;
/** Requests a push of a new zone makes: the records and the apex A (DigitalOcean's own NS keep their TTL). */
const REQUESTS = RECORDS + 1;
let fake: DigitalOceanFake;
const dirs: Workdir[] = [];

beforeAll(async () => {
  fake = await startDigitalOceanFake();
});
afterAll(async () => {
  await tmux('kill-server').catch(() => {});
  await fake?.close();
  await Promise.all(dirs.map((d) => d.remove()));
});

async function workdir(domain: string): Promise<Workdir> {
  const records = Array.from({ length: RECORDS }, (_, i) => `  A("h${i}", "192.0.2.${(i % 250) + 1}"),\n`).join('');
  const w = await Workdir.create(`var REG = NewRegistrar("none", "NONE");\nvar DSP = NewDnsProvider("do");\n` +
    `D("${domain}", REG, DnsProvider(DSP),\n${records}  A("@", "192.0.2.1"));\n`,
  JSON.stringify({ do: { TYPE: 'DIGITALOCEAN', token: fake.token, base_url: `${fake.url}/v2`, max_requests_per_second: String(RATE) } }));
  dirs.push(w);
  return w;
}

const LINE = /^pushing (\S+) \(do\) {2}(\d+)\/(\d+) {2}(\S+)\/s {2}ETA (\S+)$/;
const seconds = (d: string) => [...d.matchAll(/(\d+)([hms])/g)].reduce((s, [, n, u]) => s + Number(n) * { h: 3600, m: 60, s: 1 }[u as 'h'], 0);

it.skipIf(skipUnless(hasTmux, 'tmux not installed: the progress test drives a real terminal through it'))(
  'on a terminal: after 2 s a live line per zone, rewritten in place, ETA under the rate limit, gone at the end', async () => {
    fake.faults = { rate: 0, statuses: [], delayMs: 10 };
    const w = await workdir('example.com');
    await tmux('new-session', '-d', '-s', 'push', '-x', '150', '-y', '40', '-c', w.dir,
      `env -u NO_COLOR -u FORCE_COLOR -u DNSCODE_PROGRESS_DELAY_MS ${process.execPath} ${CLI} push; echo EXIT=$?; sleep 60`);
    const seen: RegExpMatchArray[] = [];
    let screen = '';
    for (let i = 0; i < 300 && !screen.includes('EXIT='); i++) {
      screen = (await tmux('capture-pane', '-p', '-t', 'push')).stdout;
      const live = screen.split('\n').filter((l) => l.startsWith('pushing '));
      // One line for the one zone being pushed, never a pile of old ones.
      expect(live.length).toBeLessThanOrEqual(1);
      const m = live[0]?.match(LINE);
      if (live[0]) expect(live[0]).toMatch(LINE);
      if (m) seen.push(m);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(screen).toContain('EXIT=0');
    expect(seen.length, 'the live line was shown').toBeGreaterThan(0);
    expect(new Set(seen.map((m) => m[2])).size, 'and rewritten with new counts').toBeGreaterThan(1);
    for (const [, zone, done, total, , eta] of seen) {
      expect(zone).toBe('example.com');
      expect(Number(total)).toBe(REQUESTS);
      // Never sooner than the provider's rate limit allows.
      expect(seconds(eta!)).toBeGreaterThanOrEqual(Math.floor((Number(total) - Number(done)) / RATE));
    }
    // The whole scrollback: every plan line intact, no progress left anywhere.
    const all = (await tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'push')).stdout.split('\n').filter((l) => l !== '');
    expect(all.filter((l) => /pushing|ETA/.test(l))).toEqual([]);
    expect(all.filter((l) => /^\+ CREATE h\d+\.example\.com A 192\.0\.2\.\d+ ttl=300$/.test(l)).length).toBe(RECORDS);
    expect(all.slice(-3)).toEqual(['SUCCESS!', `Done. ${REQUESTS} corrections.`, 'EXIT=0']);
  }, 60_000);

it('off a terminal: plain lines on stderr at the interval, nothing on stdout or in the report', async () => {
  fake.faults = { rate: 0, statuses: [], delayMs: 10 };
  const w = await workdir('example.net');
  const r = await dnscode(w.dir, ['push', '--report', 'report.json'], { DNSCODE_PROGRESS_DELAY_MS: '200', DNSCODE_PROGRESS_INTERVAL_MS: '500' });
  expect(r.code, r.stderr).toBe(0);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines.every((l) => /^progress: (reading zones \(do\)|pushing example\.net \(do\)) {2}\d+\/\d+ {2}/.test(l)), r.stderr).toBe(true);
  const pushed = lines.map((l) => l.replace(/^progress: /, '').match(LINE)).flatMap((m) => (m ? [Number(m[2])] : []));
  expect(pushed.length, r.stderr).toBeGreaterThanOrEqual(2);
  expect(pushed).toEqual([...pushed].sort((a, b) => a - b));
  expect(r.stdout).not.toMatch(/progress|ETA/);
  expect(r.stdout.endsWith(`SUCCESS!\nDone. ${REQUESTS} corrections.\n`)).toBe(true);
  const report = await w.read('report.json');
  expect(() => JSON.parse(report)).not.toThrow();
  expect(report).not.toMatch(/progress|ETA/);

  // A run shorter than the delay (here, nothing left to do) shows no progress at all.
  fake.faults = { rate: 0, statuses: [] };
  const quick = await dnscode(w.dir, ['preview', '--expect-no-changes']);
  expect(quick).toMatchObject({ code: 0, stderr: '' });
});

it('a slow preview reports the zones read; with --format json, stdout is the JSON and stderr has no progress', async () => {
  // Every read takes 150 ms: the preview lasts most of a second.
  fake.faults = { rate: 0, statuses: [], delayMs: 150, match: (req) => req.method === 'GET' };
  const w = await workdir('example.org');
  const fast = { DNSCODE_PROGRESS_DELAY_MS: '100', DNSCODE_PROGRESS_INTERVAL_MS: '200' };
  const text = await dnscode(w.dir, ['preview'], fast);
  expect(text.code, text.stderr).toBe(0);
  expect(text.stderr).toMatch(/^progress: reading zones \(do\) {2}0\/1 {2}/m);
  expect(text.stdout).not.toMatch(/progress|ETA/);
  const json = await dnscode(w.dir, ['preview', '--format', 'json'], fast);
  expect(json.code, json.stderr).toBe(0);
  expect(JSON.parse(json.stdout).zones[0].domain).toBe('example.org');
  expect(json.stderr).toBe('');
});
