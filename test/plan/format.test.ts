// preview --format markdown|json through the real CLI over BIND zone files: markdown checked against a
// fixture (a pull-request comment), json for its shape; the text output and --report stay as they were.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, Workdir } from '../e2e/helpers.js';

const fixturePath = (name: string) => path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', name);
/** UPDATE_FIXTURES=1 rewrites the golden file (then review its diff). */
async function golden(name: string, actual: string): Promise<string> {
  if (process.env.UPDATE_FIXTURES) await writeFile(fixturePath(name), actual);
  return readFile(fixturePath(name), 'utf8');
}

const hosts = (prefix: string) => `var hosts = []; for (var i = 1; i <= 12; i++) hosts.push(A("h" + i, "${prefix}" + i));`;
const BEFORE = `${HEADER}${hosts('192.0.2.')}
D("example.com", REG_NONE, DnsProvider(DSP_BIND),
  A("@", "192.0.2.1"), A("web", "192.0.2.2"), A("old", "192.0.2.3"), CNAME("www", "web"), TXT("@", "v=spf1 -all"));
D("big.example", REG_NONE, DnsProvider(DSP_BIND), hosts);
`;
const AFTER = `${HEADER}${hosts('198.51.100.')}
D("example.com", REG_NONE, DnsProvider(DSP_BIND),
  A("@", "192.0.2.1"), A("web", "192.0.2.20"), A("new", "192.0.2.4"), CNAME("www", "web"), TXT("@", "a|b <c> *d*"));
D("big.example", REG_NONE, DnsProvider(DSP_BIND), hosts);
D("example.org", REG_NONE, DnsProvider(DSP_BIND), A("@", "203.0.113.1"));
D("quiet.example", REG_NONE, DnsProvider(DSP_BIND));
`;

let w: Workdir | undefined;
afterEach(async () => { await w?.remove(); w = undefined; });

async function changed(): Promise<Workdir> {
  const wd = await Workdir.create(BEFORE.replace('D("big', 'D("quiet.example", REG_NONE, DnsProvider(DSP_BIND));\nD("big'));
  expect((await wd.run('push', '--bindserial', '2024010101')).code).toBe(0);
  await wd.write('dnsconfig.js', AFTER);
  return wd;
}

describe('preview --format', () => {
  it('markdown: totals, a table per zone, big zones collapsed, safety warnings', async () => {
    w = await changed();
    const before = await w.snapshot();
    const md = await w.run('preview', '--format', 'markdown', '--bindserial', '2024010102');
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toBe(await golden('preview.md', md.stdout));
    expect(md.stderr).toContain('WARNING: push will refuse: big.example (bind)'); // also on stderr, for logs
    expect(await w.snapshot()).toEqual(before);
  });

  it('markdown with nothing to do', async () => {
    w = await changed();
    expect((await w.run('push', '--force')).code).toBe(0);
    const md = await w.run('preview', '--format', 'markdown');
    expect(md.stdout).toBe('### dnscode preview: no changes\n\nAll 4 zones are in sync.\n');
  });

  it('json: every change as data, counts, notes and warnings', async () => {
    w = await changed();
    const r = await w.run('preview', '--format', 'json', '--bindserial', '2024010102');
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.total).toBe(20);
    expect(doc.zones.map((z: { domain: string }) => z.domain)).toEqual(['example.com', 'big.example', 'example.org', 'quiet.example']);
    const com = doc.zones[0].providers[0];
    expect(com).toMatchObject({ role: 'provider', name: 'bind', changeCount: 4, counts: { create: 1, change: 2, delete: 1 } });
    expect(com.changes.find((c: { name: string }) => c.name === 'web.example.com')).toEqual({
      kind: 'change', name: 'web.example.com', type: 'A',
      old: [{ type: 'A', ttl: 300, rdata: '192.0.2.2' }], new: [{ type: 'A', ttl: 300, rdata: '192.0.2.20' }],
      msgs: ['± MODIFY web.example.com A (192.0.2.2 ttl=300) -> (192.0.2.20 ttl=300)'],
    });
    expect(doc.zones[2].providers[0].notes).toEqual(['File does not yet exist: "zones/example.org.zone" (will create)']);
    expect(doc.warnings).toEqual([expect.stringMatching(/^WARNING: push will refuse: big\.example \(bind\): would delete or modify 12 of 14 existing records \(85\.7%\)/)]);
  });

  it('--report keeps DNSControl\'s shape whatever the format', async () => {
    w = await changed();
    const r = await w.run('preview', '--format', 'markdown', '--report', 'report.json');
    expect(r.code).toBe(0);
    const report = JSON.parse(await w.read('report.json'));
    expect(Object.keys(report[0]).sort()).toEqual(['correction_details', 'corrections', 'domain', 'provider']);
    expect(report[0].correction_details).toContain('± MODIFY web.example.com A (192.0.2.2 ttl=300) -> (192.0.2.20 ttl=300)');
  });

  it.each([['push --format json', ['push', '--format', 'json'], /--format json is for preview/], ['--format yaml', ['preview', '--format', 'yaml'], /--format "yaml": use text, json or markdown/]])(
    '%s is a usage error', async (_n, args, err) => {
      w = await changed();
      const before = await w.snapshot();
      const r = await w.run(...args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(err);
      expect(await w.snapshot()).toEqual(before);
    });
});
