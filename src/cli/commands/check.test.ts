// check and print-ir: through the command functions and as real processes (./bin/dnscode, built dist/).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../_util/io.js';
import { check } from './check.js';
import { printIr } from './print-ir.js';

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bin', 'dnscode');
let dir: string;
let out: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-')); out = ''; });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const io = (): Io => ({ out: (t) => { out += t; }, err() {}, color: false, cwd: dir, env: {} });
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

const GOOD = 'var REG = NewRegistrar("none");\nD("example.com", REG, A("@", "192.0.2.1"), MX("@", 10, "mx"));\n';

describe('check', () => {
  it('prints "No errors." for a good config', async () => {
    write('dnsconfig.js', GOOD);
    expect(await check({ variable: [] }, io())).toBe(0);
    expect(out).toBe('No errors.\n');
  });

  it.each<[string, string, RegExp]>([
    ['syntax error', 'D("x.com", NewRegistrar("r"),\n', /^Error: dnsconfig\.js:2:1: syntax error/m],
    ['unknown function', 'NOPE();\n', /^Error: dnsconfig\.js:1:1: unknown function or variable NOPE/m],
    ['MX without priority', 'D("x.com", NewRegistrar("r"), MX("@", "mx."));\n', /^Error: dnsconfig\.js:1:31: MX record requires 3 arguments/m],
    ['CNAME at apex', 'D("x.com", NewRegistrar("r"),\n  CNAME("@", "y.example."));\n', /^ {2}- dnsconfig\.js:2:3: CNAME "@" in x\.com: cannot create a CNAME record at the apex/m],
  ])('a real process exits 1 with a located error: %s', (_n, js, want) => {
    write('dnsconfig.js', js);
    const r = spawnSync(process.execPath, [CLI, 'check'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(want);
    expect(r.stdout).toBe('');
  });

  it('a real process exits 0 for a good config', () => {
    write('dnsconfig.js', GOOD);
    const r = spawnSync(process.execPath, [CLI, 'check'], { cwd: dir, encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([0, 'No errors.\n']);
  });
});

describe('print-ir', () => {
  it.each<[Record<string, unknown>, (s: string) => void]>([
    [{}, (s) => expect(s).not.toContain('\n  ')],
    [{ pretty: true }, (s) => expect(s).toContain('\n  "registrars": [')],
  ])('%j', async (flags, shape) => {
    write('dnsconfig.js', GOOD);
    expect(await printIr({ variable: [], ...flags }, io())).toBe(0);
    shape(out);
    const cfg = JSON.parse(out);
    expect(cfg.domains[0].records.map((r: { type: string; target: string }) => `${r.type} ${r.target}`)).toEqual(['A 192.0.2.1', 'MX mx.example.com.']);
  });

  it('--out writes the file; --raw skips normalisation', async () => {
    write('dnsconfig.js', GOOD);
    expect(await printIr({ variable: [], out: 'ir.json', raw: true }, io())).toBe(0);
    expect(out).toBe('');
    const cfg = JSON.parse(fs.readFileSync(path.join(dir, 'ir.json'), 'utf8'));
    expect(cfg.domains[0].records[1]).toMatchObject({ type: 'MX', target: 'mx', ttl: 0 });
  });
});

describe('check runs the provider audits (before any provider is contacted)', () => {
  const CF = 'var CF = NewDnsProvider("cf", "CLOUDFLAREAPI");\n';
  it('rejects what the API cannot store, naming the record and its line', async () => {
    write('dnsconfig.js', `${CF}D("example.com", "none", DnsProvider(CF),\n  A("@", "192.0.2.1", TTL(42)));\n`);
    await expect(check({ variable: [] }, io())).rejects.toThrow(/provider "cf" \(CLOUDFLAREAPI\): A @ \(dnsconfig\.js:3:3\): TTL 42 is out of range/);
    expect(out).toBe('');
  });

  it('takes the TYPE from ./creds.json for providers declared without one', async () => {
    write('dnsconfig.js', 'var CF = NewDnsProvider("cf");\nD("example.com", "none", DnsProvider(CF),\n  A("@", "192.0.2.1", TTL(42)));\n');
    write('creds.json', '{"cf": {"TYPE": "CLOUDFLAREAPI", "apitoken": "x"}}');
    await expect(check({ variable: [] }, io())).rejects.toThrow(/TTL 42 is out of range/);
  });

  it('accepts what the API can store', async () => {
    write('dnsconfig.js', `${CF}D("example.com", "none", DnsProvider(CF),\n  A("@", "192.0.2.1", TTL(300)));\n`);
    expect(await check({ variable: [] }, io())).toBe(0);
  });
});
