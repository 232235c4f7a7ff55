// End to end through the CLI (./bin/dnscode, built dist/): one config with a domain in BIND files, one on
// a BIND server by RFC 2136 and one in PowerDNS, pushed in one run; get-zones from the live servers gives a
// config that pushes back with 0 corrections; faults exit 1 with a clear message and no secret.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, skipReason, dig, freePorts, type RunningServer } from '../servers/servers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'bin', 'dnscode');

interface Result { code: number; out: string; err: string }
function dnscode(cwd: string, ...args: string[]): Promise<Result> {
  return new Promise((res) => {
    execFile(process.execPath, [cli, '--no-colors', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }, (e, out, err) => {
      res({ code: e ? (typeof e.code === 'number' ? e.code : 1) : 0, out, err });
    });
  });
}

const CONFIG = `
var REG = NewRegistrar("none");
D("ddns.test", REG, DnsProvider(NewDnsProvider("ddns")),
  A("@", "192.0.2.1"), A("ns1", "127.0.0.1"), A("www", "192.0.2.10"), A("www", "192.0.2.11"),
  CNAME("alias", "www"), MX("@", 10, "mail"), A("mail", "192.0.2.25"),
  TXT("long", "${'a'.repeat(300)}"), CAA("@", "issue", "letsencrypt.org"),
  SRV("_sip._tcp", 10, 60, 5060, "www"), TLSA("_443._tcp.www", 3, 1, 1, "d2abde240d7cd3ee6b4b28c54df034b97983a1d16e8a410e4561cb106618e971"),
  SSHFP("www", 1, 1, "123456789abcdef67890123456789abcdef67890"));
D("pdns.test", REG, DnsProvider(NewDnsProvider("pdns", {"default_ns": ["ns1.pdns.test."]})),
  A("ns1", "127.0.0.1"), A("www", "192.0.2.20"), TXT("@", "v=spf1 -all"), MX("@", 10, "www"),
  CAA("@", "issue", "letsencrypt.org"), SRV("_sip._tcp", 10, 60, 5060, "www"));
D("files.test", REG, DnsProvider(NewDnsProvider("bind")), A("www", "192.0.2.30"));
`;

describe('dnscode push to BIND files, BIND by RFC 2136 and PowerDNS in one run', () => {
  const skip = skipReason('bind', 'pdns');
  let bind: RunningServer, pdns: RunningServer, dir: string;
  const creds = (over: Record<string, Record<string, string>> = {}) => {
    const key = `${bind.env.TSIG_ALG}:${bind.env.TSIG_NAME}:${bind.env.TSIG_SECRET}`;
    const c: Record<string, Record<string, string>> = {
      ddns: { TYPE: 'AXFRDDNS', master: `127.0.0.1:${bind.port}`, nameservers: 'ns1.ddns.test', 'transfer-key': key, 'update-key': key },
      pdns: { TYPE: 'POWERDNS', apiUrl: `http://127.0.0.1:${pdns.env.API_PORT}`, apiKey: pdns.env.API_KEY! },
      bind: { TYPE: 'BIND', directory: 'zones' },
    };
    for (const [k, v] of Object.entries(over)) c[k] = { ...c[k], ...v };
    return JSON.stringify(c, null, 2);
  };
  beforeAll(async () => {
    if (skip) return;
    bind = await startServer('bind', { zones: ['ddns.test'] });
    pdns = await startServer('pdns');
    dir = await mkdtemp(join(tmpdir(), 'dnscode-e2e-'));
    await writeFile(join(dir, 'dnsconfig.js'), CONFIG);
    await writeFile(join(dir, 'creds.json'), creds());
  });
  afterAll(async () => { await bind?.stop(); await pdns?.stop(); });

  it.skipIf(skip)('pushes all three, serves the records, and a second run has 0 corrections', async () => {
    const r = await dnscode(dir, 'push');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('ddns.test');
    expect(r.out).toContain('pdns.test');
    expect(await dig(bind.port, 'www.ddns.test', 'A')).toEqual(['192.0.2.10', '192.0.2.11']);
    expect(await dig(bind.port, 'alias.ddns.test', 'CNAME')).toEqual(['www.ddns.test.']);
    expect(await dig(pdns.port, '_sip._tcp.pdns.test', 'SRV')).toEqual(['10 60 5060 www.pdns.test.']);
    expect(await readFile(join(dir, 'zones', 'files.test.zone'), 'utf8')).toMatch(/www\s+IN A\s+192\.0\.2\.30/);
    const again = await dnscode(dir, 'preview', '--expect-no-changes');
    expect(again.out).toContain('Done. 0 corrections.');
    expect(again.code).toBe(0);
  });

  it.skipIf(skip).each([['ddns', 'AXFRDDNS', 'ddns.test'], ['pdns', 'POWERDNS', 'pdns.test']])(
    'get-zones from %s gives a config that pushes back with 0 corrections', async (credkey, _type, zone) => {
      const got = await dnscode(dir, 'get-zones', '--format', 'js', credkey, zone);
      expect(got.code).toBe(0);
      expect(got.out).toContain(`D("${zone}"`);
      const sub = await mkdtemp(join(tmpdir(), 'dnscode-gz-'));
      await writeFile(join(sub, 'dnsconfig.js'), got.out);
      // Without nameservers / default_ns the providers report the zone's apex NS as they are.
      await writeFile(join(sub, 'creds.json'), creds({ ddns: { nameservers: '' } }));
      const r = await dnscode(sub, 'preview', '--expect-no-changes');
      expect(r.out).toContain('Done. 0 corrections.');
      expect(r.code).toBe(0);
    });

  it.skipIf(skip)('exits 1 naming the zone when the server does not serve it', async () => {
    const sub = await mkdtemp(join(tmpdir(), 'dnscode-notserved-'));
    await writeFile(join(sub, 'dnsconfig.js'), 'D("not-served.test", NewRegistrar("none"), DnsProvider(NewDnsProvider("ddns")), A("www", "192.0.2.1"));');
    await writeFile(join(sub, 'creds.json'), creds());
    const r = await dnscode(sub, 'push');
    expect(r.code).toBe(1);
    expect(r.out + r.err).toMatch(/not-served\.test: cannot read the zone: .*(NOTAUTH|REFUSED|NOTZONE)/);
    expect(r.out + r.err).not.toContain(bind.env.TSIG_SECRET!);
  });

  it.skipIf(skip).each([
    ['a wrong TSIG secret', () => ({ ddns: { 'update-key': `hmac-sha256:${bind.env.TSIG_NAME}:${Buffer.from('wrong secret!').toString('base64')}` } }), /ddns\.test.*BADSIG/s],
    ['a TSIG key the server lacks', () => ({ ddns: { 'update-key': `hmac-sha256:nokey:${bind.env.TSIG_SECRET}` } }), /ddns\.test.*(BADKEY|not TSIG-signed)/s],
    ['a wrong PowerDNS API key', () => ({ pdns: { apiKey: 'not-the-key' } }), /POWERDNS pdns.*HTTP 401/s],
    ['the DNS server down', () => ({ ddns: { master: '127.0.0.1:PORT', 'transfer-server': '127.0.0.1:PORT' } }), /ddns\.test.*ECONNREFUSED/s],
  ])('exits 1 with a clear error for %s and shows no secret', async (_n, over, re) => {
    const dead = String(await freePorts(1));
    const o = JSON.parse(JSON.stringify(over()).replace(/PORT/g, dead)) as Record<string, Record<string, string>>;
    const sub = await mkdtemp(join(tmpdir(), 'dnscode-fault-'));
    await writeFile(join(sub, 'dnsconfig.js'), CONFIG.replace('"192.0.2.10"', '"192.0.2.12"').replace('"192.0.2.20"', '"192.0.2.21"'));
    await writeFile(join(sub, 'creds.json'), creds(o));
    const r = await dnscode(sub, 'push');
    expect(r.code).toBe(1);
    expect(r.out + r.err).toMatch(re);
    for (const secret of [bind.env.TSIG_SECRET!, pdns.env.API_KEY!]) expect(r.out + r.err).not.toContain(secret);
    expect(await dig(bind.port, 'www.ddns.test', 'A')).toEqual(['192.0.2.10', '192.0.2.11']);
    expect(await dig(pdns.port, 'www.pdns.test', 'A')).toEqual(['192.0.2.20']);
  });
});

describe.each(['bind', 'knot'] as const)('get-zones from %s (AXFRDDNS) round-trips every record type', (kind) => {
  const skip = skipReason(kind);
  let srv: RunningServer, dir: string;
  beforeAll(async () => {
    if (skip) return;
    srv = await startServer(kind, { zones: ['rt.test'] });
    dir = await mkdtemp(join(tmpdir(), `dnscode-rt-${kind}-`));
    const key = `${srv.env.TSIG_ALG}:${srv.env.TSIG_NAME}:${srv.env.TSIG_SECRET}`;
    await writeFile(join(dir, 'creds.json'), JSON.stringify({ ddns: { TYPE: 'AXFRDDNS', master: `127.0.0.1:${srv.port}`, 'transfer-key': key, 'update-key': key } }));
    await writeFile(join(dir, 'dnsconfig.js'), `
D("rt.test", NewRegistrar("none"), DnsProvider(NewDnsProvider("ddns")),
  NAMESERVER("ns1.rt.test."), A("ns1", "127.0.0.1"), A("www", "192.0.2.1"), AAAA("www", "2001:db8::1"),
  CNAME("alias", "www"), MX("@", 10, "www"), TXT("@", ["v=spf1 -all", "second string"]), TXT("long", "${'b'.repeat(400)}"),
  CAA("@", "issue", "letsencrypt.org"), SRV("_sip._tcp", 10, 60, 5060, "www"),
  TLSA("_443._tcp.www", 3, 1, 1, "d2abde240d7cd3ee6b4b28c54df034b97983a1d16e8a410e4561cb106618e971"),
  SSHFP("www", 1, 1, "123456789abcdef67890123456789abcdef67890"),
  NS("sub", "ns.sub.rt.test."), A("ns.sub", "192.0.2.53"), DS("sub", 12345, 13, 2, "BB1C4B615CDED2B34347CF23710471934D972F1E34F53B54ED8D5F786202C73B"),
  NAPTR("sip", 100, 10, "S", "SIP+D2U", "", "_sip._udp.rt.test."), PTR("ptr", "www.rt.test."),
  HTTPS("@", 1, ".", "alpn=\\"h3,h2\\""));
`);
    const r = await dnscode(dir, 'push');
    if (r.code !== 0) throw new Error(`setup push failed: ${r.out}${r.err}`);
  });
  afterAll(async () => { await srv?.stop(); });

  it.skipIf(skip)('pushes, then the get-zones config previews with 0 corrections', async () => {
    expect((await dnscode(dir, 'preview', '--expect-no-changes')).out).toContain('Done. 0 corrections.');
    const got = await dnscode(dir, 'get-zones', '--format', 'js', 'ddns', 'rt.test');
    expect(got.code).toBe(0);
    const sub = await mkdtemp(join(tmpdir(), 'dnscode-rt2-'));
    await writeFile(join(sub, 'dnsconfig.js'), got.out);
    await writeFile(join(sub, 'creds.json'), await readFile(join(dir, 'creds.json'), 'utf8'));
    const r = await dnscode(sub, 'preview', '--expect-no-changes');
    expect(r.out).toContain('Done. 0 corrections.');
    expect(r.code).toBe(0);
  });
});
