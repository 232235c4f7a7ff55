// Single redirects: Cloudflare "single redirects" are rules of the zone's dynamic-redirect ruleset (phase
// http_request_dynamic_redirect), not DNS records. The config carries them as CLOUDFLAREAPI_SINGLE_REDIRECT
// records (CF_SINGLE_REDIRECT, and CF_REDIRECT / CF_TEMP_REDIRECT converted by normalize), which the record
// diff compares with the live rules read back as such records. The rules are written apart from the DNS
// records: this module compares the rule list as a whole (order included) and the provider replaces it in
// one PUT (atomic) when it differs.
import type { DomainConfig } from '../../ir/types.js';
import { SINGLE_REDIRECT, singleRedirectOf, singleRedirectOrder, type SingleRedirect } from '../../rr/cf-single-redirect.js';

export type { SingleRedirect } from '../../rr/cf-single-redirect.js';

export const PHASE = 'http_request_dynamic_redirect';

export interface CfRule {
  id?: string;
  description?: string;
  expression?: string;
  action?: string;
  enabled?: boolean;
  action_parameters?: { from_value?: { status_code?: number; preserve_query_string?: boolean; target_url?: { expression?: string; value?: string } } };
}

/** The domain's rules in config order (fields.sr_order; records without one keep their place after those with one).
 *  Records the audit refuses (no usable parts) are left out. */
export function desiredRedirects(dc: DomainConfig): SingleRedirect[] {
  const rules: Array<{ rule: SingleRedirect; order: number }> = [];
  for (const rc of dc.records) {
    if (rc.type !== SINGLE_REDIRECT) continue;
    const rule = singleRedirectOf(rc);
    if (typeof rule !== 'string') rules.push({ rule, order: singleRedirectOrder(rc) ?? Number.MAX_SAFE_INTEGER });
  }
  return rules.sort((a, b) => a.order - b.order).map((r) => r.rule);
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
