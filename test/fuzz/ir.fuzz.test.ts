// IR JSON fuzzing (`--ir`, and what a sandboxed evaluation returns): mutated IR is accepted or refused with a
// ConfigError by parseIrJson, and what it accepts normalises without throwing (problems are returned, never
// thrown). IR that normalises cleanly must be stable: its JSON read back and normalised again is unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIrJson } from '../../src/ir/shape.js';
import { markIrInput, normalizeConfig } from '../../src/normalize/index.js';
import { formatZone } from '../../src/zonefile/writer.js';
import { irSeeds, scratch, type Scratch } from './configs.js';
import { mutate, mutateJson } from './mutate.js';
import { Findings, isTypedError } from './oracle.js';
import { cases, suiteRng } from './prng.js';

const DICTIONARY = ['null', 'true', 'false', '[]', '{}', '""', '-1', '1.5', '1e400', '"__proto__"', '"constructor"', '"prototype"',
  '"@"', '"*"', '"."', '".."', '"A"', '"MX"', '"CNAME"', '"TXT"', '"SRV"', '"CAA"', '"R53_ALIAS"', '"IMPORT_TRANSFORM"', '"ttl"', '"type"',
  '"name"', '"target"', '"meta"', '"records"', '"domains"', '"dnsProviders"', '"registrar"', '"mxpreference"', '"txtstrings"', '"\\u0000"'];

let s: Scratch;
let seeds: string[];
beforeAll(async () => { s = scratch(); seeds = await irSeeds(s); });
afterAll(() => s.remove());

describe('fuzz: IR JSON', () => {
  it('mutated IR is refused with a ConfigError or normalises without throwing; clean IR is stable', () => {
    expect(seeds.length).toBeGreaterThan(5);
    const rng = suiteRng('ir');
    const findings = new Findings('ir');
    let accepted = 0;
    let clean = 0;
    const n = cases(400);
    for (let c = 0; c < n; c++) {
      // Half the cases change the text (mostly invalid JSON), half the structure (valid JSON, odd IR).
      const seed = rng.pick(seeds);
      const { text, steps } = rng.chance(0.5) ? mutate(seed, rng, { dictionary: DICTIONARY, others: seeds }) : mutateJson(seed, rng);
      try {
        const cfg = markIrInput(parseIrJson(text, 'ir.json'));
        accepted++;
        const problems = normalizeConfig(cfg, { credsTypes: { none: 'NONE', bind: 'BIND' } });
        if (problems.errors.length) continue;
        clean++;
        for (const dc of cfg.domains) formatZone(dc.records);
        const once = JSON.stringify(cfg);
        const again = markIrInput(parseIrJson(once, 'again.json'));
        const p2 = normalizeConfig(again, { credsTypes: { none: 'NONE', bind: 'BIND' } });
        if (p2.errors.length) findings.add(c, steps, text, `normalised IR does not normalise again: ${p2.errors[0]}`);
        else if (JSON.stringify(again) !== once) findings.add(c, steps, text, 'normalising normalised IR changed it');
      } catch (e) {
        if (!isTypedError(e)) findings.crash(c, steps, text, e);
      }
    }
    console.log(`fuzz ir: ${n} cases from ${seeds.length} seeds, ${accepted} accepted by the shape check, ${clean} normalised cleanly`);
    expect(findings.items, findings.report()).toEqual([]);
  });
});
