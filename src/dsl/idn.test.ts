// Internationalised zone names in the IR: punycode name and uniquename, the written and Unicode forms in
// meta, record labels in Unicode; D_EXTEND and D find a zone whichever form they are written in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';
import type { DNSConfig } from '../ir/types.js';
import { normalizeConfig } from '../normalize/index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsl-idn-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function load(js: string): Promise<DNSConfig> {
  const file = `c${Math.random().toString(36).slice(2, 8)}.js`;
  fs.writeFileSync(path.join(dir, file), `var REG = NewRegistrar("none");\n${js}`);
  return loadConfig({ config: file, variable: [] }, { out() {}, err() {}, color: false, cwd: dir, env: {} });
}

describe('IDN zone names', () => {
  it('D() gives a punycode name and uniquename, meta keeps the written and Unicode forms', async () => {
    const cfg = await load('D("Düsseldorf.example!in", REG, A("ü", "192.0.2.1"));\n');
    const d = cfg.domains[0]!;
    expect([d.name, d.uniquename, d.tag]).toEqual(['xn--dsseldorf-q9a.example', 'xn--dsseldorf-q9a.example!in', 'in']);
    expect(d.meta).toMatchObject({
      dnscontrol_nameraw: 'Düsseldorf.example',
      dnscontrol_nameunicode: 'düsseldorf.example',
      dnscontrol_uniquename: 'xn--dsseldorf-q9a.example!in',
      dnscontrol_tag: 'in',
    });
    expect(d.records[0]!.name).toBe('ü');
  });

  it.each([
    ['Unicode D, punycode D_EXTEND', 'düsseldorf.example', 'xn--tda.xn--dsseldorf-q9a.example'],
    ['punycode D, Unicode D_EXTEND', 'xn--dsseldorf-q9a.example', 'ü.düsseldorf.example'],
  ])('%s', async (_n, zone, extended) => {
    const cfg = await load(`D("${zone}", REG);\nD_EXTEND("${extended}", A("www", "192.0.2.1"));\n`);
    const r = cfg.domains[0]!.records[0]!;
    expect(cfg.domains[0]!.name).toBe('xn--dsseldorf-q9a.example');
    // The subdomain keeps the form it was written in.
    const sub = extended.split('.')[0]!;
    expect([r.subdomain, r.name]).toEqual([sub, `www.${sub}`]);
  });

  it('the same zone in both forms is declared twice', async () => {
    await expect(load('D("düsseldorf.example", REG);\nD("xn--dsseldorf-q9a.example", REG);\n')).rejects.toThrow(/declared more than once/);
  });

  it('IR with a Unicode zone name (--ir) is normalised to punycode', () => {
    const cfg: DNSConfig = {
      registrars: [], dns_providers: [],
      domains: [{ name: 'düsseldorf.example', uniquename: 'düsseldorf.example', registrar: 'none', dnsProviders: {}, records: [] }],
    };
    expect(normalizeConfig(cfg).errors).toEqual([]);
    const d = cfg.domains[0]!;
    expect([d.name, d.uniquename]).toEqual(['xn--dsseldorf-q9a.example', 'xn--dsseldorf-q9a.example']);
    expect(d.meta).toMatchObject({ dnscontrol_nameunicode: 'düsseldorf.example', dnscontrol_uniquename: 'xn--dsseldorf-q9a.example' });
  });
});
