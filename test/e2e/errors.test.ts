// Bad input: each case exits 1 with one clear error (file, line or the offending value) and writes nothing.
import { chmod } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { BIND_CREDS, HEADER, Workdir } from './helpers.js';

let w: Workdir | undefined;
afterEach(async () => { if (w) { await chmod(w.path('zones'), 0o755).catch(() => {}); await w.remove(); } w = undefined; });

const good = `${HEADER}D("example.com", REG_NONE, DnsProvider(DSP_BIND), A("@", "192.0.2.1"));\n`;

interface Case {
  name: string;
  config?: string;
  creds?: string;
  args?: string[];
  setup?: (w: Workdir) => Promise<void>;
  /** The error must match; it must also be a single "Error: ..." message. */
  error: RegExp;
}

const cases: Case[] = [
  { name: 'JS syntax error', config: `${HEADER}D("example.com", REG_NONE,\n  A("@", "192.0.2.1"\n);\n`, error: /dnsconfig\.js:\d+/ },
  { name: 'unknown function', config: `${HEADER}D("example.com", REG_NONE, DnsProvider(DSP_BIND),\n  AA("@", "192.0.2.1"));\n`, error: /dnsconfig\.js:\d+.*AA/ },
  { name: 'MX without priority', config: `${HEADER}D("example.com", REG_NONE, DnsProvider(DSP_BIND),\n  MX("@", "mail.example.com."));\n`, error: /MX/ },
  { name: 'CNAME at the apex', config: `${HEADER}D("example.com", REG_NONE, DnsProvider(DSP_BIND),\n  CNAME("@", "other.example.net."));\n`, error: /CNAME/ },
  { name: 'broken creds.json', creds: '{\n  "bind": { "TYPE": "BIND" \n  "x": 1\n}\n', error: /creds\.json:3:3/ },
  { name: 'creds TYPE mismatch', creds: '{ "bind": { "TYPE": "NONE" } }', config: good.replace('NewDnsProvider("bind"', 'NewDnsProvider("bind", "BIND"'), error: /mismatch for "bind": dnsconfig\.js says "BIND" but creds\.json says TYPE "NONE"/ },
  { name: 'unknown TYPE in creds.json', creds: '{ "bind": { "TYPE": "BINDD" } }', error: /"BINDD" \(from TYPE in creds\.json\); known types: .*\bBIND\b/ },
  {
    name: 'record type the provider cannot store',
    config: `var REG = NewRegistrar("none");\nD("example.com", REG, DnsProvider(NewDnsProvider("none")), CAA("@", "issue", "letsencrypt.org"));\n`,
    error: /example\.com uses CAA records, but DNS provider type NONE\b.* does not support them/,
  },
  {
    name: 'a record the provider audit refuses (named by its line)',
    config: `var REG = NewRegistrar("none");\nvar CF = NewDnsProvider("cf", "CLOUDFLAREAPI");\nD("example.com", REG, DnsProvider(CF),\n  A("@", "192.0.2.1", TTL(42)));\n`,
    creds: '{ "cf": { "TYPE": "CLOUDFLAREAPI", "apitoken": "x" } }',
    error: /A @ \(dnsconfig\.js:4:3\): TTL 42 is out of range/,
  },
  {
    name: 'a record that is both managed and IGNOREd',
    config: `${HEADER}D("example.com", REG_NONE, DnsProvider(DSP_BIND),\n  A("www", "192.0.2.1"), IGNORE_NAME("www"));\n`,
    error: /1 records that are both IGNORE\*\(\)'d and not ignored:\n {4}www\.example\.com A 192\.0\.2\.1\nUnsafe to continue/,
  },
  { name: 'bad --domains filter', args: ['--domains', 'exa*mple.com'], error: /--domains "exa\*mple\.com"/ },
  { name: 'unknown flag', args: ['--bogus'], error: /^Error: unknown option '--bogus'\n\(add --help for usage\)\n$/ },
  { name: 'bad --bindserial', args: ['--bindserial', 'x'], error: /^Error: option '--bindserial <n>' argument 'x' is invalid\. expected a whole number from 0 to 4294967295\n/ },
  { name: '--report into a missing folder (checked before anything is pushed)', args: ['--report', 'no/such/dir/r.json'], error: /^Error: --report no\/such\/dir\/r\.json: the folder no\/such\/dir does not exist\n$/ },
  { name: 'bad --cmode', args: ['--cmode', 'fast'], error: /--cmode "fast"/ },
  {
    name: 'unparsable zone file',
    setup: (w) => w.write('zones/example.com.zone', '$TTL 300\n@ IN A 192.0.2.1\nbad IN A not-an-address\n'),
    error: /example\.com\.zone:3/,
  },
  {
    name: 'unreadable zone file',
    setup: async (w) => { await w.write('zones/example.com.zone', '$TTL 300\n@ IN A 192.0.2.9\n'); await chmod(w.path('zones/example.com.zone'), 0o000); },
    error: /example\.com\.zone/,
  },
];

describe('bad input exits 1 with one clear error and writes nothing', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    if (c.name === 'unreadable zone file' && process.getuid?.() === 0) {
      // root reads any file: make it a directory instead, which no one can read as a zone.
      c = { ...c, setup: (w) => w.write('zones/example.com.zone/x', '') };
    }
    w = await Workdir.create(c.config ?? good, c.creds ?? BIND_CREDS);
    await c.setup?.(w);
    const before = await w.snapshot();
    for (const cmd of ['preview', 'push']) {
      const r = await w.run(cmd, ...(c.args ?? []));
      expect(r.code, `${cmd}: ${r.stdout}${r.stderr}`).toBe(1);
      expect(r.stderr).toMatch(c.error);
      expect(r.stderr.match(/Error/g)?.length ?? 0, r.stderr).toBe(1);
      expect(r.stdout).not.toContain('SUCCESS');
      expect(await w.snapshot()).toEqual(before);
    }
  });
});

describe('preview --plan into a missing folder', () => {
  it('is one usage error naming the flag, before anything is read', async () => {
    w = await Workdir.create(good, BIND_CREDS);
    const r = await w.run('preview', '--plan', 'no/dir/plan.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Error: --plan no/dir/plan.json: the folder no/dir does not exist\n');
    expect(r.stdout).toBe('');
  });
});

const P = 'var REG = NewRegistrar("none");\nvar DSP = NewDnsProvider("bind");\n';

interface Located {
  name: string;
  cmd: 'check' | 'fmt';
  config: string;
  /** Other files of the config. */
  files?: Record<string, string>;
  /** The first line of stderr, exactly. */
  error: string;
}

const located: Located[] = [
  { name: 'fmt: a code point babel cannot read', cmd: 'fmt', config: 'var x = "\\u{110000}";\n', error: 'Error: dnsconfig.js:1:10: syntax error: Undefined Unicode code-point' },
  {
    name: 'fmt: brackets nested deeper than the formatter goes', cmd: 'fmt', config: `var x = ${'['.repeat(500)}${']'.repeat(500)};\n`,
    error: 'Error: dnsconfig.js:1:108: cannot format: brackets are nested 500 levels deep (level 100 opens here), more than the formatter can take',
  },
  {
    name: 'check: brackets nested deeper than V8 parses (a one-line file)', cmd: 'check', config: `var x = ${'['.repeat(2000)}${']'.repeat(2000)};`,
    error: 'Error: dnsconfig.js:1:108: syntax error: brackets are nested 2000 levels deep (level 100 opens here), more than V8\'s parser can take',
  },
  {
    name: 'a BigInt in a record', cmd: 'check', config: `${P}D("example.com", REG, DnsProvider(DSP),\n  A("@", "1.2.3.4", 10n));\n`,
    error: 'Error: dnsconfig.js:4:3: A(): argument 3 is a BigInt (10n), which DSL arguments cannot be (write a number or a string)',
  },
  {
    name: 'an object as a target', cmd: 'check', config: `${P}D("example.com", REG, DnsProvider(DSP),\n  A("@", {}));\n`,
    error: 'Error: dnsconfig.js:4:3: A record target must be a string or a number, got an object',
  },
  {
    name: 'a self-referencing object', cmd: 'check', config: `${P}var m = {}; m.self = m;\nD("example.com", REG, DnsProvider(DSP),\n  A("@", "1.2.3.4", m));\n`,
    error: 'Error: dnsconfig.js:5:3: A(): argument 3 is nested more than 100 levels deep (a cycle?)',
  },
  { name: 'throw of a string', cmd: 'check', config: `${P}throw 'oops';\n`, error: 'Error: dnsconfig.js:3:1: the config threw "oops"' },
  { name: 'throw of undefined', cmd: 'check', config: `${P}if (DSP) {\n  throw undefined;\n}\n`, error: 'Error: dnsconfig.js:4:3: the config threw undefined' },
  { name: 'throw of a number', cmd: 'check', config: `${P}throw 42;\n`, error: 'Error: dnsconfig.js:3:1: the config threw 42' },
  { name: 'throw of a null-prototype object', cmd: 'check', config: `${P}throw Object.create(null);\n`, error: 'Error: dnsconfig.js:3:1: the config threw an object that is not an Error' },
  {
    name: 'throw of a string in a required file', cmd: 'check', config: `${P}require("./lib/hosts.js");\n`, files: { 'lib/hosts.js': 'var web = "192.0.2.1";\nthrow "no hosts yet";\n' },
    error: 'Error: lib/hosts.js:2:1: the config threw "no hosts yet"',
  },
  {
    name: 'a thrown string no single throw statement can have thrown', cmd: 'check', config: `${P}function a(m) { throw m; }\nfunction b(m) { throw m; }\nb("which one?");\n`,
    error: 'Error: dnsconfig.js: the config threw "which one?" (not an Error, so no line is known)',
  },
];

describe('config errors name the file, line and call, never a bare JavaScript error', () => {
  it.each(located.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    w = await Workdir.create(c.config, BIND_CREDS);
    for (const [file, text] of Object.entries(c.files ?? {})) await w.write(file, text);
    const r = await w.run(c.cmd);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(c.error);
    expect(r.stderr).not.toMatch(/Error: Error|TypeError|RangeError/);
    if (c.cmd === 'fmt') expect(await w.read('dnsconfig.js')).toBe(c.config);
  });
});
