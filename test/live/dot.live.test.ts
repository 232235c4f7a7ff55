// AXFRDDNS over DNS-over-TLS through the CLI: BIND listens with a fresh self-signed certificate, which the
// dnscode process trusts through NODE_EXTRA_CA_CERTS (how a private CA is added to Node). Zone transfer
// (RFC 9103), the apex NS query and the UPDATEs all go over TLS; an untrusted certificate is refused.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, skipReason, dig, freePorts, type RunningServer } from '../servers/servers.js';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'dnscode');

function dnscode(cwd: string, env: Record<string, string>, ...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((res) => {
    execFile(process.execPath, [cli, '--no-colors', ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } }, (e, out, err) => {
      res({ code: e ? (typeof e.code === 'number' ? e.code : 1) : 0, out: out + err });
    });
  });
}

describe('AXFRDDNS with update-mode and transfer-mode tcp-tls', () => {
  const skip = skipReason('bind');
  let srv: RunningServer, dir: string;
  beforeAll(async () => {
    if (skip) return;
    srv = await startServer('bind', { zones: ['dot.test'], env: { TLS_PORT: String(await freePorts(1)) } });
    dir = await mkdtemp(join(tmpdir(), 'dnscode-dot-'));
    const key = `${srv.env.TSIG_ALG}:${srv.env.TSIG_NAME}:${srv.env.TSIG_SECRET}`;
    // The plain DNS port is not named anywhere: everything must go over TLS.
    await writeFile(join(dir, 'creds.json'), JSON.stringify({ ddns: {
      TYPE: 'AXFRDDNS', master: `127.0.0.1:${srv.env.TLS_PORT}`, 'update-mode': 'tcp-tls', 'transfer-mode': 'tcp-tls',
      'transfer-key': key, 'update-key': key,
    } }));
    await writeFile(join(dir, 'dnsconfig.js'), `D("dot.test", NewRegistrar("none"), DnsProvider(NewDnsProvider("ddns")),
  A("ns1", "127.0.0.1"), A("www", "192.0.2.10"), A("tls", "192.0.2.53"), TXT("tls", "over TLS"));\n`);
  });
  afterAll(async () => { await srv?.stop(); });

  it.skipIf(skip)('pushes over TLS, and a second run has nothing to do', async () => {
    const trust = { NODE_EXTRA_CA_CERTS: srv.env.TLS_CA! };
    const r = await dnscode(dir, trust, 'push');
    expect(r.out).toContain('+ CREATE tls.dot.test A 192.0.2.53');
    expect(r.code, r.out).toBe(0);
    expect(await dig(srv.port, 'tls.dot.test', 'A')).toEqual(['192.0.2.53']);
    expect(await dig(srv.port, 'tls.dot.test', 'TXT')).toEqual(['"over TLS"']);
    const again = await dnscode(dir, trust, 'preview', '--expect-no-changes');
    expect(again.out).toContain('Done. 0 corrections.');
    expect(again.code).toBe(0);
  });

  it.skipIf(skip)('refuses a server whose certificate it cannot verify, naming the server', async () => {
    const r = await dnscode(dir, {}, 'preview');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/127\.0\.0\.1:\d+ \(TLS\): self[- ]signed certificate/);
    expect(r.out).not.toContain(srv.env.TSIG_SECRET!);
  });
});
