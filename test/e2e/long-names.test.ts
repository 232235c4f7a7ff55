// A 1,000,000-character name is reported quickly, as one readable error naming the record (its start and its
// length, not a megabyte of "aaaa"), whether it comes from dnsconfig.js or from IR JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, Workdir } from './helpers.js';

const N = 1_000_000;
let w: Workdir;
beforeAll(async () => { w = await Workdir.create(''); });
afterAll(() => w.remove());

const config = (record: string) => `${HEADER}D("example.com", REG_NONE, DnsProvider(DSP_BIND),\n  A("www", "192.0.2.2"),\n  ${record});\n`;
const shown = (s: string) => `${s.repeat(80 / s.length)}… (${N} characters)`;

describe('a 1,000,000-character name', () => {
  it.each([
    ['an ASCII record label', config(`A("${'a'.repeat(N)}", "192.0.2.1")`), `A "${shown('a')}" in example.com: label "${shown('a')}" is longer than 253 characters`],
    ['a Unicode record label', config(`A("${'é'.repeat(N)}", "192.0.2.1")`), `A "${shown('é')}" in example.com: label "${shown('é')}" is longer than 253 characters`],
    ['a label of many dots', config(`A("${'a.'.repeat(N / 2)}", "192.0.2.1")`), `A "${shown('a.')}" in example.com: label "${shown('a.')}" is longer than 253 characters`],
  ])('in dnsconfig.js: %s is one short error naming the record', async (_n, text, want) => {
    await w.write('dnsconfig.js', text);
    const t0 = Date.now();
    const r = await w.run('check');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(want);
    expect(r.stderr).toMatch(/dnsconfig\.js:8:3: /);
    expect(r.stderr.length).toBeLessThan(2000);
  }, 30_000);

  it.each([
    ['record name', (rc: Record<string, unknown>) => { rc.name = 'x'.repeat(N); }, `$.domains[0].records[0]`, `A "${shown('x')}" in example.com: label "${shown('x')}" is longer than 253 characters`],
    ['record type', (rc: Record<string, unknown>) => { rc.type = 'X'.repeat(N); }, '', `unsupported record type "${shown('X')}"`],
  ])('in IR JSON: a long %s is one short error naming the record', async (_n, change, _path, want) => {
    await w.write('dnsconfig.js', config('A("@", "192.0.2.1")'));
    const ir = JSON.parse((await w.run('print-ir')).stdout);
    change(ir.domains[0].records[0]);
    await w.write('long.json', JSON.stringify(ir));
    const t0 = Date.now();
    const r = await w.run('check', '--ir', 'long.json');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(want);
    expect(r.stderr.length).toBeLessThan(2000);
  }, 30_000);
});
