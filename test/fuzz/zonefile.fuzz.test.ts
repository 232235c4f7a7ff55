// Zone-file parser fuzzing: mutated zone files either parse or fail with a ZoneParseError; what parses must
// round-trip (parse → write → parse gives the same records), and a sample of what we write must load in
// named-checkzone when it is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../../src/ir/types.js';
import { isZoneFileType } from '../../src/rr/registry.js';
import { rdataText } from '../../src/rr/text.js';
import { parseZone } from '../../src/zonefile/parser.js';
import { formatZone } from '../../src/zonefile/writer.js';
import { mutate } from './mutate.js';
import { Findings, isTypedError } from './oracle.js';
import { cases, suiteRng } from './prng.js';
import { zoneSeeds } from './seeds.js';

const DICTIONARY = ['$ORIGIN', '$TTL', '$INCLUDE', '$GENERATE', '(', ')', ';', '\\', '"', '@', '*', 'IN', 'CH', 'TYPE65534',
  '\\# 0', '\\# 2 abcd', 'SOA', 'NS', 'A', 'AAAA', 'MX', 'TXT', 'CNAME', 'SRV', 'CAA', 'DS', 'TLSA', 'SSHFP', 'LOC', 'NAPTR',
  'SVCB', 'HTTPS', 'DNSKEY', 'PTR', 'DNAME', 'RP', '1h', '1w2d', '0', '.', '..', 'example.com.', '\\046', '\\255', '\\.', '$GENERATE 1-3 h$ A 192.0.2.$',
  // IPv6 forms that node:net accepts but no record can hold (a zone ID), or that take another path (a dotted quad).
  'fe80::1%eth0', '%', '::ffff:192.0.2.1', '1::2::3'];

const includeRefused = (file: string): string => { throw Object.assign(new Error(`no $INCLUDE while fuzzing: ${file}`), { code: 'ENOENT' }); };

const key = (r: RecordConfig) => `${r.name} ${r.ttl} ${r.type} ${rdataText(r)}`;
const keys = (rs: RecordConfig[]) => rs.filter((r) => isZoneFileType(r.type)).map(key).sort();

const NAMED = spawnSync('sh', ['-c', 'command -v named-checkzone'], { encoding: 'utf8' }).stdout.trim();

describe('fuzz: zone files', () => {
  it('mutated zone files parse, or fail with a ZoneParseError; accepted ones round-trip', () => {
    const rng = suiteRng('zonefile');
    const seeds = zoneSeeds();
    const findings = new Findings('zonefile');
    const forNamed: { origin: string; records: RecordConfig[]; caseNo: number; steps: string[]; input: string }[] = [];
    let accepted = 0;
    const n = cases(600);
    for (let c = 0; c < n; c++) {
      const seed = rng.pick(seeds);
      const { text, steps } = mutate(seed.text, rng, { dictionary: DICTIONARY, others: seeds.map((s) => s.text) });
      let records: RecordConfig[];
      try {
        records = parseZone(text, { origin: seed.origin, file: 'fuzz.zone', readFile: includeRefused });
      } catch (e) {
        if (!isTypedError(e)) findings.crash(c, steps, text, e);
        continue;
      }
      accepted++;
      try {
        const written = formatZone(records);
        const again = parseZone(written, { origin: seed.origin, file: 'written.zone' });
        const [a, b] = [keys(records), keys(again)];
        if (JSON.stringify(a) !== JSON.stringify(b)) {
          const diff = a.filter((k) => !b.includes(k)).slice(0, 3).concat(['→'], b.filter((k) => !a.includes(k)).slice(0, 3));
          findings.add(c, steps, text, `round trip changed the records: ${diff.join(' | ')}`);
        } else if (forNamed.length < 12 && records.length > 0 && rng.chance(0.3)) {
          forNamed.push({ origin: seed.origin, records, caseNo: c, steps, input: text });
        }
      } catch (e) {
        findings.add(c, steps, text, `writing or re-reading an accepted zone failed: ${(e as Error).stack ?? String(e)}`);
      }
    }
    if (NAMED) checkWithNamed(forNamed, findings);
    console.log(`fuzz zonefile: ${n} cases, ${accepted} accepted, ${forNamed.length} checked with ${NAMED || 'no named-checkzone'}`);
    expect(findings.items, findings.report()).toEqual([]);
  });
});

/** named-checkzone must load what we write (with an SOA and NS added when the zone has none). Zones whose
 *  records break rules named enforces beyond syntax (CNAME and other data, several SOA) are skipped. */
function checkWithNamed(zones: { origin: string; records: RecordConfig[]; caseNo: number; steps: string[]; input: string }[], findings: Findings): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-named-'));
  try {
    for (const z of zones) {
      const recs = z.records.filter((r) => isZoneFileType(r.type));
      const byName = new Map<string, Set<string>>();
      for (const r of recs) byName.set(r.name, (byName.get(r.name) ?? new Set()).add(r.type));
      if ([...byName.values()].some((t) => t.has('CNAME') && t.size > 1)) continue;
      // Singleton types named refuses twice at one name (semantics, not syntax).
      const singles = recs.filter((r) => r.type === 'CNAME' || r.type === 'DNAME').map((r) => `${r.name} ${r.type}`);
      if (new Set(singles).size !== singles.length) continue;
      if (recs.filter((r) => r.type === 'SOA').length > 1 || recs.some((r) => r.type === 'SOA' && r.name !== '@')) continue;
      if (!recs.some((r) => r.type === 'SOA')) {
        recs.push({ type: 'SOA', name: '@', target: 'ns1.fuzz.invalid.', soambox: 'hostmaster.fuzz.invalid.', soaserial: 1, soarefresh: 3600, soaretry: 600, soaexpire: 604800, soaminttl: 300, ttl: 300 });
      }
      if (!recs.some((r) => r.type === 'NS' && r.name === '@')) recs.push({ type: 'NS', name: '@', target: 'ns1.fuzz.invalid.', ttl: 300 });
      // named wants an address for an NS target inside the zone: add one (a semantic rule, not syntax).
      const origin = `${z.origin.toLowerCase()}.`;
      let glueless = false;
      for (const ns of recs.filter((r) => r.type === 'NS')) {
        const t = ns.target.toLowerCase();
        const rel = t === origin ? '@' : t.endsWith(`.${origin}`) ? t.slice(0, -origin.length - 1) : undefined;
        if (rel === undefined) continue;
        const types = byName.get(rel);
        if (types?.has('CNAME') || types?.has('DNAME')) glueless = true;
        else if (!types?.has('A') && !types?.has('AAAA')) {
          recs.push({ type: 'A', name: rel, target: '192.0.2.1', ttl: 300 });
          byName.set(rel, (types ?? new Set()).add('A'));
        }
      }
      if (glueless) continue;
      const file = path.join(dir, `${z.caseNo}.zone`);
      fs.writeFileSync(file, formatZone(recs));
      try {
        execFileSync(NAMED, ['-q', '-i', 'none', '-k', 'ignore', '-n', 'ignore', '-m', 'ignore', '-M', 'ignore', '-S', 'ignore', '-T', 'ignore', '-W', 'ignore', z.origin, file], { timeout: 20_000 });
      } catch {
        const out = spawnSync(NAMED, ['-i', 'none', '-k', 'ignore', '-n', 'ignore', '-m', 'ignore', '-M', 'ignore', '-S', 'ignore', '-T', 'ignore', '-W', 'ignore', z.origin, file], { encoding: 'utf8', timeout: 20_000 });
        findings.add(z.caseNo, z.steps, z.input, `named-checkzone refuses what we wrote (${file}): ${(out.stdout + out.stderr).trim().split('\n').slice(0, 3).join(' / ')}`);
      }
    }
  } finally {
    if (findings.items.length === 0) fs.rmSync(dir, { recursive: true, force: true });
  }
}
