// creds.json fuzzing: mutated creds files load, or fail with a ConfigError; what loads is an object of
// entries of strings with plain prototypes, and resolving any entry as a provider fails only with typed errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/_util/io.js';
import { checkCredsEntry, loadCreds, parseCredsText, type Creds } from '../../src/creds/load.js';
import { resolveProvider } from '../../src/creds/resolve.js';
import { mutate } from './mutate.js';
import { Findings, isTypedError } from './oracle.js';
import { cases, suiteRng } from './prng.js';
import { credsSeeds } from './seeds.js';

const DICTIONARY = ['"TYPE"', '"BIND"', '"-"', '"$TOKEN"', '"$UNSET"', '"$"', '"__proto__"', '"constructor"', '"prototype"', '"__proto__": {"TYPE": "BIND"},', '"constructor": {},', '"__proto__": "x",', 'null', 'true',
  '[]', '{}', '""', '//', '/*', '*/', ',', ':', '"_exclude_from_defaults"', '"notifications"', '0x1F', 'Infinity', "'single'", '\\u0000'];

/** A wrong success: something loaded that is not creds. */
function shapeProblem(creds: Creds): string | undefined {
  if (Object.getPrototypeOf(creds) !== Object.prototype) return 'the creds object has another prototype';
  for (const [key, entry] of Object.entries(creds)) {
    if (typeof entry !== 'object' || entry === null || Object.getPrototypeOf(entry) !== Object.prototype) return `entry ${JSON.stringify(key)} is not a plain object`;
    for (const [field, v] of Object.entries(entry)) if (typeof v !== 'string') return `${key}.${field} is not a string`;
  }
  if (({} as Record<string, unknown>).TYPE !== undefined) return 'Object.prototype was polluted';
  return undefined;
}

describe('fuzz: creds.json', () => {
  it('mutated creds parse or fail with a ConfigError; what loads has the right shape', async () => {
    const rng = suiteRng('creds');
    const seeds = credsSeeds();
    const findings = new Findings('creds');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-creds-'));
    const io: Io = { out: () => {}, err: () => {}, color: false, cwd: dir, env: { TOKEN: 's3cret', EMPTY: '' } };
    let loaded = 0;
    const n = cases(500);
    try {
      for (let c = 0; c < n; c++) {
        const { text, steps } = mutate(rng.pick(seeds), rng, { dictionary: DICTIONARY, others: seeds });
        let creds: Creds;
        try {
          // One case in five goes through the file loader ($VAR substitution, BOM/UTF-16 decoding).
          if (c % 5 === 0) {
            fs.writeFileSync(path.join(dir, 'creds.json'), text);
            creds = await loadCreds('creds.json', io);
          } else {
            creds = parseCredsText(text, 'creds.json');
          }
        } catch (e) {
          if (!isTypedError(e)) findings.crash(c, steps, text, e);
          continue;
        }
        loaded++;
        const problem = shapeProblem(creds);
        if (problem) { findings.add(c, steps, text, `wrong success: ${problem}`); continue; }
        for (const key of Object.keys(creds)) {
          try {
            checkCredsEntry(creds[key]);
            resolveProvider(creds, key, rng.pick(['-', undefined, 'BIND', '']));
          } catch (e) {
            if (!isTypedError(e)) findings.crash(c, steps, text, e);
          }
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    console.log(`fuzz creds: ${n} cases, ${loaded} loaded`);
    expect(findings.items, findings.report()).toEqual([]);
  });
});
