import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../_util/io.js';
import { getZones } from './get-zones.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/zones/get-zones');
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'get-zones-'));
  fs.writeFileSync(path.join(tmp, 'creds.json'), JSON.stringify({ local: { TYPE: 'BIND', directory: FIXTURES } }));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function io(): Io & { stdout: string; stderr: string } {
  const o = { stdout: '', stderr: '', out(t: string) { o.stdout += t; }, err(t: string) { o.stderr += t; }, color: false, cwd: tmp, env: {} };
  return o;
}

const run = async (format: string, args: string[], extra: { ttl?: number; out?: string } = {}) => {
  const i = io();
  const code = await getZones({ creds: 'creds.json', format, ...extra }, args, i);
  return { code, out: i.stdout, err: i.stderr };
};

describe('get-zones', () => {
  it.each(['js', 'djs', 'tsv', 'zone'])('--format %s matches the golden', async (format) => {
    const { code, out } = await run(format, ['local', 'gz.example']);
    expect(code).toBe(0);
    expect(out).toBe(fs.readFileSync(path.join(FIXTURES, 'expected', `gz.example.zone.${format}`), 'utf8'));
  });

  it('accepts the deprecated "credkey TYPE zone" form and writes --out', async () => {
    const { out } = await run('tsv', ['local', 'BIND', 'gz.example'], { out: 'out.tsv' });
    expect(out).toBe('');
    expect(fs.readFileSync(path.join(tmp, 'out.tsv'), 'utf8')).toBe(fs.readFileSync(path.join(FIXTURES, 'expected', 'gz.example.zone.tsv'), 'utf8'));
  });

  it('takes "-" in the TYPE position as "the TYPE in creds.json"', async () => {
    const { code, out } = await run('tsv', ['local', '-', 'gz.example']);
    expect(code).toBe(0);
    expect(out).toBe(fs.readFileSync(path.join(FIXTURES, 'expected', 'gz.example.zone.tsv'), 'utf8'));
  });

  it('lists zones with "all" by reversing the file name format', async () => {
    expect((await run('nameonly', ['local', 'all'])).out).toBe('gz.example\n');
  });

  it('--ttl sets the assumed default TTL (records that differ get TTL())', async () => {
    const { out } = await run('js', ['local', 'gz.example'], { ttl: 300 });
    expect(out).not.toContain('DefaultTTL');
    expect(out).toContain('\tA("@", "192.0.2.1", TTL(600)),\n');
    expect(out).toContain('\tMX("@", 10, "mail.gz.example."),\n');
  });

  it.each<[string, string[], RegExp]>([
    ['yaml', ['local', 'gz.example'], /--format must be one of/],
    ['js', ['nosuch', 'gz.example'], /"nosuch" is not in creds.json/],
    ['js', ['local'], /zone names or "all"/],
    ['js', ['local', 'CLOUDFLAREAPI', 'gz.example'], /TYPE BIND, not CLOUDFLAREAPI/],
  ])('rejects --format %s %j', async (format, args, msg) => {
    await expect(run(format, args)).rejects.toThrow(msg);
  });

  it.each<[string, RegExp]>([
    ['no/such/dir/out.js', /^--out no\/such\/dir\/out\.js: the folder no\/such\/dir does not exist$/],
    ['.', /^--out \.: is a folder, not a file$/],
  ])('--out %s is a usage error naming the flag', async (out, msg) => {
    await expect(run('js', ['local', 'gz.example'], { out })).rejects.toThrow(msg);
  });
});
