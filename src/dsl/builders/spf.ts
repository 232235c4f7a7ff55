// SPF_BUILDER: one TXT record from the parts, split over chained "include:" labels when it is longer than
// txtMaxSize (DNSControl's overflow rule). Flattening (resolving includes over DNS) is not done: `flatten`
// entries stay as includes and a warning says so.
import { dslError, isNumber, isObject, isString, warn } from '../state.js';
import type { DslDomain, DslRecord, DslState } from '../state.js';
import { parseTTL } from '../ttl.js';

type Fn = (...args: unknown[]) => unknown;

/** The TXT texts by label for an SPF record split under `pattern` ("_spf%d") with at most `max` characters. */
export function splitSpf(label: string, parts: string[], pattern: string, max: number, domain: string): Map<string, string> {
  const out = new Map<string, string>();
  const fqdn = (l: string) => `${l}.${domain}`;
  let current = label;
  let rest = parts;
  for (let idx = 1; ; idx++) {
    const whole = ['v=spf1', ...rest].join(' ');
    if (whole.length <= max || rest.length === 0) {
      out.set(current, whole);
      return out;
    }
    const next = pattern.replace('%d', String(idx));
    const tail = ` include:${fqdn(next)} ${rest[rest.length - 1]!}`;
    let text = 'v=spf1';
    let taken = 0;
    while (taken < rest.length - 1 && text.length + 1 + rest[taken]!.length + tail.length <= max) text += ` ${rest[taken++]!}`;
    if (taken === 0) {
      out.set(current, whole); // the first part alone is too long: give up splitting, as DNSControl does
      return out;
    }
    out.set(current, text + tail);
    rest = rest.slice(taken);
    current = next;
  }
}

export function spfBuilder(state: DslState, TXT: Fn): Record<string, Fn> {
  return {
    SPF_BUILDER: (v) => {
      if (!isObject(v) || !Array.isArray(v.parts)) throw dslError(state, 'SPF_BUILDER({label, parts: [...], ...}): parts is required');
      if (v.parts.length < 2) throw dslError(state, 'SPF_BUILDER requires at least 2 elements in parts (e.g. "v=spf1" and "-all")');
      const label = isString(v.label) && v.label ? v.label : '@';
      let parts = v.parts.map(String);
      if (parts[0] === 'v=spf1') parts = parts.slice(1);
      const max = isNumber(v.txtMaxSize) ? v.txtMaxSize : 255;
      const overhead = isNumber(v.overhead1) ? v.overhead1 : 0;
      const pattern = isString(v.overflow) && v.overflow ? v.overflow : '_spf%d';
      const raw = v.raw === undefined ? '_rawspf' : String(v.raw);
      if (Array.isArray(v.flatten) && v.flatten.length) warn(state, 'SPF_BUILDER: flatten is not supported (no DNS lookups); the includes are kept');
      let ttl: DslRecord['ttl'] | undefined;
      if (v.ttl !== undefined) {
        const t = parseTTL(v.ttl);
        if (typeof t === 'string') throw dslError(state, `SPF_BUILDER ttl: ${t}`);
        ttl = t;
      }
      const mods = ttl === undefined ? [] : [(r: DslRecord) => { r.ttl = ttl; }];
      const at = state.tracker.captureRecord();
      // The records are made when D() applies the builder; they are placed at the SPF_BUILDER call.
      const add = (d: DslDomain, label: string, text: string) => { const r = (TXT(label, text, ...mods) as Fn)(d) as DslRecord; if (at) state.positions.set(r, at); };
      return (d: DslDomain) => {
        const domain = String(d.name).replace(/!.*$/, '');
        const texts = splitSpf(label, parts, pattern, max - overhead, domain);
        if (texts.size > 1 && raw) add(d, raw, ['v=spf1', ...parts].join(' '));
        for (const [l, text] of texts) add(d, l, text);
      };
    },
  };
}
