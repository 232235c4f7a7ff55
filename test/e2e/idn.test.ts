// Internationalised names: as in DNSControl's print-ir, the zone name is punycode (its Unicode and written forms
// in meta) and record names stay Unicode; the zone file is punycode throughout and loads in BIND.
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { HEADER, Workdir } from './helpers.js';
import { skipUnless } from '../skip.js';

const CONFIG = `${HEADER}
D("düsseldorf.example", REG_NONE, DnsProvider(DSP_BIND),
  A("@", "192.0.2.1"),
  A("ü", "192.0.2.2"),
  CNAME("www", "müller.example."),
);
`;

const hasNamedCheckzone = (() => { try { execFileSync('named-checkzone', ['-v']); return true; } catch { return false; } })();

describe('IDN domains on BIND', async () => {
  const w = await Workdir.create(CONFIG);
  afterAll(() => w.remove());

  it('writes a punycode zone file that a second push leaves alone', async () => {
    expect((await w.run('push')).code).toBe(0);
    const zone = await w.read('zones/xn--dsseldorf-q9a.example.zone');
    expect(zone).toMatch(/^xn--tda\s+IN A\s+192\.0\.2\.2$/m);
    expect(zone).toMatch(/^www\s+IN CNAME\s+xn--mller-kva\.example\.$/m);
    const again = await w.run('push');
    expect(again.stdout.trim()).toBe('Done. 0 corrections.');
  });

  it.skipIf(skipUnless(hasNamedCheckzone, 'named-checkzone not installed (apt-get install bind9-utils)'))('named-checkzone accepts the file', () => {
    const out = execFileSync('named-checkzone', ['-i', 'local', 'xn--dsseldorf-q9a.example', w.path('zones/xn--dsseldorf-q9a.example.zone')], { encoding: 'utf8' });
    expect(out).toMatch(/OK/);
  });

  it('print-ir: punycode zone name, Unicode forms in meta, Unicode record names', async () => {
    const ir = JSON.parse((await w.run('print-ir')).stdout) as {
      domains: Array<{ name: string; uniquename: string; meta: Record<string, string>; records: Array<{ name: string }> }>;
    };
    const d = ir.domains[0]!;
    expect(d.name).toBe('xn--dsseldorf-q9a.example');
    expect(d.uniquename).toBe('xn--dsseldorf-q9a.example');
    expect(d.meta).toMatchObject({
      dnscontrol_nameraw: 'düsseldorf.example', dnscontrol_nameunicode: 'düsseldorf.example', dnscontrol_uniquename: 'xn--dsseldorf-q9a.example',
    });
    expect(d.records.map((r) => r.name)).toContain('ü');
  });

  it('--domains selects the zone by either form', async () => {
    for (const name of ['düsseldorf.example', 'xn--dsseldorf-q9a.example']) {
      const r = await w.run('preview', '--domains', name);
      expect(r.code).toBe(0);
      expect(r.stderr).not.toMatch(/matches no domain/);
    }
  });
});
