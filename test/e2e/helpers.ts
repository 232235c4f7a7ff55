// Real processes in real temp dirs: spawn ./bin/dnscode (built dist/) with a dnsconfig.js and creds.json.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(root, 'bin', 'dnscode');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `uid` runs the CLI as another user (root ignores file permissions). */
export function dnscode(cwd: string, args: string[], env: Record<string, string> = {}, input = '', cli = CLI, uid?: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const ids = uid === undefined ? {} : { uid, gid: uid };
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, ...ids });
    child.stdin.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export const BIND_CREDS = '{\n  // zone files in ./zones\n  "bind": { "TYPE": "BIND", "directory": "zones" },\n}\n';

export const HEADER = `var REG_NONE = NewRegistrar("none");
var DSP_BIND = NewDnsProvider("bind", {
  default_soa: { master: "ns1.example.net.", mbox: "hostmaster.example.net.", refresh: 3600, retry: 600, expire: 604800, minttl: 1440 },
  default_ns: ["ns1.example.net.", "ns2.example.net."],
});
`;

export class Workdir {
  readonly dir: string;
  constructor(dir: string) { this.dir = dir; }

  static async create(config: string, creds = BIND_CREDS): Promise<Workdir> {
    const w = new Workdir(await mkdtemp(path.join(tmpdir(), 'dnscode-e2e-')));
    await w.write('dnsconfig.js', config);
    await w.write('creds.json', creds);
    return w;
  }

  path(rel: string): string { return path.join(this.dir, rel); }

  async write(rel: string, text: string): Promise<void> {
    await mkdir(path.dirname(this.path(rel)), { recursive: true });
    await writeFile(this.path(rel), text);
  }

  read(rel: string): Promise<string> { return readFile(this.path(rel), 'utf8'); }

  async mtime(rel: string): Promise<number> { return (await stat(this.path(rel))).mtimeMs; }

  /** Every file under the dir except the inputs, with contents: to prove a failed run wrote nothing. */
  async snapshot(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const e of await readdir(this.dir, { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const rel = path.relative(this.dir, path.join(e.parentPath, e.name));
      out[rel] = await readFile(path.join(this.dir, rel), 'utf8');
    }
    return out;
  }

  run(...args: string[]): Promise<RunResult> { return dnscode(this.dir, args); }

  remove(): Promise<void> { return rm(this.dir, { recursive: true, force: true }); }
}
