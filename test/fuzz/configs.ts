// Config seeds run in a scratch copy of their folders (so require("./lib/...") and globs still resolve), and
// the IR they give: the seeds of the IR suite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/_util/io.js';
import { loadConfig } from '../../src/config/load.js';
import { evaluateFile } from '../../src/dsl/evaluate.js';
import { ValidationError } from '../../src/errors.js';
import type { DNSConfig } from '../../src/ir/types.js';
import { checkIrShape } from '../../src/ir/shape.js';
import { ConfinedSource } from '../../src/isolate/files.js';
import { normalizeConfig } from '../../src/normalize/index.js';
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

/**
 * dnsconfig.js in `dir` evaluated in this process, then checked and normalised as loadConfig does. Real runs
 * evaluate in the isolated evaluator (a process each time, which would make hundreds of cases slow); the
 * DSL, the checks and the normaliser are the same code.
 */
export async function loadInProcess(dir: string): Promise<DNSConfig> {
  const source = new ConfinedSource({ cwd: dir, root: dir, deny: [], allowFetch: false, display: (a) => path.relative(dir, a) });
  const r = await evaluateFile(path.join(dir, 'dnsconfig.js'), { cwd: dir, source, recordPositions: false });
  const cfg = checkIrShape(r.config, 'dnsconfig.js');
  const problems = normalizeConfig(cfg, { domainPos: r.domainPos, credsTypes: {} });
  if (problems.errors.length) throw new ValidationError('dnsconfig.js', problems.errors);
  return cfg;
}
