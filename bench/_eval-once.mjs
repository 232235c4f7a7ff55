// One evaluation of the config in DIR, in a fresh process, the way `dnscode check` evaluates it:
//   node bench/_eval-once.mjs isolated DIR   loadConfig (the isolated evaluator, started at process start)
//   node bench/_eval-once.mjs inprocess DIR  the same evaluation and normalisation in this process (the
//                                            design before the isolation; the reference of isolation.mjs)
// Prints "<ms> <records>" (time from process start to the normalised config).
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const [mode, dir] = process.argv.slice(2);
let cfg;
if (mode === 'isolated') {
  const { prestartEvaluator } = await import('../dist/isolate/launch.js');
  prestartEvaluator(4096);
  const { loadConfig } = await import('../dist/config/load.js');
  cfg = await loadConfig({ variable: [] }, { out() {}, err: (t) => process.stderr.write(t), color: false, cwd: dir, env: {} });
} else {
  const { evaluateFile } = await import('../dist/dsl/evaluate.js');
  const { ConfinedSource } = await import('../dist/isolate/files.js');
  const { normalizeConfig } = await import('../dist/normalize/index.js');
  const source = new ConfinedSource({ cwd: dir, root: dir, deny: [], allowFetch: false });
  const r = await evaluateFile(path.join(dir, 'dnsconfig.js'), { cwd: dir, source, recordPositions: false });
  const problems = normalizeConfig(r.config, { domainPos: r.domainPos, credsTypes: {} });
  if (problems.errors.length) throw new Error(problems.errors[0]);
  cfg = r.config;
}
const records = cfg.domains.reduce((s, d) => s + d.records.length, 0);
console.log(`${performance.now().toFixed(1)} ${records}`);
