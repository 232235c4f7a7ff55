// Saved-plan fuzzing (`push --plan`): a real plan made by `preview --plan` over BIND zone files is mutated
// (text and JSON structure) and handed to push --plan's reading and checking (restorePlan, in process; a few
// through the CLI with a 20 s limit). Every case must be refused with a typed error or accepted; a plan is
// accepted only if its content is the reviewed one (the same canonical JSON: a mutation that only changes
// whitespace or key order), so no edited plan gets through, and the zone file is never touched. Half the
// cases also recompute the digest, as anyone who can edit plan.json can (the digest is a checksum; only
// --plan-digest pins it): then the record checks and the re-diff must refuse every plan that would apply
// anything but the reviewed changes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/_util/io.js';
import { PlanFileError } from '../../src/errors.js';
import { planDigest } from '../../src/plan/saved/plan-file.js';
import type { Plan } from '../../src/plan/types.js';
import { restorePlan } from '../../src/run/restore-plan.js';
import { CLI, HEADER, Workdir } from '../e2e/helpers.js';
import { mutate, mutateJson } from './mutate.js';
import { Findings, isTypedError } from './oracle.js';
import { cases, suiteRng } from './prng.js';

const config = (web: string, extra = '') => `${HEADER}
D("example.com", REG_NONE, DnsProvider(DSP_BIND),
  A("@", "192.0.2.1"), A("web", "${web}"), MX("@", 10, "mail.example.com."), A("mail", "192.0.2.25"),
  TXT("t", ["v=spf1", "-all"]), CAA("@", "issue", "letsencrypt.org"), SRV("_sip._tcp", 10, 5, 5060, "sip.example.com."),${extra}
);
D("example.net", REG_NONE, DnsProvider(DSP_BIND), CNAME("www", "example.com."), AAAA("@", "2001:db8::1"));
`;
const DICTIONARY = ['null', 'true', 'false', '[]', '{}', '""', '-1', '0', '1e400', '"__proto__"', '"constructor"', '"A"', '"MX"',
  '"CREATE"', '"DELETE"', '"MODIFY"', '"sha256:00"', '"records"', '"changes"', '"zones"', '"providers"', '"digest"', '"ttl"', '"\\u0000"'];

let wd: Workdir;
let seed = '';
let zoneBefore = '';
/** What a plan would apply: the corrections that run, per zone and provider, leaving out entries with none
 *  (a plan edited to drop a zone or provider that changes nothing, or to add notes to a registrar that has
 *  nothing to do, applies the same changes). */
const applies = (plan: Plan): string => JSON.stringify(plan.zones
  .map((z) => [z.domain, z.providers.map((p) => [p.name, p.corrections.filter((c) => c.run).map((c) => c.msg)]).filter(([, c]) => c!.length)])
  .filter(([, providers]) => providers!.length));
/** The mutated JSON with its digest recomputed, when it is a JSON object at all. */
function redigest(text: string): string | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    return JSON.stringify({ ...v, digest: planDigest(v as never) });
  } catch {
    return undefined;
  }
}
const canon = (text: string): string | undefined => { try { return canonicalize(JSON.parse(text)); } catch { return undefined; } };

beforeAll(async () => {
  wd = await Workdir.create(config('192.0.2.2'));
  // An absolute zone folder: the in-process cases run with this test's working directory, not the workdir.
  await wd.write('creds.json', JSON.stringify({ bind: { TYPE: 'BIND', directory: wd.path('zones') } }));
  expect((await wd.run('push', '--bindserial', '2024010101')).code).toBe(0);
  await wd.write('dnsconfig.js', config('192.0.2.3', '\n  A("new", "192.0.2.4"),'));
  expect((await wd.run('preview', '--plan', 'plan.json')).code).toBe(0);
  seed = await wd.read('plan.json');
  zoneBefore = await wd.read('zones/example.com.zone');
});
afterAll(async () => { await wd?.remove(); });

describe('fuzz: saved plans', () => {
  it('a mutated plan is refused with a typed error, or accepted only when its content is the reviewed one', async () => {
    const rng = suiteRng('plan');
    const findings = new Findings('plan');
    const io: Io = { out: () => {}, err: () => {}, color: false, cwd: wd.dir, env: {} };
    const original = canon(seed);
    let reviewed = '';
    {
      fs.writeFileSync(wd.path('mutated.json'), seed);
      const run = await restorePlan({ plan: 'mutated.json', creds: 'creds.json', variable: [] } as never, io);
      reviewed = applies(run.plan);
      await run.close?.();
    }
    let accepted = 0;
    let deep = 0;
    const n = cases(300);
    for (let c = 0; c < n; c++) {
      const m = rng.chance(0.5) ? mutate(seed, rng, { dictionary: DICTIONARY, others: [seed] }) : mutateJson(seed, rng);
      const resigned = rng.chance(0.5) ? redigest(m.text) : undefined;
      const text = resigned ?? m.text;
      const steps = resigned ? [...m.steps, 'digest recomputed'] : m.steps;
      fs.writeFileSync(wd.path('mutated.json'), text);
      try {
        const run = await restorePlan({ plan: 'mutated.json', creds: 'creds.json', variable: [] } as never, io);
        await run.close?.();
        accepted++;
        if (resigned) {
          deep++;
          if (applies(run.plan) !== reviewed) findings.add(c, steps, text, `an edited plan would apply other changes: ${applies(run.plan)}`);
        } else if (canon(text) !== original) findings.add(c, steps, text, 'an edited plan was accepted');
      } catch (e) {
        if (!isTypedError(e) && !(e instanceof PlanFileError)) findings.crash(c, steps, text, e);
      }
    }
    console.log(`fuzz plan: ${n} cases, ${accepted} accepted (${deep} of them with a recomputed digest, applying exactly the reviewed changes)`);
    expect(findings.items, findings.report()).toEqual([]);
    expect(await wd.read('zones/example.com.zone')).toBe(zoneBefore);
  });

  it('through the CLI: push --plan of a mutated plan exits 0 or 1 within 20 s and changes the zone only for the reviewed plan', () => {
    const rng = suiteRng('plan-cli');
    const findings = new Findings('plan-cli');
    let zone = zoneBefore;
    for (let c = 0; c < cases(8); c++) {
      const { text, steps } = mutateJson(seed, rng);
      fs.writeFileSync(wd.path('mutated.json'), text);
      const r = spawnSync(process.execPath, [CLI, 'push', '--plan', 'mutated.json'], { cwd: wd.dir, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
      if (process.env.FUZZ_DEBUG) console.log(c, steps, r.status, r.stdout.slice(-300), r.stderr.slice(0, 300));
      if (r.error || r.signal) findings.add(c, steps, text, `no clean exit within 20 s (${r.error?.message ?? r.signal})`);
      else if (r.status !== 0 && r.status !== 1) findings.add(c, steps, text, `exit ${r.status}: ${r.stderr}`);
      else if (/TypeError|RangeError|at .*\.js:\d+/.test(r.stderr)) findings.add(c, steps, text, `crash: ${r.stderr}`);
      else if (r.status === 0 && canon(text) !== canon(seed)) findings.add(c, steps, text, 'an edited plan was applied');
      else if (r.status === 1 && fs.readFileSync(path.join(wd.dir, 'zones/example.com.zone'), 'utf8') !== zone) findings.add(c, steps, text, 'a refused plan changed the zone');
      // The reviewed plan itself (a mutation that changed nothing) is applied once; later ones are out of date.
      if (r.status === 0) zone = fs.readFileSync(path.join(wd.dir, 'zones/example.com.zone'), 'utf8');
    }
    expect(findings.items, findings.report()).toEqual([]);
  }, 300_000);
});
