// Cloudflare redirects become CLOUDFLAREAPI_SINGLE_REDIRECT records at config time, as in DNSControl v4.40:
// CF_REDIRECT / CF_TEMP_REDIRECT (old page-rule forwarding) are translated into a 301 / 302 rule, CF_SINGLE_REDIRECT
// records (and the `rawrecords` form older IR holds them in) are rebuilt from their parts. Every domain is done
// alike, whatever its providers: print-ir and print-zones show the rules, and a provider that cannot store
// them says so in its audit. Each rule also records its place in the config (fields.sr_order), because the
// records are sorted afterwards and Cloudflare applies the first rule that matches.
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import { SINGLE_REDIRECT, singleRedirectOf, singleRedirectOrder, singleRedirectRecord, type SingleRedirect } from '../rr/cf-single-redirect.js';
import { convertPageRule, PAGE_RULE_TYPES } from '../providers/cloudflare/page-rule-redirects.js';
import type { Problems } from './problems.js';
import { recordSubject } from './problems.js';

const isRedirect = (rc: RecordConfig) => rc.type === SINGLE_REDIRECT || rc.type in PAGE_RULE_TYPES;

/** The rule of one redirect record, or an error message. */
function ruleOf(rc: RecordConfig): SingleRedirect | string {
  if (rc.type === SINGLE_REDIRECT) return singleRedirectOf(rc);
  try {
    return convertPageRule(rc);
  } catch (e) {
    return `cannot convert to a single redirect: ${(e as Error).message}`;
  }
}

/** Replaces the domain's redirects by single-redirect records, in place; a bad one is an error (and is kept). */
export function normalizeRedirects(dc: DomainConfig, p: Problems): void {
  const raw = dc.rawrecords?.filter((r) => r.type === SINGLE_REDIRECT) ?? [];
  if (raw.length === 0 && !dc.records.some(isRedirect)) return;
  let position = 0;
  const convert = (rc: RecordConfig): RecordConfig => {
    const order = singleRedirectOrder(rc) ?? position;
    position++;
    const rule = ruleOf(rc);
    if (typeof rule === 'string') {
      p.errors.push(`${recordSubject(rc, dc)}: ${rule}`);
      return rc;
    }
    // A converted CF_REDIRECT keeps its meta but not the orig_custom_type it had as a CF_REDIRECT record.
    const { orig_custom_type: _custom, ...meta } = rc.meta ?? {};
    return singleRedirectRecord(rule, { meta, from: rc, order });
  };
  dc.records = dc.records.map((rc) => (isRedirect(rc) ? convert(rc) : rc));
  for (const r of raw) {
    const [name, code, when, then] = r.args;
    const meta = Object.assign({}, ...(r.metas ?? [])) as Record<string, string>;
    const base: RecordConfig = { type: SINGLE_REDIRECT, name: '@', target: '', ttl: 1, meta, ...(r.filepos ? { filepos: r.filepos } : {}),
      fields: { sr_name: name, code, sr_when: when, sr_then: then } };
    dc.records.push(convert(base));
  }
  if (raw.length) {
    const rest = dc.rawrecords!.filter((r) => r.type !== SINGLE_REDIRECT);
    if (rest.length) dc.rawrecords = rest;
    else delete dc.rawrecords;
  }
}
