// Zones read while the config is evaluated: the evaluator announces each D() as it runs, BIND reads those
// zone files ahead, and the run's read uses them only while the file is unchanged. Real evaluator, real files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';
import type { SeenDomain } from '../isolate/evaluate.js';
import { BindProvider } from '../providers/bind/provider.js';
import { ReadAhead } from './read-ahead.js';
import { SharedByCredkey } from './providers.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'read-ahead-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const io = (cwd: string) => ({ out() {}, err() {}, color: false, cwd, env: {} });

const ZONE = (a: string) => `$TTL 300\n@ IN SOA ns1.example.net. h.example.net. 1 3600 600 604800 1440\n@ IN NS ns1.example.net.\nwww IN A ${a}\n`;

function project(): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'p-'));
  fs.mkdirSync(path.join(dir, 'zones'));
  fs.writeFileSync(path.join(dir, 'zones', 'a.example.zone'), ZONE('192.0.2.1'));
  fs.writeFileSync(path.join(dir, 'zones', 'b.example.zone'), ZONE('192.0.2.2'));
  return dir;
}

/** A ReadAhead over BIND in `dir`, waiting until its queue is empty. */
function readAhead(dir: string, filter: { domain?: string; provider?: string } = {}, filenameformat?: string) {
  const shared = new SharedByCredkey();
  const ra = new ReadAhead({
    creds: { bind: { TYPE: 'BIND', directory: path.join(dir, 'zones'), ...(filenameformat && { filenameformat }) } }, shared, flags: {},
    domainOk: (name) => !filter.domain || name === filter.domain,
    providerOk: (credkey) => !filter.provider || credkey === filter.provider,
  });
  const settle = () => new Promise((r) => setTimeout(r, 50));
  return { ra, shared, settle, keys: () => [...shared.of('bind').keys()].map((k) => path.basename(k)).sort() };
}

describe('reading zones ahead', () => {
  it('the evaluator announces each D() with its DNS providers, in the order the config declares them', async () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'dnsconfig.js'), `var REG = NewRegistrar("none"); var B = NewDnsProvider("bind"); var C = NewDnsProvider("other");
D("b.example", REG, DnsProvider(B));
D("a.example!inside", REG, DnsProvider(B), DnsProvider(C), A("www", "192.0.2.1"));
D("c.example", REG);
`);
    const seen: SeenDomain[] = [];
    const sources: string[] = [];
    const cfg = await loadConfig({ variable: [] }, io(dir), { raw: true, onSeen: (d) => seen.push(...d), onSource: (c) => sources.push(c) });
    expect(sources).toEqual([fs.readFileSync(path.join(dir, 'dnsconfig.js'), 'utf8')]);
    expect(cfg.domains.map((d) => d.name)).toEqual(['b.example', 'a.example', 'c.example']);
    expect(seen).toEqual([
      { name: 'b.example', dnsProviders: ['bind'] },
      { name: 'a.example!inside', dnsProviders: ['bind', 'other'] },
      { name: 'c.example', dnsProviders: [] },
    ]);
  });

  it('BIND reads an announced zone ahead, and the run\'s read takes it instead of reading the file again', async () => {
    const dir = project();
    const { ra, shared, settle, keys } = readAhead(dir);
    ra.seen([{ name: 'a.example', dnsProviders: ['bind'] }]);
    await settle();
    expect(keys()).toEqual(['a.example.zone']);
    const bind = new BindProvider({ credkey: 'bind', creds: { directory: path.join(dir, 'zones') }, meta: {}, shared: shared.of('bind') });
    const records = await bind.getZoneRecords('a.example');
    expect(records.find((r) => r.type === 'A')?.target).toBe('192.0.2.1');
    expect(keys()).toEqual([]); // used once
  });

  it.each([
    ['in a subfolder', 'db/%c.zone', 'db/a.example.zone', true],
    ['with a leading separator (joined to the folder, as the run joins it)', '/%c.zone', 'a.example.zone', true],
    ['outside the zone folder (a sibling whose name starts with the folder\'s): not read ahead, read by the run', '../zones-old/%c.zone', '../zones-old/a.example.zone', false],
  ])('a file name format %s: the run finds what was read ahead under the name it reads', async (_what, format, rel, ahead) => {
    const dir = project();
    const file = path.join(dir, 'zones', rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, ZONE('192.0.2.7'));
    const { ra, shared, settle } = readAhead(dir, {}, format);
    ra.seen([{ name: 'a.example', dnsProviders: ['bind'] }]);
    await settle();
    expect(shared.of('bind').size).toBe(ahead ? 1 : 0);
    const bind = new BindProvider({ credkey: 'bind', creds: { directory: path.join(dir, 'zones'), filenameformat: format }, meta: {}, shared: shared.of('bind') });
    expect((await bind.getZoneRecords('a.example')).find((r) => r.type === 'A')?.target).toBe('192.0.2.7');
    expect(shared.of('bind').size).toBe(0); // taken by the run's read
  });

  it('a push reads a file again when it changed after it was read ahead (same size, written in place)', async () => {
    const dir = project();
    const { ra, shared, settle } = readAhead(dir);
    ra.seen([{ name: 'a.example', dnsProviders: ['bind'] }]);
    await settle();
    await new Promise((r) => setTimeout(r, 20)); // a later timestamp than the read's
    fs.writeFileSync(path.join(dir, 'zones', 'a.example.zone'), ZONE('192.0.2.9'));
    const bind = new BindProvider({ credkey: 'bind', creds: { directory: path.join(dir, 'zones') }, meta: {}, flags: { push: true }, shared: shared.of('bind') });
    try {
      // The push writes what it computes from this read: the read ahead, made before its lock, is not used.
      expect((await bind.getZoneRecords('a.example')).find((r) => r.type === 'A')?.target).toBe('192.0.2.9');
    } finally {
      await bind.close();
    }
  });

  it('reads nothing the run would not read: filtered domains and providers, names that are not plain, after stop()', async () => {
    const dir = project();
    fs.writeFileSync(path.join(tmp, 'outside.zone'), ZONE('192.0.2.66'));
    const { ra, settle, keys } = readAhead(dir, { domain: 'a.example', provider: 'bind' });
    ra.seen([
      { name: 'b.example', dnsProviders: ['bind'] }, // --domains leaves it out
      { name: 'a.example', dnsProviders: ['other'] }, // --providers leaves it out (and "other" is not in creds)
      { name: '../outside', dnsProviders: ['bind'] },
      { name: 'a.example!../../x', dnsProviders: ['bind'] },
    ]);
    await settle();
    expect(keys()).toEqual([]);
    ra.stop();
    ra.seen([{ name: 'a.example', dnsProviders: ['bind'] }]);
    await settle();
    expect(keys()).toEqual([]);
  });

  it('a preview with zones read ahead plans exactly the changes the files call for', async () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'creds.json'), JSON.stringify({ bind: { TYPE: 'BIND', directory: path.join(dir, 'zones') } }));
    fs.writeFileSync(path.join(dir, 'dnsconfig.js'), `var REG = NewRegistrar("none"); var B = NewDnsProvider("bind");
D("a.example", REG, DnsProvider(B), NAMESERVER("ns1.example.net."), A("www", "192.0.2.1"));
D("b.example", REG, DnsProvider(B), NAMESERVER("ns1.example.net."), A("www", "192.0.2.3"));
`);
    const { planRun } = await import('./plan-run.js');
    const run = await planRun({ variable: [] } as never, io(dir));
    try {
      expect(run.plan.zones.map((z) => [z.domain, z.providers.filter((p) => p.role === 'provider').map((p) => p.changeCount)])).toEqual([['a.example', [0]], ['b.example', [1]]]);
    } finally {
      await run.close?.();
    }
  });

  it("the config's text names its zones before it runs: read when it names one provider that reads ahead", async () => {
    const dir = project();
    const { ra, settle, keys } = readAhead(dir);
    const code = `var B = NewDnsProvider("bind");\n// D("b.example") in a comment is read for nothing, which changes nothing\nD( 'a.example', NewRegistrar("none"), DnsProvider(B));\nD_EXTEND("c.example");\nxD("d.example");`;
    ra.hint(code);
    await settle();
    expect(keys()).toEqual(['a.example.zone', 'b.example.zone']);
  });

  it('no zone is read from the text when the config names two providers that read ahead, or none', async () => {
    const dir = project();
    const shared = new SharedByCredkey();
    const zones = path.join(dir, 'zones');
    const ra = new ReadAhead({
      creds: { bind: { TYPE: 'BIND', directory: zones }, bind2: { TYPE: 'BIND', directory: zones }, cf: { TYPE: 'CLOUDFLAREAPI' } }, shared, flags: {},
      domainOk: () => true, providerOk: () => true,
    });
    ra.hint('NewDnsProvider("bind"); NewDnsProvider("bind2"); D("a.example", R, DnsProvider("bind"));');
    ra.hint('NewDnsProvider("cf"); NewDnsProvider("missing"); D("b.example", R);');
    await new Promise((r) => setTimeout(r, 50));
    expect([...shared.of('bind').keys(), ...shared.of('bind2').keys()]).toEqual([]);
  });

  it('gives the event loop turns while it reads a long queue, so that stop() ends it part way', async () => {
    const dir = project();
    const n = 5000;
    for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, 'zones', `z${i}.example.zone`), ZONE('192.0.2.3'));
    const { ra, shared, settle } = readAhead(dir);
    let turnAfter = -1;
    setImmediate(() => {
      turnAfter = shared.of('bind').size;
      ra.stop();
    });
    ra.seen(Array.from({ length: n }, (_, i) => ({ name: `z${i}.example`, dnsProviders: ['bind'] })));
    await settle();
    const read = shared.of('bind').size;
    expect(turnAfter).toBeGreaterThan(0);
    expect(read).toBeLessThan(n);
    // At most the zone being read when the turn came is read after it.
    expect(read - turnAfter).toBeLessThanOrEqual(1);
  });
});
