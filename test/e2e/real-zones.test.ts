// get-zones → preview is empty on real zones. Zone files from public repositories that this project did not
// write (test/zones/real-world/SOURCES.md names each one's repository, path, commit and licence) are imported
// the way a DNSControl user migrates: `get-zones --format js|djs --out dnsconfig.js`, then `preview` must say
// 0 corrections on the first try, `push` must leave the file as it was, and the file must still load in
// named-checkzone. Then a representative subset is pushed to each HTTP fake, read back with get-zones from
// the fake, and previewed again: 0 corrections there too.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKES } from '../provider-folders.js';
import { skipUnless } from '../skip.js';
import { Workdir } from './helpers.js';
import { skipReason, startServer, type RunningServer } from '../servers/servers.js';

const DIR = join(import.meta.dirname, '..', 'zones', 'real-world');
const CHECKZONE = spawnSync('sh', ['-c', 'command -v named-checkzone'], { encoding: 'utf8' }).stdout.trim();

/** zone name → what the file shows (the file is test/zones/real-world/<zone>.zone). */
const FIXTURES: Record<string, string> = {
  'p3.zby.icdc.io': '$ORIGIN switches, wildcards, no $TTL, SOA with comments, apex NS TTL 86400 outside the zone',
  '28.254.10.in-addr.arpa': 'reverse zone: numeric labels, two PTR at one name, a commented-out record, MX at the apex',
  'atmpitbull.com': 'DKIM in five strings, mixed TTLs, apex NS half in and half outside the zone with glue',
  'debugproxy.com': 'no $ORIGIN, DKIM of two strings (the first 255 bytes), owner carried from the line before',
  example: 'BIND test zone: one-line SOA, delegation with glue, DNAME beside the NS (occluded)',
  'wtest.com': 'PowerDNS test zone: an apex NS naming the root ("."), wildcards several labels deep',
  '2.0.192.in-addr.arpa': 'PowerDNS reverse zone: only SOA and apex NS (TTL 120) outside the zone',
  'stest.com': 'PowerDNS test zone: only SOA and apex NS (TTL 120) outside the zone, $ORIGIN before $TTL use',
};

const read = (zone: string): string => readFileSync(join(DIR, `${zone}.zone`), 'utf8');

let w: Workdir | undefined;
afterEach(async () => { await w?.remove(); w = undefined; });

async function bindWorkdir(zone: string, text: string): Promise<Workdir> {
  const wd = await Workdir.create('', '{ "bind": { "TYPE": "BIND", "directory": "zones" } }\n');
  await wd.write(`zones/${zone}.zone`, text);
  return wd;
}

function checkzone(zone: string, file: string): void {
  const r = spawnSync(CHECKZONE, ['-q', zone, file], { encoding: 'utf8' });
  expect(r.status, `named-checkzone ${zone} ${file}: ${r.stdout}${r.stderr}`).toBe(0);
}

describe('get-zones → preview on real-world zone files (BIND files)', () => {
  const noCheck = skipUnless(CHECKZONE !== '', 'named-checkzone is not installed: the fixtures are not checked with it');
  for (const [zone, what] of Object.entries(FIXTURES)) {
    it.skipIf(noCheck)(`${zone} loads in named-checkzone as published (${what})`, () => { checkzone(zone, join(DIR, `${zone}.zone`)); });
    for (const format of ['js', 'djs'] as const) {
      it(`${zone} --format ${format}: 0 corrections, push leaves the file as it was`, async () => {
        w = await bindWorkdir(zone, read(zone));
        const gz = await w.run('get-zones', `--format=${format}`, '--out=dnsconfig.js', 'bind', 'BIND', zone);
        expect(gz.code, gz.stderr).toBe(0);
        const preview = await w.run('preview', '--expect-no-changes');
        expect(preview.stdout + preview.stderr).toBe('Done. 0 corrections.\n');
        expect(preview.code).toBe(0);
        const push = await w.run('push');
        expect(push.stdout + push.stderr).toBe('Done. 0 corrections.\n');
        expect(await w.read(`zones/${zone}.zone`)).toBe(read(zone));
      });
    }
  }

  it('a CRLF copy of atmpitbull.com (the same records, Windows line ends) previews with 0 corrections; push writes a file named-checkzone loads', async () => {
    const zone = 'atmpitbull.com';
    w = await bindWorkdir(zone, read(zone).replace(/\n/g, '\r\n'));
    expect((await w.run('get-zones', '--format=js', '--out=dnsconfig.js', 'bind', 'BIND', zone)).code).toBe(0);
    const preview = await w.run('preview', '--expect-no-changes');
    expect(preview.stdout + preview.stderr).toBe('Done. 0 corrections.\n');
    // A full rewrite (a changed record) must still give a file BIND loads.
    await w.write('dnsconfig.js', (await w.read('dnsconfig.js')).replace('A("portal", "104.131.50.207")', 'A("portal", "104.131.50.208")'));
    const push = await w.run('push');
    expect(push.code, push.stdout + push.stderr).toBe(0);
    if (CHECKZONE) checkzone(zone, w.path(`zones/${zone}.zone`));
  });

  it('debugproxy.com without its SOA (as a zone fragment comes) previews with 0 corrections; a push that changes it adds an SOA BIND loads', async () => {
    const zone = 'debugproxy.com';
    // The SOA record and its parenthesised continuation lines, cut out.
    const noSoa = read(zone).replace(/^[^\n;]*\bSOA\b[^(\n]*\([^)]*\)[^\n]*\n/m, '');
    expect(noSoa).not.toMatch(/\bSOA\b/);
    w = await bindWorkdir(zone, noSoa);
    expect((await w.run('get-zones', '--format=js', '--out=dnsconfig.js', 'bind', 'BIND', zone)).code).toBe(0);
    const preview = await w.run('preview', '--expect-no-changes');
    expect(preview.stdout + preview.stderr).toBe('Done. 0 corrections.\n');
    await w.write('dnsconfig.js', (await w.read('dnsconfig.js')).replace(/\n\);/, '\n\tA("added", "192.0.2.77"),\n);'));
    const push = await w.run('push');
    expect(push.code, push.stdout + push.stderr).toBe(0);
    expect(push.stdout).toMatch(/\(the file had no SOA\)/);
    if (CHECKZONE) checkzone(zone, w.path(`zones/${zone}.zone`));
    expect((await w.run('preview', '--expect-no-changes')).stdout).toBe('Done. 0 corrections.\n');
  });

  it('--format zone: every fixture comes out as a file named-checkzone loads', async (ctx) => {
    if (!CHECKZONE) ctx.skip();
    w = await Workdir.create('', '{ "bind": { "TYPE": "BIND", "directory": "zones" } }\n');
    for (const zone of Object.keys(FIXTURES)) await w.write(`zones/${zone}.zone`, read(zone));
    for (const zone of Object.keys(FIXTURES)) {
      const gz = await w.run('get-zones', '--format=zone', `--out=${zone}.out`, 'bind', 'BIND', zone);
      expect(gz.code, gz.stderr).toBe(0);
      checkzone(zone, w.path(`${zone}.out`));
    }
  });
});

/** Zones of types every provider stores (A, CNAME, MX, TXT, wildcards; apex NS as NAMESERVER). */
const PORTABLE = ['p3.zby.icdc.io', 'atmpitbull.com', 'debugproxy.com'];
/** What a provider's audit refuses in those zones: the zone is left out for it, and the test name says why. */
const REFUSED: Record<string, Record<string, string>> = {
  CLOUDFLAREAPI: { 'debugproxy.com': 'TTL 604800 (Cloudflare takes at most 86400)' },
  NAMECHEAP: { 'debugproxy.com': 'TTL 604800 (Namecheap\'s setHosts takes 60 to 60000)' },
};

describe('get-zones → preview on real-world zones through each HTTP fake', () => {
  for (const { type, fake } of FAKES.filter((f) => f.type.createDns)) {
    const refused = REFUSED[type.name] ?? {};
    const zones = PORTABLE.filter((z) => !refused[z]);
    const left = Object.entries(refused).map(([z, why]) => `; ${z} left out: ${why}`).join('');
    it(`${type.name}: ${zones.join(', ')} pushed from the files, read back with get-zones, preview 0 corrections${left}`, async () => {
      const server = await fake.start();
      try {
        const creds = { TYPE: type.name, base_url: server.url, ...fake.creds(server), http_retry_base_ms: '2', max_requests_per_second: '0' };
        w = await Workdir.create('', JSON.stringify({ bind: { TYPE: 'BIND', directory: 'zones' }, cloud: creds }, null, 1));
        for (const zone of zones) await w.write(`zones/${zone}.zone`, read(zone));
        // The user's first step: the files' zones as a config, pointed at the new provider.
        const gz = await w.run('get-zones', '--format=js', '--out=from-files.js', 'bind', 'BIND', ...zones);
        expect(gz.code, gz.stderr).toBe(0);
        const toCloud = (await w.read('from-files.js'))
          .replace('NewDnsProvider("bind", "BIND")', `NewDnsProvider("cloud", ${JSON.stringify(type.name)})`);
        await w.write('dnsconfig.js', toCloud);
        const push = await w.run('push', '--force');
        expect(push.code, push.stdout + push.stderr).toBe(0);
        // The migration from that provider: get-zones from it, then preview.
        const back = await w.run('get-zones', '--format=djs', '--out=dnsconfig.js', 'cloud', type.name, ...zones);
        expect(back.code, back.stderr).toBe(0);
        const preview = await w.run('preview', '--expect-no-changes');
        expect(preview.stdout + preview.stderr, await w.read('dnsconfig.js')).toBe('Done. 0 corrections.\n');
      } finally {
        await server.close();
      }
    });
  }
});

describe('get-zones → preview on real-world zones served by live DNS servers', () => {
  const keySpec = (s: RunningServer) => `${s.env.TSIG_ALG}:${s.env.TSIG_NAME}:${s.env.TSIG_SECRET}`;

  // A BIND primary serving the files as published: the migration a DNSControl AXFRDDNS user makes.
  it.skipIf(skipReason('bind'))(`AXFRDDNS (live BIND): ${PORTABLE.join(', ')} read with get-zones over AXFR, preview 0 corrections`, async () => {
    const srv = await startServer('bind', { zones: PORTABLE, zoneFiles: Object.fromEntries(PORTABLE.map((z) => [z, read(z)])) });
    try {
      const creds = { TYPE: 'AXFRDDNS', master: `127.0.0.1:${srv.port}`, 'transfer-key': keySpec(srv), 'update-key': keySpec(srv) };
      w = await Workdir.create('', JSON.stringify({ ddns: creds }, null, 1));
      const gz = await w.run('get-zones', '--format=js', '--out=dnsconfig.js', 'ddns', 'AXFRDDNS', ...PORTABLE);
      expect(gz.code, gz.stderr).toBe(0);
      const preview = await w.run('preview', '--expect-no-changes');
      expect(preview.stdout + preview.stderr, await w.read('dnsconfig.js')).toBe('Done. 0 corrections.\n');
    } finally {
      await srv.stop();
    }
  }, 120_000);

  // PowerDNS through its API: the files' zones pushed there, read back with get-zones, previewed again.
  it.skipIf(skipReason('pdns'))(`POWERDNS (live): ${PORTABLE.join(', ')} pushed from the files, read back with get-zones, preview 0 corrections`, async () => {
    const srv = await startServer('pdns');
    try {
      const creds = { TYPE: 'POWERDNS', apiUrl: `http://127.0.0.1:${srv.env.API_PORT}`, apiKey: srv.env.API_KEY! };
      w = await Workdir.create('', JSON.stringify({ bind: { TYPE: 'BIND', directory: 'zones' }, pdns: creds }, null, 1));
      for (const zone of PORTABLE) await w.write(`zones/${zone}.zone`, read(zone));
      expect((await w.run('get-zones', '--format=js', '--out=from-files.js', 'bind', 'BIND', ...PORTABLE)).code).toBe(0);
      await w.write('dnsconfig.js', (await w.read('from-files.js')).replace('NewDnsProvider("bind", "BIND")', 'NewDnsProvider("pdns", "POWERDNS")'));
      const push = await w.run('push', '--force');
      expect(push.code, push.stdout + push.stderr).toBe(0);
      const back = await w.run('get-zones', '--format=djs', '--out=dnsconfig.js', 'pdns', 'POWERDNS', ...PORTABLE);
      expect(back.code, back.stderr).toBe(0);
      const preview = await w.run('preview', '--expect-no-changes');
      expect(preview.stdout + preview.stderr, await w.read('dnsconfig.js')).toBe('Done. 0 corrections.\n');
    } finally {
      await srv.stop();
    }
  }, 120_000);
});
