// Validation and normalisation of the IR, in one pass that collects every problem. Works on IR from the DSL
// or from --ir JSON alike. Mutates `cfg` in place into DNSControl's normalised print-ir form.
import type { DNSConfig, DomainConfig, RecordConfig, SourcePos } from '../ir/types.js';
import { quoteName, toASCII, toUnicode } from '../_util/names.js';
import { sortedOrder } from '../zonefile/sort.js';
import { normalizeRedirects } from './cloudflare-redirects.js';
import { importRecords } from './import-transform.js';
import { addOrigin, canonicalLabel, canonicalName, canonicalTarget, nameProblem, zoneUnicode } from './labels.js';
import { domainSubject, newProblems, recordSubject } from './problems.js';
import type { Problems } from './problems.js';
import { checkCapabilities, checkRegistrarRole } from './rules/capabilities.js';
import { checkAutoDnssecRegistrar, checkCnameLoops, checkR53AliasLoops, checkR53Weighted } from './rules/domain-rules.js';
import { checkHostTarget, checkRecord, recordWarnings } from './rules/record-rules.js';
import { checkRRsets } from './rules/rrset-rules.js';

export type { Problems } from './problems.js';

export const DEFAULT_TTL = 300;

/** Provider-specific types: the IR marks them the way DNSControl's custom-type registry does. */
const CUSTOM_TYPES = new Set([
  'AKAMAICDN', 'AKAMAITLC', 'AZURE_ALIAS', 'R53_ALIAS', 'CF_REDIRECT', 'CF_TEMP_REDIRECT', 'CF_WORKER_ROUTE',
  'URL', 'URL301', 'FRAME', 'CLOUDNS_WR', 'NS1_URLFWD', 'PORKBUN_URLFWD', 'BUNNY_DNS_RDR', 'BUNNY_DNS_PZ', 'ADGUARDHOME_A_PASSTHROUGH',
  'ADGUARDHOME_AAAA_PASSTHROUGH', 'MIKROTIK_FWD', 'MIKROTIK_NXDOMAIN', 'MIKROTIK_FORWARDER',
]);

export interface NormalizeOptions {
  /** Where each domain was declared, for domain-level messages. */
  domainPos?: Map<DomainConfig, { resolve(): SourcePos | undefined }>;
  /** credkey → TYPE from creds.json, for providers declared without a type ("-"). */
  credsTypes?: Record<string, string>;
}

/** Types DNSControl v4.40 keeps in its newer record model: their IR also shows the label as written
 *  (name_raw) and in Unicode (name_unicode). */
const NAME_FORM_TYPES = new Set(['DS', 'RP']);

/** Checks and canonicalises one record in place; false when it has errors (it is then left as given). */
function normalizeRecord(rc: RecordConfig, dc: DomainConfig, p: Problems): boolean {
  const subject = () => recordSubject(rc, dc);
  // DNSControl refuses a label that is the domain name itself (checkLabel: "repeats the domain") unless
  // skip_fqdn_check is set; dnscode takes it as the apex, as the FQDN form with a dot is, and says so.
  const written = rc.name;
  const repeats = !rc.name.endsWith('.') && rc.meta?.skip_fqdn_check !== 'true' && !ARPA_ZONE.test(dc.name) && canonicalName(rc.name) === zoneUnicode(dc);
  const label = canonicalLabel(rc, dc);
  if (typeof label !== 'string') {
    p.errors.push(`${subject()}: ${label.error}`);
    return false;
  }
  if (NAME_FORM_TYPES.has(rc.type)) {
    rc.name_raw ??= rc.name;
    rc.name_unicode = toUnicode(label);
  }
  rc.name = label;
  const reasons = checkRecord(rc);
  for (const r of reasons) p.errors.push(`${subject()}: ${r}`);
  if (reasons.length) return false;
  if (repeats) p.warnings.push(`${subject()}: label ${quoteName(written)} is the domain name; it is taken as the apex (write "@"; DNSControl refuses it)`);
  for (const w of recordWarnings(rc)) p.warnings.push(`${subject()}: ${w}`);
  rc.target = canonicalTarget(rc, dc);
  if (CUSTOM_TYPES.has(rc.type)) rc.meta = { ...rc.meta, orig_custom_type: rc.meta?.orig_custom_type ?? rc.type };
  return true;
}

const ARPA_ZONE = /\.(in-addr|ip6)\.arpa$/;

const domainKeyOf = (name: string, tag: string | undefined) => (tag ? `${name}!${tag}` : name);

function normalizeDomainShape(dc: DomainConfig): void {
  // IR read from --ir may omit what the DSL always sets.
  dc.records ??= [];
  dc.dnsProviders ??= {};
  // Zone names are punycode; IR written by hand or by an older dnscode may hold the Unicode form.
  const raw = dc.meta?.dnscontrol_nameraw ?? dc.name;
  if (!/^[\x00-\x7f]*$/.test(dc.name)) {
    dc.name = toASCII(dc.name);
    if (dc.uniquename !== undefined) dc.uniquename = domainKeyOf(dc.name, dc.tag);
  }
  dc.uniquename ??= domainKeyOf(dc.name, dc.tag);
  dc.meta = {
    ...dc.meta, dnscontrol_tag: dc.tag ?? '', dnscontrol_uniquename: dc.uniquename,
    dnscontrol_nameraw: raw, dnscontrol_nameunicode: toUnicode(dc.name),
  };
}


/** Configs read from IR JSON (config/load.ts readIr), which may be print-ir output: normalising is idempotent on them. */
const irInput = new WeakSet<DNSConfig>();
export const markIrInput = (cfg: DNSConfig): DNSConfig => { irInput.add(cfg); return cfg; };

/** Characters no zone name can hold (checkHostTarget's set, less "/" for RFC 2317 reverse zones): records
 *  completed with such a zone name would be refused when the IR is read back. */
function domainCharProblem(name: string): string | undefined {
  return /['" +,|!£$%&()=?^*ç°§;:<>[\]@\\]/.test(name) ? `${quoteName(name)} includes an invalid character` : undefined;
}

export function normalizeConfig(cfg: DNSConfig, opts: NormalizeOptions = {}): Problems {
  const p = newProblems();
  cfg.registrars ??= [];
  cfg.dns_providers ??= [];
  cfg.domains ??= [];
  const declared = new Set(cfg.dns_providers.map((d) => d.name));
  const registrars = new Set(cfg.registrars.map((r) => r.name));
  // DNSControl accepts a registrar that is only a creds.json key (D("x", "none")); with creds known, one that is
  // neither declared nor a credkey would fail at preview without a location, so it is reported here.
  const credkeys = opts.credsTypes && Object.keys(opts.credsTypes).length ? opts.credsTypes : undefined;
  const byName = new Map<string, DomainConfig>();
  for (const dc of cfg.domains) {
    normalizeDomainShape(dc);
    if (!byName.has(dc.uniquename!)) byName.set(dc.uniquename!, dc);
    if (!byName.has(dc.name)) byName.set(dc.name, dc);
  }
  const seen = new Set<string>();
  for (const dc of cfg.domains) {
    const where = () => domainSubject(dc, opts.domainPos?.get(dc)?.resolve());
    if (seen.has(dc.uniquename!)) p.errors.push(`${where()}: declared more than once`);
    const badName = nameProblem(dc.name) ?? domainCharProblem(dc.name);
    if (badName) p.errors.push(`${where()}: domain name ${badName}`);
    seen.add(dc.uniquename!);
    if (credkeys && dc.registrar && !registrars.has(dc.registrar) && !(dc.registrar in credkeys)) {
      p.errors.push(`${where()}: registrar "${dc.registrar}" was not declared with NewRegistrar and is not in creds.json`);
    }
    for (const name of Object.keys(dc.dnsProviders)) {
      if (!declared.has(name)) p.errors.push(`${where()}: DnsProvider("${name}") was not declared with NewDnsProvider`);
    }
    // NAMESERVER() takes a short name or FQDN; the IR keeps it as an FQDN without the trailing dot. IR read
    // back (--ir) already holds such FQDNs: only a name without any dot is still relative there, or
    // print-ir | --ir would turn ns1.example.net into ns1.example.net.example.com.
    const fromIr = irInput.has(cfg);
    for (const ns of dc.nameservers ?? []) {
      // DNSControl checks each NAMESERVER() name as a target (checkTarget): no odd characters.
      const odd = checkHostTarget(ns.name).find((m) => m.includes('invalid character'));
      if (odd) p.errors.push(`${where()}: NAMESERVER ${odd}`);
      if (!(fromIr && ns.name.includes('.') && !ns.name.endsWith('.'))) ns.name = addOrigin(ns.name, `${zoneUnicode(dc)}.`).replace(/\.$/, '');
      // "ns1.example.net.." kept a dot (and lost one more on every --ir round trip): a bad name is an error.
      // NAMESERVER(".") (an apex NS naming the root, which zone files and PowerDNS accept) is kept as "".
      const bad = ns.name === '' ? undefined : nameProblem(`${ns.name}.`);
      if (bad) p.errors.push(`${where()}: NAMESERVER ${bad}`);
    }
    normalizeRedirects(dc, p);
    for (const rc of dc.records) normalizeRecord(rc, dc, p);
    for (const rc of dc.recordsabsent ?? []) normalizeRecord(rc, dc, p);
  }
  for (const dc of cfg.domains) {
    if (!dc.records.some((r) => r.type === 'IMPORT_TRANSFORM')) continue;
    const out: RecordConfig[] = [];
    for (const rc of dc.records) {
      if (rc.type !== 'IMPORT_TRANSFORM') { out.push(rc); continue; }
      const src = byName.get(toASCII(rc.target.replace(/\.$/, '')));
      if (!src) { p.errors.push(`${recordSubject(rc, dc)}: IMPORT_TRANSFORM source domain ${rc.target} is not declared`); continue; }
      const imported = importRecords(rc, src, dc);
      if (typeof imported === 'string') p.errors.push(`${recordSubject(rc, dc)}: ${imported}`);
      else out.push(...imported.filter((r) => !out.some((o) => o.type === r.type && o.name === r.name && o.target === r.target)));
    }
    dc.records = out;
  }
  for (const dc of cfg.domains) {
    for (const rc of dc.records) if (!rc.ttl) rc.ttl = DEFAULT_TTL;
    // Sorted before the checks, so that checkRRsets finds each label's records side by side; a config already
    // in error is checked without sorting (its records may not compare) and is not sorted, as before.
    const order = p.errors.length === 0 ? sortedOrder(dc.records) : undefined;
    checkRRsets(dc, p, order);
    checkCnameLoops(dc, p);
    checkR53Weighted(dc, p);
    checkR53AliasLoops(dc, p);
    const where = () => domainSubject(dc, opts.domainPos?.get(dc)?.resolve());
    checkAutoDnssecRegistrar(dc, p, where);
    checkCapabilities(cfg, dc, p, opts.credsTypes, where);
    checkRegistrarRole(cfg, dc, p, opts.credsTypes, where);
    if (p.errors.length === 0 && order) { const records = dc.records; dc.records = order.map((i) => records[i]!); }
  }
  return p;
}
