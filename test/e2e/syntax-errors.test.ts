// Errors a person understands, through the real CLI: `dnscode check` on broken .js and .ts configs prints the
// place (file:line:col), the reason in plain words, a code frame with a caret under the column and, for a
// misspelt DSL name, the name meant.
import { afterEach, describe, expect, it } from 'vitest';
import { Workdir } from './helpers.js';

let w: Workdir | undefined;
afterEach(async () => { await w?.remove(); w = undefined; });

interface Case {
  name: string;
  file: 'dnsconfig.js' | 'dnsconfig.ts';
  config: string;
  /** The whole of stderr. */
  stderr: string;
}

const REG_JS = 'var REG = NewRegistrar("none");\n';
const REG_TS = 'const REG: string = NewRegistrar("none");\n';

const cases: Case[] = [
  {
    name: 'unterminated string (.js)', file: 'dnsconfig.js',
    config: `${REG_JS}D("example.com, REG,\n  A("@", "192.0.2.1"));\n`,
    stderr: [
      'Error: dnsconfig.js:2:3: syntax error: unterminated string: the closing " is missing',
      '  1 | var REG = NewRegistrar("none");',
      '  2 | D("example.com, REG,',
      '    |   ^',
    ].join('\n'),
  },
  {
    name: 'unterminated string (.ts)', file: 'dnsconfig.ts',
    config: `${REG_TS}D("example.com, REG,\n  A("@", "192.0.2.1"));\n`,
    stderr: [
      'Error: dnsconfig.ts:2:3: syntax error: unterminated string: the closing " is missing',
      '  1 | const REG: string = NewRegistrar("none");',
      '  2 | D("example.com, REG,',
      '    |   ^',
    ].join('\n'),
  },
  {
    name: 'missing ) (.js)', file: 'dnsconfig.js',
    config: `${REG_JS}D("example.com", REG,\n  A("@", "192.0.2.1")\n;\n`,
    stderr: [
      'Error: dnsconfig.js:3:22: syntax error: missing `)` to close the `(` of D( at line 2, column 2',
      '  2 | D("example.com", REG,',
      '  3 |   A("@", "192.0.2.1")',
      '    |                      ^',
    ].join('\n'),
  },
  {
    name: 'missing ) (.ts)', file: 'dnsconfig.ts',
    config: `${REG_TS}D("example.com", REG,\n  A("@", "192.0.2.1")\n;\n`,
    stderr: [
      'Error: dnsconfig.ts:3:22: syntax error: missing `)` to close the `(` of D( at line 2, column 2',
      '  2 | D("example.com", REG,',
      '  3 |   A("@", "192.0.2.1")',
      '    |                      ^',
    ].join('\n'),
  },
  {
    name: 'missing , between arguments (.js)', file: 'dnsconfig.js',
    config: `${REG_JS}D("example.com" REG);\n`,
    stderr: [
      'Error: dnsconfig.js:2:16: syntax error: missing `,` between arguments',
      '  1 | var REG = NewRegistrar("none");',
      '  2 | D("example.com" REG);',
      '    |                ^',
    ].join('\n'),
  },
  {
    name: 'unexpected end of file (.js)', file: 'dnsconfig.js',
    config: `${REG_JS}D("example.com", REG,\n  A("@", "192.0.2.1"),\n`,
    stderr: [
      'Error: dnsconfig.js:4:1: syntax error: unexpected end of file: the `(` of D( at line 2, column 2 is never closed',
      '  3 |   A("@", "192.0.2.1"),',
      '  4 |',
      '    | ^',
    ].join('\n'),
  },
  {
    name: 'unexpected end of file (.ts)', file: 'dnsconfig.ts',
    config: `${REG_TS}D("example.com", REG,\n  A("@", "192.0.2.1"),\n`,
    stderr: [
      'Error: dnsconfig.ts:4:1: syntax error: unexpected end of file: the `(` of D( at line 2, column 2 is never closed',
      '  3 |   A("@", "192.0.2.1"),',
      '  4 |',
      '    | ^',
    ].join('\n'),
  },
  {
    name: 'misspelt function (.js)', file: 'dnsconfig.js',
    config: `${REG_JS}D("example.com", REG,\n  Mx("@", 10, "mail.example.com."));\n`,
    stderr: [
      'Error: dnsconfig.js:3:3: unknown function or variable Mx (not part of the DNSControl DSL); did you mean MX?',
      '  2 | D("example.com", REG,',
      '  3 |   Mx("@", 10, "mail.example.com."));',
      '    |   ^',
    ].join('\n'),
  },
  {
    name: 'misspelt function (.ts)', file: 'dnsconfig.ts',
    config: `${REG_TS}D("example.com", REG,\n  A("@", "192.0.2.1"), CNAM("www", "example.net."));\n`,
    stderr: [
      'Error: dnsconfig.ts:3:24: unknown function or variable CNAM (not part of the DNSControl DSL); did you mean CNAME?',
      '  2 | D("example.com", REG,',
      '  3 |   A("@", "192.0.2.1"), CNAM("www", "example.net."));',
      '    |                        ^',
    ].join('\n'),
  },
  {
    name: 'a DSL check at runtime (.js)', file: 'dnsconfig.js',
    config: `${REG_JS}D("example.com", REG,\n\tMX("@", "mail.example.com."));\n`,
    stderr: [
      'Error: dnsconfig.js:3:2: MX record requires 3 arguments (name, priority, target). Only 2 were supplied',
      '  2 | D("example.com", REG,',
      '  3 | \tMX("@", "mail.example.com."));',
      '    | \t^',
    ].join('\n'),
  },
];

describe('dnscode check on a broken config: place, plain words, code frame', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    w = await Workdir.create(c.file === 'dnsconfig.js' ? c.config : '', '{}');
    await w.write(c.file, c.config);
    const r = await w.run('check', '--config', c.file);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${c.stderr}\n`);
  });

  it('a long line shows a window around the column, not the whole line', async () => {
    const pad = `${'A("@", "192.0.2.1"), '.repeat(300)}`;
    w = await Workdir.create(`${REG_JS}D("example.com", REG, ${pad}Mx("@", 10, "mx."));\n`, '{}');
    const r = await w.run('check');
    const [message, , line, caret] = r.stderr.split('\n') as [string, string, string, string];
    const column = `D("example.com", REG, ${pad}`.length + 1;
    expect(message).toBe(`Error: dnsconfig.js:2:${column}: unknown function or variable Mx (not part of the DNSControl DSL); did you mean MX?`);
    expect(line.length).toBeLessThan(120);
    expect(line).toMatch(/^ {2}2 \| ….*Mx\("@", 10, "mx\."\)\);$/);
    expect(caret.indexOf('^')).toBe(line.indexOf('Mx('));
  });
});
