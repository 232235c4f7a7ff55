// Provider-specific DSL: Cloudflare, Route 53, Hurricane Electric modifiers and rules, and IMPORT_TRANSFORM.
// They only shape the IR the way DNSControl does; the providers give them meaning.
import { REDIRECT_CODES, SINGLE_REDIRECT, singleRedirectRecord, type SingleRedirect } from '../rr/cf-single-redirect.js';
import { applyRecordMods, atRecord, checkRecordMods, formatTransformTable, newRecord, pushRecord } from './records.js';
import { dslError, isNumber, isObject, isString } from './state.js';
import type { DslDomain, DslRecord, DslState } from './state.js';

type Fn = (...args: unknown[]) => unknown;

/** CF_REDIRECT-style rules: stored as "a,b" in target, so neither part may contain a comma. */
function commaPair(state: DslState, type: string): Fn {
  return (...args: unknown[]) => {
    const [a, b, ...mods] = args;
    if (!isString(a) || !isString(b)) throw dslError(state, `${type} takes two strings`);
    if (a.includes(',') || b.includes(',')) throw dslError(state, `${type} arguments must not contain commas`);
    checkRecordMods(state, type, mods);
    const pos = state.tracker.captureRecord();
    return (d: DslDomain) => atRecord(pos, () => {
      const r = newRecord(state, type, d);
      applyRecordMods(state, r, mods);
      r.name = '@';
      r.target = `${a},${b}`;
      r.meta.orig_custom_type = type;
      return pushRecord(state, d, r, pos);
    });
  };
}

/** CF_SINGLE_REDIRECT(name, code, when, then): checked at the call so the error names its line. */
function checkSingleRedirect(state: DslState, plain: unknown[]): SingleRedirect {
  if (plain.length !== 4) throw dslError(state, `CF_SINGLE_REDIRECT(name, code, when, then) takes 4 arguments, got ${plain.length}`);
  const [name, code, when, then] = plain;
  if (!isString(name) || !isString(when) || !isString(then)) throw dslError(state, 'CF_SINGLE_REDIRECT: name, when and then must be strings');
  if (!REDIRECT_CODES.has(Number(code))) throw dslError(state, `CF_SINGLE_REDIRECT: code must be 301, 302, 303, 307 or 308, got ${JSON.stringify(code)}`);
  return { name, code: Number(code), when, then };
}

/** A single-redirect record at the apex with TTL 1 whatever TTL() says (as DNSControl v4.40); meta objects
 *  apply as on any record. In config order with CF_REDIRECT records, so the rules keep that order. */
function singleRedirect(state: DslState): Fn {
  return (...args: unknown[]) => {
    const isMod = (a: unknown) => typeof a === 'function' || isObject(a) || Array.isArray(a);
    const rule = checkSingleRedirect(state, args.filter((a) => !isMod(a)));
    const mods = args.filter(isMod);
    const pos = state.tracker.captureRecord();
    return (d: DslDomain) => atRecord(pos, () => {
      const r = newRecord(state, SINGLE_REDIRECT, d);
      applyRecordMods(state, r, mods);
      const { name, target, ttl, fields } = singleRedirectRecord(rule);
      Object.assign(r, { name, target, ttl, fields: state.realm.data({ ...(fields as object) }) });
      return pushRecord(state, d, r, pos);
    });
  };
}

function importTransform(state: DslState, strip: boolean): Fn {
  return (...args: unknown[]) => {
    const [table, domain, ttl] = args;
    const suffix = strip ? args[3] : undefined;
    const mods = args.slice(strip ? 4 : 3);
    if (!isString(domain)) throw dslError(state, 'IMPORT_TRANSFORM(table, domain, ttl): domain must be a string');
    if (strip && !isString(suffix)) throw dslError(state, 'IMPORT_TRANSFORM_STRIP: suffixstrip must be a string');
    checkRecordMods(state, strip ? 'IMPORT_TRANSFORM_STRIP' : 'IMPORT_TRANSFORM', mods);
    const pos = state.tracker.captureRecord();
    return (d: DslDomain) => atRecord(pos, () => {
      const r = newRecord(state, 'IMPORT_TRANSFORM', d);
      applyRecordMods(state, r, mods);
      r.name = '@';
      r.target = domain;
      r.meta.transform_table = formatTransformTable(table);
      if (strip) r.meta.transform_suffixstrip = suffix;
      if (typeof ttl === 'number') r.ttl = ttl;
      return pushRecord(state, d, r, pos);
    });
  };
}

const meta = (key: string, value: string) => ({ [key]: value });

export function providerSpecificFunctions(state: DslState): Record<string, unknown> {
  return {
    CF_REDIRECT: commaPair(state, 'CF_REDIRECT'),
    CF_TEMP_REDIRECT: commaPair(state, 'CF_TEMP_REDIRECT'),
    CF_WORKER_ROUTE: commaPair(state, 'CF_WORKER_ROUTE'),
    CF_SINGLE_REDIRECT: singleRedirect(state),
    CF_PROXY_OFF: meta('cloudflare_proxy', 'off'),
    CF_PROXY_ON: meta('cloudflare_proxy', 'on'),
    CF_PROXY_FULL: meta('cloudflare_proxy', 'full'),
    CF_PROXY_DEFAULT_OFF: meta('cloudflare_proxy_default', 'off'),
    CF_PROXY_DEFAULT_ON: meta('cloudflare_proxy_default', 'on'),
    CF_UNIVERSALSSL_OFF: meta('cloudflare_universalssl', 'off'),
    CF_UNIVERSALSSL_ON: meta('cloudflare_universalssl', 'on'),
    CF_CNAME_FLATTEN_OFF: meta('cloudflare_cname_flatten', 'off'),
    CF_CNAME_FLATTEN_ON: meta('cloudflare_cname_flatten', 'on'),
    CF_MANAGE_COMMENTS: meta('cloudflare_manage_comments', 'true'),
    CF_MANAGE_TAGS: meta('cloudflare_manage_tags', 'true'),
    CF_COMMENT: (c: unknown) => meta('cloudflare_comment', String(c)),
    CF_TAGS: (...tags: unknown[]) => meta('cloudflare_tags', tags.map(String).join(',')),
    HEDNS_DYNAMIC_ON: meta('hedns_dynamic', 'on'),
    HEDNS_DYNAMIC_OFF: meta('hedns_dynamic', 'off'),
    HEDNS_DDNS_KEY: (k: unknown) => meta('hedns_ddns_key', String(k)),
    R53_ZONE: (zoneId: unknown) => (r: DslRecord | DslDomain) => {
      const id = String(zoneId);
      if ('type' in r && (r.type === 'R53_ALIAS' || isObject(r.r53_alias))) {
        r.r53_alias = state.realm.data({ ...(isObject(r.r53_alias) ? r.r53_alias : {}), zone_id: id });
      } else {
        r.meta.zone_id = id;
      }
    },
    R53_EVALUATE_TARGET_HEALTH: (v: unknown) => (r: DslRecord) => {
      r.r53_alias = state.realm.data({ ...(isObject(r.r53_alias) ? r.r53_alias : {}), evaluate_target_health: String(Boolean(v)) });
    },
    R53_WEIGHT: (weight: unknown, setId: unknown) => {
      if (!isNumber(weight) || !Number.isInteger(weight) || weight < 0 || weight > 255) {
        throw dslError(state, `R53_WEIGHT: weight must be an integer between 0 and 255 (got ${JSON.stringify(weight)})`);
      }
      if (!isString(setId) || setId === '') throw dslError(state, 'R53_WEIGHT: set_identifier must be a non-empty string');
      return { r53_weight: String(weight), r53_set_identifier: setId };
    },
    R53_HEALTH_CHECK_ID: (id: unknown) => {
      if (!isString(id) || id === '') throw dslError(state, 'R53_HEALTH_CHECK_ID: health_check_id must be a non-empty string');
      return meta('r53_health_check_id', id);
    },
    IMPORT_TRANSFORM: importTransform(state, false),
    IMPORT_TRANSFORM_STRIP: importTransform(state, true),
  };
}
