// preview → push → push again, over BIND zone files, through the real CLI.
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, Workdir, dnscode } from './helpers.js';
import { skipUnless } from '../skip.js';

const CONFIG = `${HEADER}
D("example.com", REG_NONE, DnsProvider(DSP_BIND),
  A("@", "192.0.2.1"),
  A("web", "192.0.2.2"),
  CNAME("www", "web"),
  MX("@", 10, "mail.example.com."),
  A("mail", "192.0.2.25"),
  TXT("@", "v=spf1 mx -all"),
);
D("example.org", REG_NONE, DnsProvider(DSP_BIND),
  A("@", "198.51.100.1"),
);
`;

let w: Workdir | undefined;
afterEach(async () => { await w?.remove(); w = undefined; });

describe('preview and push over BIND', () => {
  it('preview shows the creates and writes nothing; push writes; a second push changes nothing', async () => {
    w = await Workdir.create(CONFIG);
    const before = await w.snapshot();
    const preview = await w.run('preview');
    expect(preview.stderr).toBe('');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('******************** Domain: example.com');
    expect(preview.stdout).toContain('+ CREATE www.example.com CNAME web.example.com. ttl=300');
    expect(preview.stdout).toContain('+ CREATE example.com MX 10 mail.example.com. ttl=300');
    expect(preview.stdout).toContain('+ CREATE example.com TXT "v=spf1 mx -all" ttl=300');
    expect(preview.stdout).toMatch(/Done\. \d+ corrections\.\n$/);
    expect(await w.snapshot()).toEqual(before);

    const push = await w.run('push');
    expect(push.code).toBe(0);
    expect(push.stdout).toContain('SUCCESS!');
    const zone = await w.read('zones/example.com.zone');
    expect(zone).toMatch(/^www\s+IN\s+CNAME\s+web(\.example\.com\.)?$/m);
    expect(zone).toMatch(/^@?\s+IN\s+MX\s+10 mail(\.example\.com\.)?$/m);
    expect(await w.read('zones/example.org.zone')).toMatch(/IN\s+A\s+198\.51\.100\.1/);

    const mtime = await w.mtime('zones/example.com.zone');
    const second = await w.run('push');
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('Done. 0 corrections.\n');
    expect(await w.read('zones/example.com.zone')).toBe(zone);
    expect(await w.mtime('zones/example.com.zone')).toBe(mtime);
  });

  it('a change is a MODIFY, and --domains limits the run', async () => {
    w = await Workdir.create(CONFIG);
    expect((await w.run('push')).code).toBe(0);
    await w.write('dnsconfig.js', CONFIG.replace('"192.0.2.2"', '"192.0.2.3"').replace('"198.51.100.1"', '"198.51.100.2"'));
    const p = await w.run('preview', '--domains', 'example.com');
    expect(p.code).toBe(0);
    expect(p.stdout).toContain('± MODIFY web.example.com A (192.0.2.2 ttl=300) -> (192.0.2.3 ttl=300)');
    expect(p.stdout).not.toContain('example.org');
    expect(p.stdout).toMatch(/Done\. 1 corrections\.\n$/);
  });

  it('--expect-no-changes fails only when changes are pending; --report writes JSON', async () => {
    w = await Workdir.create(CONFIG);
    const pending = await w.run('preview', '--expect-no-changes', '--report', 'report.json');
    expect(pending.code).toBe(2); // issue "Beyond DNSControl": 2 = changes pending, 1 = error
    expect(pending.stderr).toContain('there are pending changes');
    const report = JSON.parse(await w.read('report.json'));
    expect(report.map((r: { domain: string; provider?: string; registrar?: string }) => `${r.domain} ${r.provider ?? `registrar ${r.registrar}`}`))
      .toEqual(['example.com bind', 'example.com registrar none', 'example.org bind', 'example.org registrar none']);
    expect(report[0].corrections).toBeGreaterThan(0);
    expect(report[0].correction_details.join('\n')).toContain('+ CREATE web.example.com A 192.0.2.2 ttl=300');
    expect((await w.run('push')).code).toBe(0);
    const clean = await w.run('preview', '--expect-no-changes');
    expect(clean.code).toBe(0);
  });

  it('IGNORE_NAME and NO_PURGE keep foreign records in the file', async () => {
    w = await Workdir.create(`${HEADER}
D("example.com", REG_NONE, DnsProvider(DSP_BIND), A("@", "192.0.2.1"), IGNORE_NAME("legacy"));
D("example.org", REG_NONE, DnsProvider(DSP_BIND), NO_PURGE, A("@", "198.51.100.1"));
`);
    await w.write('zones/example.com.zone', '$TTL 300\n@ IN A 192.0.2.1\nlegacy IN A 203.0.113.7\nold IN A 203.0.113.8\n');
    await w.write('zones/example.org.zone', '$TTL 300\n@ IN A 198.51.100.1\nforeign IN TXT "keep me"\n');
    const push = await w.run('push');
    expect(push.code).toBe(0);
    expect(push.stdout).toContain('records not being deleted because of IGNORE*()');
    expect(push.stdout).toContain('records not being deleted because of NO_PURGE');
    // Listed as dnsconfig.js lines (DNSControl v4.40), ready to paste into the config.
    expect(push.stdout).toContain('\n    A("legacy.example.com.", "203.0.113.7"),\n');
    expect(push.stdout).toContain('\n    TXT("foreign.example.org.", "keep me"),\n');
    expect(push.stdout).toContain('- DELETE old.example.com A 203.0.113.8 ttl=300');
    const com = await w.read('zones/example.com.zone');
    expect(com).toMatch(/^legacy\s+IN\s+A\s+203\.0\.113\.7$/m);
    expect(com).not.toContain('203.0.113.8');
    expect(await w.read('zones/example.org.zone')).toMatch(/^foreign\s+IN\s+TXT\s+"keep me"$/m);
    expect((await w.run('push')).stdout).not.toContain('CREATE');
  });
});

describe('push -i', () => {
  it('asks before each correction: "n" writes nothing, "y" writes', async () => {
    w = await Workdir.create(CONFIG);
    const no = await dnscode(w.dir, ['push', '-i'], {}, 'n\nn\n');
    expect(no.code).toBe(0);
    expect(no.stdout).toContain('Run? (y/N): Skipping');
    await expect(w.read('zones/example.com.zone')).rejects.toThrow();
    const yes = await dnscode(w.dir, ['push', '-i'], {}, 'y\nn\n');
    expect(yes.code).toBe(0);
    await expect(w.read('zones/example.com.zone')).resolves.toContain('192.0.2.1');
    await expect(w.read('zones/example.org.zone')).rejects.toThrow();
  });
});

describe('a failed push', () => {
  // An immutable zone file makes the BIND write fail even for root; needs chattr (e2fsprogs) and root.
  const chattr = (flag: string, file: string) => spawnSync('chattr', [flag, file]).status === 0;
  const canChattr = process.getuid?.() === 0 && spawnSync('chattr', ['--help']).error === undefined;

  it.skipIf(skipUnless(canChattr, 'the failed-push test needs root and chattr (e2fsprogs) to make a zone file immutable'))('stops at the failure and says what was and was not applied', async () => {
    w = await Workdir.create(CONFIG);
    expect((await w.run('push')).code).toBe(0);
    const org = await w.read('zones/example.org.zone');
    await w.write('dnsconfig.js', CONFIG.replace('"192.0.2.2"', '"192.0.2.3"').replace('"198.51.100.1"', '"198.51.100.2"'));
    expect(chattr('+i', w.path('zones/example.com.zone'))).toBe(true);
    try {
      const r = await w.run('push');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/FAILURE! /);
      expect(r.stdout).not.toContain('SUCCESS!');
      expect(r.stderr).toMatch(/0 correction\(s\) applied, 2 not applied/);
      expect(r.stderr).toMatch(/NOT applied:\n {2}example\.com \(bind\): ± MODIFY web\.example\.com A[\s\S]*\n {2}example\.org \(bind\): ± MODIFY example\.org A/);
      expect(r.stderr).toMatch(/Error: push failed: /);
      expect(await w.read('zones/example.org.zone')).toBe(org);
    } finally {
      chattr('-i', w.path('zones/example.com.zone'));
    }
  });
});
