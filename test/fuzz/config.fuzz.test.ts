// dnsconfig.js fuzzing: mutated configs load, or fail with a typed error (ConfigError, ValidationError, ...).
// What loads must be valid IR (checkIrShape) that reads back through --ir unchanged. Most cases run in
// process (the DSL and normaliser without the isolated evaluator's process); a few run `dnscode check` as a
// process, with a 20 s limit against hangs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIrShape, parseIrJson } from '../../src/ir/shape.js';
import { markIrInput, normalizeConfig } from '../../src/normalize/index.js';
import { loadInProcess, scratch, type Scratch } from './configs.js';
import { mutate } from './mutate.js';
import { Findings, isTypedError } from './oracle.js';
import { cases, suiteRng } from './prng.js';
import { configSeeds, ROOT } from './seeds.js';

const DICTIONARY = ['D(', 'D_EXTEND(', 'A(', 'AAAA(', 'MX(', 'CNAME(', 'TXT(', 'SRV(', 'CAA(', 'NS(', 'PTR(', 'TTL(', 'NAMESERVER(',
  'NewRegistrar(', 'NewDnsProvider(', 'DnsProvider(', 'IGNORE(', 'REV(', 'require(', 'require_glob(', 'IMPORT_TRANSFORM(', 'SPF_BUILDER(',
  'undefined', 'null', '{}', '[]', '"__proto__"', 'constructor', '"@"', '"*"', '"."', '""', '-1', '1e309', '"2001:db8::1"', '"fe80::1%eth0"', '"::ffff:192.0.2.1"', '"192.0.2.1"',
  'this', 'globalThis', 'process', 'Function', 'eval', 'arguments', '...', '=>', 'throw', '"\\u0000"'];

let s: Scratch;
beforeAll(() => { s = scratch(); });
afterAll(() => s.remove());

describe('fuzz: dnsconfig.js', () => {
  it('mutated configs load or fail with a typed error; what loads is valid IR that --ir reads back the same', async () => {
    const rng = suiteRng('config');
    const seeds = configSeeds();
    const texts = seeds.map((x) => x.text);
    const findings = new Findings('config');
    let loaded = 0;
    const n = cases(300);
    for (let c = 0; c < n; c++) {
      // Strings up to 2,000 characters keep the suite fast; long names have their own tests (test/e2e/long-names).
      const { text, steps } = mutate(rng.pick(texts), rng, { dictionary: DICTIONARY, others: texts, hugeMax: 2000 });
      fs.writeFileSync(path.join(s.dir, 'dnsconfig.js'), text);
      let cfg;
      try {
        cfg = await loadInProcess(s.dir);
      } catch (e) {
        if (!isTypedError(e)) findings.crash(c, steps, text, e);
        continue;
      }
      loaded++;
      try {
        checkIrShape(cfg, 'evaluated');
        const once = JSON.stringify(cfg);
        const again = markIrInput(parseIrJson(once, 'print-ir'));
        const p = normalizeConfig(again, { credsTypes: {} });
        if (p.errors.length) findings.add(c, steps, text, `its print-ir does not load with --ir: ${p.errors[0]}`);
        else if (JSON.stringify(again) !== once) findings.add(c, steps, text, 'its print-ir read back with --ir gives other IR');
      } catch (e) {
        findings.add(c, steps, text, `the evaluated config is not valid IR: ${(e as Error).message}`);
      }
    }
    console.log(`fuzz config: ${n} cases in process, ${loaded} loaded`);
    expect(findings.items, findings.report()).toEqual([]);
  });

  it('mutated configs through `dnscode check`: exit 0 or 1 with a typed error, within 20 s', async () => {
    const rng = suiteRng('config-cli');
    const texts = configSeeds().map((x) => x.text);
    const findings = new Findings('config-cli');
    const n = cases(12);
    for (let c = 0; c < n; c++) {
      const { text, steps } = mutate(rng.pick(texts), rng, { dictionary: DICTIONARY, others: texts, hugeMax: 2000 });
      fs.writeFileSync(path.join(s.dir, 'dnsconfig.js'), text);
      const r = await run(s.dir, ['check', '--debug'], 20_000);
      if (r.timedOut) findings.add(c, steps, text, 'dnscode check did not finish within 20 s');
      else if (r.code !== 0 && r.code !== 1) findings.add(c, steps, text, `exit code ${r.code}: ${r.stderr.slice(0, 300)}`);
      else if (r.code === 1 && !/^(ConfigError|ValidationError|UsageError|ZoneParseError)\b/m.test(r.stderr)) {
        findings.add(c, steps, text, `untyped error: ${r.stderr.slice(0, 400)}`);
      }
    }
    console.log(`fuzz config-cli: ${n} cases through bin/dnscode check`);
    expect(findings.items, findings.report()).toEqual([]);
  });
});

function run(cwd: string, args: string[], timeout: number): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'dnscode'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeout);
    child.stdout.resume();
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stderr, timedOut }); });
  });
}
