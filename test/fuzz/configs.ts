// Config seeds run in a scratch copy of their folders (so require("./lib/...") and globs still resolve), and
// the IR they give: the seeds of the IR suite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/cli/io.js';
import { loadConfig } from '../../src/config/load.js';
import { ROOT, configSeeds } from './seeds.js';

export interface Scratch { dir: string; io: Io; remove(): void }

/** A temp dir holding copies of the seed configs' folders; configs are written into it as dnsconfig.js. */
export function scratch(): Scratch {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-config-'));
  fs.cpSync(path.join(ROOT, 'src/dsl/testdata'), dir, { recursive: true });
  const io: Io = { out: () => {}, err: () => {}, color: false, cwd: dir, env: {} };
  return { dir, io, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** print-ir JSON of every seed config that loads. */
export async function irSeeds(s: Scratch): Promise<string[]> {
  const out: string[] = [];
  for (const seed of configSeeds()) {
    fs.writeFileSync(path.join(s.dir, 'dnsconfig.js'), seed.text);
    try {
      const cfg = await loadConfig({ config: 'dnsconfig.js', variable: [] }, s.io, { positions: true, credsTypes: {} });
      out.push(JSON.stringify(cfg, null, 2));
    } catch {
      // A seed that needs something this scratch dir lacks: skipped.
    }
  }
  return out;
}
