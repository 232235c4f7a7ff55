// Config discovery, --ir, -v parsing, --raw, and TypeScript/ES module configs, on real files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findConfig, hasRecordPositions, loadConfig, parseVariables } from './load.js';
import { ValidationError } from '../errors.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'dsl', 'testdata');
// TypeScript fixtures live outside src/ so that the project build does not compile them.
const tsFixtures = path.join(here, '..', '..', 'test', 'dsl', 'ts-config');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'load-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ioAt = (cwd: string) => ({ out() {}, err() {}, color: false, cwd, env: {} });

function dirWith(files: Record<string, string>): string {
  const d = fs.mkdtempSync(path.join(tmp, 'd-'));
  for (const [name, text] of Object.entries(files)) { fs.mkdirSync(path.dirname(path.join(d, name)), { recursive: true }); fs.writeFileSync(path.join(d, name), text); }
  return d;
}

describe('findConfig', () => {
  it.each<[string[], string]>([
    [['dnsconfig.js'], 'dnsconfig.js'],
    [['dnsconfig.js', 'dnsconfig.mjs'], 'dnsconfig.mjs'],
    [['dnsconfig.js', 'dnsconfig.mjs', 'dnsconfig.ts'], 'dnsconfig.ts'],
  ])('%j → %s', (present, want) => {
    const d = dirWith(Object.fromEntries(present.map((f) => [f, ''])));
    expect(path.basename(findConfig({ variable: [] }, d))).toBe(want);
  });

  it('--config wins; a missing file or no candidate is a clear error', () => {
    const d = dirWith({ 'dnsconfig.js': '', 'other.js': '' });
    expect(path.basename(findConfig({ config: 'other.js', variable: [] }, d))).toBe('other.js');
    expect(() => findConfig({ config: 'nope.js', variable: [] }, d)).toThrow(/config file nope\.js not found/);
    expect(() => findConfig({ variable: [] }, dirWith({}))).toThrow(/none of dnsconfig\.ts, dnsconfig\.mjs, dnsconfig\.js/);
  });
});

describe('parseVariables', () => {
  it('name=value pairs, values may contain =', () => {
    expect(parseVariables(['a=1', 'b=x=y', 'c='])).toEqual({ a: '1', b: 'x=y', c: '' });
  });
  it.each([['noequals'], ['=v'], ['1a=v'], ['a-b=v']])('rejects %s', (v) => expect(() => parseVariables([v])).toThrow(/name=value/));
});

describe('loadConfig', () => {
  it('--ir reads print-ir output back to the same IR', async () => {
    const fromJs = await loadConfig({ config: 'records.js', variable: [] }, ioAt(fixtures));
    const file = path.join(tmp, 'ir.json');
    fs.writeFileSync(file, JSON.stringify(fromJs));
    const fromIr = await loadConfig({ ir: file, variable: [] }, ioAt(tmp));
    expect(JSON.parse(JSON.stringify(fromIr))).toEqual(JSON.parse(JSON.stringify(fromJs)));
  });

  it('--ir with bad JSON names the file', async () => {
    const d = dirWith({ 'bad.json': '{"domains": [' });
    await expect(loadConfig({ ir: 'bad.json', variable: [] }, ioAt(d))).rejects.toThrow(/bad\.json: not IR JSON/);
  });

  it('raw skips normalisation', async () => {
    const d = dirWith({ 'dnsconfig.js': 'D("Example.com", NewRegistrar("r"), CNAME("www", "host"));' });
    const raw = await loadConfig({ variable: [] }, ioAt(d), { raw: true });
    expect(raw.domains[0]!.records[0]).toMatchObject({ name: 'www', target: 'host', ttl: 0 });
    const norm = await loadConfig({ variable: [] }, ioAt(d));
    expect(norm.domains[0]!.records[0]).toMatchObject({ target: 'host.example.com.', ttl: 300 });
  });

  it('providers declared without a type get their capabilities checked through ./creds.json TYPE', async () => {
    const js = 'var P = NewDnsProvider("mybind");\nD("example.com", NewRegistrar("r"), DnsProvider(P), ALIAS("@", "x.example.net."));\n';
    const withCreds = dirWith({ 'dnsconfig.js': js, 'creds.json': '{ // comment\n "mybind": { "TYPE": "BIND", "secret": "s3cret" }, }' });
    const err = await loadConfig({ variable: [] }, ioAt(withCreds)).then(() => '', (e: Error) => e.message);
    expect(err).toMatch(/dnsconfig\.js:2:53: ALIAS "@" in example\.com: .* DNS provider type BIND does not support them/);
    expect(err).not.toContain('s3cret');
    await expect(loadConfig({ variable: [] }, ioAt(dirWith({ 'dnsconfig.js': js })))).resolves.toBeDefined();
  });

  it('warnings go to io.err', async () => {
    const d = dirWith({ 'dnsconfig.js': 'D(REV("192.0.2.0/25"), NewRegistrar("r"));' });
    let err = '';
    await loadConfig({ variable: [] }, { ...ioAt(d), err: (t: string) => { err += t; } });
    expect(err).toMatch(/^WARNING: dnsconfig\.js:1:3: REV\("192\.0\.2\.0\/25"\) uses RFC 2317/);
  });
});

describe('TypeScript and ES module configs', () => {
  it('dnsconfig.ts importing a TS module and JSON, with positions in the .ts source', async () => {
    const cfg = await loadConfig({ config: 'dnsconfig.ts', variable: [] }, ioAt(tsFixtures), { positions: true });
    const recs = cfg.domains[0]!.records;
    expect(recs.map((r) => `${r.type} ${r.name} ${r.target}`)).toEqual(['MX @ mx.example.com.', 'A a 192.0.2.1', 'A b 192.0.2.2', 'A www 192.0.2.80']);
    expect(recs[0]!.filepos).toBe('dnsconfig.ts:10:3');
    expect(recs[3]!.filepos).toBe(path.join('lib', 'hosts.ts') + ':3:10');
  });

  it('a TS file without imports runs as a script (types stripped)', async () => {
    const cfg = await loadConfig({ config: 'plain.ts', variable: [] }, ioAt(tsFixtures));
    expect(cfg.domains[0]!.records[0]).toMatchObject({ type: 'A', target: '192.0.2.9' });
  });

  it('`import "./lib/mail.js"` in a .ts config loads lib/mail.ts (TypeScript\'s ES module convention)', async () => {
    const d = dirWith({
      'dnsconfig.ts': 'import { mx } from "./lib/mail.js";\nD("example.com", NewRegistrar("none"), mx());\n',
      'lib/mail.ts': 'export function mx(): unknown { return MX("@", 10, "mail.example.com."); }\n',
    });
    const cfg = await loadConfig({ variable: [] }, ioAt(d));
    expect(cfg.domains[0]!.records.map((r) => `${r.type} ${r.target}`)).toEqual(['MX mail.example.com.']);
  });

  it('an .mjs config with import', async () => {
    const cfg = await loadConfig({ config: 'esm.mjs', variable: [] }, ioAt(tsFixtures));
    expect(cfg.domains[0]!.records.map((r) => r.name)).toEqual(['@', 'www']);
  });

  it('TS syntax errors are located in the .ts file', async () => {
    const d = dirWith({ 'dnsconfig.ts': 'const a: number = 1;\nD("x.com", NewRegistrar("r"),\n  A("@", "1.2.3.4"\n);\n' });
    await expect(loadConfig({ variable: [] }, ioAt(d))).rejects.toThrow(/^dnsconfig\.ts:4:2: syntax error: missing `\)` to close the `\(` of D\( at line 2, column 2$/);
  });
});

describe('record positions: found when there is something to say', () => {
  const cfgText = (extra: string) => `var REG = NewRegistrar("none");
var DSP = NewDnsProvider("bind");
D("example.com", REG, DnsProvider(DSP),
  A("www", "192.0.2.1"),
  ${extra}
);
`;
  const capture = (cwd: string) => {
    const err: string[] = [];
    return { io: { out() {}, err: (s: string) => { err.push(s); }, color: false, cwd, env: {} }, err };
  };

  it('a clean config is evaluated once, without record positions', async () => {
    const d = dirWith({ 'dnsconfig.js': cfgText('MX("@", 10, "mail.example.net.")') });
    const { io, err } = capture(d);
    const cfg = await loadConfig({ variable: [] }, io);
    expect(hasRecordPositions(cfg)).toBe(false);
    expect(cfg.domains[0]!.records.map((r) => r.filepos)).toEqual([undefined, undefined]);
    expect(err).toEqual([]);
  });

  it('an error found by normalisation still names the record line', async () => {
    const d = dirWith({ 'dnsconfig.js': cfgText('A("bad", "not-an-ip")') });
    const err = await loadConfig({ variable: [] }, ioAt(d)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as Error).message).toMatch(/dnsconfig\.js:5:3.*not-an-ip/);
  });

  it('an error raised while D() applies a record names the record line', async () => {
    const d = dirWith({ 'dnsconfig.js': cfgText('A("x", "192.0.2.2", TTL("nonsense"))') });
    await expect(loadConfig({ variable: [] }, ioAt(d))).rejects.toThrow(/dnsconfig\.js:5:\d+/);
  });

  it('a warning is printed once, with its position', async () => {
    const d = dirWith({ 'dnsconfig.js': cfgText('MX("@", 10, "mail.example.net.")').replace('var DSP', 'D(REV("192.168.1.0/25"), REG);\nvar DSP') });
    const { io, err } = capture(d);
    const cfg = await loadConfig({ variable: [] }, io);
    expect(hasRecordPositions(cfg)).toBe(true);
    expect(err.filter((l) => l.includes('RFC 2317'))).toHaveLength(1);
    expect(err.join('')).toMatch(/dnsconfig\.js:2:\d+/);
  });

  it('a finding deep in a large config is placed without locating every record', async () => {
    // 1,000 domains: the warning's record and the error's domain are near the end (positions are found on
    // demand; finding all 100,000 of a 10,000-domain config took longer than the evaluation deadline).
    const lines = ['var REG = NewRegistrar("none");', 'var DSP = NewDnsProvider("bind");'];
    for (let d = 0; d < 1000; d++) {
      const recs = Array.from({ length: 10 }, (_, i) => `A("h${i}", "192.0.2.${i + 1}")`);
      if (d === 990) recs[7] = `A("z${d}.example", "192.0.2.99")`;
      lines.push(`D("z${d}.example", REG, DnsProvider(DSP), ${recs.join(', ')});`);
    }
    const d = dirWith({ 'dnsconfig.js': `${lines.join('\n')}\n` });
    const { io, err } = capture(d);
    const cfg = await loadConfig({ variable: [] }, io);
    const col = lines[992]!.indexOf('A("z990.example"') + 1;
    expect(err.join('')).toContain(`WARNING: dnsconfig.js:993:${col}: A "@" in z990.example`);
    // Only the record the warning names was located.
    const located = cfg.domains.flatMap((dc) => dc.records.filter((r) => r.filepos !== undefined).map((r) => `${dc.name} ${r.filepos}`));
    expect(located).toEqual([`z990.example dnsconfig.js:993:${col}`]);

    fs.appendFileSync(path.join(d, 'dnsconfig.js'), 'D("late.example", REG, DnsProvider("undeclared"));\n');
    const e = await loadConfig({ variable: [] }, capture(d).io).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).reasons.join('\n')).toMatch(/dnsconfig\.js:1003:1\b.*late\.example.*"undeclared"/s);
  });

  it('print-ir asks for positions: every record has one', async () => {
    const d = dirWith({ 'dnsconfig.js': cfgText('MX("@", 10, "mail.example.net.")') });
    const cfg = await loadConfig({ variable: [] }, ioAt(d), { positions: true });
    expect(cfg.domains[0]!.records.map((r) => r.filepos).sort()).toEqual(['dnsconfig.js:4:3', 'dnsconfig.js:5:3']);
  });
});
