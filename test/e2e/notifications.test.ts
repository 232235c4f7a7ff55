// Notifications through the real CLI to a local HTTP receiver standing in for the webhook services: one
// message per correction (preview with --notify or notify_on_preview, push with notify_on_push), in
// DNSControl's wording; a receiver that fails is a warning that never shows the webhook URL, and the push
// still succeeds.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnscode, HEADER, Workdir } from './helpers.js';

interface Received { path: string; contentType: string; body: string }
const received: Received[] = [];
let failWith = 0;
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      received.push({ path: req.url ?? '', contentType: String(req.headers['content-type'] ?? ''), body });
      res.statusCode = failWith || 200;
      res.end(failWith ? 'no' : 'ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const CONFIG = `${HEADER}D("example.com", REG_NONE, DnsProvider(DSP_BIND), A("@", "192.0.2.1"), A("www", "192.0.2.2"));\n`;
const creds = (notifications: Record<string, unknown>) => JSON.stringify({ bind: { TYPE: 'BIND', directory: 'zones' }, notifications });
const take = () => received.splice(0);

describe('notifications', () => {
  it('preview sends nothing unless asked; --notify sends one Slack message per correction', async () => {
    const w = await Workdir.create(CONFIG, creds({ slack_url: `${base}/slack/T000/SECRET-HOOK` }));
    try {
      take();
      expect((await dnscode(w.dir, ['preview'])).code).toBe(0);
      expect(take()).toEqual([]);
      const r = await dnscode(w.dir, ['preview', '--notify']);
      expect(r.code).toBe(0);
      const got = take();
      // BIND writes a zone in one correction, whose message lists every record change
      expect(got.length).toBe(1);
      expect(got[0]).toMatchObject({ path: '/slack/T000/SECRET-HOOK', contentType: 'application/json' });
      const sent = JSON.parse(got[0]!.body) as { username: string; text: string };
      expect(sent.username).toBe('DNSControl');
      expect(sent.text).toMatch(/^\*\*Preview: example\.com\[bind\] -\*\* /);
      expect(sent.text).toContain('+ CREATE www.example.com A 192.0.2.2 ttl=300');
      expect(r.stdout).toContain('+ CREATE www.example.com A 192.0.2.2 ttl=300');
    } finally {
      await w.remove();
    }
  }, 30_000);

  it('notify_on_push: push reports each applied correction; notify_on_preview false keeps preview quiet', async () => {
    const w = await Workdir.create(CONFIG, creds({ notify_on_push: true, notify_on_preview: false, teams_url: `${base}/teams`, bonfire_url: `${base}/bonfire` }));
    try {
      take();
      await dnscode(w.dir, ['preview']);
      expect(take()).toEqual([]);
      const r = await dnscode(w.dir, ['push']);
      expect(r.code).toBe(0);
      const got = take();
      const teams = got.filter((g) => g.path === '/teams').map((g) => (JSON.parse(g.body) as { text: string }).text);
      const bonfire = got.filter((g) => g.path === '/bonfire');
      expect(teams.some((t) => t.startsWith('**DnsControl Successfully Changed example.com**\n'))).toBe(true);
      expect(bonfire.length).toBe(teams.length);
      expect(bonfire[0]!.contentType).toBe('text/markdown');
      expect(bonfire[0]!.body).toMatch(/^Successfully ran correction for \*\*example\.com\[bind\]\*\* - [\s\S]*\+ CREATE www\.example\.com A 192\.0\.2\.2/);
      // nothing left to do: nothing to say
      await dnscode(w.dir, ['push']);
      expect(take()).toEqual([]);
    } finally {
      await w.remove();
    }
  }, 30_000);

  it('shoutrrr generic and ntfy URLs post to the local receiver over http', async () => {
    const host = base.replace('http://', '');
    for (const url of [`generic://${host}/hook?template=json&disabletls=yes&$source=dns`, `ntfy://${host}/dns-changes?scheme=http`]) {
      const w = await Workdir.create(CONFIG, creds({ notify_on_preview: true, shoutrrr_url: url }));
      try {
        take();
        expect((await dnscode(w.dir, ['preview'])).code).toBe(0);
        const got = take();
        expect(got.length).toBeGreaterThan(0);
        if (url.startsWith('generic')) {
          expect(got[0]!.path).toBe('/hook');
          expect(JSON.parse(got[0]!.body)).toMatchObject({ source: 'dns', title: '', message: expect.stringMatching(/^DNSControl preview: example\.com\[bind\]:\n/) });
        } else {
          expect(got[0]!.path).toBe('/dns-changes');
          expect(got[0]!.body).toMatch(/^DNSControl preview: example\.com\[bind\]:\n/);
        }
      } finally {
        await w.remove();
      }
    }
  }, 60_000);

  it('a failing receiver is one warning without the URL; the push still succeeds', async () => {
    const w = await Workdir.create(CONFIG, creds({ notify_on_push: true, slack_url: `${base}/slack/SECRET-HOOK` }));
    failWith = 500;
    try {
      take();
      const r = await dnscode(w.dir, ['push']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Done\./);
      expect(r.stderr).toMatch(/Warning: notification via slack_url failed \(HTTP 500\)/);
      expect(r.stdout + r.stderr).not.toContain('SECRET-HOOK');
      expect(take().length).toBe(1); // stopped trying after the first failure
    } finally {
      failWith = 0;
      await w.remove();
    }
  }, 30_000);

  it('an unsupported shoutrrr service is a warning, not an error', async () => {
    const w = await Workdir.create(CONFIG, creds({ notify_on_preview: true, shoutrrr_url: 'discord://token@channel' }));
    try {
      const r = await dnscode(w.dir, ['preview']);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/the "discord" service is not supported by dnscode/);
      expect(r.stderr).not.toContain('token@channel');
    } finally {
      await w.remove();
    }
  }, 30_000);
});
