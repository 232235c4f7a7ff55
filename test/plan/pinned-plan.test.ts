// Plans you can pin, through the real CLI over BIND zone files: the plan's digest is printed by every preview
// format, `push --plan` refuses a plan whose content does not match its digest, `--plan-digest` refuses any
// plan but the reviewed one, and a plan edited *with* a recomputed digest is still refused, because push
// checks its records like a config's and diffs them again. Every refusal: exit 1, no file touched.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, Workdir } from '../e2e/helpers.js';

const config = (web: string, extra = '') => `${HEADER}
D("example.com", REG_NONE, DnsProvider(DSP_BIND),
  A("@", "192.0.2.1"),
  A("web", "${web}"),
  MX("@", 10, "mail.example.com."),
  A("mail", "192.0.2.25"),${extra}
);
`;
const CREDS = '{ "bind": { "TYPE": "BIND", "directory": "zones" } }';
const ZONE = 'zones/example.com.zone';

interface Rec { type: string; name: string; target: string; ttl: unknown }
interface PlanJson {
  digest: string;
  zones: Array<{ providers: Array<{ lines: string[]; dc: { records: Rec[] }; changes: Array<{ new: Rec[]; msgs: string[] }> }> }>;
  [k: string]: unknown;
}

let w: Workdir | undefined;
afterEach(async () => { await w?.remove(); w = undefined; });

/** The zone pushed, the config changed (web modified, new created), and a plan saved; returns the digest printed. */
async function planned(): Promise<{ wd: Workdir; digest: string }> {
  const wd = await Workdir.create(config('192.0.2.2'), CREDS);
  expect((await wd.run('push', '--bindserial', '2024010101')).code).toBe(0);
  await wd.write('dnsconfig.js', config('192.0.2.3', '\n  A("new", "192.0.2.4"),'));
  const preview = await wd.run('preview', '--plan', 'plan.json');
  expect(preview.code, preview.stderr).toBe(0);
  const digest = /^Plan digest: (sha256:[0-9a-f]{64}) /m.exec(preview.stderr)?.[1];
  expect(digest, preview.stderr).toBeDefined();
  return { wd, digest: digest! };
}

/** The digest as the docs define it: sha256 over the RFC 8785 canonical JSON of the plan without `digest`. */
const digestOf = ({ digest: _, ...content }: PlanJson) => `sha256:${createHash('sha256').update(canonicalize(content)!).digest('hex')}`;

/** Edit the plan like someone who knows the format: change it, then write a matching digest. */
async function edit(wd: Workdir, change: (p: PlanJson) => void, redigest = true): Promise<void> {
  const p = JSON.parse(await wd.read('plan.json')) as PlanJson;
  change(p);
  if (redigest) p.digest = digestOf(p);
  await wd.write('plan.json', JSON.stringify(p, null, 2));
}

/** push --plan must refuse: exit 1, nothing on stdout, no file changed; returns stderr. */
async function refused(wd: Workdir, ...extra: string[]): Promise<string> {
  const before = await wd.snapshot();
  const push = await wd.run('push', '--plan', 'plan.json', ...extra);
  expect(push.code, push.stderr).toBe(1);
  expect(push.stdout).toBe('');
  expect(await wd.snapshot()).toEqual(before);
  return push.stderr;
}

const bind = (p: PlanJson) => p.zones[0]!.providers[0]!;

describe('the plan digest', () => {
  it('is in the plan file, is sha256 over its canonical content, and every preview format prints it', async () => {
    const { wd, digest } = await planned();
    w = wd;
    const file = JSON.parse(await wd.read('plan.json')) as PlanJson;
    expect(file.digest).toBe(digest);
    expect(digestOf(file)).toBe(digest);
    const md = await wd.run('preview', '--plan', 'plan.json', '--format', 'markdown');
    const mdDigest = (JSON.parse(await wd.read('plan.json')) as PlanJson).digest;
    expect(md.stdout).toContain(`Plan digest: \`${mdDigest}\``);
    expect(md.stdout).toContain(`\`dnscode push --plan plan.json --plan-digest ${mdDigest}\``);
    const json = await wd.run('preview', '--plan', 'plan.json', '--format', 'json');
    expect(JSON.parse(json.stdout).plan).toEqual({ file: 'plan.json', digest: (JSON.parse(await wd.read('plan.json')) as PlanJson).digest });
    // Without --plan there is no plan, and no digest.
    expect(JSON.parse((await wd.run('preview', '--format', 'json')).stdout).plan).toBeUndefined();
  });

  it('push --plan-digest with the reviewed digest applies the plan (with or without "sha256:")', async () => {
    const { wd, digest } = await planned();
    w = wd;
    const push = await wd.run('push', '--plan', 'plan.json', '--plan-digest', digest.slice('sha256:'.length).toUpperCase());
    expect(push.code, push.stderr).toBe(0);
    expect(await wd.read(ZONE)).toMatch(/new\s+IN\s+A\s+192\.0\.2\.4/);
    expect((await wd.run('preview', '--expect-no-changes')).code).toBe(0);
  });

  it('a plan edited after preview without a new digest is refused', async () => {
    const { wd } = await planned();
    w = wd;
    await edit(wd, (p) => { bind(p).dc.records.find((r) => r.name === 'web')!.target = '203.0.113.66'; }, false);
    expect(await refused(wd)).toMatch(/^Error: --plan plan\.json: the plan's content does not match its digest \(sha256:[0-9a-f]{64} in the file, sha256:[0-9a-f]{64} computed\): it was edited after preview wrote it; run preview again\n$/);
  });

  it('a plan without a digest (an older dnscode\'s) is refused', async () => {
    const { wd } = await planned();
    w = wd;
    await edit(wd, (p) => { delete (p as { digest?: string }).digest; }, false);
    expect(await refused(wd)).toBe('Error: --plan plan.json: the plan has no digest (was it made by an older dnscode?); run preview again\n');
  });

  it('--plan-digest refuses any plan but the reviewed one, even one with a valid digest of its own', async () => {
    const { wd, digest } = await planned();
    w = wd;
    // Another valid plan (a new preview after more config edits) is not the one the reviewer saw.
    await wd.write('dnsconfig.js', config('192.0.2.77'));
    expect((await wd.run('preview', '--plan', 'plan.json')).code).toBe(0);
    const other = (JSON.parse(await wd.read('plan.json')) as PlanJson).digest;
    expect(other).not.toBe(digest);
    expect(await refused(wd, '--plan-digest', digest)).toBe(`Error: --plan plan.json: this is not the reviewed plan: --plan-digest is ${digest}, the plan's digest is ${other}\n`);
  });

  it.each<[string, string[], RegExp]>([
    ['--plan-digest without --plan', ['push', '--plan-digest', 'a'.repeat(64)], /^Error: --plan-digest pins the plan given with --plan/],
    ['a --plan-digest that is no digest', ['push', '--plan', 'plan.json', '--plan-digest', 'abc'], /^Error: --plan-digest "abc": expected the plan's digest/],
    ['--plan-digest on preview', ['preview', '--plan', 'plan.json', '--plan-digest', 'a'.repeat(64)], /unknown option '--plan-digest'/],
  ])('%s is a usage error', async (_n, args, err) => {
    const { wd } = await planned();
    w = wd;
    const before = await wd.snapshot();
    const r = await wd.run(...args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(err);
    expect(await wd.snapshot()).toEqual(before);
  });
});

describe('push --plan checks the plan against its own records (edited plans with a recomputed digest)', () => {
  it('an edited record: the saved change lines are not what the records make', async () => {
    const { wd } = await planned();
    w = wd;
    await edit(wd, (p) => { bind(p).dc.records.find((r) => r.name === 'web')!.target = '203.0.113.66'; });
    expect(await refused(wd)).toBe([
      'Error: the plan plan.json does not hold together: its change lines are not the changes its records make; nothing was applied:',
      '  - example.com (bind): the plan\'s change "± MODIFY web.example.com A (192.0.2.2 ttl=300) -> (192.0.2.3 ttl=300)" is not what its records make ("± MODIFY web.example.com A (192.0.2.2 ttl=300) -> (203.0.113.66 ttl=300)")',
      'Run "dnscode preview --plan plan.json" again, review it, and push the new plan.',
      '',
    ].join('\n'));
  });

  it('an edited change line: what preview printed is not what would run', async () => {
    const { wd } = await planned();
    w = wd;
    await edit(wd, (p) => { bind(p).lines[0] = bind(p).lines[0]!.replace('+ CREATE new.example.com A 192.0.2.4', '+ CREATE new.example.com A 192.0.2.5'); });
    expect(await refused(wd)).toContain('  - example.com (bind): the plan shows "+ CREATE new.example.com A 192.0.2.5 ttl=300", its records make "+ CREATE new.example.com A 192.0.2.4 ttl=300"');
  });

  // Found by the plan fuzz suite (test/fuzz/plan.fuzz.test.ts), each with a recomputed digest.
  it('a zone entry shown under another zone\'s name', async () => {
    const { wd } = await planned();
    w = wd;
    await edit(wd, (p) => { (p.zones[0] as unknown as { domain: string }).domain = 'other.example'; });
    expect(await refused(wd)).toContain('other.example (bind): the entry\'s records are for "example.com"');
  });

  it('a zone entry listed twice (its changes would run twice)', async () => {
    const { wd } = await planned();
    w = wd;
    await edit(wd, (p) => { p.zones.push(structuredClone(p.zones[0]!)); });
    expect(await refused(wd)).toContain('example.com (bind): listed more than once');
  });

  it('an edited change (its record, with its line kept)', async () => {
    const { wd } = await planned();
    w = wd;
    await edit(wd, (p) => { bind(p).changes[0]!.new[0]!.target = '198.51.100.99'; });
    expect(await refused(wd)).toContain('  - example.com (bind): the change "+ CREATE new.example.com A 192.0.2.4 ttl=300" (changes[0]) carries other records than its records make');
  });

  it('a 70,000-character A record behind two ordinary change lines: refused by the config\'s record checks', async () => {
    const { wd } = await planned();
    w = wd;
    let at = -1;
    await edit(wd, (p) => { at = bind(p).dc.records.push({ type: 'A', name: 'new', target: '1'.repeat(70_000), ttl: 300 }) - 1; });
    const err = await refused(wd);
    expect(err).toBe([
      'Error: --plan plan.json: the plan\'s records fail the checks a config\'s records get; nothing was applied:',
      `  - $.zones[0].providers[0].dc.records[${at}]: A "new" in example.com: target "${'1'.repeat(40)}…${'1'.repeat(10)}" (70,000 characters) is not an IPv4 address`,
      '',
    ].join('\n'));
    expect((await wd.read(ZONE)).length).toBeLessThan(2_000);
  });

  it('a TXT record larger than a DNS record holds, as in a config', async () => {
    const { wd } = await planned();
    w = wd;
    let at = -1;
    await edit(wd, (p) => { at = bind(p).dc.records.push({ type: 'TXT', name: 'big', target: 'x'.repeat(70_000), ttl: 300 }) - 1; });
    expect(await refused(wd)).toContain(`  - $.zones[0].providers[0].dc.records[${at}]: TXT "big" in example.com: TXT data is 70,275 bytes on the wire; a DNS record holds at most 65,535\n`);
    // The same record in the config is refused with the same words.
    await wd.write('dnsconfig.js', config('192.0.2.3', `\n  TXT("big", "${'x'.repeat(70_000)}"),`));
    const check = await wd.run('check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('TXT "big" in example.com: TXT data is 70,275 bytes on the wire; a DNS record holds at most 65,535');
  });

  it.each<[string, (p: PlanJson) => void, string]>([
    ['a bad name', (p) => { bind(p).dc.records.find((r) => r.name === 'new')!.name = 'two..dots'; }, 'A "two..dots" in example.com: label "two..dots" has an empty label (two dots in a row?)'],
    ['a TTL out of range', (p) => { bind(p).dc.records.find((r) => r.name === 'new')!.ttl = -5; }, 'A "new" in example.com: TTL must be 0-4294967295, got -5'],
    ['an MX without a host name', (p) => { bind(p).dc.records.find((r) => r.type === 'MX')!.target = 'mail .example.com.'; }, 'MX "@" in example.com: target "mail .example.com." includes an invalid character'],
  ])('%s is refused with the config\'s message, at its JSON path', async (_n, change, reason) => {
    const { wd } = await planned();
    w = wd;
    await edit(wd, change);
    expect(await refused(wd)).toMatch(new RegExp(`^Error: --plan plan\\.json: the plan's records fail the checks a config's records get; nothing was applied:\\n  - \\$\\.zones\\[0\\]\\.providers\\[0\\]\\.dc\\.records\\[\\d+\\]: ${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
  });
});

describe('malformed plan files name the JSON path', () => {
  it.each<[string, (p: PlanJson) => void, string]>([
    ['a TTL that is not a number', (p) => { bind(p).dc.records[1]!.ttl = '300'; }, '$.zones[0].providers[0].dc.records[1].ttl: expected a number'],
    ['records that are not a list', (p) => { (bind(p).dc as { records: unknown }).records = { a: 1 }; }, '$.zones[0].providers[0].dc.records: expected a list'],
    ['a zone without providers', (p) => { delete (p.zones[0] as { providers?: unknown }).providers; }, '$.zones[0].providers: missing'],
    ['an MX preference as text', (p) => { (bind(p).dc.records.find((r) => r.type === 'MX') as unknown as Record<string, unknown>).mxpreference = 'ten'; }, '.mxpreference: expected a number'],
    ['a change of an unknown kind', (p) => { (bind(p).changes[0] as unknown as { kind: string }).kind = 'upsert'; }, '$.zones[0].providers[0].changes[0].kind: expected "create" or "change" or "delete" or "report"'],
  ])('%s', async (_n, change, reason) => {
    const { wd } = await planned();
    w = wd;
    await edit(wd, change);
    const err = await refused(wd);
    expect(err).toMatch(/^Error: --plan plan\.json: \$\.zones\[0\]/);
    expect(err).toContain(reason);
    expect(err).not.toMatch(/TypeError|Cannot read prop/);
  });

  it('a truncated plan file', async () => {
    const { wd } = await planned();
    w = wd;
    const text = await wd.read('plan.json');
    await wd.write('plan.json', text.slice(0, Math.floor(text.length / 2)));
    expect(await refused(wd)).toMatch(/^Error: --plan plan\.json: not a plan file \(invalid JSON: .*line \d+ column \d+.*; the file ends early: is it cut short\?\)\n$/);
  });
});

describe('a plan the config made is never refused by the checks', () => {
  const rich = (ip: string) => `${HEADER}
D("example.com", REG_NONE, DnsProvider(DSP_BIND), DefaultTTL(600), NAMESERVER("ns3.example.org."),
  A("@", "${ip}"), AAAA("@", "2001:db8::1"), CNAME("www", "@"), MX("@", 10, "mail"),
  TXT("@", "v=spf1 -all"), TXT("long", "${'x'.repeat(600)}"), TXT("multi", ["a", "b c"]),
  CAA("@", "issue", "letsencrypt.org"), SRV("_sip._tcp", 10, 60, 5060, "sip.example.com."),
  NS("sub", "ns.elsewhere.net."), DS("sub", 12345, 13, 2, "${'ab'.repeat(32)}"),
  TLSA("_443._tcp.www", 3, 1, 1, "abcdef"), SSHFP("host", 4, 2, "${'12'.repeat(32)}"),
  NAPTR("n", 100, 10, "U", "E2U+sip", "!^.*$!sip:info@example.com!", "."),
  HTTPS("h", 1, ".", "alpn=h2,h3"), LOC("loc", 51, 30, 12.748, "N", 0, 7, 39.611, "W", 0, 0, 0, 0),
  A("*.wild", "192.0.2.9"), A("ttl", "192.0.2.10", TTL(86400)),
  IGNORE("foreign"), NO_PURGE
);
D("2.0.192.in-addr.arpa", REG_NONE, DnsProvider(DSP_BIND), PTR("1", "host.example.com."), PTR("192.0.2.5", "five.example.com."));
D("bücher.example", REG_NONE, DnsProvider(DSP_BIND), A("@", "${ip}"), A("straße", "192.0.2.8"));
D("example.net!inside", REG_NONE, DnsProvider(DSP_BIND), A("@", "${ip}"));
D_EXTEND("sub2.example.com", A("www", "${ip}"), CNAME("alias", "www"));
`;

  it.each<[string, string[]]>([['default flags', []], ['--reportmax 0 --disableordering', ['--reportmax', '0', '--disableordering']]])(
    'many record types, IGNORE and NO_PURGE, IDN, tags, reverse zones and D_EXTEND (%s)', async (_n, flags) => {
      w = await Workdir.create(rich('192.0.2.1'), CREDS);
      expect((await w.run('push', '--bindserial', '2024010101')).code).toBe(0);
      await w.write(ZONE, `${await w.read(ZONE)}foreign IN A 203.0.113.1\nunknown IN A 203.0.113.2\n`);
      await w.write('dnsconfig.js', `${rich('192.0.2.100')}D("new.example", REG_NONE, DnsProvider(DSP_BIND), A("@", "192.0.2.1"));\n`);
      const preview = await w.run('preview', '--plan', 'plan.json', ...flags);
      expect(preview.code, preview.stderr).toBe(0);
      expect(preview.stdout).toContain('records not being deleted because of IGNORE*()');
      const digest = (JSON.parse(await w.read('plan.json')) as PlanJson).digest;
      // push takes the diff flags from the plan, not from its own command line.
      const push = await w.run('push', '--plan', 'plan.json', '--plan-digest', digest);
      expect(push.code, push.stderr).toBe(0);
      if (!flags.length) expect(push.stdout.split('\n').filter((l) => l !== 'SUCCESS!').join('\n')).toBe(preview.stdout);
      else expect(push.stdout).toContain('1 records not being deleted because of IGNORE*().\n');
      expect(await w.read(ZONE)).toMatch(/foreign\s+IN\s+A\s+203\.0\.113\.1/);
      expect((await w.run('preview', '--expect-no-changes')).code).toBe(0);
    });
});
