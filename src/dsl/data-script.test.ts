// The data-only fast path (data-script.ts): what it reads and what it leaves to V8, and, above all, that a
// config run as data gives exactly what V8 gives — the same IR, record positions, warnings and errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfinedSource } from '../isolate/files.js';
import { NotData, mayBeData, runDataScript } from './data-script.js';
import { evaluateFile } from './evaluate.js';

/** Runs `code` with globals F (records its calls) and K (a constant); returns the calls or "not data". */
function calls(code: string): Array<[unknown[], number]> | 'not data' {
  const log: Array<[unknown[], number]> = [];
  const F = (...args: unknown[]) => args;
  try {
    runDataScript(code, {
      global: (name) => (name === 'F' ? { value: F } : name === 'K' ? { value: 'k' } : undefined),
      exists: (name) => name === 'F' || name === 'K' || name === 'require',
      call: (fn, args, offset) => {
        log.push([args, offset]);
        return fn(...args);
      },
    });
  } catch (e) {
    if (e instanceof NotData) return 'not data';
    throw e;
  }
  return log;
}

describe('what the data reader reads', () => {
  it('reads literals, lists, objects, names and nested calls, calling in the order JavaScript does', () => {
    const code = 'var x = F(1, -2.5e3, "s", \'t\', true, false, null, undefined, K);\nF([1, [2,],], {a: 1, "b c": x, a: 3, default: 4,}, F())';
    const x = [1, -2500, 's', 't', true, false, null, undefined, 'k'];
    // Each call at its callee's name (where V8 places a call); arguments first, so the inner F() runs first.
    expect(calls(code)).toEqual([
      [x, code.indexOf('F(')],
      [[], code.lastIndexOf('F(')],
      [[[1, [2]], { a: 3, 'b c': x, default: 4 }, []], code.indexOf('\nF(') + 1],
    ]);
  });

  it('reads JSON escapes as JavaScript does, comments, CRLF, a BOM and statements without semicolons', () => {
    const code = '\ufeff// c\r\nF("a\\"b\\\\\\u00e9\\n\\t/") /* x\n */\nF(\'é\')\n;;F("\ttab")';
    const at = [...code.matchAll(/F\(/g)].map((m) => m.index);
    expect(calls(code)).toEqual([[['a"b\\é\n\t/'], at[0]], [['é'], at[1]], [['\ttab'], at[2]]]);
  });

  it.each([
    ['a function', 'F(function () {})'],
    ['an arrow', 'F(() => 1)'],
    ['an operator', 'F("a" + "b")'],
    ['a member access', 'F(K.length)'],
    ['a method call', 'console.log("x")'],
    ['a template', 'F(`x`)'],
    ['a regular expression', 'F(/x/)'],
    ['a hex number', 'F(0x10)'],
    ['a legacy octal', 'F(010)'],
    ['a BigInt', 'F(1n)'],
    ['a number with a separator', 'F(1_000)'],
    ['a leading dot', 'F(.5)'],
    ['a trailing dot', 'F(1.)'],
    ['an escaped name', 'F(\\u004b)'],
    ['a non-ASCII name', 'F(ķ)'],
    ['an escape in single quotes', "F('it\\'s')"],
    ['an escape JSON has not', 'F("\\x41")'],
    ['a line continuation', 'F("a\\\nb")'],
    ['__proto__', 'F({__proto__: null})'],
    ['"__proto__"', 'F({"__proto__": null})'],
    ['a shorthand property', 'F({K})'],
    ['a computed key', 'F({[K]: 1})'],
    ['a numeric key', 'F({1: 2})'],
    ['a hole', 'F([1,,2])'],
    ['a call of a result', 'F(1)(2)'],
    ['a continuation on the next line', 'F(1)\n(2)'],
    ['a list after a call on the next line', 'F(1)\n[K].length'],
    ['an unknown name', 'F(nope)'],
    ['a global it may not use', 'F(require)'],
    ['a name that is not a function', 'K(1)'],
    ['a statement that is not a call', 'K;'],
    ['a string statement ("use strict")', '"use strict"; F()'],
    ['a declaration over a global', 'var require = 1'],
    ['a declaration over a builtin', 'var Array = 1'],
    ['a declaration twice', 'var a = 1; var a = 2'],
    ['a declaration without a value', 'var a;'],
    ['two declarations in one', 'var a = 1, b = 2;'],
    ['a comma expression', 'F(1), F(2)'],
    ['a parenthesised value', 'F((1))'],
    ['an unclosed call', 'F(1'],
    ['an unclosed comment', 'F() /* x'],
    ['an unclosed string', 'F("x)'],
    ['a lone CR', 'F()\rF()'],
    ['deep nesting', `F(${'['.repeat(300)}${']'.repeat(300)})`],
  ])('gives up on %s', (_what, code) => {
    expect(calls(code)).toBe('not data');
  });

  it('gives up on too many arguments for V8', () => {
    expect(calls(`F(${'1,'.repeat(65_535)}1)`)).toBe('not data');
    expect(calls(`F(${'1,'.repeat(65_534)}1)`)).not.toBe('not data');
  });

  it('is not tried on files that show what data never has', () => {
    expect(mayBeData('D("x", REG)')).toBe(true);
    for (const code of ['function f() {}', 'var f = () => 1', 'F(`x`)', 'F()\rF()', 'F("\u2028")']) {
      expect(mayBeData(code)).toBe(false);
    }
  });
});

const here = path.dirname(fileURLToPath(import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dnscode-data-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Evaluates `file` as data (when it is) and in V8; returns both outcomes as comparable text. */
async function both(file: string): Promise<{ data: string; v8: string; ranAsData: boolean }> {
  const dir = path.dirname(file);
  let ranAsData = false;
  const once = async (asData: boolean) => {
    const source = new ConfinedSource({ cwd: dir, root: dir, deny: [], allowFetch: false });
    try {
      const r = await evaluateFile(file, { cwd: dir, source, recordPositions: true, asData });
      if (asData) ranAsData = r.ranAsData;
      return JSON.stringify({ config: r.config, warnings: r.warnings, positions: r.config.domains.map((d) => r.domainPos?.get(d)) });
    } catch (e) {
      return `error ${(e as Error).message} at ${JSON.stringify((e as { pos?: unknown }).pos)}`;
    }
  };
  return { data: await once(true), v8: await once(false), ranAsData };
}

const HEAD = 'var REG = NewRegistrar("none");\nvar DSP = NewDnsProvider("bind", { default_ns: ["ns1.example.net."], "x": 1 });\n';

describe('a config run as data gives what V8 gives', () => {
  it.each<[string, string, boolean]>([
    ['records of every common kind, over several lines', `${HEAD}D("example.com", REG, DnsProvider(DSP),
  DefaultTTL(600),
  A("@", "192.0.2.1"), A("www", "192.0.2.2", TTL(60)),
  AAAA("v6", "2001:db8::1"),
  CNAME(
    "alias",
       "www"),
  MX("@", 10, "mx.example.net."),
  TXT("t", ["part1", "part2"]), TXT("q", "say \\"hi\\" \\u00e9"),
  SRV("_sip._tcp", 10, 20, 5060, "sip.example.net."),
  CAA("@", "issue", "letsencrypt.org", CAA_CRITICAL),
END);
D_EXTEND("sub.example.com", A("x", "192.0.2.3"))
D("bücher.example", REG, DnsProvider(DSP), A("@", "192.0.2.9"))
`, true],
    ['CRLF line endings, a BOM, tabs and comments', `\ufeff${HEAD.replace(/\n/g, '\r\n')}/* zones\r\n */D("example.org", REG, DnsProvider(DSP), // apex\r\n\tA("@", "192.0.2.1"),\r\n\tA("b", "192.0.2.2")\r\n);\r\n`, true],
    ['DEFAULTS, let and const, an object built once and used twice', `const REG = NewRegistrar("none");
let DSP = NewDnsProvider("bind");
var META = { "cloudflare_proxy": "on" };
DEFAULTS(DnsProvider(DSP), DefaultTTL(300));
D("a.example", REG, A("@", "192.0.2.1", META))
D("b.example", REG, A("@", "192.0.2.2", META), NO_PURGE)
`, true],
    ['a warning with its position', `${HEAD}D("w.example", REG, DnsProvider(DSP),\n  AUTODNSSEC,\n  A("@", "192.0.2.1"));\n`, true],
    ['an error (V8 reports it)', `${HEAD}D("e.example", REG, DnsProvider(DSP),\n  A("@"));\n`, false],
    ['a domain declared twice (an error after calls ran)', `${HEAD}D("d.example", REG);\nD("d.example", REG);\n`, false],
    ['code that is not data after some data', `${HEAD}D("a.example", REG, DnsProvider(DSP), A("@", "192.0.2.1"));\nD("b.example", REG, A("@", "192.0.2." + 2));\n`, false],
    ['code with a function', `${HEAD}function host(n) { return n + ".example.net."; }\nD("f.example", REG, DnsProvider(DSP), CNAME("x", host("y")));\n`, false],
  ])('%s', async (name, code, asData) => {
    const file = path.join(tmp, `${name.replace(/\W+/g, '-')}.js`);
    fs.writeFileSync(file, code);
    const r = await both(file);
    expect(r.data).toBe(r.v8);
    expect(r.ranAsData).toBe(asData);
    if (asData) expect(r.data).toContain('"filepos"');
  });

  it.each<[string, Record<string, string>, boolean]>([
    ['required files and a folder of them, data too (positions name each file)', {
      'dnsconfig.js': `${HEAD}require("./lib/ips.js");\nrequire_glob("./zones/");\nD("main.example", REG, DnsProvider(DSP), A("@", IP1))\n`,
      'lib/ips.js': '// shared\nvar IP1 = "192.0.2.1";\nconst IP2 = "192.0.2.2";\n',
      'zones/a.js': 'D("a.example", REG, DnsProvider(DSP),\n  A("@", IP2),\n  CNAME("www", "@"))\n',
      'zones/sub/b.js': 'D("b.example", REG, DnsProvider(DSP), A("@", IP1));\nrequire("../../lib/more.js")\n',
      'lib/more.js': 'D_EXTEND("b.example", TXT("t", "from more.js"))\n',
    }, true],
    ['a required file that is not data', {
      'dnsconfig.js': `${HEAD}require("./lib/host.js");\nD("h.example", REG, DnsProvider(DSP), CNAME("x", HOST))\n`,
      'lib/host.js': 'var HOST = ["cdn", "example", "net."].join(".");\n',
    }, false],
    ['a required JSON file', {
      'dnsconfig.js': `${HEAD}require("./ips.json");\nD("j.example", REG, DnsProvider(DSP), A("@", "192.0.2.1"))\n`,
      'ips.json': '{"a": "192.0.2.1"}',
    }, false],
    ['a require that is refused (outside the tree)', { 'dnsconfig.js': `${HEAD}require("../outside.js");\n` }, false],
  ])('%s', async (name, files, asData) => {
    const dir = path.join(tmp, name.replace(/\W+/g, '-'));
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    const r = await both(path.join(dir, 'dnsconfig.js'));
    expect(r.data).toBe(r.v8);
    expect(r.ranAsData).toBe(asData);
    if (asData) expect(r.data).toMatch(/"filepos":"zones\/sub\/b\.js:1:\d+".*"filepos":"lib\/more\.js:1:\d+"/);
  });

  it.each(fs.readdirSync(path.join(here, 'testdata')).filter((f) => f.endsWith('.js')))('the fixture %s', async (f) => {
    const r = await both(path.join(here, 'testdata', f));
    expect(r.data).toBe(r.v8);
  });
});
