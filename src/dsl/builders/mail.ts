// Record builders that expand to plain records: CAA_BUILDER, DMARC_BUILDER, DKIM_BUILDER, M365_BUILDER and
// the legacy DKIM() helper. Each returns record modifiers, so D() applies them like any record. Options are
// read as DNSControl v4.40's helpers.js reads them: a falsy value (0, "", false) means "not given", and its
// few checks are kept, no more (docs/dnscontrol-differences.md lists where dnscode differs on purpose).
import { parseTTL } from '../ttl.js';
import { dslError, isObject, isString, warn } from '../state.js';
import type { DslDomain, DslRecord, DslState } from '../state.js';

type Fn = (...args: unknown[]) => unknown;
type Opts = Record<string, unknown>;

const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
/** underscore's _.isEmpty: strings and arrays without elements, objects without keys, and every non-object. */
const isEmpty = (v: unknown): boolean =>
  typeof v === 'string' || Array.isArray(v) ? v.length === 0 : isObject(v) ? Object.keys(v).length === 0 : true;
/** JavaScript's `v == 'none'` for the values CAA_BUILDER takes (a string, or an array that joins to it). */
const looseNone = (v: unknown): boolean => (Array.isArray(v) ? v.join(',') === 'none' : v === 'none');

/** DKIM-Quoted-Printable (RFC 6376 §2.11) of the n= note: controls, space, ";", "=", DEL and non-ASCII as =XX. */
export function dkimQuotedPrintable(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Per UTF-16 code unit, as DNSControl does (its charCodeAt & 0xFF).
    out += c < 0x21 || c === 0x3b || c === 0x3d || c >= 0x7f ? `=${(c & 0xff).toString(16).toUpperCase().padStart(2, '0')}` : text[i];
  }
  return out;
}

export function mailBuilders(state: DslState, rec: Record<string, Fn>): Record<string, Fn> {
  /** A TTL() modifier when `ttl` is given (truthy, as DNSControl tests it). */
  const ttlMod = (ttl: unknown, fn: string): unknown[] => {
    if (!ttl) return [];
    const t = parseTTL(ttl);
    if (typeof t === 'string') throw dslError(state, `${fn} ttl: ${t}`);
    return [(r: DslRecord) => { r.ttl = t; }];
  };
  const critical = (r: DslRecord) => { r.caaflag = ((r.caaflag as number | undefined) ?? 0) | 128; };
  const opts = (fn: string, v: unknown, optional = false): Opts => {
    if (v === undefined && optional) return {};
    if (!isObject(v)) throw dslError(state, `${fn} takes one object argument, e.g. ${fn}({ ... })`);
    return v;
  };
  const strings = (fn: string, key: string, v: unknown): string[] => {
    const out = list(v);
    for (const x of out) if (!isString(x)) throw dslError(state, `${fn}: ${key} must be a string or a list of strings`);
    return out as string[];
  };

  return {
    // CAA_BUILDER.md; helpers.js CAA_BUILDER: iodef first, then one record per entry of issue, issuewild,
    // issuevmc, issuemail, each with its own *_critical flag; "none" is the single value ";".
    CAA_BUILDER: (v) => {
      const o = opts('CAA_BUILDER', v);
      const label = o.label ? String(o.label) : '@';
      const tags = ['issue', 'issuewild', 'issuevmc', 'issuemail'] as const;
      const value = (tag: string): unknown => (o[tag] && looseNone(o[tag]) ? [';'] : o[tag]);
      const given = tags.map(value);
      const emptyList = (x: unknown) => Array.isArray(x) && x.length === 0;
      if (given.every((x) => !x) || given.every(emptyList)) {
        throw dslError(state, 'CAA_BUILDER requires at least one entry at issue, issuewild, issuevmc or issuemail');
      }
      const ttl = ttlMod(o.ttl, 'CAA_BUILDER');
      const out: unknown[] = [];
      if (o.iodef) out.push(rec.CAA!(label, 'iodef', o.iodef, ...(o.iodef_critical ? [critical] : []), ...ttl));
      tags.forEach((tag, i) => {
        const entries = given[i];
        if (!entries) return;
        for (const x of strings('CAA_BUILDER', tag, entries)) out.push(rec.CAA!(label, tag, x, ...(o[`${tag}_critical`] ? [critical] : []), ...ttl));
      });
      return out;
    },

    // DMARC_BUILDER.md; helpers.js DMARC_BUILDER: the record is at "_dmarc" (or "_dmarc.<label>").
    DMARC_BUILDER: (v) => {
      const o = opts('DMARC_BUILDER', v, true);
      const label = o.label && o.label !== '@' ? `_dmarc.${String(o.label)}` : '_dmarc';
      const policies = ['none', 'quarantine', 'reject'];
      // DNSControl's policy checks never fire (`!x === 'none'` is always false), so any text is written; a
      // warning says when it is not a DMARC policy.
      const policy = (key: string, tag: string, dflt?: string) => {
        const p = o[key] ? String(o[key]) : dflt;
        if (p === undefined) return undefined;
        if (!policies.includes(p)) warn(state, `DMARC_BUILDER: ${key} ${JSON.stringify(p)} is not one of ${policies.join(', ')}; it is written as given`);
        return `${tag}=${p}`;
      };
      const parts = [`v=${o.version ? String(o.version) : 'DMARC1'}`, policy('policy', 'p', 'none')!];
      const sp = policy('subdomainPolicy', 'sp');
      if (sp) parts.push(sp);
      const np = policy('nonexistentSubdomainPolicy', 'np');
      if (np) parts.push(np);
      const align = (key: string, tag: string) => {
        if (!o[key]) return;
        const short = ({ relaxed: 'r', strict: 's', r: 'r', s: 's' } as Record<string, string>)[String(o[key])];
        if (!short) throw dslError(state, `Invalid DMARC ${key === 'alignmentSPF' ? 'SPF' : 'DKIM'} alignment policy ${JSON.stringify(o[key])} (use "relaxed", "strict", "r" or "s")`);
        parts.push(`${tag}=${short}`);
      };
      align('alignmentDKIM', 'adkim');
      align('alignmentSPF', 'aspf');
      if (o.percent) parts.push(`pct=${String(o.percent)}`);
      const rua = list(o.rua), ruf = list(o.ruf);
      if (rua.length) parts.push(`rua=${rua.join(',')}`);
      if (ruf.length) parts.push(`ruf=${ruf.join(',')}`);
      // fo= and rf= are written whenever ruf is given at all, even as an empty list, as in DNSControl.
      if (o.ruf && o.failureOptions) {
        let fo = '0';
        if (isObject(o.failureOptions)) {
          const f = o.failureOptions;
          fo = f.DKIM && f.SPF ? '1' : f.SPF ? 's' : f.DKIM ? 'd' : '0';
        } else fo = String(o.failureOptions);
        if (fo !== '0') parts.push(`fo=${fo}`);
      }
      if (o.ruf && o.failureFormat) parts.push(`rf=${String(o.failureFormat)}`);
      if (o.reportInterval) {
        const ri = isString(o.reportInterval) ? parseTTL(o.reportInterval) : o.reportInterval;
        if (typeof ri === 'string') throw dslError(state, `DMARC_BUILDER reportInterval: ${ri}`);
        parts.push(`ri=${String(ri)}`);
      }
      if (o.publicSuffixDomain) parts.push(`psd=${String(o.publicSuffixDomain)}`);
      if (o.testMode) parts.push(`t=${String(o.testMode)}`);
      return rec.TXT!(label, parts.join('; '), ...ttlMod(o.ttl, 'DMARC_BUILDER'));
    },

    // DKIM_BUILDER.md; helpers.js DKIM_BUILDER: tags in RFC 6376 order v= h= k= n= p= s= t=, at
    // "<selector>._domainkey" (or "<selector>._domainkey.<label>").
    DKIM_BUILDER: (v) => {
      const o = opts('DKIM_BUILDER', v, true);
      const version = o.version === undefined ? 'DKIM1' : o.version;
      const pubkey = o.pubkey === undefined ? '' : o.pubkey;
      const label = o.label === undefined ? '@' : o.label;
      const asList = (x: unknown) => (isEmpty(x) ? x : isString(x) ? [x] : x);
      const hashtypes = asList(o.hashtypes), servicetypes = asList(o.servicetypes), flags = asList(o.flags);
      if (isEmpty(o.selector)) throw dslError(state, 'DKIM_BUILDER selector cannot be empty');
      if (version !== 'DKIM1') throw dslError(state, 'DKIM_BUILDER version must be one of: DKIM1');
      const keytypes: Record<string, string[]> = { rsa: ['sha1', 'sha256'], ed25519: ['sha256'] };
      if (!isEmpty(o.keytype) && !(String(o.keytype) in keytypes && isString(o.keytype))) {
        throw dslError(state, `DKIM_BUILDER keytype must be one of: rsa, ed25519, ${String(o.keytype)} given`);
      }
      const check = (x: unknown, allowed: string[], message: string) => {
        if (!isEmpty(x) && list(x).some((h) => !allowed.includes(h as string))) throw dslError(state, message);
      };
      const hashes = keytypes[isString(o.keytype) && o.keytype ? o.keytype : 'rsa']!;
      check(hashtypes, hashes, `DKIM_BUILDER hashtypes for ${String(o.keytype)} must be one of: ${hashes.join(', ')}`);
      check(servicetypes, ['*', 'email'], 'DKIM_BUILDER servicetypes must be one of: *, email');
      check(flags, ['y', 's'], 'DKIM_BUILDER flags must be one of: y, s');
      const parts = [`v=${String(version)}`];
      if (hashtypes) parts.push(`h=${list(hashtypes).join(':')}`);
      if (o.keytype) parts.push(`k=${String(o.keytype)}`);
      if (!isEmpty(o.note)) parts.push(`n=${dkimQuotedPrintable(String(o.note))}`);
      parts.push(`p=${String(pubkey)}`);
      if (servicetypes) parts.push(`s=${list(servicetypes).join(':')}`);
      if (flags) parts.push(`t=${list(flags).join(':')}`);
      const name = `${String(o.selector)}._domainkey${label === '@' ? '' : `.${String(label)}`}`;
      return rec.TXT!(name, parts.join('; '), ...ttlMod(o.ttl, 'DKIM_BUILDER'));
    },

    // M365_BUILDER.md; helpers.js M365_BUILDER(name, options). `name` is the Microsoft 365 domain (the
    // domain GUID defaults to it with dots as dashes); `label` places the MX record only: DNSControl's
    // autodiscover test assigns instead of compares, so autodiscover, DKIM, Skype and MDM records are always
    // at their fixed names, and dnscode writes them there too. The documented one-argument form
    // M365_BUILDER({...}) fails in DNSControl (it reads the object as the name); dnscode accepts it and
    // takes the name from the domain, as the docs describe.
    M365_BUILDER: (a, b) => {
      // DNSControl reads the domain name only to derive the GUID, so with domainGUID any first argument will do.
      const named = !isObject(a);
      const o = named ? opts('M365_BUILDER', b, true) : a;
      const label = o.label ? String(o.label) : '@';
      const build = (name: unknown): unknown[] => {
        let guid = o.domainGUID ? String(o.domainGUID) : '';
        if (!guid && !isString(name)) throw dslError(state, 'M365_BUILDER(domain, {initialDomain, ...}): the first argument must be the domain name (or give domainGUID)');
        if (!guid && isString(name)) {
          if (name.includes('-')) throw dslError(state, `M365_BUILDER requires domainGUID for domains with dashes: ${name}`);
          guid = name.replace(/\./g, '-');
        }
        const dkim = o.dkim !== false;
        if (dkim && !o.initialDomain) throw dslError(state, `M365_BUILDER requires your M365 account's initial domain to set up DKIM (default: enabled): ${name}`);
        const out: unknown[] = [];
        if (o.mx !== false) out.push(rec.MX!(label, 0, `${guid}.mail.protection.outlook.com.`));
        if (o.autodiscover !== false) out.push(rec.CNAME!('autodiscover', 'autodiscover.outlook.com.'));
        if (dkim) {
          for (const s of ['selector1', 'selector2']) out.push(rec.CNAME!(`${s}._domainkey`, `${s}-${guid}._domainkey.${String(o.initialDomain)}.`));
        }
        if (o.skypeForBusiness) {
          out.push(rec.CNAME!('lyncdiscover', 'webdir.online.lync.com.'), rec.CNAME!('sip', 'sipdir.online.lync.com.'),
            rec.SRV!('_sip._tls', 100, 1, 443, 'sipdir.online.lync.com.'),
            rec.SRV!('_sipfederationtls._tcp', 100, 1, 5061, 'sipfed.online.lync.com.'));
        }
        if (o.mdm) {
          out.push(rec.CNAME!('enterpriseregistration', 'enterpriseregistration.windows.net.'),
            rec.CNAME!('enterpriseenrollment', 'enterpriseenrollment.manage.microsoft.com.'));
        }
        return out;
      };
      if (named) return build(a);
      const where = state.tracker.captureRecord();
      return (d: DslDomain) => {
        const zone = [d.subdomain, String(d.name).replace(/!.*$/, '')].filter(Boolean).join('.');
        const mods = build(label === '@' ? zone : `${label}.${zone}`);
        // Made when D() applies the builder; placed at the M365_BUILDER call.
        for (const m of mods) { const r = (m as (d: DslDomain) => DslRecord)(d); if (where) state.positions.set(r, where); }
      };
    },

    /** Legacy DKIM(): a no-op in DNSControl v4 (long TXT strings are split natively). */
    DKIM: (s) => s,
  };
}
