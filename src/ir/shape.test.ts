import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import { checkIrShape, parseIrJson } from './shape.js';

const record = (extra: Record<string, unknown> = {}) => ({ type: 'A', name: '@', target: '192.0.2.1', ttl: 300, ...extra });
const config = (records: unknown[] = [record()], domain: Record<string, unknown> = {}) => ({
  registrars: [{ name: 'none', type: 'NONE' }],
  dns_providers: [{ name: 'bind', type: 'BIND', meta: { default_soa: { master: 'ns1.' }, default_ns: ['ns1.'] } }],
  domains: [{ name: 'example.com', registrar: 'none', dnsProviders: { bind: -1 }, meta: { k: 'v' }, records, ...domain }],
});

function problem(value: unknown): string {
  try {
    checkIrShape(value, 'ir.json');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('accepted');
}

describe('checkIrShape', () => {
  it('accepts print-ir output, flat fields, unknown keys and Go-internal fields, and returns the same object', () => {
    const cfg = config([
      record({ meta: { orig_custom_type: 'x' }, filepos: 'dnsconfig.js:1:1' }),
      record({ type: 'MX', mxpreference: 10, target: 'mail.' }),
      record({ type: 'CAA', caaflag: 0, caatag: 'issue', target: 'ca.example' }),
      record({ type: 'TXT', txtstrings: ['a', 'b'], target: 'ab' }),
      record({ type: 'R53_ALIAS', r53_alias: { type: 'A', zone_id: 'Z1' }, ensure_absent: false }),
      record({ type: 'DS', fields: { Hdr: { Rrtype: 43 }, KeyTag: 1 }, some_future_key: [1, { x: 'y' }] }),
    ], {
      nameservers: [{ name: 'ns1.example.com' }], unmanaged: [{ label_pattern: '*' }], keepunknown: true,
      rawrecords: [{ type: 'CF_X', args: [1, 'a', { b: 2 }], metas: [{ m: 'n' }], ttl: 1 }], auto_dnssec: 'on',
    });
    expect(checkIrShape(cfg, 'ir.json')).toBe(cfg);
    expect(checkIrShape({ domains: [] }, 'ir.json')).toEqual({ domains: [] });
    // In-memory IR (an evaluation's result) may hold optional keys set to undefined: they are absent.
    expect(() => checkIrShape(config([record({ filepos: undefined, meta: undefined })]), 'ir.json')).not.toThrow();
    expect(() => checkIrShape(config([{ type: 'A', name: undefined, target: 'x' }]), 'ir.json')).toThrow('missing "name"');
  });

  it.each([
    ['a string TTL', config([record(), record({ ttl: 'abc' })]), 'ir.json: $.domains[0].records[1].ttl: expected a number, got "abc"'],
    ['a negative flat number', config([record({ mxpreference: -1 })]), '$.domains[0].records[0].mxpreference: expected an integer from 0 to 4294967295, got -1'],
    ['a fractional TTL', config([record({ ttl: 1.5 })]), '$.domains[0].records[0].ttl: expected an integer'],
    ['a number as target', config([record({ target: 5 })]), '$.domains[0].records[0].target: expected a string, got 5'],
    ['a missing type', config([{ name: '@', target: 'x' }]), '$.domains[0].records[0]: missing "type"'],
    ['a record that is not an object', config([null]), '$.domains[0].records[0]: expected an object, got null'],
    ['records not a list', config('x' as unknown as unknown[]), '$.domains[0].records: expected an array, got "x"'],
    ['a non-string meta value', config([record({ meta: { a: 1 } })]), '$.domains[0].records[0].meta.a: expected a string, got 1'],
    ['a non-string domain meta value', config([], { meta: { a: { b: 'c' } } }), '$.domains[0].meta.a: expected a string, got an object'],
    ['meta that is a string', config([record({ meta: 'x' })]), '$.domains[0].records[0].meta: expected an object of strings, got "x"'],
    ['a string dnsProviders count', config([], { dnsProviders: { bind: '-1' } }), '$.domains[0].dnsProviders.bind: expected a number, got "-1"'],
    ['no domains', { registrars: [] }, 'ir.json: $: missing "domains"'],
    // Found by the IR fuzz suite: a domain without registrar crashed normalisation (AUTODNSSEC check).
    ['a domain without registrar', { domains: [{ name: 'example.com', auto_dnssec: 'on', dnsProviders: { b: -1 } }] }, 'ir.json: $.domains[0]: missing "registrar"'],
    ['a top-level array', [], 'ir.json: $: expected an object, got an array'],
    ['a provider without a name', { domains: [], registrars: [{ type: 'NONE' }] }, '$.registrars[0]: missing "name"'],
    ['provider meta that is a list', { domains: [], dns_providers: [{ name: 'b', meta: [] }] }, '$.dns_providers[0].meta: expected an object, got an array'],
    ['a txtstrings number', config([record({ txtstrings: ['a', 2] })]), '$.domains[0].records[0].txtstrings[1]: expected a string, got 2'],
    ['a boolean as string', config([], { keepunknown: 'yes' }), '$.domains[0].keepunknown: expected true or false, got "yes"'],
    ['an odd meta key', config([record({ meta: { 'a b': 3 } })]), '$.domains[0].records[0].meta["a b"]: expected a string, got 3'],
  ])('rejects %s, naming the path', (_n, value, want) => {
    expect(problem(value)).toContain(want);
  });

  it.each([
    ['record meta', '{"domains":[{"name":"x","records":[{"type":"A","name":"@","target":"1.2.3.4","meta":{"__proto__":"x"}}]}]}', '$.domains[0].records[0].meta.__proto__'],
    ['domain meta', '{"domains":[{"name":"x","meta":{"constructor":"x"}}]}', '$.domains[0].meta.constructor'],
    ['a record', '{"domains":[{"name":"x","records":[{"type":"A","name":"@","target":"1","__proto__":{"polluted":"yes"}}]}]}', '$.domains[0].records[0].__proto__'],
    ['provider meta, deep', '{"domains":[],"dns_providers":[{"name":"b","meta":{"a":[{"b":{"prototype":{}}}]}}]}', '$.dns_providers[0].meta.a[0].b.prototype'],
    ['dnsProviders', '{"domains":[{"name":"x","dnsProviders":{"__proto__":1}}]}', '$.domains[0].dnsProviders.__proto__'],
    ['the top level', '{"domains":[],"__proto__":{"x":1}}', '$.__proto__'],
  ])('rejects a prototype-polluting key in %s', (_n, json, path) => {
    expect(() => parseIrJson(json, 'ir.json')).toThrow(`ir.json: ${path}: forbidden key (prototype pollution)`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('collects several problems and caps the message', () => {
    const msg = problem(config(Array.from({ length: 500 }, () => record({ ttl: 'x' }))));
    const lines = msg.split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('ir.json: $.domains[0].records[0].ttl: expected a number, got "x"');
    expect(lines[9]).toContain('records[9].ttl');
    expect(lines[10]).toMatch(/^ir\.json: and more than \d+ more problems$/);
  });

  it('truncates long values and keys in messages', () => {
    const msg = problem(config([record({ ttl: 'x'.repeat(100_000), meta: { ['k'.repeat(100_000)]: 1 } })]));
    expect(msg.length).toBeLessThan(400);
  });

  it('walks deeply nested unknown values without overflowing the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const text = `{"domains":[{"name":"x","registrar":"none","records":[{"type":"A","name":"@","target":"1","fields":${deep}}]}]}`;
    expect(parseIrJson(text, 'ir.json').domains).toHaveLength(1);
  });

  it('checks 100,000 records quickly', () => {
    const cfg = config(Array.from({ length: 100_000 }, (_, i) => record({ name: `h${i}`, type: 'MX', mxpreference: 10, meta: { a: 'b' } })));
    checkIrShape(cfg, 'ir.json');
    const t0 = performance.now();
    checkIrShape(cfg, 'ir.json');
    // About 20 ms warm on an idle 2-core machine; the bound is loose so a busy machine does not fail it.
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('parseIrJson', () => {
  it('names the line and column of a syntax error', () => {
    expect(() => parseIrJson('{\n  "domains": [\n  }', 'ir.json')).toThrow(/^ir\.json: not IR JSON: .* at line 3 column 3$/);
  });
  it('does not echo a long input in the message', () => {
    const msg = (() => { try { parseIrJson(`x${'a'.repeat(10_000)}`, 'ir.json'); } catch (e) { return (e as Error).message; } return ''; })();
    expect(msg).toMatch(/^ir\.json: not IR JSON: /);
    expect(msg.length).toBeLessThan(300);
  });
  it('accepts a BOM', () => {
    expect(parseIrJson('\uFEFF{"domains":[]}', 'ir.json')).toEqual({ domains: [] });
  });
});
