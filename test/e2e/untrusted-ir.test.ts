// Malformed IR JSON through the CLI: `print-ir --ir` and `preview --ir` exit 1 with one error naming the JSON
// path, never a TypeError from deep inside normalisation, and write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER, Workdir } from './helpers.js';

let w: Workdir;
let good: { domains: { records: Record<string, unknown>[]; meta?: Record<string, unknown> }[] } & Record<string, unknown>;

beforeAll(async () => {
  w = await Workdir.create(`${HEADER}D("example.com", REG_NONE, DnsProvider(DSP_BIND),\n  A("@", "192.0.2.1"),\n  MX("@", 10, "mail.example.com."));\n`);
  const r = await w.run('print-ir');
  expect(r.code).toBe(0);
  good = JSON.parse(r.stdout);
});
afterAll(() => w.remove());

const mutate = (f: (ir: typeof good) => void): string => {
  const ir = structuredClone(good);
  f(ir);
  return JSON.stringify(ir);
};

const cases: [string, () => string, string][] = [
  ['a string TTL', () => mutate((ir) => { ir.domains[0]!.records[1]!.ttl = 'abc'; }), 'bad.json: $.domains[0].records[1].ttl: expected a number, got "abc"'],
  ['a numeric name', () => mutate((ir) => { ir.domains[0]!.records[0]!.name = 5; }), 'bad.json: $.domains[0].records[0].name: expected a string, got 5'],
  ['records null', () => mutate((ir) => { (ir.domains[0] as Record<string, unknown>).records = null; }), 'bad.json: $.domains[0].records: expected an array, got null'],
  ['a non-string meta value', () => mutate((ir) => { ir.domains[0]!.meta = { x: [] }; }), 'bad.json: $.domains[0].meta.x: expected a string, got an array'],
  ['a __proto__ key', () => JSON.stringify(good).replace('"meta":{', '"meta":{"__proto__":{"polluted":"1"},'), 'bad.json: $.dns_providers[0].meta.__proto__: forbidden key (prototype pollution)'],
  ['no domains', () => '{"registrars": []}', 'bad.json: $: missing "domains"'],
  ['broken JSON', () => '{\n  "domains": [\n  }', 'bad.json: not IR JSON: '],
];

describe.each(['print-ir', 'preview'])('%s --ir with malformed IR', (command) => {
  it.each(cases)('%s: exit 1, the message names the path', async (_n, text, want) => {
    await w.write('bad.json', text());
    const before = await w.snapshot();
    const r = await w.run(command, '--ir', 'bad.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(want);
    expect(r.stderr).not.toMatch(/TypeError|is not a function|Cannot read properties|please report|\n\s+at /);
    expect(r.stdout).not.toContain('"domains"');
    expect(await w.snapshot()).toEqual(before);
  });

  it('the unchanged print-ir output is accepted', async () => {
    await w.write('good.json', JSON.stringify(good));
    const r = await w.run(command, '--ir', 'good.json');
    expect(r.stderr).not.toMatch(/^Error/m);
    expect(r.code).toBe(0);
  });
});

// Found by the IR fuzz suite: normalising IR that was already normalised appended the domain to every
// NAMESERVER again, so `print-ir | print-ir --ir` (and preview --ir) changed the delegation.
it('print-ir output read back with --ir prints the same IR, nameservers included', async () => {
  const ns = await Workdir.create(`${HEADER}D("example.com", REG_NONE, DnsProvider(DSP_BIND),\n  NAMESERVER("ns1.example.net."), NAMESERVER("ns2"),\n  A("@", "192.0.2.1"));\n`);
  try {
    const first = await ns.run('print-ir');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).domains[0].nameservers).toEqual([{ name: 'ns1.example.net' }, { name: 'ns2.example.com' }]);
    await ns.write('ir.json', first.stdout);
    const again = await ns.run('print-ir', '--ir', 'ir.json');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
  } finally {
    await ns.remove();
  }
});
