// Record-type DSL functions. Each call checks its arguments and returns a modifier; D()/D_EXTEND() apply it
// to the domain, which is when the record is created (with the domain's DefaultTTL and D_EXTEND subdomain).
import type { LazyPos } from './positions.js';
import { NO_SUBDOMAIN_TYPES, RECORD_TYPES } from './record-types.js';
import type { ArgCheck, RecordTypeSpec } from './record-types.js';
import { ConfigError, formatPos } from '../errors.js';
import { dslError, isNumber, isObject, isString } from './state.js';
import type { DslDomain, DslRecord, DslState } from './state.js';

type Fn = (...args: unknown[]) => unknown;

const CHECKS: Record<ArgCheck, (v: unknown) => boolean> = {
  string: isString,
  number: isNumber,
  stringOrNumber: (v) => isString(v) || isNumber(v),
  any: (v) => v !== undefined,
};

/** What a value is, for a message about a wrong argument: "an object", "a list", "a function", or the value. */
function describeValue(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'function') return 'a function';
  if (v !== null && typeof v === 'object') return 'an object';
  return String(v);
}

/** 16909060 → "1.2.3.4" (DNSControl accepts numeric A targets, e.g. from IP()). */
export function num2dot(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** Rejects modifiers that are neither functions, meta objects nor lists of those, at the record's own call. */
export function checkRecordMods(state: DslState, fn: string, mods: unknown[]): void {
  for (const mod of mods) {
    if (typeof mod === 'function' || isObject(mod)) continue;
    if (Array.isArray(mod)) { checkRecordMods(state, fn, mod); continue; }
    throw dslError(state, `${fn} record: unknown modifier ${JSON.stringify(mod) ?? String(mod)} (expected a function such as TTL() or a meta object; too many arguments?)`);
  }
}

/**
 * Runs the part of a record's construction that happens when D() applies it; a ConfigError raised there is
 * placed at the record's own call (not at D()), so the message names the right line.
 */
export function atRecord<T>(pos: LazyPos | undefined, build: () => T): T {
  try {
    return build();
  } catch (e) {
    const at = pos?.resolve();
    if (!(e instanceof ConfigError) || !at) throw e;
    throw new ConfigError(e.message.slice(formatPos(e.pos).length), at);
  }
}

/** IMPORT_TRANSFORM's table as DNSControl stores it in meta: "low ~ high ~ newBase ~ newIP ; ...". */
export function formatTransformTable(table: unknown): string {
  const ip = (v: unknown): string => (Array.isArray(v) ? v.map(ip).join(',') : typeof v === 'number' ? num2dot(v) : v ? String(v) : '');
  if (!Array.isArray(table)) return '';
  return table.map((row) => {
    const r = isObject(row) ? row : {};
    return [ip(r.low), ip(r.high), ip(r.newBase), ip(r.newIP)].join(' ~ ');
  }).join(' ; ');
}

/** Applies record modifiers: functions are called with the record, objects merge into meta. */
export function applyRecordMods(state: DslState, record: DslRecord, mods: unknown[]): void {
  for (const mod of mods) {
    if (typeof mod === 'function') (mod as Fn)(record);
    else if (Array.isArray(mod)) applyRecordMods(state, record, mod);
    else if (isObject(mod)) {
      // A `transform` table in a record's meta is stored as its string form, as helpers.js's format_tt does.
      const m = Array.isArray(mod.transform) ? { ...mod, transform: formatTransformTable(mod.transform) } : mod;
      Object.assign(record.meta, state.realm.toSandbox(m));
    } else throw dslError(state, `${record.type} record: unknown modifier ${JSON.stringify(mod)} (expected a function such as TTL() or a meta object)`);
  }
}

/** True when D_EXTEND names a single IPv4 host (4 octets) inside a reverse zone. */
function isHostExtend(domain: string, sub: string): boolean {
  const m = /^(.*)\.in-addr\.arpa$/.exec(`${sub}.${domain.split('!')[0]!}`);
  return !!m && /^\d+\.\d+\.\d+\.\d+$/.test(m[1]!);
}

/**
 * Creates the record in `d`, moving its label under D_EXTEND's subdomain the way DNSControl's helpers do
 * since the D_EXTEND+REV fix (#3487): "@" becomes the subdomain, dotted-quad PTR names stay (normalize maps
 * them), full in-addr.arpa names lose the subdomain suffix, in ip6.arpa zones the record takes the
 * subdomain as its name (and the rest of that D_EXTEND call is not moved), anything else gets ".subdomain".
 */
export function pushRecord(state: DslState, d: DslDomain, record: DslRecord, pos: LazyPos | undefined): DslRecord {
  if (pos) state.positions.set(record, pos);
  const sub = d.subdomain;
  if (sub && !NO_SUBDOMAIN_TYPES.has(record.type)) {
    record.subdomain = sub;
    const name = String(record.name);
    if (name === '@') record.name = sub;
    else if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) { /* an IP: normalize turns it into the reverse label */ }
    else if (d.name.endsWith('.ip6.arpa')) {
      record.name = sub;
      d.subdomain = '';
    } else if (name.endsWith('.in-addr.arpa')) {
      if (name.endsWith(sub)) record.name = name.slice(0, -sub.length - 1);
    } else if (record.type === 'PTR' && isHostExtend(d.name, sub) && name === sub.split('.')[0]) {
      record.name = sub; // D_EXTEND(REV("1.2.3.4"), PTR("4", …)) names that one host (DNSControl #965)
    } else record.name = `${name}.${sub}`;
  }
  d.records.push(record);
  return record;
}

/** A new record, made inside the config's context because config modifiers receive it. */
export function newRecord(state: DslState, type: string, d: DslDomain): DslRecord {
  return state.realm.record(type, d.defaultTTL) as DslRecord;
}

/** Checks arity and argument kinds now (so errors point at the record's line), builds later. */
export function recordFunction(state: DslState, spec: RecordTypeSpec, transform?: (r: DslRecord, args: unknown[]) => void): Fn {
  const type = spec.type ?? spec.fn;
  return (...args: unknown[]) => {
    const n = spec.args.length;
    if (args.length < n) {
      throw dslError(state, `${spec.fn} record requires ${n} arguments (${spec.args.map((a) => a[0]).join(', ')}). Only ${args.length} were supplied`);
    }
    spec.args.forEach(([argName, check, irKey], i) => {
      if (!CHECKS[check](args[i])) {
        throw dslError(state, `${spec.fn} record ${argName} argument validation failed (got ${JSON.stringify(args[i]) ?? 'undefined'})`);
      }
      // A target becomes text: only a string or a number (num2dot) has one (DNSControl's IR takes no other).
      const v = args[i];
      if ((irKey ?? argName) === 'target' && typeof v !== 'string' && typeof v !== 'number') {
        throw dslError(state, `${spec.fn} record ${argName} must be a string or a number, got ${describeValue(v)}`);
      }
    });
    const mods = args.slice(n);
    checkRecordMods(state, spec.fn, mods);
    const pos = state.tracker.captureRecord();
    return (d: DslDomain) => atRecord(pos, () => {
      const record = newRecord(state, type, d);
      applyRecordMods(state, record, mods);
      // Arguments without an IR key (e.g. AZURE_ALIAS's type) are left to the type's transform.
      spec.args.forEach(([argName, , irKey], i) => {
        const v = args[i];
        const key = irKey ?? argName;
        if (key === 'target') record.target = typeof v === 'number' ? num2dot(v) : String(v);
        else if (key === 'name') record.name = v as string;
        else if (irKey) record[irKey] = state.realm.toSandbox(v);
      });
      if (spec.custom) record.meta.orig_custom_type = spec.fn;
      transform?.(record, args);
      return pushRecord(state, d, record, pos);
    });
  };
}

const AZURE_ALIAS_TYPES = new Set(['A', 'AAAA', 'CNAME']);
const R53_ALIAS_TYPES = new Set(['A', 'AAAA', 'CNAME', 'CAA', 'MX', 'TXT', 'PTR', 'SPF', 'SRV', 'NAPTR', 'SOA', 'DS', 'TLSA', 'SSHFP', 'SVCB', 'HTTPS']);

/** Per-type extras on top of the table (validation DNSControl's helpers do in JS). */
function transformFor(state: DslState, fn: string): ((r: DslRecord, args: unknown[]) => void) | undefined {
  switch (fn) {
    case 'AZURE_ALIAS':
      return (r, args) => {
        const t = args[1] as string;
        if (!AZURE_ALIAS_TYPES.has(t)) throw dslError(state, `AZURE_ALIAS type must be A, AAAA or CNAME, got ${JSON.stringify(t)}`);
        r.azure_alias = state.realm.data({ type: t });
      };
    case 'R53_ALIAS':
      return (r, args) => {
        const t = args[1] as string;
        if (!R53_ALIAS_TYPES.has(t)) throw dslError(state, `R53_ALIAS type ${JSON.stringify(t)} is not one of ${[...R53_ALIAS_TYPES].join(', ')}`);
        const prev = isObject(r.r53_alias) ? r.r53_alias : {};
        r.r53_alias = state.realm.data({ ...prev, type: t, evaluate_target_health: isString(prev.evaluate_target_health) ? prev.evaluate_target_health : 'false' });
      };
    case 'BUNNY_DNS_PZ':
      // The target is a pull zone id, not an address: keep the number as written.
      return (r, args) => {
        const id = String(args[1]);
        if (!/^\d+$/.test(id)) throw dslError(state, `BUNNY_DNS_PZ target must be a numeric pull zone id, got ${JSON.stringify(args[1])}`);
        r.target = id;
      };
    case 'ADGUARDHOME_A_PASSTHROUGH':
    case 'ADGUARDHOME_AAAA_PASSTHROUGH':
      return (r) => {
        if (r.target !== '') throw dslError(state, `${fn} takes an empty value ("")`);
      };
    default:
      return undefined;
  }
}

export function recordFunctions(state: DslState): Record<string, Fn> {
  const out: Record<string, Fn> = {};
  for (const spec of RECORD_TYPES) out[spec.fn] = recordFunction(state, spec, transformFor(state, spec.fn));
  // MIKROTIK_NXDOMAIN(name, ...modifiers) has no target (DNSControl's docs); a string second argument is
  // still taken as the target for configs written against the two-argument form.
  const nxdomain = out.MIKROTIK_NXDOMAIN!;
  out.MIKROTIK_NXDOMAIN = (...args: unknown[]) =>
    (isString(args[1]) ? nxdomain(...args) : nxdomain(args[0], '', ...args.slice(1)));
  out.TXT = txtFunction(state);
  out.RP = recordFunction(state, { fn: 'RP', args: [['name', 'string'], ['mbox', 'string'], ['txt', 'string']] },
    (r, args) => { r.target = `${args[1] as string} ${args[2] as string}`; });
  return out;
}

/** TXT takes one string or an array of strings; the IR keeps them joined (DNSControl v4). */
function txtFunction(state: DslState): Fn {
  return (...args: unknown[]) => {
    const [name, value] = args;
    if (args.length < 2) throw dslError(state, `TXT record requires 2 arguments (name, target). Only ${args.length} were supplied`);
    if (!isString(name)) throw dslError(state, 'TXT record name argument validation failed');
    const parts = Array.isArray(value) ? value : [value];
    if (parts.length === 0 || !parts.every(isString)) {
      throw dslError(state, `TXT record target must be a string or an array of strings (got ${JSON.stringify(value)})`);
    }
    const mods = args.slice(2);
    checkRecordMods(state, 'TXT', mods);
    const pos = state.tracker.captureRecord();
    return (d: DslDomain) => atRecord(pos, () => {
      const record = newRecord(state, 'TXT', d);
      applyRecordMods(state, record, mods);
      record.name = name;
      record.target = (parts as string[]).join('');
      return pushRecord(state, d, record, pos);
    });
  };
}
