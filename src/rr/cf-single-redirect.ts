// CLOUDFLAREAPI_SINGLE_REDIRECT: one Cloudflare Single Redirect rule carried as a record, the form DNSControl
// v4.40 gives CF_SINGLE_REDIRECT, CF_REDIRECT and CF_TEMP_REDIRECT at config time. It always sits at the apex
// with TTL 1; `target` is the display text ("name=(…) code=(301) when=(…) then=(…)"), which the diff compares
// and zone files show commented out; `fields` holds the parts (DNSControl's JSON names), which is what the
// Cloudflare provider sends. The parts are the source of truth: normalize rebuilds the rest from them.
import type { RecordConfig } from '../ir/types.js';

export const SINGLE_REDIRECT = 'CLOUDFLAREAPI_SINGLE_REDIRECT';

/** The status codes a Single Redirect can answer with. */
export const REDIRECT_CODES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export interface SingleRedirect {
  name: string;
  code: number;
  when: string;
  then: string;
}

/** `fields` of a single-redirect record. `sr_order` is dnscode's: the rule's place in the config (Cloudflare
 *  applies the first matching rule, and the IR's records are sorted), absent in DNSControl's IR. */
export interface SingleRedirectFields {
  code: number;
  sr_name: string;
  sr_when: string;
  sr_then: string;
  sr_display: string;
  sr_order?: number;
}

export function singleRedirectDisplay(r: SingleRedirect): string {
  return `name=(${r.name}) code=(${String(r.code).padStart(3, '0')}) when=(${r.when}) then=(${r.then})`;
}

/** The record for a rule, with `meta`, the position of `from` (the record it was made from) and its place. */
export function singleRedirectRecord(r: SingleRedirect, o: { meta?: RecordConfig['meta']; from?: RecordConfig; order?: number } = {}): RecordConfig {
  const display = singleRedirectDisplay(r);
  const fields: SingleRedirectFields = { code: r.code, sr_name: r.name, sr_when: r.when, sr_then: r.then, sr_display: display };
  if (o.order !== undefined) fields.sr_order = o.order;
  const rc: RecordConfig = { type: SINGLE_REDIRECT, name: '@', name_raw: '@', name_unicode: '@', target: display, ttl: 1 };
  if (o.meta && Object.keys(o.meta).length) rc.meta = o.meta;
  // filepos may be a lazy getter (dsl/positions.ts): copy the property itself, not its value.
  const pos = o.from && Object.getOwnPropertyDescriptor(o.from, 'filepos');
  if (pos) Object.defineProperty(rc, 'filepos', pos);
  rc.fields = fields;
  return rc;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "name=(n) code=(301) when=(w) then=(t)": for a record written by hand without `fields`. */
const DISPLAY = /^name=\((.*?)\) code=\((\d+)\) when=\((.*)\) then=\((.*)\)$/s;

/** The rule a single-redirect record stands for, or why it has none. */
export function singleRedirectOf(rc: RecordConfig): SingleRedirect | string {
  let r: SingleRedirect;
  if (isRecord(rc.fields)) {
    const f = rc.fields;
    if (typeof f.sr_name !== 'string' || typeof f.sr_when !== 'string' || typeof f.sr_then !== 'string') {
      return 'fields.sr_name, fields.sr_when and fields.sr_then must be strings';
    }
    r = { name: f.sr_name, code: Number(f.code), when: f.sr_when, then: f.sr_then };
  } else {
    const m = DISPLAY.exec(rc.target);
    if (!m) return `expected fields (code, sr_name, sr_when, sr_then) or a target "name=(…) code=(…) when=(…) then=(…)", got ${JSON.stringify(rc.target)}`;
    r = { name: m[1]!, code: Number(m[2]), when: m[3]!, then: m[4]! };
  }
  if (!REDIRECT_CODES.has(r.code)) return `code must be 301, 302, 303, 307 or 308, got ${JSON.stringify(isRecord(rc.fields) ? rc.fields.code : r.code)}`;
  return r;
}

/** The rule's place in the config (fields.sr_order), if recorded. */
export function singleRedirectOrder(rc: RecordConfig): number | undefined {
  const o = isRecord(rc.fields) ? rc.fields.sr_order : undefined;
  return typeof o === 'number' && Number.isFinite(o) ? o : undefined;
}
