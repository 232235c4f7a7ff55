import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Io } from '../../_util/io.js';
import { printZones } from './print-zones.js';

let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'print-zones-')); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const io = (): Io => ({ out() {}, err() {}, color: false, cwd: dir, env: {} });

describe('print-zones', () => {
  it('writes DIR/<uniquename>.zone for each domain of a dnsconfig.js', async () => {
    fs.writeFileSync(path.join(dir, 'dnsconfig.js'), `
      var REG = NewRegistrar("none"); var DSP = NewDnsProvider("bind");
      D("example.com", REG, DnsProvider(DSP), A("@", "192.0.2.1"), MX("@", 10, "mail"), A("www", "192.0.2.2", TTL(60)));
      D("example.com!inside", REG, DnsProvider(DSP), A("@", "10.0.0.1"));
    `);
    fs.writeFileSync(path.join(dir, 'creds.json'), '{}');
    expect(await printZones({ config: 'dnsconfig.js', dir: 'out', variable: [] }, io())).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['example.com!inside.zone', 'example.com.zone']);
    expect(fs.readFileSync(path.join(dir, 'out', 'example.com.zone'), 'utf8')).toBe(
      '$TTL 300\n' +
      '@                IN A     192.0.2.1\n' +
      '                 IN MX    10 mail.example.com.\n' +
      'www        60    IN A     192.0.2.2\n');
  });

  it('reads an IR file with --ir', async () => {
    const ir = { registrars: [], dns_providers: [], domains: [{ name: 'ir.example', registrar: 'none', dnsProviders: {},
      records: [{ type: 'TXT', name: '@', target: 'hello', ttl: 300 }] }] };
    fs.writeFileSync(path.join(dir, 'ir.json'), JSON.stringify(ir));
    await printZones({ ir: 'ir.json', dir: 'z', variable: [] }, io());
    expect(fs.readFileSync(path.join(dir, 'z', 'ir.example.zone'), 'utf8')).toBe('$TTL 300\n@                IN TXT   "hello"\n');
  });
});
