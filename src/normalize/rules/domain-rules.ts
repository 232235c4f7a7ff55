// Checks that need a whole domain: CNAME chains that loop inside the zone, Route 53 weighted groups that
// disagree, and AUTODNSSEC where the DS records cannot reach the registrar. Hand-written: no library knows
// these IR conventions.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import type { Problems } from '../problems.js';
import { recordSubject } from '../problems.js';
import { zoneUnicode } from '../labels.js';

/** The zone label a hostname target points at, or undefined when it leaves the zone. */
/** inZoneLabel for one zone: its name and suffix made once, not once per CNAME. */
function inZoneLabelOf(domain: string): (target: string) => string | undefined {
  const apex = `${domain}.`;
  const suffix = `.${domain}.`;
  return (target) => {
    const t = target.toLowerCase();
    if (t === apex) return '@';
    return t.endsWith(suffix) ? t.slice(0, -suffix.length) : undefined;
  };
}

/** A CNAME chain that comes back to where it started never resolves; report each loop once (self: error, longer: warning). */
export function checkCnameLoops(dc: DomainConfig, p: Problems): void {
  const cnames = new Map<string, RecordConfig>();
  for (const rc of dc.records) if (rc.type === 'CNAME' && !cnames.has(rc.name)) cnames.set(rc.name, rc);
  const reported = new Set<string>();
  const inZoneLabel = inZoneLabelOf(zoneUnicode(dc));
  for (const [start, first] of cnames) {
    if (reported.has(start)) continue;
    const chain = [start];
    let next = inZoneLabel(first.target);
    while (next !== undefined && cnames.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = inZoneLabel(cnames.get(next)!.target);
    }
    if (next === undefined || !chain.includes(next)) continue;
    const loop = chain.slice(chain.indexOf(next));
    if (loop.some((l) => reported.has(l))) continue;
    for (const l of loop) reported.add(l);
    // A CNAME naming itself is an error, as in DNSControl (checkTargets); a longer loop is a warning: DNSControl
    // accepts it, zone files holding it load, and providers store it (the names just never resolve).
    const msg = `${recordSubject(cnames.get(loop[0]!)!, dc)}: CNAME loop ${[...loop, loop[0]].join(' → ')} (the name never resolves)`;
    (loop.length === 1 ? p.errors : p.warnings).push(msg);
  }
}

/** An R53_ALIAS naming its own name loops; Route 53 refuses it (DNSControl's route53 audit: "alias target loop"). */
export function checkR53AliasLoops(dc: DomainConfig, p: Problems): void {
  const zone = zoneUnicode(dc);
  for (const rc of dc.records) {
    if (rc.type !== 'R53_ALIAS') continue;
    const fqdn = rc.name === '@' ? `${zone}.` : `${rc.name}.${zone}.`;
    if (rc.target.toLowerCase() === fqdn) p.errors.push(`${recordSubject(rc, dc)}: R53_ALIAS target loop (the alias names itself)`);
  }
}

const R53_KEYS = ['r53_weight', 'r53_set_identifier', 'r53_health_check_id'] as const;

/**
 * Route 53 weighted routing: a weight needs a set identifier and the reverse, weights are 0-255, and the
 * records of one label+type+set identifier form one record set, so they must agree on weight and health check.
 */
export function checkR53Weighted(dc: DomainConfig, p: Problems): void {
  const groups = new Map<string, RecordConfig>();
  for (const rc of dc.records) {
    const m = rc.meta;
    // Most records carry no R53 weight: no array and no destructuring for them.
    if (!m || (m.r53_weight === undefined && m.r53_set_identifier === undefined)) continue;
    const [weight = '', setId = '', health = ''] = R53_KEYS.map((k) => m[k] ?? '');
    if (!weight && !setId) continue;
    const at = recordSubject(rc, dc);
    if (!setId) { p.errors.push(`${at}: r53_weight is set but r53_set_identifier is missing (use R53_WEIGHT(weight, setId))`); continue; }
    if (!weight) { p.errors.push(`${at}: r53_set_identifier is set but r53_weight is missing (use R53_WEIGHT(weight, setId))`); continue; }
    if (!/^\d+$/.test(weight) || Number(weight) > 255) p.errors.push(`${at}: r53_weight ${JSON.stringify(weight)} must be an integer 0-255`);
    if (setId.length > 128) p.errors.push(`${at}: r53_set_identifier is longer than 128 characters`);
    const key = `${rc.name}\0${rc.type}\0${setId}`;
    const first = groups.get(key);
    if (!first) { groups.set(key, rc); continue; }
    const where = first.filepos ? ` at ${first.filepos}` : '';
    if ((first.meta?.r53_weight ?? '') !== weight) {
      p.errors.push(`${at}: R53 weighted group ${JSON.stringify(setId)} has inconsistent weights (${first.meta?.r53_weight} vs ${weight}; first record${where})`);
    }
    if ((first.meta?.r53_health_check_id ?? '') !== health) {
      p.errors.push(`${at}: R53 weighted group ${JSON.stringify(setId)} has inconsistent health check ids (${JSON.stringify(first.meta?.r53_health_check_id ?? '')} vs ${JSON.stringify(health)}; first record${where})`);
    }
  }
}

/**
 * AUTODNSSEC_ON signs the zone at the DNS provider; the DS records reach the parent only when that provider
 * is also the registrar. Like DNSControl this is a warning, skipped for the "none" registrar.
 */
export function checkAutoDnssecRegistrar(dc: DomainConfig, p: Problems, where: () => string): void {
  if (dc.auto_dnssec !== 'on' || (dc.registrar ?? '').toLowerCase() === 'none') return;
  for (const provider of Object.keys(dc.dnsProviders)) {
    if (provider !== dc.registrar) {
      p.warnings.push(`${where()}: AutoDNSSEC is enabled, but DNS provider ${provider} does not match registrar ${dc.registrar} (publish the DS records at the registrar yourself)`);
    }
  }
}
