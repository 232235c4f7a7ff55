// `dnscode init` as a real process: the wizard driven through stdin, the flag form, and then `dnscode
// preview` (and `fmt --check`, and tsc for --ts) in the folder it set up.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { BIN, DOWN, ENTER, drive } from './drive.js';
import { choosableProviders } from '../../src/init/answers.js';

/** Keys that pick a provider in the wizard's list (its order is the registry's). */
const pick = (type: string) => DOWN.repeat(choosableProviders().findIndex((p) => p.name === type)) + ENTER;
/** Providers that can list zones are asked whether to import them all when no domain is named. */
const offersImportAll = (type: string) => Boolean(choosableProviders().find((p) => p.name === type)?.capabilities.canGetZones?.can);

const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
const ZONE = [
  '$TTL 300',
  '@    IN SOA ns1.example.com. hostmaster.example.com. 2024010101 3600 600 604800 1440',
  '@    IN NS  ns1.example.com.',
  '@    IN A   192.0.2.1',
  'www  IN A   192.0.2.10',
  '@    IN MX  10 mail.example.com.',
  '',
].join('\n');
const dirs: string[] = [];
let dir = '';

function run(cmd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd: dir, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
const dnscode = (...args: string[]) => run(process.execPath, [BIN, ...args]);
const read = (name: string) => readFile(path.join(dir, name), 'utf8');
const json = async (name: string) => JSON.parse(await read(name)) as Record<string, Record<string, string>>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dnscode-init-'));
  dirs.push(dir);
});
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('init wizard (stdin driven)', () => {
  it('BIND: defaults, two domains, imports the existing zone; preview then works', async () => {
    await mkdir(path.join(dir, 'zones'));
    await writeFile(path.join(dir, 'zones/example.com.zone'), ZONE);
    const s = drive(['init'], dir);
    await s.answer('DNS provider:', pick('BIND'));
    await s.answer('credkey', ENTER); // default "bind"
    await s.answer('directory', ENTER); // default "zones"
    await s.answer('filenameformat', ENTER);
    await s.answer('Domains to manage', `example.com, example.org${ENTER}`);
    await s.answer('Import their existing records', `y${ENTER}`);
    await s.answer('Run dnscode preview now?', ENTER); // default: yes
    const r = await s.done();
    expect(r.stderr).toBe(''); // example.org has no zone yet: imported as an empty D(), silently
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\*+ Domain: example\.org\n[\s\S]*Done\. \d+ corrections?\.\n$/);
    expect(r.stdout).not.toMatch(/Domain: example\.com\n/); // imported as it is: nothing to change
    expect(r.stdout).toContain('Wrote creds.json: "bind" (TYPE BIND: directory, filenameformat)');
    expect(r.stdout).toContain('Checked the creds: BIND lists 1 zone (example.com)\n');
    expect(r.stdout).toContain('Wrote dnsconfig.js: 2 domains, existing records imported');
    expect(await json('creds.json')).toEqual({
      bind: { TYPE: 'BIND', directory: 'zones', filenameformat: '%c.zone' },
      none: { TYPE: 'NONE' },
    });
    const config = await read('dnsconfig.js');
    expect(config).toContain('A("www", "192.0.2.10")');
    expect(config).toContain('MX("@", 10, "mail.example.com.")');
    expect(config).toContain('    NAMESERVER("ns1.example.com."),'); // BIND adds no NS of its own: the zone's stay
    expect(config).toContain('"example.org"');
    expect((await dnscode('fmt', '--check')).code).toBe(0);
    const preview = await dnscode('preview');
    expect(preview.stderr).toBe('');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/Done\. \d+ corrections?\./);
  }, 60_000);

  it.each([
    // [provider, typed secret, what creds.json holds, also set the optional fields?]
    ['POWERDNS', 's3cr3t-pdns-key', 's3cr3t-pdns-key', false],
    ['POWERDNS', '', '$POWERDNS_APIKEY', false],
    ['POWERDNS', '$MY_PDNS_KEY', '$MY_PDNS_KEY', true],
  ])('%s: a secret is asked without echo and never printed (typed %j)', async (type, secret, stored, optional) => {
    const s = drive(['init', '--no-config'], dir);
    await s.answer('DNS provider:', pick(type));
    await s.answer('credkey', ENTER);
    await s.answer('Also set optional fields (maxBodySizeMB)?', optional ? `y${ENTER}` : ENTER);
    await s.answer('apiUrl', `http://127.0.0.1:9${ENTER}`);
    await s.answer('apiKey', `${secret}${ENTER}`);
    await s.answer('serverName', ENTER);
    if (optional) await s.answer('maxBodySizeMB', `4${ENTER}`);
    await s.answer('Domains to manage', ENTER);
    if (offersImportAll(type)) await s.answer('Import every zone', ENTER); // default: no
    const r = await s.done();
    expect(r.code).toBe(0);
    // A typed secret never shows; a $VAR reference is not a secret and is named in the summary.
    if (secret && !secret.startsWith('$')) expect(r.stdout + r.stderr).not.toContain(secret);
    const listed = `apiUrl, apiKey${stored.startsWith('$') ? ` from ${stored}` : ''}, serverName${optional ? ', maxBodySizeMB' : ''}`;
    expect(r.stdout).toContain(`Wrote creds.json: "powerdns" (TYPE ${type}: ${listed})`);
    expect(r.stdout).toMatch(/Could not check the creds by listing zones: .+\n/); // nothing listens on port 9
    expect((await json('creds.json')).powerdns).toEqual({
      TYPE: type, apiUrl: 'http://127.0.0.1:9', apiKey: stored, serverName: 'localhost', ...(optional ? { maxBodySizeMB: '4' } : {}),
    });
    expect((await stat(path.join(dir, 'creds.json'))).mode & 0o777).toBe(0o600);
    await expect(stat(path.join(dir, 'dnsconfig.js'))).rejects.toThrow(); // --no-config
  }, 60_000);

  it('no domains named: offers to import every zone the provider has', async () => {
    await mkdir(path.join(dir, 'zones'));
    await writeFile(path.join(dir, 'zones/example.com.zone'), ZONE);
    await writeFile(path.join(dir, 'zones/example.net.zone'), ZONE.replace(/example\.com/g, 'example.net'));
    const s = drive(['init', '--provider', 'BIND'], dir);
    await s.answer('credkey', ENTER);
    await s.answer('directory', ENTER);
    await s.answer('filenameformat', ENTER);
    await s.answer('Domains to manage', ENTER);
    await s.answer('Import every zone the provider has', `y${ENTER}`);
    await s.answer('Run dnscode preview now?', ENTER);
    const r = await s.done();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Checked the creds: BIND lists 2 zones (example.com, example.net)\n');
    expect(r.stdout).toContain('Wrote dnsconfig.js: 2 domains, existing records imported\n');
    expect(r.stdout).toMatch(/Done\. 0 corrections\.\n$/);
  }, 60_000);

  it('answers given as flags are not asked again', async () => {
    await mkdir(path.join(dir, 'zones'));
    await writeFile(path.join(dir, 'zones/example.com.zone'), ZONE);
    const s = drive(['init', '--provider', 'BIND', '--credkey', 'b', '--set', 'directory=zones', '--domain', 'example.com', '--import'], dir);
    await s.answer('filenameformat', ENTER); // the only creds question left
    await s.answer('Run dnscode preview now?', `n${ENTER}`);
    const r = await s.done();
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/DNS provider:|credkey\)|Domains to manage|Import their/);
    expect(await json('creds.json')).toEqual({ b: { TYPE: 'BIND', directory: 'zones', filenameformat: '%c.zone' }, none: { TYPE: 'NONE' } });
    expect(await read('dnsconfig.js')).toContain('A("www", "192.0.2.10")');
  }, 60_000);

  it.each([
    ['y', { TYPE: 'BIND', directory: 'zones', filenameformat: '%c.zone' }, 0],
    ['n', { TYPE: 'BIND', directory: 'old' }, 1],
  ])('an existing credkey is replaced only when confirmed (%s)', async (yes, bind, code) => {
    await writeFile(path.join(dir, 'creds.json'), JSON.stringify({ bind: { TYPE: 'BIND', directory: 'old' }, keep: { TYPE: 'NONE' } }));
    const s = drive(['init', '--no-config', '--provider', 'BIND'], dir);
    await s.answer('credkey', ENTER);
    await s.answer('directory', ENTER);
    await s.answer('filenameformat', ENTER);
    await s.answer('Domains to manage', ENTER);
    await s.answer('Import every zone', ENTER);
    await s.answer('creds.json already has "bind". Replace it?', `${yes}${ENTER}`);
    const r = await s.done();
    expect(r.code).toBe(code);
    const creds = await json('creds.json');
    expect(creds.bind).toEqual(bind);
    expect(creds.keep).toEqual({ TYPE: 'NONE' });
  }, 60_000);

  it('Ctrl-C in a prompt: exit 130, nothing written', async () => {
    const s = drive(['init'], dir);
    await s.answer('DNS provider:', '\x03');
    const r = await s.done();
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('init: cancelled (stdin is not a terminal: for a run without questions, use --yes and flags)\n');
    await expect(stat(path.join(dir, 'creds.json'))).rejects.toThrow();
  }, 30_000);
});

describe('init --yes (flags only)', () => {
  it('BIND with domains: creds.json + a formatted starter config; preview works', async () => {
    const r = await dnscode('init', '--yes', '--provider', 'BIND', '--domain', 'example.com', '--domain', 'example.net,example.org');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe([
      'Wrote creds.json: "bind" (TYPE BIND: directory, filenameformat), "none" (TYPE NONE, the registrar)',
      'Wrote dnsconfig.js: 3 domains',
      'Next: dnscode preview',
      '',
    ].join('\n'));
    const config = await read('dnsconfig.js');
    expect(config).toMatch(/^var DSP_BIND = NewDnsProvider\("bind"[,)]/m);
    expect(config.match(/^D\(/gm)).toHaveLength(3);
    expect((await dnscode('fmt', '--check')).code).toBe(0);
    const preview = await dnscode('preview');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('Done.');
  }, 60_000);

  it('--import without --domain imports every zone the provider lists', async () => {
    await mkdir(path.join(dir, 'zones'));
    await writeFile(path.join(dir, 'zones/example.com.zone'), ZONE);
    await writeFile(path.join(dir, 'zones/example.net.zone'), ZONE.replace(/example\.com/g, 'example.net'));
    const r = await dnscode('init', '--yes', '--provider', 'BIND', '--import');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Wrote dnsconfig.js: 2 domains, existing records imported\n');
    const config = await read('dnsconfig.js');
    expect(config).toContain('"example.com"');
    expect(config).toContain('"example.net"');
    const preview = await dnscode('preview');
    expect(preview).toMatchObject({ code: 0, stderr: '' });
    expect(preview.stdout).toBe('Done. 0 corrections.\n');
  }, 60_000);

  it('--ts: writes dnsconfig.ts and its typings; it type-checks and preview runs it', async () => {
    const r = await dnscode('init', '--yes', '--ts', '--provider', 'BIND', '--credkey', 'local', '--set', 'directory=dns', '--domain', 'example.com');
    expect(r.code).toBe(0);
    expect(await json('creds.json')).toEqual({ local: { TYPE: 'BIND', directory: 'dns', filenameformat: '%c.zone' }, none: { TYPE: 'NONE' } });
    expect(await read('dnsconfig.ts')).toMatch(/^\/\/\/ <reference path="types-dnscontrol.d.ts" \/>\n/);
    await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { noEmit: true, strict: true, lib: ['es2022'], types: [] },
      files: ['dnsconfig.ts'],
    }));
    expect(await run(process.execPath, [TSC, '-p', '.'])).toMatchObject({ code: 0, stdout: '' });
    const preview = await dnscode('preview');
    expect(preview).toMatchObject({ code: 0, stderr: '' });
    expect(preview.stdout).toMatch(/Done\. \d+ corrections?\.\n$/);
  }, 60_000);

  it('adds to an existing creds.json, keeping its other entries', async () => {
    await writeFile(path.join(dir, 'creds.json'), JSON.stringify({ other: { TYPE: 'BIND', directory: 'x' } }));
    const r = await dnscode('init', '--yes', '--no-config', '--provider', 'cloudflareapi', '--set', 'apitoken=tok-123');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('tok-123');
    expect(await json('creds.json')).toEqual({
      other: { TYPE: 'BIND', directory: 'x' },
      cloudflare: { TYPE: 'CLOUDFLAREAPI', apitoken: 'tok-123', batch_size: '200' },
      none: { TYPE: 'NONE' },
    });
  }, 60_000);

  it.each([
    [['--yes'], /^Error: init --yes needs --provider TYPE \(one of: BIND, /],
    [['--yes', '--provider', 'NOPE'], /^Error: --provider NOPE: unknown DNS provider type/],
    [['--yes', '--provider', 'BIND', '--set', 'dir=zones'], /^Error: --set dir: BIND has no creds field "dir" \(fields: directory, filenameformat\)/],
    [['--yes', '--provider', 'BIND', '--set', 'directory'], /^Error: --set "directory": use --set field=value/],
    [['--yes', '--provider', 'POWERDNS'], /^Error: POWERDNS needs --set apiUrl=\.\.\./],
  ])('%j: one clear error, exit 1, nothing written', async (args, message) => {
    const r = await dnscode('init', ...args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    await expect(stat(path.join(dir, 'creds.json'))).rejects.toThrow();
  }, 30_000);

  it('refuses to replace an existing config or credkey', async () => {
    await writeFile(path.join(dir, 'dnsconfig.js'), '// mine\n');
    const r1 = await dnscode('init', '--yes', '--provider', 'BIND');
    expect(r1).toMatchObject({ code: 1, stderr: 'Error: dnsconfig.js already exists; remove it or use --no-config\n' });
    expect(await read('dnsconfig.js')).toBe('// mine\n');
    await writeFile(path.join(dir, 'creds.json'), JSON.stringify({ bind: { TYPE: 'BIND' } }));
    const r2 = await dnscode('init', '--yes', '--no-config', '--provider', 'BIND');
    expect(r2).toMatchObject({ code: 1, stderr: 'Error: creds.json already has "bind"; choose another name with --credkey\n' });
    await writeFile(path.join(dir, 'creds.json'), '// mine\n{ "bind": { "TYPE": "BIND" } }\n');
    const r3 = await dnscode('init', '--no-config', '--provider', 'BIND', '--credkey', 'other'); // interactive: fails before asking
    expect(r3).toMatchObject({ code: 1, stderr: 'Error: creds.json is not plain JSON (comments?), so init does not rewrite it; add the new entry by hand or use --creds\n' });
    expect(await read('creds.json')).toBe('// mine\n{ "bind": { "TYPE": "BIND" } }\n');
  }, 30_000);
});
