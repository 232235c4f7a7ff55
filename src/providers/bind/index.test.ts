import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffZone } from '../../diff/diff.js';
import { ProviderError, ZoneParseError } from '../../errors.js';
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import { rdataText } from '../../rr/text.js';
import { parseZone } from '../../zonefile/parser.js';
import { getProviderType } from '../registry.js';
import { BindProvider } from './provider.js';
import { skipUnless } from '../../../test/skip.js';

const NOW = new Date('2026-11-26T10:00:00Z');
let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bind-test-')); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

const rec = (name: string, type: string, target: string, f: Partial<RecordConfig> = {}): RecordConfig => ({ name, type, target, ttl: 300, ...f });
const BASE: RecordConfig[] = [
  rec('@', 'NS', 'ns1.example.com.'),
  rec('ns1', 'A', '192.0.2.53'),
  rec('@', 'A', '192.0.2.1'),
  rec('www', 'CNAME', 'example.com.'),
  rec('@', 'MX', 'mail.example.com.', { mxpreference: 10 }),
  rec('mail', 'A', '192.0.2.25'),
  rec('@', 'TXT', 'v=spf1 mx -all'),
  rec('_sip._tcp', 'SRV', 'sip.example.com.', { srvpriority: 1, srvweight: 2, srvport: 5060 }),
  rec('@', 'CAA', 'letsencrypt.org', { caatag: 'issue', caaflag: 0 }),
];
const domain = (records: RecordConfig[]): DomainConfig => ({ name: 'example.com', registrar: 'none', dnsProviders: { bind: 0 }, records: records.map((r) => ({ ...r })) });

function provider(creds: Record<string, string> = {}, meta: Record<string, unknown> = {}, bindserial?: number) {
  return new BindProvider({ credkey: 'bind', creds: { directory: dir, ...creds }, meta }, { now: () => NOW, bindserial });
}

/** What preview+push do: read, diff, correct, run. Returns the correction messages. */
async function push(p: BindProvider, records: RecordConfig[]): Promise<string[]> {
  const dc = domain(records);
  const existing = await p.getZoneRecords(dc.name, dc);
  const { changes, actualChangeCount, desiredPlus } = diffZone(dc, existing, { mode: 'zone' });
  const corrections = await p.getCorrections({ ...dc, records: desiredPlus }, existing, changes, actualChangeCount);
  for (const c of corrections) await c.run?.();
  return corrections.map((c) => c.msg);
}

const zoneFile = () => path.join(dir, 'example.com.zone');
const readSoa = () => parseZone(fs.readFileSync(zoneFile(), 'utf8'), { origin: 'example.com' }).find((r) => r.type === 'SOA')!;

describe('BIND provider', () => {
  it('is registered with capabilities as data', () => {
    const t = getProviderType('BIND')!;
    expect(t.diffMode).toBe('zone');
    expect(t.capabilities.canUseCAA?.can).toBe(true);
    expect(t.capabilities.canUseAlias).toBeUndefined();
  });

  it('treats a missing file as an empty zone', async () => {
    expect(await provider().getZoneRecords('example.com')).toEqual([]);
  });

  it('creates the file with an SOA, then makes no correction on the second run', async () => {
    const p = provider({}, { default_soa: { master: 'ns1.example.com.', mbox: 'hostmaster@example.com' } });
    const msgs = await push(p, BASE);
    expect(msgs).toHaveLength(2);
    expect(msgs[0]).toBe(`File does not yet exist: "${zoneFile()}" (will create)`);
    const lines = msgs[1]!.split('\n');
    expect(lines.at(-1)).toBe(`WRITING ZONEFILE: ${zoneFile()}`);
    expect(lines).toContain('+ CREATE www.example.com CNAME example.com. ttl=300');
    const text = fs.readFileSync(zoneFile(), 'utf8');
    expect(text.split('\n').slice(0, 3)).toEqual([
      '$TTL 300',
      '; generated with dnscode 0.1.0 2026-11-26T10:00:00Z',
      '@                IN SOA   ns1.example.com. hostmaster.example.com. 2026112600 3600 600 604800 1440',
    ]);
    const stat = fs.statSync(zoneFile());
    expect(await push(provider(), BASE)).toEqual([]);
    const again = fs.statSync(zoneFile());
    expect([again.ino, again.mtimeMs]).toEqual([stat.ino, stat.mtimeMs]);
  });

  it('a file without an SOA previews clean; a write for another change gives it one, and says so', async () => {
    fs.writeFileSync(zoneFile(), '$ORIGIN example.com.\n$TTL 300\n@ IN NS ns1.example.com.\nns1 IN A 192.0.2.53\n@ IN A 192.0.2.1\n');
    const records = [rec('@', 'NS', 'ns1.example.com.'), rec('ns1', 'A', '192.0.2.53'), rec('@', 'A', '192.0.2.1')];
    const before = fs.readFileSync(zoneFile(), 'utf8');
    expect(await push(provider(), records)).toEqual([]);
    expect(fs.readFileSync(zoneFile(), 'utf8')).toBe(before);
    const msgs = await push(provider(), [...records, rec('www', 'A', '192.0.2.2')]);
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatch(/^\+ CREATE www\.example\.com A 192\.0\.2\.2 ttl=300\n\+ CREATE example\.com SOA DEFAULT_NOT_SET\. .* \(the file had no SOA\)\nWRITING ZONEFILE: /);
    expect(readSoa().soaserial).toBe(2026112600);
    expect(await push(provider(), [...records, rec('www', 'A', '192.0.2.2')])).toEqual([]);
  });

  it('bumps the serial only when the zone changes', async () => {
    await push(provider(), BASE);
    expect(readSoa().soaserial).toBe(2026112600);
    await push(provider(), BASE);
    expect(readSoa().soaserial).toBe(2026112600);
    await push(provider(), [...BASE, rec('new', 'A', '192.0.2.99')]);
    expect(readSoa().soaserial).toBe(2026112601);
  });

  it('bumps from the file serial even when getCorrections comes from a fresh instance', async () => {
    await push(provider(), BASE);
    const dc = domain([...BASE, rec('late', 'A', '192.0.2.8')]);
    const existing = await provider().getZoneRecords(dc.name, dc);
    const { changes, actualChangeCount, desiredPlus } = diffZone(dc, existing, { mode: 'zone' });
    for (const c of await provider().getCorrections({ ...dc, records: desiredPlus }, existing, changes, actualChangeCount)) await c.run?.();
    expect(readSoa().soaserial).toBe(2026112601);
  });

  it('an SOA serial in the config is a floor: once the file is past it, the zone is in sync', async () => {
    const soa: RecordConfig = { type: 'SOA', name: '@', target: 'ns1.example.com.', ttl: 300, soambox: 'h.example.com.', soaserial: 2037190000,
      soarefresh: 10000, soaretry: 2400, soaexpire: 604800, soaminttl: 3600 };
    await push(provider(), [...BASE, soa]);
    expect(readSoa().soaserial).toBe(2037190000);
    await push(provider(), [...BASE, soa, rec('new', 'A', '192.0.2.99')]);
    expect(readSoa().soaserial).toBe(2037190001);
    expect(await push(provider(), [...BASE, soa, rec('new', 'A', '192.0.2.99')])).toEqual([]);
    await push(provider(), [...BASE, { ...soa, soaserial: 2037190005 }, rec('new', 'A', '192.0.2.99')]);
    expect(readSoa().soaserial).toBe(2037190006);
  });

  it('keeps SOA fields from the existing file and honours --bindserial', async () => {
    fs.writeFileSync(zoneFile(), '$TTL 300\n@ IN SOA ns.old. admin.old. 2030010100 7200 900 1209600 60\n@ IN NS ns1.example.com.\n');
    await push(provider({}, {}, 4242), BASE);
    expect(readSoa()).toMatchObject({ target: 'ns.old.', soambox: 'admin.old.', soaserial: 4242, soarefresh: 7200, soaminttl: 60 });
  });

  it('writes atomically: no temp files are left and the file is replaced by a rename', async () => {
    await push(provider(), BASE);
    const before = fs.statSync(zoneFile()).ino;
    await push(provider(), [...BASE, rec('x', 'A', '192.0.2.7')]);
    expect(fs.readdirSync(dir)).toEqual(['example.com.zone']);
    expect(fs.statSync(zoneFile()).ino).not.toBe(before);
  });

  it('creates parent directories from directory and filenameformat', async () => {
    const p = provider({ directory: path.join(dir, 'a', 'b'), filenameformat: 'db/%a.db' });
    await push(p, BASE);
    expect(fs.existsSync(path.join(dir, 'a', 'b', 'db', 'example.com.db'))).toBe(true);
    expect(await p.listZones()).toEqual(['example.com']);
  });

  it('fails with file:line on an unparsable file and writes nothing', async () => {
    const bad = '$TTL 300\n@ IN SOA ns. admin. 1 2 3 4 5\nwww IN A not-an-ip\n';
    fs.writeFileSync(zoneFile(), bad);
    const p = provider();
    const dc = domain(BASE);
    const err = await p.getZoneRecords(dc.name, dc).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZoneParseError);
    expect((err as Error).message).toContain(`${zoneFile()}:3:`);
    expect(fs.readFileSync(zoneFile(), 'utf8')).toBe(bad);
  });

  it('reports an unreadable zone path clearly', async () => {
    fs.mkdirSync(zoneFile()); // a directory where the file should be
    await expect(provider().getZoneRecords('example.com')).rejects.toThrow(ProviderError);
    await expect(provider().getZoneRecords('example.com')).rejects.toThrow(/cannot read zone file .*example\.com\.zone/);
  });

  // Found by a bug hunt: a FIFO hung preview, push and get-zones for good.
  it('refuses a zone file that is a FIFO at once', async () => {
    execFileSync('mkfifo', [zoneFile()]);
    await expect(provider().getZoneRecords('example.com')).rejects.toThrow(/cannot read zone file .*example\.com\.zone: .*is not a regular file/);
  });

  it('follows a symbolic link inside the zone folder, and refuses one that leads out of it without quoting its target', async () => {
    fs.mkdirSync(path.join(dir, 'real'));
    fs.writeFileSync(path.join(dir, 'real', 'example.com.db'), '$TTL 300\n@ IN SOA ns. admin. 1 2 3 4 5\nwww IN A 192.0.2.80\n');
    fs.symlinkSync(path.join(dir, 'real', 'example.com.db'), zoneFile());
    expect((await provider().getZoneRecords('example.com')).map((r) => `${r.name} ${r.type} ${r.target}`)).toContain('www A 192.0.2.80');

    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'bind-outside-'));
    fs.writeFileSync(path.join(outside, 'creds.json'), '{"cf":{"TYPE":"CLOUDFLAREAPI","apitoken":"SECRET123xyz"}}\n');
    fs.rmSync(zoneFile());
    fs.symlinkSync(path.join(outside, 'creds.json'), zoneFile());
    const err = await provider().getZoneRecords('example.com').catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as Error).message).toMatch(/is a symbolic link to .*creds\.json, outside the zone folder/);
    expect((err as Error).message).not.toContain('SECRET123xyz');
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('names the line and column of a byte that is not UTF-8', async () => {
    fs.writeFileSync(zoneFile(), Buffer.concat([Buffer.from('$TTL 300\n@ IN SOA ns. admin. 1 2 3 4 5\nt IN TXT "a'), Buffer.from([0xff]), Buffer.from('"\n')]));
    const err = await provider().getZoneRecords('example.com').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZoneParseError);
    expect((err as Error).message).toBe(`${zoneFile()}:3:12: not UTF-8 text (byte 0xff): write such a byte as \\255`);
  });

  it('returns default_ns as nameservers', async () => {
    const p = provider({}, { default_ns: ['ns1.example.net.', 'ns2.example.net.'] });
    expect(await p.getNameservers()).toEqual(['ns1.example.net', 'ns2.example.net']);
  });

  it('lists zones by reversing filenameformat', async () => {
    for (const f of ['a.com.zone', 'b.org!ext.zone', 'notes.txt']) fs.writeFileSync(path.join(dir, f), '');
    expect(await provider().listZones()).toEqual(['a.com', 'b.org!ext']);
  });

  it('names the folder when it cannot list it (no empty zone in the message)', async () => {
    const file = path.join(dir, 'plain-file');
    fs.writeFileSync(file, '');
    const p = new BindProvider({ credkey: 'bind', creds: { directory: file }, meta: {} });
    await expect(p.listZones()).rejects.toThrow(new RegExp(`^BIND: cannot list ${file}: ENOTDIR`));
  });
});

const hasNamedCheckzone = spawnSync('named-checkzone', ['-v']).error === undefined;

const checkTitle = hasNamedCheckzone ? 'named-checkzone' : 'named-checkzone — SKIPPED: binary not found (apt-get install bind9-utils)';
describe.skipIf(skipUnless(hasNamedCheckzone, 'named-checkzone not installed (apt-get install bind9-utils)'))(checkTitle, () => {
  it('accepts a zone file written by the provider', async () => {
    const all = [
      ...BASE,
      rec('@', 'AAAA', '2001:db8::1'),
      rec('long', 'TXT', 'x'.repeat(600)),
      rec('quote', 'TXT', 'say "hi" \\ bye'),
      rec('utf', 'TXT', 'café ünïcode'),
      rec('_443._tcp', 'TLSA', 'abcdef0123456789', { tlsausage: 3, tlsaselector: 1, tlsamatchingtype: 1 }),
      rec('host', 'SSHFP', '123456789abcdef67890123456789abcdef67890', { sshfpalgorithm: 1, sshfpfingerprint: 1 }),
      rec('@', 'NAPTR', '.', { naptrorder: 100, naptrpreference: 10, naptrflags: 'U', naptrservice: 'E2U+sip', naptrregexp: '!^.*$!sip:info@example.com!' }),
      rec('svc', 'HTTPS', '.', { svcpriority: 1, svcparams: 'alpn="h2,h3" port=443' }),
      rec('sub', 'DS', '', { dskeytag: 14480, dsalgorithm: 13, dsdigesttype: 2, dsdigest: 'BB1C4B615CDED2B34347CF23710471934D972F1E34F53B54ED8D5F786202C73B' }),
      rec('sub', 'NS', 'ns1.example.com.'),
      rec('loc', 'LOC', '', { loclatitude: 2299997648, loclongitude: 1891505648, localtitude: 9997600, locsize: 0x33, lochorizpre: 0x16, locvertpre: 0x13 }),
      rec('ptr', 'PTR', 'host.example.com.'),
      rec('old', 'DNAME', 'example.net.'),
      rec('unknown', 'TYPE65280', '\\# 4 0a000001'),
      rec('@', 'CF_REDIRECT', 'a.example.com,https://b.example.com/$1'),
    ];
    await push(provider(), all);
    const out = execFileSync('named-checkzone', ['-i', 'local', 'example.com', zoneFile()], { encoding: 'utf8' });
    expect(out).toMatch(/OK/);

    // BIND's own rendering of the file (FQDN owners, tabs, \DDD escapes, upper-case hex) reads back as
    // the same records: the parser understands what real servers write.
    const canon = (rs: RecordConfig[]) => rs.map((x) => `${x.name} ${x.ttl} ${x.type} ${rdataText(x).toLowerCase()}`).sort();
    const ours = parseZone(fs.readFileSync(zoneFile(), 'utf8'), { origin: 'example.com' });
    // -s full: FQDN owners on every line; -s relative: $ORIGIN blocks, omitted owners, ( ) and comments.
    for (const style of ['full', 'relative']) {
      const compiled = execFileSync('named-compilezone', ['-k', 'ignore', '-s', style, '-q', '-o', '-', 'example.com', zoneFile()], { encoding: 'utf8' });
      expect(canon(parseZone(compiled, { origin: 'example.com' }))).toEqual(canon(ours));
    }
    expect(ours.length).toBe(all.length); // every record but the commented-out pseudo type, plus the SOA
  });
});

describe('internationalised names (IR in Unicode, zone files in punycode)', () => {
  const idnRecords = [
    rec('@', 'NS', 'ns1.bücher.example.'),
    rec('ns1', 'A', '192.0.2.53'),
    rec('straße', 'A', '192.0.2.9'),
    rec('ünïcode', 'CNAME', 'bücher.example.'),
    rec('@', 'MX', 'mx.bücher.example.', { mxpreference: 10 }),
    rec('_sip._tcp', 'SRV', 'sip.bücher.example.', { srvpriority: 1, srvweight: 2, srvport: 5060 }),
  ];
  const idn = (records: RecordConfig[]): DomainConfig => ({ name: 'bücher.example', registrar: 'none', dnsProviders: { bind: 0 }, records: records.map((r) => ({ ...r })) });

  async function pushIdn(p: BindProvider): Promise<string[]> {
    const dc = idn(idnRecords);
    const existing = await p.getZoneRecords(dc.name, dc);
    const { changes, actualChangeCount, desiredPlus } = diffZone(dc, existing, { mode: 'zone' });
    const corrections = await p.getCorrections({ ...dc, records: desiredPlus }, existing, changes, actualChangeCount);
    for (const c of corrections) await c.run?.();
    return corrections.map((c) => c.msg);
  }

  it('writes xn-- file name, owners and targets; the second push finds nothing to do', async () => {
    const p = provider({}, { default_soa: { master: 'ns1.bücher.example.', mbox: 'hostmaster@bücher.example' } });
    await pushIdn(p);
    const file = path.join(dir, 'xn--bcher-kva.example.zone');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^xn--strae-oqa\s+IN A\s+192\.0\.2\.9$/m);
    expect(text).toMatch(/^xn--ncode-cta3g\s+IN CNAME xn--bcher-kva\.example\.$/m);
    expect(text).toContain('IN MX    10 mx.xn--bcher-kva.example.');
    expect(text).not.toMatch(/[^\x00-\x7f]/);
    expect(await pushIdn(p)).toEqual([]);
    if (hasNamedCheckzone) {
      expect(execFileSync('named-checkzone', ['-i', 'local', 'xn--bcher-kva.example', file], { encoding: 'utf8' })).toMatch(/OK/);
    }
  });
});
