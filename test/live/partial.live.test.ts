// Partial pushes converge, proven at the worst moment: a fault proxy cuts the connection after the k-th
// UPDATE message (AXFRDDNS on BIND) or PATCH request (PowerDNS), before or after the server's answer
// reaches dnscode, and `kill -9` lands on a `dnscode push` process between two messages. After each,
// `preview` shows exactly the changes that are not in the zone (checked record by record against what
// the server serves), `push` applies them, and a second `preview` shows none: no duplicate, nothing lost.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, skipReason, type RunningServer } from '../servers/servers.js';
import { axfrddns } from '../../src/providers/axfrddns/index.js';
import { powerdns } from '../../src/providers/powerdns/index.js';
import type { RecordConfig } from '../../src/ir/types.js';
import type { ProviderType } from '../../src/providers/types.js';
import { runOnce } from '../integration/concurrent.js';
import { startDnsFaultProxy, startHttpFaultProxy, type CutMode, type FaultProxy } from '../fakes/fault-proxy.js';
import { domain, rec } from './harness.js';

const ZONE = 'example.test';
const cli = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'dnscode');
/** Existing records the push deletes, and records it creates: enough for 4+ UPDATE messages / PATCHes. */
const OLD = 300, NEW = 7000;
const old = () => Array.from({ length: OLD }, (_, i) => rec(ZONE, `d${i}`, 'A', `10.9.${i >> 8}.${i & 255}`));
const fresh = () => Array.from({ length: NEW }, (_, i) => rec(ZONE, `c${i}`, 'A', `10.3.${i >> 8}.${i & 255}`));

interface Kind {
  label: string;
  server: 'bind' | 'pdns';
  type: ProviderType;
  creds(s: RunningServer, via?: FaultProxy): Record<string, string>;
  meta: Record<string, unknown>;
  proxy(s: RunningServer, mode: CutMode, k: number, onHold?: () => void): Promise<FaultProxy>;
  /** Records the zone must keep (BIND refuses an in-zone NS target without an address). */
  keep: RecordConfig[];
  /** The NewDnsProvider meta in a dnsconfig.js. */
  metaJs: string;
}

const KINDS: Kind[] = [
  {
    label: 'AXFRDDNS on BIND', server: 'bind', type: axfrddns, meta: {}, metaJs: '',
    creds: (s, via) => {
      const key = `${s.env.TSIG_ALG}:${s.env.TSIG_NAME}:${s.env.TSIG_SECRET}`;
      return { master: `127.0.0.1:${via ? via.port : s.port}`, nameservers: `ns1.${ZONE}`, 'transfer-key': key, 'update-key': key };
    },
    proxy: (s, mode, k, onHold) => startDnsFaultProxy({ target: { host: '127.0.0.1', port: s.port }, mode, k, onHold }),
    keep: [rec(ZONE, 'ns1', 'A', '127.0.0.1')],
  },
  {
    label: 'POWERDNS', server: 'pdns', type: powerdns, meta: { default_ns: [`ns1.${ZONE}.`] }, metaJs: `, {"default_ns": ["ns1.${ZONE}."]}`,
    // 0.15 MB bodies: the push is split into several PATCHes.
    creds: (s, via) => ({ apiUrl: `http://127.0.0.1:${via ? via.port : s.env.API_PORT}`, apiKey: s.env.API_KEY!, maxBodySizeMB: '0.15' }),
    proxy: (s, mode, k, onHold) => startHttpFaultProxy({ target: { host: '127.0.0.1', port: Number(s.env.API_PORT) }, mode, k, onHold }),
    keep: [],
  },
];

/** "+ CREATE c1.example.test A 10.3.0.1 ttl=300" → the record and whether the line adds or removes it. */
function effect(line: string): { add: boolean; key: string } | undefined {
  const m = /^[+-] (CREATE|DELETE) (\S+) A (\S+)/.exec(line.trim());
  return m ? { add: m[1] === 'CREATE', key: `${m[2]!.toLowerCase()} ${m[3]}` } : undefined;
}

describe.each(KINDS)('$label: an interrupted push', (kind) => {
  const skip = skipReason(kind.server);
  let srv: RunningServer;
  beforeAll(async () => { if (!skip) srv = await startServer(kind.server, { zones: [ZONE] }); }, 120_000);
  afterAll(async () => { await srv?.stop(); });

  const desired = () => domain(ZONE, [...kind.keep, ...fresh()]);
  const direct = () => kind.creds(srv);
  /** What the server holds now, as "name ip" keys of its A records. */
  const served = async () => {
    const p = await kind.type.createDns!({ credkey: 'p', creds: direct(), meta: kind.meta });
    const all = await p.getZoneRecords(ZONE);
    const keys = all.filter((r) => r.type === 'A').map((r) => `${r.name === '@' ? ZONE : `${r.name}.${ZONE}`} ${r.target}`);
    return { keys, set: new Set(keys) };
  };
  let planned: string[] = [];

  beforeEach(async () => {
    if (skip) return;
    // The zone before: the OLD records, then the full plan (delete OLD, create NEW) as preview shows it.
    const start = await runOnce(kind.type, direct(), kind.meta, domain(ZONE, [...kind.keep, ...old()]), true);
    expect(start.result.error).toBeUndefined();
    const preview = await runOnce(kind.type, direct(), kind.meta, desired(), false);
    planned = preview.lines.filter((l) => effect(l));
    expect(planned.length).toBe(OLD + NEW);
  }, 120_000);

  /** After the interruption: preview lists exactly what the zone lacks; push converges; nothing doubled. */
  async function converges(): Promise<void> {
    const now = await served();
    const left = (await runOnce(kind.type, direct(), kind.meta, desired(), false)).lines.filter((l) => effect(l));
    const pending = new Set(left);
    // Some of the push went in, some did not.
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(planned.length);
    for (const line of left) expect(planned, 'preview shows only changes of the plan').toContain(line);
    for (const line of planned) {
      const e = effect(line)!;
      // Applied ⇔ the server shows its effect; pending ⇔ it does not.
      expect(now.set.has(e.key) === e.add, `${line} ${pending.has(line) ? 'is pending' : 'is not pending'}, the server ${now.set.has(e.key) ? 'has' : 'lacks'} it`).toBe(!pending.has(line));
    }
    const done = await runOnce(kind.type, direct(), kind.meta, desired(), true);
    expect(done.result.error).toBeUndefined();
    expect(done.lines.filter((l) => effect(l)).sort()).toEqual([...left].sort());
    expect((await runOnce(kind.type, direct(), kind.meta, desired(), false)).lines.filter((l) => effect(l))).toEqual([]);
    const after = await served();
    expect(after.keys.length, 'no record twice').toBe(after.set.size);
    expect(after.set.size).toBe(NEW + kind.keep.length);
  }

  it.skipIf(skip).each<[CutMode, number]>([['before-reply', 1], ['after-reply', 2]])(
    'the connection cut %s to write message %i: the push fails saying so, then preview and push converge', async (mode, k) => {
      const proxy = await kind.proxy(srv, mode, k);
      try {
        const cut = await runOnce(kind.type, kind.creds(srv, proxy), kind.meta, desired(), true);
        expect(cut.result.error).toBeDefined();
        const msg = String((cut.result.error as Error).message);
        expect(msg).toMatch(mode === 'before-reply' ? /may have been applied/ : /were applied by \d+ earlier|applied by earlier/);
        expect(proxy.forwarded).toBe(k);
      } finally {
        await proxy.close();
      }
      await converges();
    }, 120_000);

  it.skipIf(skip)('kill -9 of `dnscode push` between two messages: preview and push converge', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dnscode-kill-'));
    try {
      const records = desired().records.map((r) => `A("${r.name}", "${r.target}")`).join(',\n  ');
      await writeFile(join(dir, 'dnsconfig.js'), `var REG = NewRegistrar("none");\nD("${ZONE}", REG, DnsProvider(NewDnsProvider("p"${kind.metaJs})),\n  ${records});\n`);
      let child: ReturnType<typeof spawn> | undefined;
      let killed!: () => void;
      const wasKilled = new Promise<void>((r) => { killed = r; });
      const proxy = await kind.proxy(srv, 'hold', 2, () => { child?.kill('SIGKILL'); killed(); });
      try {
        await writeFile(join(dir, 'creds.json'), JSON.stringify({ p: { TYPE: kind.type.name, ...kind.creds(srv, proxy) } }));
        child = spawn(process.execPath, [cli, 'push', '--force', '--no-colors'], { cwd: dir, stdio: 'ignore' });
        const exit = new Promise<NodeJS.Signals | null>((r) => child!.on('exit', (_c, sig) => r(sig)));
        await wasKilled;
        expect(await exit).toBe('SIGKILL');
        expect(proxy.forwarded).toBe(2);
      } finally {
        await proxy.close();
      }
      await converges();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
