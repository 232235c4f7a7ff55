// CF_SINGLE_REDIRECT: Cloudflare "single redirects" are rules of the zone's dynamic-redirect ruleset
// (phase http_request_dynamic_redirect), not DNS records, so the generic record diff never sees them:
// the DSL puts them in the domain's rawrecords. This module compares the rule list as a whole and the
// provider replaces it in one PUT (atomic) when it differs.
import type { DomainConfig } from '../../ir/types.js';
import { convertPageRule, PAGE_RULE_TYPES } from './page-rule-redirects.js';

export const PHASE = 'http_request_dynamic_redirect';
const RAW_TYPE = 'CLOUDFLAREAPI_SINGLE_REDIRECT';

export interface SingleRedirect { name: string; code: number; when: string; then: string }

export interface CfRule {
  id?: string;
  description?: string;
  expression?: string;
  action?: string;
  enabled?: boolean;
  action_parameters?: { from_value?: { status_code?: number; preserve_query_string?: boolean; target_url?: { expression?: string; value?: string } } };
}

/** The config's CF_SINGLE_REDIRECT(name, code, when, then) entries in order, then its CF_REDIRECT and
 *  CF_TEMP_REDIRECT records converted to the same kind of rule (page-rule-redirects.ts). */
export function desiredRedirects(dc: DomainConfig): SingleRedirect[] {
  const raw = (dc.rawrecords ?? []).filter((r) => r.type === RAW_TYPE).map((r) => {
    const [name, code, when, then] = r.args as [unknown, unknown, unknown, unknown];
    return { name: String(name), code: Number(code), when: String(when), then: String(then) };
  });
  return [...raw, ...dc.records.filter((r) => r.type in PAGE_RULE_TYPES).map(convertPageRule)];
}

/** True when the config manages redirects for this domain (it has some, or the provider meta says so). */
export const managesRedirects = (dc: DomainConfig, meta: Record<string, unknown>): boolean =>
  desiredRedirects(dc).length > 0 || String(meta.manage_single_redirects ?? '') === 'true';

export function toRule(r: SingleRedirect): CfRule {
  return {
    description: r.name, expression: r.when, action: 'redirect', enabled: true,
    action_parameters: { from_value: { status_code: r.code, preserve_query_string: false, target_url: { expression: r.then } } },
  };
}

export function fromRule(rule: CfRule): SingleRedirect | undefined {
  const fv = rule.action_parameters?.from_value;
  if (rule.action !== 'redirect' || !fv) return undefined;
  return { name: rule.description ?? '', code: fv.status_code ?? 301, when: rule.expression ?? '', then: fv.target_url?.expression ?? fv.target_url?.value ?? '' };
}

const line = (r: SingleRedirect) => `CF_SINGLE_REDIRECT ${JSON.stringify(r.name)} ${r.code} when ${JSON.stringify(r.when)} then ${JSON.stringify(r.then)}`;
const key = (r: SingleRedirect) => JSON.stringify([r.name, r.code, r.when, r.then]);

/** Change lines from the live rules to the desired ones; empty when they are the same, in the same order. */
export function redirectChanges(live: SingleRedirect[], desired: SingleRedirect[]): string[] {
  if (live.map(key).join('\n') === desired.map(key).join('\n')) return [];
  const liveKeys = new Set(live.map(key));
  const wantKeys = new Set(desired.map(key));
  const msgs = [
    ...live.filter((r) => !wantKeys.has(key(r))).map((r) => `- DELETE ${line(r)}`),
    ...desired.filter((r) => !liveKeys.has(key(r))).map((r) => `+ CREATE ${line(r)}`),
  ];
  return msgs.length ? msgs : ['± REORDER CF_SINGLE_REDIRECT rules'];
}
