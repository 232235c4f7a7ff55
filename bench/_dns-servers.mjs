// Shared by bench/axfrddns-*.mjs and bench/powerdns-*.mjs: start/stop a server with test/servers scripts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

export function hasBinary(name) {
  try { execFileSync('sh', ['-c', `command -v ${name} || test -x /usr/sbin/${name}`], { stdio: 'ignore' }); return true; } catch { return false; }
}

export async function freePort() {
  for (;;) {
    const p = 20000 + Math.floor(Math.random() * 40000);
    const ok = await new Promise((res) => {
      const s = createServer();
      s.once('error', () => res(false));
      s.listen(p, '127.0.0.1', () => s.close(() => res(true)));
    });
    if (ok) return p;
  }
}

export async function start(kind, zones = []) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${kind}-`));
  const port = await freePort();
  execFileSync(`test/servers/start-${kind}.sh`, [dir, String(port), ...zones], { stdio: ['ignore', 'ignore', 'inherit'] });
  const env = Object.fromEntries(readFileSync(join(dir, 'server.env'), 'utf8').split('\n')
    .map((l) => /^([A-Z_]+)=(.*)$/.exec(l)).filter(Boolean).map((m) => [m[1], m[2].replace(/^"(.*)"$/, '$1')]));
  return { dir, port, env, stop: () => execFileSync(`test/servers/stop-${kind}.sh`, [dir], { stdio: 'ignore' }) };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
