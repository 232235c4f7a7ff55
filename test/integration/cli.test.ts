// End to end through the real CLI (bin/dnscode, built dist/): dnsconfig.js + creds.json pointing at a
// fake API, preview → push → preview, a failing push, and get-zones → push back with zero changes.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TARGETS, type Started } from './targets.js';
import { skipTest } from '../skip.js';
import { isWriteRequest } from '../fakes/_server.js';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/dnscode');

async function cli(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run(BIN, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { code: x.code ?? -1, out: x.stdout ?? '', err: x.stderr ?? '' };
  }
}

const CONFIG = `
var REG = NewRegistrar("none", "NONE");
var DSP = NewDnsProvider("dsp");
D("example.com", REG, DnsProvider(DSP),
  A("@", "192.0.2.1"), A("www", "192.0.2.2"), CNAME("blog", "www"), MX("@", 10, "mx.example.net."),
  TXT("txt", "v=spf1 -all"), A("h1", "192.0.2.11"), A("h2", "192.0.2.12")
);`;

/** creds.json for a started fake, from the options the suite gave its provider. */
function credsFor(s: Started, creds: Record<string, string>): string {
  return JSON.stringify({ dsp: { TYPE: s.target.type.name, ...creds } });
}

describe.each(FAKE_TARGETS())('$label through bin/dnscode', (factory) => {
  let s: Started;
  let dir: string;
  let secrets: string[];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dnscode-cli-'));
    const captured: Record<string, string> = {};
    s = await factory.start('example.com', {});
    // An existing zone, the common case (a zone that push creates is tested below).
    await s.target.provider.ensureZone?.('example.com');
    // Re-create the provider's creds: the factory knows them; read them back from its context.
    Object.assign(captured, (s as Started & { creds?: Record<string, string> }).creds ?? {});
    secrets = Object.entries(captured).filter(([k]) => /token|secret|key|auth/i.test(k) && !/KeyId|http_/.test(k)).map(([, v]) => v);
    await writeFile(join(dir, 'creds.json'), credsFor(s, captured));
    await writeFile(join(dir, 'dnsconfig.js'), CONFIG);
  });
  afterAll(async () => { await s?.close(); await rm(dir, { recursive: true, force: true }); });

  it('preview, push, then preview shows nothing to do; no secret in any output', async () => {
    const p1 = await cli(dir, 'preview');
    expect(p1.code, p1.err).toBe(0);
    expect(p1.out).toMatch(/CREATE/);
    const push = await cli(dir, 'push');
    expect(push.code, push.err).toBe(0);
    const p2 = await cli(dir, 'preview', '--expect-no-changes');
    if (p2.code !== 0) console.log(`DEBUG ${s.target.label}\n${push.out}\n${p2.out}\n${p2.err}`);
    expect(p2.code, p2.out + p2.err).toBe(0);
    for (const text of [p1.out, p1.err, push.out, push.err, p2.out, p2.err]) for (const sec of secrets) expect(text).not.toContain(sec);
  });

  it('get-zones output pushed back gives zero corrections', async () => {
    const gz = await cli(dir, 'get-zones', '--format=js', 'dsp', 'example.com');
    expect(gz.code, gz.err).toBe(0);
    const d2 = await mkdtemp(join(tmpdir(), 'dnscode-cli-gz-'));
    try {
      await writeFile(join(d2, 'dnsconfig.js'), gz.out.replace(/NewRegistrar\("none"\)/, 'NewRegistrar("none", "NONE")'));
      await writeFile(join(d2, 'creds.json'), await import('node:fs/promises').then((f) => f.readFile(join(dir, 'creds.json'), 'utf8')));
      const p = await cli(d2, 'preview', '--expect-no-changes');
      expect(p.code, `${gz.out}\n${p.out}\n${p.err}`).toBe(0);
    } finally {
      await rm(d2, { recursive: true, force: true });
    }
  });

  it('a push against an API that fails every call exits 1 and says what was not applied', async () => {
    await writeFile(join(dir, 'dnsconfig.js'), CONFIG.replace('"192.0.2.11"', '"192.0.2.99"').replace('A("h2", "192.0.2.12")', 'A("h3", "192.0.2.13")'));
    // Reads (and OAuth token requests) work; every write fails.
    s.fake!.faults = { rate: 1, statuses: [500], match: (q) => isWriteRequest(s.fake!, q) && !q.path.endsWith('/token') };
    const r = await cli(dir, 'push');
    s.fake!.faults = { rate: 0, statuses: [500] };
    expect(r.code).toBe(1);
    expect(r.out + r.err).toMatch(/Push stopped at the first failure\. 0 correction\(s\) applied/);
    expect(r.out + r.err).toMatch(/NOT applied:/);
    expect(r.out + r.err).toMatch(/HTTP 500/);
    for (const sec of secrets) expect(r.out + r.err).not.toContain(sec);
  });
});

describe.each(FAKE_TARGETS())('$label: a zone that push creates', (factory) => {
  let s: Started;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dnscode-cli-new-'));
    s = await factory.start('example.com', {});
    await writeFile(join(dir, 'creds.json'), credsFor(s, (s as Started & { creds?: Record<string, string> }).creds ?? {}));
    await writeFile(join(dir, 'dnsconfig.js'), CONFIG);
  });
  afterAll(async () => { await s?.close(); await rm(dir, { recursive: true, force: true }); });

  it('is complete after one push: the next preview has nothing to do', async (ctx) => {
    if (!s.target.provider.ensureZone || !s.target.provider.listZones) return skipTest(ctx, 'the provider cannot create or list zones');
    if ((await s.target.provider.listZones()).includes('example.com')) return skipTest(ctx, 'this fake starts with the zone');
    const push = await cli(dir, 'push');
    expect(push.code, push.out + push.err).toBe(0);
    expect(push.out).toMatch(/Created zone "example\.com"/);
    const p2 = await cli(dir, 'preview', '--expect-no-changes');
    expect(p2.code, push.out + p2.out + p2.err).toBe(0);
  });
});
