// Record builders that expand to plain records: CAA_BUILDER, DMARC_BUILDER, DKIM_BUILDER, M365_BUILDER and
// the legacy DKIM() string splitter. Each returns record modifiers, so D() applies them like any record.
import { parseTTL } from '../ttl.js';
import { dslError, isObject, isString } from '../state.js';
import type { DslDomain, DslRecord, DslState } from '../state.js';

type Fn = (...args: unknown[]) => unknown;
type Opts = Record<string, unknown>;

const list = (v: unknown): string[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

export function mailBuilders(state: DslState, rec: Record<string, Fn>): Record<string, Fn> {
  const ttlMod = (o: Opts): unknown[] => {
    if (o.ttl === undefined) return [];
    const t = parseTTL(o.ttl);
    if (typeof t === 'string') throw dslError(state, t);
    return [(r: DslRecord) => { r.ttl = t; }];
  };
  const critical = (r: DslRecord) => { r.caaflag = ((r.caaflag as number | undefined) ?? 0) | 128; };
  const opts = (fn: string, v: unknown): Opts => {
    if (v !== undefined && !isObject(v)) throw dslError(state, `${fn} takes one object argument`);
    return (v ?? {}) as Opts;
  };

  return {
    CAA_BUILDER: (v) => {
      const o = opts('CAA_BUILDER', v);
      const label = isString(o.label) && o.label ? o.label : '@';
      const none = (x: unknown) => (x === 'none' ? [';'] : list(x));
      const issue = none(o.issue), issuewild = none(o.issuewild);
      if (!issue.length && !issuewild.length) throw dslError(state, 'CAA_BUILDER requires at least one entry at issue or issuewild');
      const out: unknown[] = [];
      const add = (tag: string, values: string[], crit: unknown) => {
        for (const value of values) out.push(rec.CAA!(label, tag, value, ...(crit ? [critical] : []), ...ttlMod(o)));
      };
      if (o.iodef) add('iodef', [String(o.iodef)], o.iodef_critical);
      add('issue', issue, o.issue_critical);
      add('issuewild', issuewild, o.issuewild_critical);
      add('issuevmc', none(o.issuevmc), o.issuevmc_critical);
      add('issuemail', none(o.issuemail), o.issuemail_critical);
      return out;
    },

    DMARC_BUILDER: (v) => {
      const o = opts('DMARC_BUILDER', v);
      const policy = String(o.policy ?? 'none');
      const policies = ['none', 'quarantine', 'reject'];
      if (!policies.includes(policy)) throw dslError(state, `DMARC_BUILDER: invalid policy ${JSON.stringify(policy)}`);
      const parts = ['v=DMARC1', `p=${policy}`];
      if (o.subdomainPolicy) {
        if (!policies.includes(String(o.subdomainPolicy))) throw dslError(state, 'DMARC_BUILDER: invalid subdomainPolicy');
        parts.push(`sp=${String(o.subdomainPolicy)}`);
      }
      const align = (key: string, tag: string) => {
        const a = o[key];
        if (!a) return;
        const short = ({ relaxed: 'r', strict: 's', r: 'r', s: 's' } as Record<string, string>)[String(a)];
        if (!short) throw dslError(state, `DMARC_BUILDER: invalid ${key} ${JSON.stringify(a)}`);
        parts.push(`${tag}=${short}`);
      };
      align('alignmentDKIM', 'adkim');
      align('alignmentSPF', 'aspf');
      if (o.percent !== undefined) parts.push(`pct=${String(o.percent)}`);
      if (list(o.rua).length) parts.push(`rua=${list(o.rua).join(',')}`);
      if (list(o.ruf).length) parts.push(`ruf=${list(o.ruf).join(',')}`);
      if (list(o.ruf).length && o.failureOptions !== undefined) {
        let fo = '0';
        if (isObject(o.failureOptions)) {
          const f = o.failureOptions;
          fo = f.DKIM && f.SPF ? 'd:s' : f.DKIM ? 'd' : f.SPF ? 's' : '0';
        } else if (String(o.failureOptions)) fo = String(o.failureOptions);
        parts.push(`fo=${fo}`);
      }
      if (list(o.ruf).length && o.failureFormat) parts.push(`rf=${String(o.failureFormat)}`);
      if (o.reportInterval !== undefined) {
        const ri = parseTTL(o.reportInterval);
        if (typeof ri === 'string') throw dslError(state, `DMARC_BUILDER reportInterval: ${ri}`);
        parts.push(`ri=${ri}`);
      }
      return rec.TXT!(isString(o.label) && o.label ? o.label : '_dmarc', parts.join('; '), ...ttlMod(o));
    },

    DKIM_BUILDER: (v) => {
      const o = opts('DKIM_BUILDER', v);
      if (!isString(o.selector) || !o.selector) throw dslError(state, 'DKIM_BUILDER requires selector to be defined');
      const parts = [`v=${o.version ? String(o.version) : 'DKIM1'}`];
      if (o.hashtypes) parts.push(`h=${list(o.hashtypes).join(':')}`);
      if (o.keytype) parts.push(`k=${String(o.keytype)}`);
      if (o.note) parts.push(`n=${String(o.note)}`);
      parts.push(`p=${o.pubkey === undefined ? '' : String(o.pubkey)}`);
      if (o.servicetypes) parts.push(`s=${list(o.servicetypes).join(':')}`);
      if (o.flags) parts.push(`t=${list(o.flags).join(':')}`);
      const label = isString(o.label) && o.label ? o.label : '@';
      const name = `${o.selector}._domainkey${label === '@' ? '' : `.${label}`}`;
      return rec.TXT!(name, parts.join('; '), ...ttlMod(o));
    },

    // M365_BUILDER({label, mx, autodiscover, dkim, skypeForBusiness, mdm, domainGUID, initialDomain});
    // the older M365_BUILDER(label, {...}) form is accepted too. The GUID defaults to the FQDN with dashes.
    M365_BUILDER: (a, b) => {
      const o = opts('M365_BUILDER', isString(a) ? b : a);
      const label = isString(a) ? a : isString(o.label) && o.label ? o.label : '@';
      if (o.dkim !== false && !o.initialDomain) {
        throw dslError(state, 'M365_BUILDER requires your M365 account initialDomain if DKIM is enabled');
      }
      const where = state.tracker.captureRecord();
      return (d: DslDomain) => {
        const domain = String(d.name).replace(/!.*$/, '');
        let guid = isString(o.domainGUID) && o.domainGUID ? o.domainGUID : '';
        if (!guid) {
          const fqdn = label === '@' ? domain : `${label}.${domain}`;
          if (fqdn.includes('-')) throw dslError(state, `M365_BUILDER: ${fqdn} contains a dash, so domainGUID must be given`);
          guid = fqdn.replace(/\./g, '-');
        }
        const at = (l: string) => (label === '@' ? l : `${l}.${label}`);
        const out: unknown[] = [];
        if (o.mx !== false) out.push(rec.MX!(label, 0, `${guid}.mail.protection.outlook.com.`));
        if (o.autodiscover !== false) out.push(rec.CNAME!(at('autodiscover'), 'autodiscover.outlook.com.'));
        if (o.dkim !== false) {
          for (const s of ['selector1', 'selector2']) {
            out.push(rec.CNAME!(at(`${s}._domainkey`), `${s}-${guid}._domainkey.${String(o.initialDomain)}.`));
          }
        }
        if (o.skypeForBusiness === true) {
          out.push(rec.CNAME!(at('lyncdiscover'), 'webdir.online.lync.com.'), rec.CNAME!(at('sip'), 'sipdir.online.lync.com.'),
            rec.SRV!(at('_sip._tls'), 100, 1, 443, 'sipdir.online.lync.com.'),
            rec.SRV!(at('_sipfederationtls._tcp'), 100, 1, 5061, 'sipfed.online.lync.com.'));
        }
        if (o.mdm === true) {
          out.push(rec.CNAME!(at('enterpriseregistration'), 'enterpriseregistration.windows.net.'),
            rec.CNAME!(at('enterpriseenrollment'), 'enterpriseenrollment.manage.microsoft.com.'));
        }
        // Made when D() applies the builder; placed at the M365_BUILDER call.
        for (const m of out) { const r = (m as (d: DslDomain) => DslRecord)(d); if (where) state.positions.set(r, where); }
      };
    },

    /** Legacy: split a long DKIM key into 255-byte strings for TXT(). */
    DKIM: (s) => {
      const text = String(s);
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += 255) chunks.push(text.slice(i, i + 255));
      return chunks.length ? chunks : [''];
    },
  };
}
