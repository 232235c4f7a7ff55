// Bad configs: each gives one clear error naming file, line and column (and the record where there is one).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dsl-errors-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function errorOf(js: string, opts: { allowFetch?: boolean } = {}): Promise<string> {
  const file = `c${Math.random().toString(36).slice(2, 8)}.js`;
  fs.writeFileSync(path.join(dir, file), js);
  const io = { out() {}, err() {}, color: false, cwd: dir, env: {} };
  try {
    await loadConfig({ config: file, variable: [], ...opts }, io);
  } catch (e) {
    return (e as Error).message.replaceAll(file, 'F.js');
  }
  throw new Error('config was accepted');
}

const REG = 'var REG = NewRegistrar("none");\n';

describe('bad input gives one located error', () => {
  it.each<[string, string, RegExp]>([
    ['syntax error', `${REG}D("example.com", REG,\n  A("@", "1.2.3.4"\n);\n`, /^F\.js:4:2: syntax error: missing `\)` to close the `\(` of D\( at line 2, column 2$/],
    ['unknown function', `${REG}D("example.com", REG,\n  A("@", "1.2.3.4"),\n  FOOBAR("x"));\n`, /^F\.js:4:3: unknown function or variable FOOBAR/],
    ['MX without priority', `${REG}D("example.com", REG,\n  MX("@", "mx.example.com."));\n`, /^F\.js:3:3: MX record requires 3 arguments \(name, priority, target\)\. Only 2 were supplied$/],
    ['MX arguments reversed', `${REG}D("example.com", REG, MX("@", "mx.", 5));\n`, /^F\.js:2:23: MX record priority argument validation failed/],
    ['CNAME at the apex', `${REG}D("example.com", REG,\n  CNAME("@", "other.example.net."));\n`, /F\.js:3:3: CNAME "@" in example.com: cannot create a CNAME record at the apex/],
    ['old 3-argument D()', `${REG}D("example.com", REG, "dsp");\n`, /^F\.js:2:1: domain modifier type unsupported: string/],
    ['duplicate domain', `${REG}D("example.org", REG);\nD("example.org", REG);\n`, /^F\.js:3:1: example\.org is declared more than once$/],
    ['NAMESERVER with two arguments', `${REG}D("example.com", REG, NAMESERVER("@", "ns1.foo.com."));\n`, /^F\.js:2:23: NAMESERVER only accepts one argument/],
    ['bad HASH algorithm', `${REG}D(HASH("123", "abc"), REG);\n`, /^F\.js:2:3: HASH: unsupported algorithm "123"/],
    ['bad CIDR', `${REG}D(REV("foo.com"), REG);\n`, /^F\.js:2:3: REV: "foo\.com" is not an IP address or CIDR$/],
    ['CF_REDIRECT with a comma', `${REG}D("foo.com", REG, CF_REDIRECT("foo.com,", "baaa"));\n`, /^F\.js:2:19: CF_REDIRECT arguments must not contain commas$/],
    ['ADGUARDHOME passthrough with a value', `${REG}D("foo.com", REG, ADGUARDHOME_A_PASSTHROUGH("x", "1.2.3.4"));\n`, /ADGUARDHOME_A_PASSTHROUGH takes an empty value/],
    ['PANIC', `${REG}PANIC("stop here");\n`, /^F\.js:2:1: PANIC: stop here$/],
    ['D_EXTEND of an undeclared domain', `${REG}D_EXTEND("x.example.com", A("@", "1.2.3.4"));\n`, /^F\.js:2:1: x\.example\.com was not declared yet/],
    ['require of a missing file', `require("./nope.js");\n`, /^F\.js:1:1: require\("\.\/nope\.js"\): no such file nope\.js$/],
    ['FETCH without --allow-fetch', `FETCH("https://example.com/");\n`, /^F\.js:1:1: FETCH is disabled; run with --allow-fetch/],
    ['throw of a string', `throw "custom failure";\n`, /^F\.js:1:1: the config threw "custom failure"$/],
    ['throw of a string after other code', `${REG}if (REG) throw 'oops';\n`, /^F\.js:2:10: the config threw "oops"$/],
    ['throw of undefined', `${REG}\nthrow undefined;\n`, /^F\.js:3:1: the config threw undefined$/],
    ['throw of a number', `${REG}throw 42;\n`, /^F\.js:2:1: the config threw 42$/],
    ['throw of an object that is not an Error', `${REG}throw Object.create(null);\n`, /^F\.js:2:1: the config threw an object that is not an Error$/],
    ['throw of an object with a message but no stack', `${REG}throw { message: "plain" };\n`, /^F\.js:2:1: Error: plain$/],
    ['throw of a computed value, from the only throw that is not a literal', `${REG}function fail(m) {\n  throw "failed: " + m;\n}\nfail("x");\n`, /^F\.js:3:3: the config threw "failed: x"$/],
    ['a value no single throw can have thrown still names the config', `${REG}function fail(m) { throw m; }\nfunction fail2(m) { throw m; }\nfail2("x");\n`,
      /^F\.js: the config threw "x" \(not an Error, so no line is known\)$/],
    ['BigInt in a record', `${REG}D("example.com", REG,\n  A("@", "1.2.3.4", 10n));\n`, /^F\.js:3:3: A\(\): argument 3 is a BigInt \(10n\), which DSL arguments cannot be/],
    ['BigInt deep in a meta object', `${REG}D("example.com", REG, { x: [1, 2n] });\n`, /^F\.js:2:1: D\(\): argument 3 contains a BigInt \(2n\)/],
    ['object as a target', `${REG}D("example.com", REG,\n  A("@", {}));\n`, /^F\.js:3:3: A record target must be a string or a number, got an object$/],
    ['list as a target', `${REG}D("example.com", REG,\n  CNAME("www", ["x."]));\n`, /^F\.js:3:3: CNAME record target must be a string or a number, got a list$/],
    ['a cyclic argument', `${REG}var m = {}; m.self = m;\nD("example.com", REG,\n  A("@", "1.2.3.4", m));\n`,
      /^F\.js:4:3: A\(\): argument 3 is nested more than 100 levels deep \(a cycle\?\)$/],
    ['brackets nested beyond V8\'s parser', `var x = ${'['.repeat(2000)}${']'.repeat(2000)};`,
      /^F\.js:1:108: syntax error: brackets are nested 2000 levels deep \(level 100 opens here\), more than V8's parser can take$/],
    ['process is not available', `process.exit(3);\n`, /^F\.js:1:1: unknown function or variable process/],
    ['misspelt function: a difference of case', `${REG}D("example.com", REG,\n  Mx("@", 10, "mx."));\n`, /^F\.js:3:3: unknown function or variable Mx \(not part of the DNSControl DSL\); did you mean MX\?$/],
    ['misspelt function: a letter missing', `${REG}D("example.com", REG, CNAM("www", "x."));\n`, /^F\.js:2:23: unknown function or variable CNAM \(not part of the DNSControl DSL\); did you mean CNAME\?$/],
    ['misspelt function: NewDNSProvider', `var DSP = NewDNSProvider("bind");\n`, /did you mean NewDnsProvider\?$/],
    ['misspelt function: SPFBUILDER', `var SPF = SPFBUILDER({ label: "@", parts: [] });\n`, /did you mean SPF_BUILDER\?$/],
    ['misspelt variable of the config', `${REG}D("example.com", REGG);\n`, /unknown function or variable REGG \(not part of the DNSControl DSL\); did you mean REG\?$/],
    ['no suggestion for a name near nothing', `${REG}D("example.com", REG, FOOBAR("x"));\n`, /unknown function or variable FOOBAR \(not part of the DNSControl DSL\)$/],
    ['bad nsCount', `${REG}D("e.com", REG, DnsProvider("x", -2));\n`, /^F\.js:2:17: DnsProvider\(name, nsCount\): nsCount must be -1/],
    ['bad TTL', `${REG}D("e.com", REG, A("@", "1.2.3.4", TTL("1x")));\n`, /^F\.js:2:35: TTL: "1x" is not a valid TTL/],
  ])('%s', async (_name, js, want) => {
    expect(await errorOf(js)).toMatch(want);
  });

  it('a value thrown by a required file is placed there', async () => {
    fs.writeFileSync(path.join(dir, 'thrower.js'), 'var a = 1;\nthrow "from the library";\n');
    expect(await errorOf('require("./thrower.js");\n')).toBe('thrower.js:2:1: the config threw "from the library"');
  });

  it('a number still becomes an A target (DNSControl\'s num2dot)', async () => {
    const file = 'num-target.js';
    fs.writeFileSync(path.join(dir, file), `${REG}D("example.com", REG, A("@", 3221225985));\n`);
    const io = { out() {}, err() {}, color: false, cwd: dir, env: {} };
    const cfg = await loadConfig({ config: file, variable: [] }, io);
    expect(cfg.domains[0]!.records.find((r) => r.type === 'A')?.target).toBe('192.0.2.1');
  });

  it('collects every validation problem in one error, each with position and record', async () => {
    const msg = await errorOf(`${REG}D("example.com", REG,\n  CNAME("www", "a.b"),\n  A("www", "1.2.3.4"),\n  A("bad", "1.2.3"),\n  SRV("_s._tcp", 1, 1, 70000, "t."));\n`);
    expect(msg.split('\n')).toEqual([
      'F.js: 4 errors:',
      '  - F.js:3:3: CNAME "www" in example.com: target "a.b" must end with a dot (.) to be a full name, or have no dot to be relative (https://docs.dnscontrol.org/language-reference/why-the-dot)',
      '  - F.js:5:3: A "bad" in example.com: target "1.2.3" is not an IPv4 address',
      '  - F.js:6:3: SRV "_s._tcp" in example.com: port must be an integer 0-65535, got 70000',
      '  - F.js:3:3: CNAME "www" in example.com: a label with a CNAME cannot have other records (also A at F.js:4:3)',
    ]);
  });
});
