// A failed push reads true: after FAILURE! there is no "Done. N corrections.", but per zone what was applied and
// what was not, and the error names the directory or file the user can fix (never BIND's temporary file).
// Real processes over real zone directories; the first zone's write succeeds, the second's fails.
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { skipUnless } from '../skip.js';
import { CLI, dnscode, Workdir } from './helpers.js';

const HEAD = `var REG_NONE = NewRegistrar("none");
var SOA = { master: "ns1.example.net.", mbox: "hostmaster.example.net.", refresh: 3600, retry: 600, expire: 604800, minttl: 1440 };
var A_DIR = NewDnsProvider("bind_a", { default_soa: SOA, default_ns: ["ns1.example.net."] });
var B_DIR = NewDnsProvider("bind_b", { default_soa: SOA, default_ns: ["ns1.example.net."] });
`;
const config = (ip: string) => `${HEAD}
D("a.example", REG_NONE, DnsProvider(A_DIR), A("www", "${ip}"));
D("b.example", REG_NONE, DnsProvider(B_DIR), A("www", "${ip}"));
`;

let w: Workdir | undefined;
afterEach(async () => { await w?.remove(); w = undefined; });

async function chownTree(dir: string, uid: number): Promise<void> {
  await chown(dir, uid, uid);
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) await chown(path.join(e.parentPath, e.name), uid, uid);
}

/** The summary lines that follow FAILURE!: everything after it on stdout. */
const afterFailure = (stdout: string) => stdout.slice(stdout.indexOf('\n', stdout.indexOf('FAILURE!')) + 1);

describe('a failed push', () => {
  it('a read-only zone directory: the first zone is applied, the summary says so per zone, the error names the directory', async () => {
    w = await Workdir.create(config('192.0.2.1'), '{ "bind_a": { "TYPE": "BIND", "directory": "zones-a" }, "bind_b": { "TYPE": "BIND", "directory": "zones-b" } }');
    expect((await w.run('push', '--bindserial', '2024010101')).code).toBe(0);
    await w.write('dnsconfig.js', config('192.0.2.2'));
    const before = await w.read('zones-b/b.example.zone');
    // As root (tests usually are) permissions do not apply: run as nobody, who owns everything but zones-b's mode.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    if (uid !== undefined) await chownTree(w.dir, uid);
    await chmod(w.path('zones-b'), 0o555);
    // Root ignores file permissions, so a read-only directory needs another user.
    const push = await dnscode(w.dir, ['push'], {}, '', CLI, uid);
    await chmod(w.path('zones-b'), 0o755);

    expect(push.code).toBe(1);
    expect(push.stdout).toContain('FAILURE! BIND b.example: cannot write zones-b/b.example.zone: the directory zones-b is not writable: permission denied (EACCES)');
    expect(push.stdout).not.toMatch(/Done\./);
    expect(afterFailure(push.stdout)).toBe([
      'Push stopped at the first failure: 1 of 2 corrections applied.',
      'a.example: 1 applied, 0 NOT applied',
      'b.example: 0 applied, 1 NOT applied',
      '',
    ].join('\n'));
    expect(push.stderr).toBe([
      'Push stopped at the first failure. 1 correction(s) applied, 1 not applied.',
      'Applied:',
      '  a.example (bind_a): ± MODIFY www.a.example A (192.0.2.1 ttl=300) -> (192.0.2.2 ttl=300)',
      '      WRITING ZONEFILE: zones-a/a.example.zone',
      'NOT applied:',
      '  b.example (bind_b): ± MODIFY www.b.example A (192.0.2.1 ttl=300) -> (192.0.2.2 ttl=300)',
      '      WRITING ZONEFILE: zones-b/b.example.zone',
      'Error: push failed: BIND b.example: cannot write zones-b/b.example.zone: the directory zones-b is not writable: permission denied (EACCES) ' +
        '(the file is replaced by writing a new one beside it, so the directory itself must be writable)',
      '',
    ].join('\n'));
    expect(`${push.stdout}${push.stderr}`).not.toContain('.tmp');
    // What the summary says is what happened.
    expect(await w.read('zones-a/a.example.zone')).toMatch(/www\s+IN\s+A\s+192\.0\.2\.2/);
    expect(await w.read('zones-b/b.example.zone')).toBe(before);
    expect(await readdir(w.path('zones-b'))).toEqual(['b.example.zone']);
  });

  it('a zone directory where another zone\'s file belongs: the error names that path, and nothing is applied', async () => {
    // bind_b keeps its zones in "zones/a.example.zone/", the path of a.example's zone file. push locks every
    // zone before it reads any (docs/concurrency.md), so the clash shows before anything is written.
    w = await Workdir.create(config('192.0.2.1'), '{ "bind_a": { "TYPE": "BIND", "directory": "zones" }, "bind_b": { "TYPE": "BIND", "directory": "zones/a.example.zone" } }');
    const push = await w.run('push', '--bindserial', '2024010101');
    expect(push.code).toBe(1);
    expect(push.stdout).not.toMatch(/Done\.|SUCCESS/);
    expect(push.stderr).toMatch(/zones\/a\.example\.zone/);
    expect(`${push.stdout}${push.stderr}`).not.toContain('.tmp');
    expect(await readdir(w.path('zones'))).toEqual(['a.example.zone']);
    expect(await readdir(w.path('zones/a.example.zone'))).toEqual([]);
  });
});

describe('the --report of a push', () => {
  // Three zones, each in its own folder; b.com's folder is a directory no one may write, even root.
  const THREE = ['a', 'b', 'c'].map((d) => `D("${d}.com", NewRegistrar("none"), DnsProvider(NewDnsProvider("bind")), A("@", "192.0.2.1"));\n`).join('');
  const CREDS3 = '{"bind":{"TYPE":"BIND","directory":"zones","filenameformat":"%D/zone"}}';
  const UNWRITABLE = '/sys/kernel';
  const lines = (d: string) => [
    `+ CREATE ${d} A 192.0.2.1 ttl=300`,
    `+ CREATE ${d} SOA default_not_set. default_not_set. 2024010101 3600 600 604800 1440 ttl=300`,
    `WRITING ZONEFILE: zones/${d}/zone`,
  ];
  const dsp = (d: string) => ({ domain: d, corrections: 3, correction_details: lines(d), provider: 'bind' });
  const reg = (d: string) => ({ domain: d, corrections: 0, correction_details: [], registrar: 'none' });

  it.skipIf(skipUnless(existsSync(UNWRITABLE), `${UNWRITABLE} (an unwritable directory) does not exist`))(
    'a failed push: which zone failed and why, what was applied and what was not', async () => {
      w = await Workdir.create(THREE, CREDS3);
      await mkdir(w.path('zones'));
      await symlink(UNWRITABLE, w.path('zones/b.com'));
      const push = await w.run('push', '--bindserial', '2024010101', '--report', 'rep.json');
      expect(push.code).toBe(1);
      expect(push.stderr).toContain('1 correction(s) applied, 2 not applied');
      const error = /^Error: push failed: (.*)$/m.exec(push.stderr)![1]!;
      expect(error).toMatch(/^BIND b\.com: cannot write zones\/b\.com\/zone: /);
      expect(JSON.parse(await w.read('rep.json'))).toEqual([
        { ...dsp('a.com'), outcome: 'success' },
        { ...reg('a.com'), outcome: 'success' },
        { ...dsp('b.com'), outcome: 'failed', applied_details: [], failed_details: lines('b.com'), not_applied_details: [], error },
        { ...reg('b.com'), outcome: 'success' },
        { ...dsp('c.com'), outcome: 'not_applied', applied_details: [], failed_details: [], not_applied_details: lines('c.com') },
        { ...reg('c.com'), outcome: 'success' },
      ]);
      // The report tells the truth: a.com was written, c.com was not.
      expect(await w.read('zones/a.com/zone')).toMatch(/192\.0\.2\.1/);
      expect(existsSync(w.path('zones/c.com/zone'))).toBe(false);
    });

  it('a push that works: the preview\'s report, each item with outcome "success"', async () => {
    w = await Workdir.create(THREE, CREDS3);
    const preview = await w.run('preview', '--bindserial', '2024010101', '--report', 'preview.json');
    expect(preview.code).toBe(0);
    const previewReport = await w.read('preview.json');
    expect(JSON.parse(previewReport)).toEqual(['a.com', 'b.com', 'c.com'].flatMap((d) => [dsp(d), reg(d)]));
    expect((await w.run('push', '--bindserial', '2024010101', '--report', 'push.json')).code).toBe(0);
    const pushed = JSON.parse(await w.read('push.json')) as Array<Record<string, unknown>>;
    expect(pushed.map((i) => i.outcome)).toEqual(Array(6).fill('success'));
    // Apart from outcome, byte for byte the report it was before (and preview's).
    const without = pushed.map(({ outcome: _, ...rest }) => rest);
    expect(`${JSON.stringify(without, null, 2)}\n`).toBe(previewReport);
  });
});
