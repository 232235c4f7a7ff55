import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import { formatConfig, parserFor } from './format.js';

describe('formatConfig', () => {
  it.each([
    [
      'dnsconfig.js',
      'var REG=NewRegistrar(\'none\')\nD("example.com",REG,A("@","192.0.2.1"),END)\n',
      'var REG = NewRegistrar("none");\nD("example.com", REG, A("@", "192.0.2.1"), END);\n',
    ],
    [
      'dnsconfig.js',
      // comments stay; meta keys keep their quotes; no trailing commas (DNSControl's ES5 engine)
      'D("example.com", REG, DnsProvider(DSP), // the zone\n  A("@", "192.0.2.1", {"cloudflare_proxy": "on"}),\n  CNAME("www", "@"),\n);\n',
      'D(\n    "example.com",\n    REG,\n    DnsProvider(DSP), // the zone\n    A("@", "192.0.2.1", { "cloudflare_proxy": "on" }),\n    CNAME("www", "@")\n);\n',
    ],
    [
      'dnsconfig.ts',
      "import { web } from './hosts.js';\nconst REG: string = NewRegistrar('none')\nD('x.example', REG, A('@', web))\n",
      'import { web } from "./hosts.js";\nconst REG: string = NewRegistrar("none");\nD("x.example", REG, A("@", web));\n',
    ],
    ['dnsconfig.mjs', "export const a = {b:1}\n", 'export const a = { b: 1 };\n'],
  ])('%s: %j', async (file, input, expected) => {
    const once = await formatConfig(input, file);
    expect(once).toBe(expected);
    expect(await formatConfig(once, file)).toBe(once); // stable: a second run changes nothing
  });

  it.each([
    ['bad.js', 'D("x",\n  A("@", "192.0.2.1"),,\n);\n', /^bad\.js:2:2\d: Unexpected token/],
    ['bad.ts', 'const x: = 1;\n', /^bad\.ts:1:10: /],
  ])('%s: a syntax error is a ConfigError with file:line:col', async (file, input, where) => {
    const err = await formatConfig(input, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(where);
    expect((err as Error).message).not.toContain('\n');
  });

  it.each([
    // babel throws a bare RangeError on these: placed as `check` places them, by V8 (after sucrase for modules,
    // whose source map gives the start of the string, as in `check`)
    ['bad.js', 'var REG = 1;\nvar x = "\\u{110000}";\n', /^bad\.js:2:10: syntax error: Undefined Unicode code-point$/],
    ['bad.mjs', 'export const REG = 1;\nvar x = "\\u{110000}";\n', /^bad\.mjs:2:9: syntax error: Undefined Unicode code-point$/],
    // the parser runs out of stack: refused at the deep brackets
    ['deep.js', `var x = ${'['.repeat(500)}${']'.repeat(500)};\n`, /^deep\.js:1:108: cannot format: brackets are nested 500 levels deep \(level 100 opens here\), more than the formatter can take$/],
    ['deep.ts', `const x: unknown = ${'['.repeat(20000)}${']'.repeat(20000)};\n`, /^deep\.ts:1:119: cannot format: brackets are nested 20000 levels deep/],
    ['long.js', `var x = 1${'+1'.repeat(20000)};\n`, /^long\.js: cannot format: the code is nested too deeply for the formatter$/],
  ])('%s: an error without a place from prettier is still a located ConfigError', async (file, input, want) => {
    const err = await formatConfig(input, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(want);
  });

  it.each([
    ['dnsconfig.js', 'babel'], ['x.MJS', 'babel'], ['x.ts', 'typescript'], ['x.mts', 'typescript'],
    ['creds.json', 'json'], ['x.json5', 'json5'], ['noext', 'babel'],
  ])('parserFor(%s) = %s', (file, parser) => {
    expect(parserFor(file)).toBe(parser);
  });
});
