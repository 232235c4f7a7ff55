import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSON5 from 'json5';
import { parseJsonFast } from './json-fast.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCredsEntry, loadCreds, MAX_CREDS_BYTES, parseCredsText } from './load.js';
import { resolveProvider } from './resolve.js';
import type { Io } from '../_util/io.js';
import { ConfigError } from '../errors.js';

let dir: string;
let errText: string;
const io = (): Io => ({ out: () => {}, err: (t) => { errText += t; }, color: false, cwd: dir, env: { TOKEN: 's3cret', EMPTY: '', PATH: process.env.PATH } });

beforeAll(async () => { dir = await mkdtemp(path.join(tmpdir(), 'creds-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function load(name: string, content: string | Buffer, mode = 0o644) {
  await writeFile(path.join(dir, name), content);
  await chmod(path.join(dir, name), mode);
  errText = '';
  return loadCreds(name, io());
}


const implicit = { none: { TYPE: 'NONE' }, bind: { TYPE: 'BIND' } };

describe('loadCreds', () => {
  it.each([
    ['comments and trailing commas', '{\n // c\n "cf": {"TYPE": "CLOUDFLAREAPI", "t": "x",},\n}', { cf: { TYPE: 'CLOUDFLAREAPI', t: 'x' }, ...implicit }],
    ['UTF-8 BOM', '\uFEFF{"a": {"TYPE": "BIND"}}', { a: { TYPE: 'BIND' }, ...implicit }],
    ['empty file', '  \n', implicit],
    ['whole-value $VAR only', '{"a": {"TYPE": "X", "k": "$TOKEN", "m": "pre$TOKEN", "u": "$UNSET"}}', { a: { TYPE: 'X', k: 's3cret', m: 'pre$TOKEN', u: '' }, ...implicit }],
    ['explicit bind kept', '{"bind": {"TYPE": "BIND", "directory": "z"}}', { bind: { TYPE: 'BIND', directory: 'z' }, none: { TYPE: 'NONE' } }],
  ])('%s', async (_n, text, want) => {
    expect(await load('c.json', text)).toEqual(want);
  });

  it('accepts UTF-16LE with BOM', async () => {
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":{"TYPE":"BIND"}}', 'utf16le')]);
    expect(await load('u16.json', buf)).toEqual({ a: { TYPE: 'BIND' }, ...implicit });
  });

  it('missing file is an INFO note and {}', async () => {
    errText = '';
    expect(await loadCreds('nope.json', io())).toEqual(implicit);
    expect(errText).toMatch(/INFO: .*nope\.json/);
  });

  it.each([
    ['syntax error with line:col', '{\n  "a": {"TYPE": "BIND"\n  "b": 1}\n}', /^c\.json:3:3: invalid creds file/],
    ['non-string value', '{"a": {"TYPE": 5}}', /"a"\."TYPE" must be a string/],
    ['non-object entry', '{"a": "x"}', /entry "a" must be an object/],
    // Found by the fuzz suite: "__proto__" replaced the prototype of the creds object (every lookup of a
    // missing credkey then found its TYPE) or was silently dropped as a field.
    ['a __proto__ entry', '{"__proto__": {"TYPE": "BIND"}}', /"__proto__" cannot be a creds entry name/],
    ['a constructor entry', '{"constructor": {"TYPE": "BIND"}}', /"constructor" cannot be a creds entry name/],
    ['a __proto__ field', '{"a": {"TYPE": "BIND", "__proto__": "x"}}', /"__proto__" cannot be a field of creds entry "a"/],
  ])('rejects %s', async (_n, text, re) => {
    await expect(load('c.json', text)).rejects.toThrow(re);
  });

  it('runs !command and parses its stdout', async () => {
    errText = '';
    const got = await loadCreds(`!node -e 'console.log(JSON.stringify({x:{TYPE:"BIND",k:"$TOKEN"}}))'`, io());
    expect(got.x).toEqual({ TYPE: 'BIND', k: 's3cret' });
  });

  it('rejects shell operators in a creds command', async () => {
    await expect(loadCreds('!cat creds.json | jq .', io())).rejects.toThrow(/shell operators/);
  });

  it('runs an executable creds file', async () => {
    const got = await load('creds.sh', '#!/bin/sh\necho \'{"y": {"TYPE": "NONE"}}\'\n', 0o755);
    expect(got.y).toEqual({ TYPE: 'NONE' });
  });

  it('a failing command does not leak its stdout', async () => {
    await expect(loadCreds(`!sh -c 'echo {"s":"topsecret"}; exit 3'`, io())).rejects.toThrow(/creds command "sh" failed/);
    await expect(loadCreds(`!sh -c 'echo {"s":"topsecret"}; exit 3'`, io())).rejects.not.toThrow(/topsecret/);
  });
});

describe('$VAR values whose variable is unset or empty', () => {
  it.each([
    ['unset', '"k": "$UNSET"', 'c.json: entry "a", field "k" is "$UNSET", but environment variable UNSET is not set'],
    ['empty', '"k": "$EMPTY"', 'c.json: entry "a", field "k" is "$EMPTY", but environment variable EMPTY is empty'],
    ['a bare "$"', '"k": "$"', 'c.json: entry "a", field "k" is "$", names no environment variable'],
  ])('%s: the entry loads, but using it is an error naming entry, field and variable', async (_n, field, want) => {
    const creds = await load('c.json', `{"a": {"TYPE": "AXFRDDNS", ${field}, "t": "$TOKEN"}, "b": {"TYPE": "BIND", "t": "$TOKEN"}}`);
    expect(creds.a!.k).toBe('');
    expect(() => checkCredsEntry(creds.a)).toThrow(ConfigError);
    expect(() => checkCredsEntry(creds.a)).toThrow(want);
    expect(() => checkCredsEntry(creds.a)).not.toThrow(/s3cret/);
    expect(() => checkCredsEntry(creds.b)).not.toThrow();
    expect(() => checkCredsEntry(undefined)).not.toThrow();
  });

  it('names every missing variable of the entry', async () => {
    const creds = await load('c.json', '{"a": {"TYPE": "X", "k1": "$UNSET1", "k2": "$UNSET2", "ok": "$TOKEN"}}');
    expect(() => checkCredsEntry(creds.a)).toThrow(/field "k1".*UNSET1 is not set.*\n.*field "k2".*UNSET2 is not set/);
  });

  it('applies to the output of a creds command too', async () => {
    const creds = await loadCreds(`!node -e 'console.log(JSON.stringify({x:{TYPE:"BIND",k:"$NOPE"}}))'`, io());
    expect(() => checkCredsEntry(creds.x)).toThrow(/output of creds command "node": entry "x", field "k" is "\$NOPE", but environment variable NOPE is not set/);
  });
});

describe('resolveProvider', () => {
  const creds = { ...implicit, cf: { TYPE: 'CLOUDFLAREAPI', token: 't' }, old: { token: 'x' }, hidden: { TYPE: 'BIND', _exclude_from_defaults: 'true' } };
  it.each([
    ['cf', '-', 'CLOUDFLAREAPI'],
    ['cf', undefined, 'CLOUDFLAREAPI'],
    ['cf', 'CLOUDFLAREAPI', 'CLOUDFLAREAPI'],
    ['old', 'ROUTE53', 'ROUTE53'],
    ['bind', '-', 'BIND'],
    ['notincreds', 'BIND', 'BIND'],
  ])('%s with JS type %s → %s', (key, jsType, want) => {
    expect(resolveProvider(creds, key, jsType).type).toBe(want);
  });
  it.each([
    ['cf', 'ROUTE53', /mismatch.*"ROUTE53".*"CLOUDFLAREAPI"/],
    ['old', '-', /no "TYPE"/],
    ['missing', '-', /not in the creds file/],
  ])('%s with %s fails', (key, jsType, re) => {
    expect(() => resolveProvider(creds, key, jsType)).toThrow(re);
  });
  it.each([
    ['notincreds', 'BIND', /add this entry to the creds file: "notincreds": \{ "TYPE": "BIND" \}/],
    ['old', 'ROUTE53', /add "TYPE": "ROUTE53" to the "old" entry/],
  ])('%s with %s works with a warning', (key, jsType, re) => {
    expect(resolveProvider(creds, key, jsType).warning).toMatch(re);
  });
  it('rejects TYPE "-" in creds', () => {
    expect(() => resolveProvider({ x: { TYPE: '-' } }, 'x', '-')).toThrow(/"TYPE": "-"/);
  });
  it('strips TYPE and reads _exclude_from_defaults', () => {
    expect(resolveProvider(creds, 'hidden', '-')).toEqual({ credkey: 'hidden', type: 'BIND', creds: {}, excludeFromDefaults: true });
  });
});

describe('"TYPE": "$VAR" whose variable is unset or empty', () => {
  // Was `creds entry "x" has no "TYPE"`, naming neither the file nor the variable.
  it.each([['unset', '$UNSET_X', 'UNSET_X is not set'], ['empty', '$EMPTY', 'EMPTY is empty']])('%s: resolving it names file, entry, field and variable', async (_n, v, why) => {
    const creds = await load('creds.json', `{"x": {"TYPE": "${v}", "directory": "zones", "t": "$TOKEN"}}`);
    for (const jsType of [undefined, '-', 'BIND']) {
      let err: unknown;
      try { resolveProvider(creds, 'x', jsType); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toContain(`creds.json: entry "x", field "TYPE" is "${v}", but environment variable ${why}`);
      expect((err as Error).message).not.toMatch(/no "TYPE"|s3cret/);
    }
  });
  it('a TYPE that is set still resolves when another field names an unset variable (reported when the entry is used)', async () => {
    const creds = await load('creds.json', '{"x": {"TYPE": "BIND", "k": "$UNSET"}}');
    expect(resolveProvider(creds, 'x', '-').type).toBe('BIND');
  });
});

describe('creds files that are not UTF-8', () => {
  it.each([
    ['a 0xFF byte in a value', Buffer.from('{"mybind": {"TYPE": "BIND",\n  "directory": "zo\xffnes"}}', 'latin1'), /^bad\.json:2:19: invalid creds file: not UTF-8 text \(byte 0xff\)/],
    ['a truncated sequence after non-ASCII', Buffer.concat([Buffer.from('{"a": {"TYPE": "BIND", "k": "é'), Buffer.from([0xe2, 0x82]), Buffer.from('"}}')]), /^bad\.json:1:31: .*not UTF-8 text \(byte 0xe2\)/],
    ['an overlong encoding', Buffer.concat([Buffer.from('{"a": {"TYPE": "BIND", "k": "'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}}')]), /^bad\.json:1:30: .*byte 0xc0/],
  ])('refuses %s, at its line and column, without quoting the text', async (_n, bytes, re) => {
    const err = (await load('bad.json', bytes).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toMatch(re);
    expect(err.message).not.toMatch(/zo|nes|\uFFFD/);
  });
  it('refuses the output of a creds command that is not UTF-8', async () => {
    const err = (await loadCreds(`!node -e 'process.stdout.write(Buffer.from([0x7b,0x22,0xff,0x22,0x3a,0x7b,0x7d,0x7d]))'`, io()).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/^output of creds command "node":1:3: invalid creds file: not UTF-8 text \(byte 0xff\)/);
  });
  it('still accepts UTF-8 (non-ASCII included) and UTF-16BE with a BOM', async () => {
    expect((await load('ok.json', '{"a": {"TYPE": "BIND", "k": "zoné€😀"}}')).a).toEqual({ TYPE: 'BIND', k: 'zoné€😀' });
    const be = Buffer.from('{"a":{"TYPE":"BIND"}}', 'utf16le').swap16();
    expect((await load('u16be.json', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).a).toEqual({ TYPE: 'BIND' });
  });
});

describe('large creds files', () => {
  const entries = (n: number, comments: boolean) =>
    `{\n${Array.from({ length: n }, (_, i) => `${comments ? '  // entry\n' : ''}  "k${i}": {"TYPE": "BIND", "directory": "zones${i}"${comments ? ',' : ''}}`).join(',\n')}${comments ? ',' : ''}\n}`;

  // The unit tests share modules between files (vitest isolate: false), so a vi.mock of json5 here would not
  // reach load.ts: the fast path is checked by what it takes, the same value as JSON5.
  it.each([['plain JSON', false], ['JSON with comments and trailing commas', true]])('parses %s on the fast path, as JSON5 would', (_n, comments) => {
    const text = entries(1000, comments);
    expect(parseJsonFast(text)?.value).toEqual(JSON5.parse(text));
    expect(parseCredsText(text, 'c.json').k999).toEqual({ TYPE: 'BIND', directory: 'zones999' });
    // JSON5's own forms are left to it, and still parse.
    expect(parseJsonFast("{a: {TYPE: 'BIND'}}")).toBeUndefined();
    expect(parseCredsText("{a: {TYPE: 'BIND'}}", 'c.json')).toEqual({ a: { TYPE: 'BIND' } });
  });

  it('parses a creds file of several MB in linear time (JSON5 took 2.7 s for this one; the spy test above is the exact check)', () => {
    const text = `{"a": {"TYPE": "BIND", "k": "${'x'.repeat(5_000_000)}"}, // c\n}`;
    const t0 = performance.now();
    expect(parseCredsText(text, 'c.json').a!.k).toHaveLength(5_000_000);
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  it(`refuses a file larger than ${MAX_CREDS_BYTES} bytes before reading it`, async () => {
    const big = Buffer.alloc(MAX_CREDS_BYTES + 1, 0x20);
    await expect(load('big.json', big)).rejects.toThrow(/^big\.json: creds file is larger than 10 MB/);
    expect(() => parseCredsText(big.toString(), 'c.json')).toThrow(/^c\.json: creds file is larger than 10 MB/);
    // Exactly at the limit is fine.
    expect(await load('edge.json', Buffer.alloc(MAX_CREDS_BYTES, 0x20))).toEqual(implicit);
  });

  it.skipIf(process.platform === 'win32')('stops reading a device that never ends', async () => {
    await expect(loadCreds('/dev/zero', io())).rejects.toThrow(/^\/dev\/zero: creds file is larger than 10 MB/);
  });

  it('refuses a creds command whose output is too large, without showing it', async () => {
    const err = (await loadCreds(`!node -e 'process.stdout.write("s3cret".repeat(2e6))'`, io()).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/creds command "node" failed: its output is larger than 10 MB/);
    expect(err.message).not.toContain('s3cret');
  });
});
