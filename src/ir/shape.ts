// The shape of IR JSON (print-ir's output, `--ir FILE`, and what a sandboxed config evaluation hands back),
// checked before anything reads it: untrusted JSON must give a ConfigError naming the JSON path, never a
// TypeError deep in normalisation. Pure and linear: one walk, no copies, paths built only for errors.
import JSON5 from 'json5';
import { ConfigError } from '../errors.js';
import type { DNSConfig, DomainConfig, RecordConfig } from './types.js';

/** What a key holds. `uint` is a JSON number that is an integer from 0 to 2^32-1 (Go's uint fields);
 *  `int` any safe integer; `any` is any JSON value (still walked for prototype-polluting keys). */
type Kind = 'string' | 'uint' | 'int' | 'bool' | 'meta' | 'any' | 'strings' | 'alias' | 'records' | 'nameservers'
  | 'unmanaged' | 'rawrecords' | 'providers' | 'domains' | 'dnsProviders' | 'metas' | 'anyObject' | 'array';

/** Every RecordConfig key (the mapped type makes the compiler insist on completeness). */
const RECORD: { readonly [K in keyof RecordConfig]-?: Kind } = {
  type: 'string', name: 'string', name_raw: 'string', name_unicode: 'string', target: 'string', ttl: 'uint',
  meta: 'meta', subdomain: 'string', filepos: 'string',
  mxpreference: 'uint', srvpriority: 'uint', srvweight: 'uint', srvport: 'uint', caatag: 'string', caaflag: 'uint',
  dskeytag: 'uint', dsalgorithm: 'uint', dsdigesttype: 'uint', dsdigest: 'string',
  dnskeyflags: 'uint', dnskeyprotocol: 'uint', dnskeyalgorithm: 'uint', dnskeypublickey: 'string',
  locversion: 'uint', locsize: 'uint', lochorizpre: 'uint', locvertpre: 'uint', loclatitude: 'uint',
  loclongitude: 'uint', localtitude: 'uint', luartype: 'string',
  naptrorder: 'uint', naptrpreference: 'uint', naptrflags: 'string', naptrservice: 'string', naptrregexp: 'string',
  smimeausage: 'uint', smimeaselector: 'uint', smimeamatchingtype: 'uint', sshfpalgorithm: 'uint', sshfpfingerprint: 'uint',
  soambox: 'string', soaserial: 'uint', soarefresh: 'uint', soaretry: 'uint', soaexpire: 'uint', soaminttl: 'uint',
  svcpriority: 'uint', svcparams: 'string', tlsausage: 'uint', tlsaselector: 'uint', tlsamatchingtype: 'uint',
  r53_alias: 'alias', azure_alias: 'alias', answer_type: 'string', unknown_type_name: 'string', ensure_absent: 'bool',
  txtstrings: 'strings', fields: 'any', comparable: 'string', zonfefilepartial: 'string',
};
const RECORD_REQUIRED = ['type', 'name', 'target'] as const;

const DOMAIN: { readonly [K in keyof DomainConfig]-?: Kind } = {
  name: 'string', tag: 'string', uniquename: 'string', registrar: 'string', dnsProviders: 'dnsProviders',
  meta: 'meta', records: 'records', nameservers: 'nameservers', recordsabsent: 'records', keepunknown: 'bool',
  unmanaged: 'unmanaged', unmanaged_disable_safety_check: 'bool', ignore_external_dns: 'bool',
  external_dns_prefix: 'string', auto_dnssec: 'string', rawrecords: 'rawrecords',
};
const DOMAIN_REQUIRED = ['name', 'registrar'] as const;

const CONFIG: { readonly [K in keyof DNSConfig]-?: Kind } = {
  registrars: 'providers', dns_providers: 'providers', domains: 'domains', skiprecordaudit: 'bool',
};
const CONFIG_REQUIRED = ['domains'] as const;

const PROVIDER: Readonly<Record<string, Kind>> = { name: 'string', type: 'string', meta: 'anyObject' };
const PROVIDER_REQUIRED = ['name'] as const;
const ALIAS: Readonly<Record<string, Kind>> = { type: 'string', zone_id: 'string', evaluate_target_health: 'string' };
const UNMANAGED: Readonly<Record<string, Kind>> = { label_pattern: 'string', rType_pattern: 'string', target_pattern: 'string' };
const NAMESERVER: Readonly<Record<string, Kind>> = { name: 'string' };
const RAW_RECORD: Readonly<Record<string, Kind>> = { type: 'string', args: 'array', metas: 'metas', ttl: 'uint', filepos: 'string' };

/** Keys that would reach an object's prototype when copied with `{...x}`, `Object.assign` or a merge. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_REPORTED = 10;
const UINT_MAX = 0xffffffff;

/** A JSON path, built only when a problem is reported (most values are fine, and strings cost time). */
type Path = { readonly up: Path | null; readonly key: string | number };
const ROOT: Path = { up: null, key: '$' };
const at = (up: Path, key: string | number): Path => ({ up, key });

const IDENT = /^[A-Za-z_$][\w$]*$/;
function renderPath(p: Path): string {
  const parts: string[] = [];
  for (let q: Path | null = p; q; q = q.up) {
    const k = q.key;
    if (q.up === null) parts.push(String(k));
    else if (typeof k === 'number') parts.push(`[${k}]`);
    else if (k.length > 60) parts.push(`[${JSON.stringify(`${k.slice(0, 60)}…`)}]`);
    else parts.push(IDENT.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);
  }
  return parts.reverse().join('');
}

class Collector {
  readonly errors: string[] = [];
  count = 0;
  add(path: Path, message: string): void {
    this.count++;
    if (this.errors.length < MAX_REPORTED) this.errors.push(`${renderPath(path)}: ${message}`);
  }
  /** Enough found: stop walking (a file of 100,000 bad records needs no 100,000 messages). */
  get full(): boolean {
    return this.count >= MAX_REPORTED * 10;
  }
}

/** A short description of a JSON value for "expected X, got Y". */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const FORBIDDEN_MSG = 'forbidden key (prototype pollution)';

type Table = ReadonlyMap<string, Kind>;
const table = (t: Readonly<Record<string, Kind>>): Table => new Map(Object.entries(t));
const RECORD_T = table(RECORD), DOMAIN_T = table(DOMAIN), CONFIG_T = table(CONFIG), PROVIDER_T = table(PROVIDER);
const ALIAS_T = table(ALIAS), UNMANAGED_T = table(UNMANAGED), NAMESERVER_T = table(NAMESERVER), RAW_RECORD_T = table(RAW_RECORD);

function checkObject(v: unknown, path: Path, table: Table, required: readonly string[], c: Collector): void {
  if (!isObject(v)) { c.add(path, `expected an object, got ${describeValue(v)}`); return; }
  for (const key of required) if (v[key] === undefined) c.add(path, `missing "${key}"`);
  // for-in (not Object.keys) lets V8 use its enum cache for v[key]: three times faster on 100,000 records.
  for (const key in v) {
    if (FORBIDDEN.has(key)) { c.add(at(path, key), FORBIDDEN_MSG); continue; }
    // Keys dnscode does not know are carried through (DNSControl ignores them too), but still walked.
    const kind = table.get(key) ?? 'any';
    const value = v[key];
    // An optional key holding undefined is absent (JSON drops it; in-memory IR from evaluation has them).
    if (value === undefined) continue;
    // The common cases inline: a call per key is most of the cost before the JIT has warmed up.
    if (kind === 'string' ? typeof value === 'string' : kind === 'uint' && typeof value === 'number' && value >= 0 && value <= UINT_MAX && Number.isInteger(value)) continue;
    checkValue(value, path, key, kind, c);
    if (c.full) return;
  }
}

function checkValue(v: unknown, parent: Path, key: string, kind: Kind, c: Collector): void {
  switch (kind) {
    case 'string':
      if (typeof v !== 'string') c.add(at(parent, key), `expected a string, got ${describeValue(v)}`);
      return;
    case 'uint':
      if (typeof v !== 'number') c.add(at(parent, key), `expected a number, got ${describeValue(v)}`);
      else if (!Number.isInteger(v) || v < 0 || v > UINT_MAX) c.add(at(parent, key), `expected an integer from 0 to ${UINT_MAX}, got ${v}`);
      return;
    case 'int':
      if (typeof v !== 'number') c.add(at(parent, key), `expected a number, got ${describeValue(v)}`);
      else if (!Number.isSafeInteger(v)) c.add(at(parent, key), `expected an integer, got ${v}`);
      return;
    case 'bool':
      if (typeof v !== 'boolean') c.add(at(parent, key), `expected true or false, got ${describeValue(v)}`);
      return;
    case 'any':
      if (typeof v === 'object' && v !== null) checkAny(v, at(parent, key), c);
      return;
    case 'meta': return checkMeta(v, at(parent, key), c);
    case 'anyObject':
      if (!isObject(v)) c.add(at(parent, key), `expected an object, got ${describeValue(v)}`);
      else checkAny(v, at(parent, key), c);
      return;
    case 'array':
      if (!Array.isArray(v)) c.add(at(parent, key), `expected an array, got ${describeValue(v)}`);
      else checkAny(v, at(parent, key), c);
      return;
    case 'strings':
      return eachOf(v, at(parent, key), c, (item, p) => {
        if (typeof item !== 'string') c.add(p, `expected a string, got ${describeValue(item)}`);
      });
    case 'alias': return checkObject(v, at(parent, key), ALIAS_T, ['type'], c);
    case 'records': return eachOf(v, at(parent, key), c, (item, p) => checkObject(item, p, RECORD_T, RECORD_REQUIRED, c));
    case 'nameservers': return eachOf(v, at(parent, key), c, (item, p) => checkObject(item, p, NAMESERVER_T, ['name'], c));
    case 'unmanaged': return eachOf(v, at(parent, key), c, (item, p) => checkObject(item, p, UNMANAGED_T, [], c));
    case 'rawrecords': return eachOf(v, at(parent, key), c, (item, p) => checkObject(item, p, RAW_RECORD_T, ['type', 'args'], c));
    case 'providers': return eachOf(v, at(parent, key), c, (item, p) => checkObject(item, p, PROVIDER_T, PROVIDER_REQUIRED, c));
    case 'domains': return eachOf(v, at(parent, key), c, (item, p) => checkObject(item, p, DOMAIN_T, DOMAIN_REQUIRED, c));
    case 'metas': return eachOf(v, at(parent, key), c, (item, p) => checkMeta(item, p, c));
    case 'dnsProviders': {
      const path = at(parent, key);
      if (!isObject(v)) { c.add(path, `expected an object, got ${describeValue(v)}`); return; }
      for (const name in v) {
        if (!Object.hasOwn(v, name)) continue;
        if (FORBIDDEN.has(name)) c.add(at(path, name), FORBIDDEN_MSG);
        else checkValue(v[name], path, name, 'int', c);
      }
      return;
    }
  }
}

function eachOf(v: unknown, path: Path, c: Collector, check: (item: unknown, path: Path) => void): void {
  if (!Array.isArray(v)) { c.add(path, `expected an array, got ${describeValue(v)}`); return; }
  for (let i = 0; i < v.length; i++) {
    check(v[i], at(path, i));
    if (c.full) return;
  }
}

/** meta: an object of string values, without prototype-polluting keys. */
function checkMeta(v: unknown, path: Path, c: Collector): void {
  if (!isObject(v)) { c.add(path, `expected an object of strings, got ${describeValue(v)}`); return; }
  for (const key in v) {
    if (FORBIDDEN.has(key)) c.add(at(path, key), FORBIDDEN_MSG);
    else if (typeof v[key] !== 'string') c.add(at(path, key), `expected a string, got ${describeValue(v[key])}`);
  }
}

/** Any JSON value: walked iteratively (deep nesting must not overflow the stack) for forbidden keys. */
function checkAny(root: object, rootPath: Path, c: Collector): void {
  const stack: [unknown, Path][] = [[root, rootPath]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) if (typeof v[i] === 'object' && v[i] !== null) stack.push([v[i], at(path, i)]);
    } else if (isObject(v)) {
      for (const key in v) {
        if (!Object.hasOwn(v, key)) continue;
        if (FORBIDDEN.has(key)) { c.add(at(path, key), FORBIDDEN_MSG); if (c.full) return; continue; }
        const item = v[key];
        if (typeof item === 'object' && item !== null) stack.push([item, at(path, key)]);
      }
    }
  }
}

/**
 * Checks that `value` has the structure of DNSControl IR (DNSConfig) and returns it, unchanged and uncopied.
 * Throws a ConfigError naming the JSON path of each problem (up to ten), e.g.
 * `ir.json: $.domains[3].records[12].ttl: expected a number, got "abc"`.
 */
export function checkIrShape(value: unknown, source: string): DNSConfig {
  const c = new Collector();
  checkObject(value, ROOT, CONFIG_T, CONFIG_REQUIRED, c);
  if (c.count === 0) return value as DNSConfig;
  const lines = c.errors.map((e) => `${source}: ${e}`);
  if (c.count > c.errors.length) lines.push(`${source}: and ${c.full ? 'more than ' : ''}${c.count - c.errors.length} more problems`);
  throw new ConfigError(lines.join('\n'));
}

/** JSON.parse + checkIrShape; a syntax error names the line and column. */
export function parseIrJson(text: string, source: string): DNSConfig {
  const body = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    throw new ConfigError(`${source}: not IR JSON: ${jsonErrorMessage((e as Error).message, body)}`);
  }
  return checkIrShape(value, source);
}

/** V8's message, with "at position N" turned into line:column and the echoed input dropped. */
function jsonErrorMessage(message: string, text: string): string {
  const m = /(?: in JSON)? at position (\d+)/.exec(message);
  if (m) return `${message.slice(0, m.index)} at ${lineColumn(text, Number(m[1]))}`;
  // "Unexpected token 'x', "...input..." is not valid JSON" gives no position: JSON5 (a superset) finds the
  // same token with its line and column, on files small enough for it to be quick (it is slow on deep nesting).
  const reason = message.replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '').slice(0, 200);
  if (text.length > JSON5_LIMIT) return message.slice(0, 200);
  try {
    JSON5.parse(text);
  } catch (e) {
    const { lineNumber, columnNumber } = e as { lineNumber?: number; columnNumber?: number };
    if (lineNumber && columnNumber) return `${reason} at line ${lineNumber} column ${columnNumber}`;
  }
  return message.slice(0, 200);
}

const JSON5_LIMIT = 256 * 1024;

function lineColumn(text: string, pos: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) { line++; start = i + 1; }
  return `line ${line} column ${pos - start + 1}`;
}
