// Runs DNSControl's integration sequence (dnscontrol-sequence.ts) against targets, as DNSControl's runTests
// does: per group a clean slate, then each state applied in order; after each state a second plan must find
// 0 changes, and the zone read back must hold exactly the state's records. BIND zone files written by a
// state must load in named-checkzone. One vitest test per group and target; provider instances are reused.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import type { DNSConfig, DomainConfig, RecordConfig } from '../../src/ir/types.js';
import { normalizeConfig } from '../../src/normalize/index.js';
import { HOSTNAME_TARGET_TYPES } from '../../src/normalize/labels.js';
import { compileUnmanaged, matchesUnmanaged } from '../../src/diff/glob.js';
import { comparableText } from '../../src/rr/text.js';
import { toASCII } from '../../src/_util/names.js';
import { asciiDomain } from '../../src/ir/ascii.js';
import { apply, type ApplyResult, type Target } from './harness.js';
import type { ProviderType } from '../../src/providers/types.js';
import { getProviderType } from '../../src/providers/registry.js';
import { CD, GROUPS, type SeqGroup, type SeqState } from './dnscontrol-sequence.js';
import { skipTest } from '../skip.js';
import { fixTtl } from '../../src/providers/cloudns/provider.js';
import { DEFAULT_TTLS as CLOUDNS_TTLS } from '../../src/providers/cloudns/api.js';

export const ZONE = 'example.com';
const CHECKZONE = ['/usr/sbin/named-checkzone', '/usr/bin/named-checkzone'].find((p) => existsSync(p));
const execRun = promisify(execFile);

export interface SeqTarget {
  label: string;
  /** Why the target cannot run here (a server binary is missing). */
  skip?: string;
  start(): Promise<{ target: Target; creds?: Record<string, string>; zoneFile?: string; close(): Promise<void> }>;
}

/** Groups dnscode gets wrong, by `TYPE: group` (`*: group` for every provider the group runs on): the
 *  state that fails and why. The group's test is skipped with that reason when exactly that state fails;
 *  it fails when another state does, or when the group passes (then remove the entry). */
export const KNOWN_FAILURES: Record<string, { state: string; reason: string }> = {
  'LINODE: SRV (TTL, b2066)': {
    state: 'Change TTL999',
    reason: 'Linode stores only listed TTLs: 333 and 999 both round up to 3600, so the change finds nothing to do. DNSControl ' +
      'rounds the same way (linodeProvider.go fixTTL) and fails the same state ("Expected changes, but got none"); it gates ' +
      'Attl and TTL off with not("LINODE") for this reason, but not this group',
  },
  'CLOUDFLAREAPI: NS only APEX': {
    state: 'Single NS at apex',
    reason: 'Cloudflare serves its own apex NS: as DNSControl (checkNSModifications), dnscode leaves ns1.foo.com. out with ' +
      'a warning, so the state finds nothing to change (DNSControl\'s "Expected changes, but got none" too)',
  },
  'NAMECHEAP: NS only APEX': {
    state: 'Single NS at apex',
    reason: 'Namecheap serves its own apex NS (registrar-servers.com) and setHosts cannot set them: as DNSControl (its ' +
      'GetZoneRecordsCorrections filter), dnscode leaves ns1.foo.com. out with a warning, so the state finds nothing to change',
  },
};

/** Why the group does not run on this provider type (testPermitted), or undefined. */
export function gate(g: SeqGroup, type: ProviderType): string | undefined {
  const lacking = (g.requires ?? []).filter((c) => !type.capabilities[c]?.can);
  if (lacking.length) return `${lacking.join(', ')} not supported`;
  if (g.only && !g.only.includes(type.name)) return `only(${g.only.join(', ')})`;
  if (g.not?.includes(type.name)) return `excluded by not("${type.name}")`;
  return undefined;
}

/** The state as dnscode's CLI would hand it to the providers: placeholders filled in, normalised. */
export function stateDomain(s: SeqState, target: Target, creds: Record<string, string> = {}): DomainConfig {
  const fill = (v: string) => v.replaceAll(CD, ZONE).replaceAll('**subscription-id**', creds.SubscriptionID ?? '')
    .replaceAll('**resource-group**', creds.ResourceGroup ?? '');
  const all = s.records.map((r) => ({ ...structuredClone(r), name: fill(r.name), target: fill(r.target) }));
  // DNSControl's test adds records to the zone without its config checks; dnscode's (as DNSControl's) refuse
  // NS at the apex in a config ("use NAMESERVER()"), so those are added after normalising, as the test does.
  const apexNs = all.filter((r) => r.type === 'NS' && r.name === '@');
  const records = all.filter((r) => !apexNs.includes(r));
  const dc: DomainConfig = {
    name: ZONE, registrar: 'none', dnsProviders: { p: -1 }, records,
    ...(s.ignore ? { unmanaged: structuredClone(s.ignore) } : {}), ...(s.unsafeIgnore ? { unmanaged_disable_safety_check: true } : {}),
  };
  const cfg: DNSConfig = { registrars: [], dns_providers: [{ name: 'p', type: target.type.name }], domains: [dc] };
  const p = normalizeConfig(cfg);
  if (p.errors.length) throw new Error(`the state does not normalise:\n  ${p.errors.join('\n  ')}`);
  const out = cfg.domains[0]!;
  out.records.push(...apexNs);
  // As the run layer hands domains to providers (src/run/plan-run.ts): names in punycode.
  return asciiDomain(out);
}

/** The TTL a provider's API documents it stores for a configured one, where that differs, for the read-back.
 *  ClouDNS takes only the TTLs its "Available TTL" call lists (the fake lists the default ones) and the
 *  provider rounds up to them before the diff, as DNSControl does (DNSControl gates no group off for it:
 *  its sequence does not read the zone back). Linode also rounds, but reads a rounded TTL as the configured
 *  one. */
const STORED_TTL: Record<string, (ttl: number) => number> = {
  CLOUDNS: (ttl) => fixTtl(CLOUDNS_TTLS, ttl),
};

/** A record as a comparable line: ASCII name, TTL, type, rdata (host names case-folded), provider extras. */
function line(rc: RecordConfig, target: Target, dc: DomainConfig): string {
  let rdata = rc.type === 'SOA'
    ? [rc.target, rc.soambox, rc.soarefresh, rc.soaretry, rc.soaexpire, rc.soaminttl].join(' ') // the serial is the provider's
    : comparableText(rc);
  if (HOSTNAME_TARGET_TYPES.has(rc.type)) rdata = rdata.toLowerCase();
  const extra = target.type.comparableExtra?.(rc, dc) ?? '';
  return `${toASCII(rc.name).toLowerCase()} ${rc.ttl} ${rc.type} ${rdata}${extra ? ` ; ${extra}` : ''}`;
}

/** What the provider read after the state was applied (the second plan's read), compared with the state.
 *  Left out on both sides: records an IGNORE covers, the apex NS of the provider's own nameservers, and the
 *  SOA unless the state sets one (its serial is the provider's). */
function readBack(run: Run, dc: DomainConfig, after: ApplyResult, before?: RecordConfig[]): { got: string[]; want: string[] } {
  const ignores = (dc.unmanaged ?? []).map(compileUnmanaged);
  const ignored = (rc: RecordConfig) => ignores.some((u) => matchesUnmanaged(u, rc.name, rc.type, rc.target));
  const wantSoa = dc.records.some((r) => r.type === 'SOA');
  const keep = (rc: RecordConfig) => !ignored(rc) && !(rc.type === 'SOA' && !wantSoa)
    && !(rc.type === 'NS' && rc.name === '@' && run.ownNs.has(rc.target.toLowerCase()));
  const want = before ? dc.records.map((r) => keptEch(r, before)) : dc.records;
  const text = (recs: RecordConfig[]) => recs.filter(keep).map((r) => line(r, run.t, dc)).sort();
  const stored = STORED_TTL[run.t.type.name];
  return { got: text(after.existing), want: text(stored ? want.map((r) => ({ ...r, ttl: stored(r.ttl) })) : want) };
}

/** The record with "ech=IGNORE" replaced by the ech value of the record the zone had at its name and type. */
function keptEch(r: RecordConfig, before: RecordConfig[]): RecordConfig {
  if (!/\bech=IGNORE\b/.test(r.svcparams ?? '')) return r;
  const old = before.find((b) => b.type === r.type && b.name === r.name)?.svcparams?.match(/\bech=("[^"]*"|\S+)/)?.[1];
  const svcparams = r.svcparams!.replace(/\s*\bech=IGNORE\b/, old ? ` ech=${old}` : '').trim();
  return { ...r, svcparams };
}

/** named-checkzone on a copy of the zone file as this state left it; runs while the next states go on. */
async function checkZone(run: Run, state: string): Promise<void> {
  if (!CHECKZONE || !run.zoneFile || !existsSync(run.zoneFile)) return;
  const copy = `${run.zoneFile}.check${run.checks.length}`;
  await copyFile(run.zoneFile, copy);
  run.checks.push({
    state,
    done: execRun(CHECKZONE, [ZONE, copy]).then(() => undefined, (e: { stdout?: string; stderr?: string }) =>
      `named-checkzone refuses the zone file push wrote:\n${e.stdout ?? ''}${e.stderr ?? ''}`),
  });
}

/** One target while a group runs. */
interface Run {
  t: Target;
  creds?: Record<string, string>;
  zoneFile?: string;
  /** The provider's own nameservers (FQDNs with a dot, lower case). */
  ownNs: Set<string>;
  checks: Array<{ state: string; done: Promise<string | undefined> }>;
}

const EMPTY: SeqState = { name: 'Clean Slate', records: [] };

async function runState(run: Run, s: SeqState, notes: string[]): Promise<void> {
  const { t, creds } = run;
  if (s.refused) {
    expect(() => stateDomain(s, t, creds)).toThrow(s.refused.error);
    notes.push(`${s.name}: refused by dnscode's config checks, as expected: ${s.refused.because}`);
    return;
  }
  const dc = stateDomain(s, t, creds);
  const refused = t.type.audit?.(dc.records) ?? [];
  if (refused.length) {
    // makeChanges: t.Skipf("***SKIPPED(PROVIDER DOES NOT SUPPORT ...)"), and the group goes on.
    notes.push(`${s.name}: skipped, the provider's audit refuses it: ${refused.join('; ')}`);
    return;
  }
  // HTTPS/SVCB "ech=IGNORE" (DNSControl): the ech value the zone has now is kept; no ech if it has none.
  const ech = dc.records.some((r) => /\bech=IGNORE\b/.test(r.svcparams ?? '')) ? await t.provider.getZoneRecords(ZONE) : undefined;
  const first = await apply(t, dc);
  if (s.expectNoChanges) expect(first.changes, `first run of a no-change state found:\n${first.lines.join('\n')}`).toBe(0);
  else if (s.records.length) expect(first.corrections + first.changes, 'expected changes, got none').toBeGreaterThan(0);
  await checkZone(run, s.name);
  if (s.records.length === 0) return; // "If we just emptied out the zone, no need for a second pass."
  const second = await apply(t, dc, true);
  expect(second.lines, 'second run').toEqual([]);
  expect(second.changes, 'second run').toBe(0);
  const { got, want } = readBack(run, dc, second, ech);
  expect(got, 'records read back').toEqual(want);
}

export function describeSequence(targets: SeqTarget[]): void {
  describe.each(targets)('$label', (factory) => {
    let s: (Awaited<ReturnType<SeqTarget['start']>> & { ownNs: Set<string> }) | undefined;
    beforeAll(async () => { if (!factory.skip) s = { ...(await factory.start()), ownNs: new Set() }; });
    afterAll(async () => { await s?.close(); });
    // The provider type, known before the target starts: each label starts with its TYPE name.
    const type = getProviderType(factory.label.split(' ')[0]!);
    if (!type) throw new Error(`${factory.label}: the label must start with a provider TYPE name`);
    for (const g of GROUPS) {
      const why = gate(g, type);
      const body = async (ctx: TestContext) => {
        if (factory.skip) return skipTest(ctx, factory.skip);
        if (why) return skipTest(ctx, `${type.name}: ${why}`);
        const run: Run = { t: s!.target, creds: s!.creds, zoneFile: s!.zoneFile, ownNs: s!.ownNs, checks: [] };
        const notes: string[] = [];
        await runState(run, EMPTY, notes);
        // Asked once the zone exists (a cloud provider assigns them when it creates the zone).
        if (run.ownNs.size === 0) {
          for (const n of await run.t.provider.getNameservers(ZONE)) run.ownNs.add(`${n.replace(/\.$/, '').toLowerCase()}.`);
        }
        for (const st of g.states) {
          try {
            await runState(run, st, notes);
          } catch (e) {
            (e as Error).message = `state "${st.name}": ${(e as Error).message}`;
            throw e;
          }
        }
        for (const c of run.checks) {
          const refused = await c.done;
          if (refused) throw new Error(`state "${c.state}": ${refused}`);
        }
        if (notes.length) console.warn(`${factory.label} ${g.name}:\n  ${notes.join('\n  ')}`);
      };
      const known = KNOWN_FAILURES[`${type.name}: ${g.name}`] ?? KNOWN_FAILURES[`*: ${g.name}`];
      it.sequential(g.name, async (ctx) => {
        if (!known || why || factory.skip) return body(ctx);
        try {
          await body(ctx);
        } catch (e) {
          if ((e as Error).message.startsWith(`state "${known.state}": `)) {
            return skipTest(ctx, `known failure at state "${known.state}": ${known.reason} [${(e as Error).message.split('\n')[0]}]`);
          }
          throw e;
        }
        throw new Error(`known failure "${known.state}" no longer fails on ${type.name}: remove it from KNOWN_FAILURES`);
      });
    }
  });
}

export const zoneFileIn = (dir: string): string => join(dir, `${ZONE}.zone`);
