// SPF_BUILDER (SPF_BUILDER.md; helpers.js SPF_BUILDER, pkg/normalize/flatten.go, pkg/spflib): a TXT record at
// `label` with the parts joined by spaces, carrying DNSControl's meta (flatten, split, overhead1, txtMaxSize,
// keepIgnoredRedirects). Only `overflow` splits: the record becomes a chain of TXT records named by the
// overflow pattern, each at most txtMaxSize long (the first txtMaxSize - overhead1), linked by
// "include:<next>" before the final term, and cut into 255-character strings. `raw` (default "_rawspf")
// holds the unaltered parts only when `flatten` is given. Flattening itself (resolving includes over DNS)
// is not done: the includes stay and a warning says so.
import { dslError, isObject, warn } from '../state.js';
import type { DslDomain, DslRecord, DslState } from '../state.js';
import { parseTTL } from '../ttl.js';

type Fn = (...args: unknown[]) => unknown;

/** Splits `s` into strings of at most `size` characters (spflib.Chunks). */
function chunks(s: string, size: number): string[] {
  const out: string[] = [];
  const chars = [...s];
  if (size >= chars.length) return [s];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

/** The SPF terms of `text` as spflib.Parse reads them: after "v=spf1 ", empty ones dropped, nothing after "all". */
export function spfTerms(text: string): string[] | undefined {
  if (!text.startsWith('v=spf1 ')) return undefined;
  const terms: string[] = [];
  for (const t of text.split(' ').slice(1)) {
    if (!t) continue;
    terms.push(t);
    if (t.replace(/^[-+~?]/, '') === 'all') break;
  }
  return terms;
}

/**
 * spflib's TXTSplit: the TXT strings by FQDN ("@" for the first record) for SPF `terms` chained under
 * `pattern` (an FQDN template with %d), the first at most txtMaxSize - overhead long, the others txtMaxSize.
 */
export function splitSpf(terms: string[], pattern: string, overhead: number, txtMaxSize: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let at = '@', rest = terms, over = overhead;
  for (let idx = 1; ; idx++) {
    const whole = ['v=spf1', ...rest].join(' ');
    const max = txtMaxSize - over;
    if (whole.length <= max) {
      out.set(at, chunks(whole, 255));
      return out;
    }
    const next = pattern.replace('%d', String(idx));
    const tail = ` include:${next} ${rest[rest.length - 1]!}`;
    let text = 'v=spf1', taken = 0;
    while (taken < rest.length && text.length + 1 + rest[taken]!.length + tail.length <= max) text += ` ${rest[taken++]!}`;
    if (taken === 0) {
      out.set(at, [whole]); // the first term alone is too long: DNSControl gives up here
      return out;
    }
    out.set(at, chunks(text + tail, 255));
    rest = rest.slice(taken);
    at = next;
    over = 0;
  }
}

export function spfBuilder(state: DslState, TXT: Fn): Record<string, Fn> {
  return {
    SPF_BUILDER: (v) => {
      if (!isObject(v)) throw dslError(state, 'SPF_BUILDER takes one object argument: SPF_BUILDER({label, parts: [...], ...})');
      const partsIn = v.parts;
      if (!Array.isArray(partsIn) || partsIn.length < 2) throw dslError(state, 'SPF_BUILDER requires at least 2 elements');
      const label = v.label ? String(v.label) : '@';
      const raw = !v.raw && v.raw !== '' ? '_rawspf' : String(v.raw);
      const text = partsIn.map(String).join(' ');
      let mods: unknown[] = [];
      if (v.ttl) {
        const t = parseTTL(v.ttl);
        if (typeof t === 'string') throw dslError(state, `SPF_BUILDER ttl: ${t}`);
        mods = [(r: DslRecord) => { r.ttl = t; }];
      }
      const meta: Record<string, string> = {};
      const flatten = Array.isArray(v.flatten) ? v.flatten.map(String) : v.flatten ? [String(v.flatten)] : [];
      const withRaw = flatten.length > 0 && raw !== '';
      if (flatten.length) {
        meta.flatten = flatten.join(',');
        warn(state, `SPF_BUILDER: flatten (${meta.flatten}) is not done by dnscode (no DNS lookups); the includes are kept as written`);
      }
      if (v.overflow) meta.split = String(v.overflow);
      if (v.overhead1) meta.overhead1 = String(v.overhead1);
      if (v.txtMaxSize) meta.txtMaxSize = String(v.txtMaxSize);
      if (v.keepIgnoredRedirects) meta.keepIgnoredRedirects = 'true';
      const int = (key: string, dflt: number) => {
        if (meta[key] === undefined) return dflt;
        const n = /^[-+]?\d+$/.test(meta[key]) ? Number(meta[key]) : NaN;
        if (Number.isNaN(n)) { warn(state, `SPF_BUILDER: ${key} ${JSON.stringify(meta[key])} is not an int`); return 0; }
        return n;
      };
      const overhead = int('overhead1', 0), maxSize = int('txtMaxSize', 255);
      const at = state.tracker.captureRecord();
      const add = (d: DslDomain, name: string, target: unknown, m: Record<string, string>) => {
        const r = (TXT(name, target, ...(Object.keys(m).length ? [state.realm.data({ ...m })] : []), ...mods) as Fn)(d) as DslRecord;
        if (at) state.positions.set(r, at);
      };
      // The records are made when D() applies the builder; they are placed at the SPF_BUILDER call.
      return (d: DslDomain) => {
        if (withRaw) add(d, raw, text, {});
        let main: unknown = text;
        const extra: [string, string[]][] = [];
        if (meta.flatten !== undefined || meta.split !== undefined) {
          const terms = spfTerms(text);
          if (!terms) warn(state, `SPF_BUILDER: ${JSON.stringify(text)} is not an SPF record (it must start with "v=spf1 "); it is written unchanged`);
          else {
            if (meta.flatten !== undefined) main = ['v=spf1', ...terms].join(' ');
            if (meta.split !== undefined) {
              if (!meta.split.includes('%d')) warn(state, `SPF_BUILDER: overflow ${JSON.stringify(meta.split)} is not a proper format (missing %d); not split`);
              else {
                const zone = String(d.name).replace(/!.*$/, '');
                const texts = splitSpf(terms, `${meta.split}.${zone}`, overhead, maxSize);
                main = texts.get('@');
                for (const [fqdn, strings] of [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
                  if (fqdn !== '@') extra.push([fqdn.endsWith(`.${zone}`) ? fqdn.slice(0, -zone.length - 1) : `${fqdn}.`, strings]);
                }
              }
            }
          }
        }
        add(d, label, main, meta);
        // The chained records are named from their FQDN relative to the zone (normalize/flatten.go's
        // SetLabelFromFQDN), so a D_EXTEND subdomain is not appended to them: they are where the includes point.
        const sub = d.subdomain;
        d.subdomain = '';
        try {
          for (const [name, strings] of extra) add(d, name, strings, meta);
        } finally {
          d.subdomain = sub;
        }
      };
    },
  };
}
