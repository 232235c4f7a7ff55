// push --plan runs the plan's records through exactly the checks a config's records get: the normaliser's
// rules (names, values, sizes, TTLs, rrsets) and each provider's capabilities and audit. A plan is data
// anyone with the artefact can edit, so nothing in it is trusted because preview once wrote it.
import type { DomainConfig, RecordConfig } from '../../ir/types.js';
import { normalizeConfig } from '../../normalize/index.js';
import { nameProblem } from '../../normalize/labels.js';
import { getProviderType } from '../../providers/registry.js';
import { capabilityProblems } from '../../providers/_core/capabilities.js';
import type { SavedPlan, SavedProvider } from './plan-file.js';

const bare = (s: string) => s.replace(/\.$/, '').toLowerCase();

/** Every reason the plan's records would be refused in a config, each starting with its JSON path. */
export function planRecordProblems(saved: SavedPlan): string[] {
  const out: string[] = [];
  saved.zones.forEach((z, i) => z.providers.forEach((p, j) => {
    if (p.dc) out.push(...providerProblems(saved, p, p.dc, `$.zones[${i}].providers[${j}]`));
  }));
  return [...new Set(out.map(shorten))];
}

/** A quoted value of thousands of characters (an edited plan's) would bury the message: keep its ends. */
const shorten = (reason: string) => reason.replace(/"((?:[^"\\]|\\.){200,})"/g, (_m, v: string) =>
  `"${v.slice(0, 40)}…${v.slice(-10)}" (${v.length.toLocaleString('en-US')} characters)`);

function providerProblems(saved: SavedPlan, p: SavedProvider, dc: DomainConfig, at: string): string[] {
  const out: string[] = [];
  // Nameservers become the apex NS records and what the registrar delegates to.
  (dc.nameservers ?? []).forEach((ns, k) => {
    const bad = nameProblem(bare(ns.name));
    if (bad) out.push(`${at}.dc.nameservers[${k}]: nameserver ${bad}`);
  });
  if (p.role === 'registrar') return out;
  const decl = saved.providers.dns.find((d) => d.name === p.name);
  const type = decl && getProviderType(decl.type);
  if (!type) return [...out, `${at}.name: DNS provider "${p.name}" is not among the plan's providers ($.providers.dns) with a TYPE dnscode knows`];
  // dnscode adds the apex NS records for the nameservers (a config may not write apex NS itself): they are
  // checked as nameservers above; every other record is a config record and gets the config's checks.
  const nameservers = new Set((dc.nameservers ?? []).map((n) => bare(n.name)));
  const own = (rc: RecordConfig) => !(rc.type === 'NS' && rc.name === '@' && nameservers.has(bare(rc.target)));
  // Each record says where it is in the plan, in the place a config record says where it is in the config.
  const located = () => dc.records.flatMap((rc, k) => (own(rc) ? [{ ...structuredClone(rc), filepos: `${at}.dc.records[${k}]` }] : []));
  const domain = (): DomainConfig => ({ ...structuredClone(dc), records: located(), dnsProviders: { [p.name]: -1 } });
  const cfg = { registrars: [], dns_providers: [{ name: p.name, type: type.name }], domains: [domain()] };
  out.push(...normalizeConfig(cfg).errors);
  out.push(...capabilityProblems(domain(), p.name, type, saved.skipRecordAudit === true));
  return out;
}
