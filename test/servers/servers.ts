// Test helper: start a real DNS server (BIND, Knot, NSD, PowerDNS) on 127.0.0.1 on free ports through
// the start-*.sh scripts beside this file, wait until it answers, and stop it afterwards.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { createSocket } from 'node:dgram';
import { promises as dnsp } from 'node:dns';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));

export type ServerKind = 'bind' | 'knot' | 'nsd' | 'pdns';
const BINARY: Record<ServerKind, string> = { bind: 'named', knot: 'knotd', nsd: 'nsd', pdns: 'pdns_server' };
/** Ports a kind takes: PORT and PORT+1 (rndc / API) for BIND and PowerDNS. */
const PORTS: Record<ServerKind, number> = { bind: 2, knot: 1, nsd: 1, pdns: 2 };

export interface RunningServer {
  kind: ServerKind;
  dir: string;
  port: number;
  /** The server.env the start script wrote (TSIG_NAME/TSIG_ALG/TSIG_SECRET, API_URL/API_KEY, ...). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** True when the server's binary is installed (CI installs them with install-packages.sh). */
export function hasServer(kind: ServerKind): boolean {
  return ['/usr/sbin', '/usr/bin', '/sbin', '/bin', ...(process.env.PATH ?? '').split(':')]
    .some((d) => d && existsSync(join(d, BINARY[kind])));
}

/** Say loudly why a live suite is skipped (only when the binary is missing). */
export function skipReason(...kinds: ServerKind[]): string | undefined {
  const missing = kinds.filter((k) => !hasServer(k));
  if (missing.length === 0) return undefined;
  const msg = `LIVE TESTS SKIPPED: ${missing.map((k) => BINARY[k]).join(', ')} not installed (run test/servers/install-packages.sh)`;
  console.warn(`\n*** ${msg} ***\n`);
  return msg;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(port, '127.0.0.1', () => {
      srv.close(() => {
        const u = createSocket('udp4');
        u.once('error', () => { u.close(); res(false); });
        u.bind(port, '127.0.0.1', () => u.close(() => res(true)));
      });
    });
  });
}

/**
 * DNSCODE_TEST_PORT_BASE=N pins the servers' ports to N … N+999 (a firewall, or two runs side by side with
 * different bases). Each vitest worker scans its own 100 ports, so parallel test files do not pick the same one.
 * Unset: random ports in 20000–59999.
 */
const PINNED = pinnedRange(process.env.DNSCODE_TEST_PORT_BASE, Number(process.env.VITEST_POOL_ID ?? 1));
let cursor = 0;

function pinnedRange(base: string | undefined, worker: number): { from: number; size: number } | undefined {
  if (!base) return undefined;
  const n = Number(base);
  if (!Number.isInteger(n) || n < 1024 || n + 1000 > 65536) throw new Error(`DNSCODE_TEST_PORT_BASE=${base}: expected a port from 1024 to 64536`);
  return { from: n + ((worker - 1) % 10) * 100, size: 100 };
}

/** A free run of `count` consecutive loopback ports (TCP and UDP). */
export async function freePorts(count: number): Promise<number> {
  for (let i = 0; i < 200; i++) {
    // Pinned: the next ports in this worker's range, never handed out twice while the range lasts.
    const base = PINNED ? PINNED.from + (cursor % (PINNED.size - count + 1)) : 20000 + Math.floor(Math.random() * 40000);
    if (PINNED) cursor += count;
    let ok = true;
    for (let p = base; p < base + count && ok; p++) ok = await portFree(p);
    if (ok) return base;
  }
  throw new Error(PINNED ? `no free loopback ports in ${PINNED.from}–${PINNED.from + PINNED.size - 1} (DNSCODE_TEST_PORT_BASE)` : 'no free loopback ports');
}

export interface StartOptions {
  zones?: string[];
  /** Zone file contents to put in place before start: zone name → text. */
  zoneFiles?: Record<string, string>;
  /** Extra environment for the start script (TSIG_ALG, NOTIFY_PORT, PRIMARY, TSIG_SECRET, ...). */
  env?: Record<string, string>;
  /** A port chosen beforehand (e.g. one a primary already NOTIFYs); default: a free one. */
  port?: number;
}

export async function startServer(kind: ServerKind, opts: StartOptions = {}): Promise<RunningServer> {
  const dir = await mkdtemp(join(tmpdir(), `dnscode-${kind}-`));
  await mkdir(join(dir, 'zones'), { recursive: true });
  for (const [zone, text] of Object.entries(opts.zoneFiles ?? {})) await writeFile(join(dir, 'zones', `${zone}.zone`), text);
  const zones = kind === 'pdns' ? [] : (opts.zones ?? ['example.test']);
  let lastErr: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = opts.port ?? await freePorts(PORTS[kind]);
    try {
      await run(join(here, `start-${kind}.sh`), [dir, String(port), ...zones], {
        env: { ...process.env, ...opts.env }, timeout: 120_000,
      });
      const env = parseEnv(await readFile(join(dir, 'server.env'), 'utf8'));
      return {
        kind, dir, port, env,
        async stop() { await run(join(here, `stop-${kind}.sh`), [dir]).catch(() => undefined); },
      };
    } catch (e) {
      lastErr = e;
      // Another process took the port between the check and the start: try other ports.
      if (!String((e as { stderr?: string }).stderr ?? '').includes('already in use')) break;
    }
  }
  const err = lastErr as { stderr?: string; message?: string };
  throw new Error(`start-${kind}.sh failed: ${err.stderr || err.message}`);
}

function parseEnv(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line);
    if (m) env[m[1]!] = m[2]!.replace(/^"(.*)"$/, '$1');
  }
  return env;
}

/** Wait until 127.0.0.1:port answers the zone's SOA (optionally with at least `minSerial`). */
export async function waitForSoa(port: number, zone: string, minSerial = 0, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    const r = new dnsp.Resolver({ timeout: 300, tries: 1 });
    r.setServers([`127.0.0.1:${port}`]);
    try {
      const soa = await r.resolveSoa(zone);
      if (soa.serial >= minSerial) return soa.serial;
      last = `serial ${soa.serial} < ${minSerial}`;
    } catch (e) { last = (e as { code?: string }).code ?? String(e); }
    if (Date.now() > deadline) throw new Error(`no SOA${minSerial ? ` >= ${minSerial}` : ''} for ${zone} from 127.0.0.1:${port} (${last})`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

/** `dig +short` against the server: what it serves now, sorted. */
export async function dig(port: number, name: string, type: string): Promise<string[]> {
  const { stdout } = await run('dig', ['+short', '+norecurse', '+tcp', '@127.0.0.1', '-p', String(port), name, type]);
  return stdout.split('\n').filter((l) => l.trim() !== '').sort();
}
