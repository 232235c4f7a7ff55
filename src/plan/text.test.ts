import { describe, expect, it } from 'vitest';
import { colorize, textReporter } from './text.js';
import { buildReport } from './report.js';
import type { Plan } from './types.js';

describe('colorize', () => {
  it.each([
    ['+ CREATE a.example.com A 192.0.2.1 ttl=300', '\u001b[32m'],
    ['- DELETE a.example.com A 192.0.2.1 ttl=300', '\u001b[31m'],
    ['± MODIFY a.example.com A (192.0.2.1 ttl=300) -> (192.0.2.2 ttl=300)', '\u001b[33m'],
  ])('%s', (line, ansi) => {
    expect(colorize(line, true).startsWith(ansi)).toBe(true);
    expect(colorize(line, false)).toBe(line);
  });
  it('leaves other lines alone', () => {
    expect(colorize('WRITING ZONEFILE: x', true)).toBe('WRITING ZONEFILE: x');
  });
});

describe('skinny output and report', () => {
  const plan: Plan = { total: 1, zones: [
    { domain: 'a.com', providers: [
      { role: 'provider', name: 'bind', changeCount: 1, corrections: [{ msg: '1 records not being deleted because of NO_PURGE:' }, { msg: '\u001b[32m+ CREATE a.com A 192.0.2.1 ttl=300\u001b[0m', run: async () => {} }] },
      { role: 'registrar', name: 'none', changeCount: 0, corrections: [] },
    ] },
    { domain: 'b.com', providers: [{ role: 'provider', name: 'bind', changeCount: 0, corrections: [] }] },
  ] };
  it('prints headings only for zones with something to say; message-only corrections as INFO#n', () => {
    let out = '';
    const r = textReporter({ color: false, out: (t) => { out += t; } });
    for (const z of plan.zones) { r.zone(z); for (const p of z.providers) { r.provider(z, p); p.corrections.forEach((c, i) => r.correction(c, { n: i, info: !c.run })); } }
    r.done(plan.total);
    expect(out).toBe('******************** Domain: a.com\n1 correction (bind)\nINFO#0: 1 records not being deleted because of NO_PURGE:\n#1: \u001b[32m+ CREATE a.com A 192.0.2.1 ttl=300\u001b[0m\nDone. 1 corrections.\n');
  });
  it('report: lines of the runnable corrections, ANSI stripped, one item per provider', () => {
    expect(buildReport(plan)).toEqual([
      { domain: 'a.com', corrections: 1, correction_details: ['+ CREATE a.com A 192.0.2.1 ttl=300'], provider: 'bind' },
      { domain: 'a.com', corrections: 0, correction_details: [], registrar: 'none' },
      { domain: 'b.com', corrections: 0, correction_details: [], provider: 'bind' },
    ]);
  });
});
