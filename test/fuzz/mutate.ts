// Mutators: each takes a text and returns a changed one. `mutate` applies one to four of them, drawing
// tokens from a per-format dictionary (zone-file directives, JSON keys, DSL functions) and from other seeds.
import type { Rng } from './prng.js';

export type Mutator = (text: string, rng: Rng, ctx: MutateContext) => string;

export interface MutateContext {
  /** Tokens that mean something in this format. */
  dictionary: readonly string[];
  /** Other seed texts, for lines spliced in from elsewhere. */
  others: readonly string[];
  /** Longest generated string (default 100,000). */
  hugeMax?: number;
}

const TOKEN = /(\s+|[(){}[\],;:"'=.\\])/;
const tokens = (text: string) => text.split(TOKEN).filter((t) => t !== '');
const lines = (text: string) => text.split('\n');
const at = (text: string, rng: Rng) => rng.int(text.length + 1);
const insert = (text: string, pos: number, s: string) => text.slice(0, pos) + s + text.slice(pos);

const HUGE = ['4294967295', '4294967296', '2147483648', '-1', '-0', '0', '99999999999999999999999', '1e309', '1.5', 'NaN', 'Infinity', '0x10', '1_000', '00000000000000000001'];
const CONTROL = ['\0', '\r', '\t', '\x1b', '\x7f', '\x08', '\f', '\v', '\u2028', '\u2029', '\uFEFF', '\u00a0', '\r\n', '\n\n'];
const UNICODE = ['é', 'É', '日本語', '🙂', 'e\u0301', '\u202e', 'Ａ', 'ß', 'ı', 'İ', '\ud800', '\udfff', 'xn--', 'xn--nxasmq6b', '٣', 'ǅ', '\u200d', '\u00ad'];

export const MUTATORS: Record<string, Mutator> = {
  bitFlip: (t, rng) => {
    if (!t) return t;
    const i = rng.int(t.length);
    return t.slice(0, i) + String.fromCharCode(t.charCodeAt(i) ^ (1 << rng.int(8))) + t.slice(i + 1);
  },
  truncate: (t, rng) => t.slice(0, rng.int(t.length + 1)),
  swapTokens: (t, rng) => {
    const ts = tokens(t);
    if (ts.length < 2) return t;
    const i = rng.int(ts.length);
    const j = rng.int(ts.length);
    [ts[i], ts[j]] = [ts[j]!, ts[i]!];
    return ts.join('');
  },
  dropToken: (t, rng) => {
    const ts = tokens(t);
    ts.splice(rng.int(ts.length), 1);
    return ts.join('');
  },
  duplicateToken: (t, rng) => {
    const ts = tokens(t);
    const i = rng.int(ts.length);
    ts.splice(i, 0, ts[i] ?? '');
    return ts.join('');
  },
  dictionaryToken: (t, rng, ctx) => {
    const ts = tokens(t);
    const word = rng.pick(ctx.dictionary);
    if (rng.chance(0.5) && ts.length) ts[rng.int(ts.length)] = word;
    else ts.splice(rng.int(ts.length + 1), 0, rng.chance(0.5) ? ` ${word} ` : word);
    return ts.join('');
  },
  hugeValue: (t, rng, ctx) => {
    const ts = tokens(t);
    const numeric = ts.map((x, i) => (/^\d+$/.test(x) ? i : -1)).filter((i) => i >= 0);
    const value = rng.chance(0.3) ? 'a'.repeat(1 + rng.int(ctx.hugeMax ?? 100_000)) : rng.chance(0.2) ? '9'.repeat(1 + rng.int(400)) : rng.pick(HUGE);
    if (numeric.length && rng.chance(0.7)) ts[rng.pick(numeric)] = value;
    else ts.splice(rng.int(ts.length + 1), 0, value);
    return ts.join('');
  },
  control: (t, rng) => insert(t, at(t, rng), rng.pick(CONTROL)),
  unicode: (t, rng) => insert(t, at(t, rng), rng.pick(UNICODE)),
  duplicateLine: (t, rng) => {
    const ls = lines(t);
    const i = rng.int(ls.length);
    ls.splice(i, 0, ...Array<string>(rng.chance(0.1) ? 200 : 1).fill(ls[i]!));
    return ls.join('\n');
  },
  removeLine: (t, rng) => {
    const ls = lines(t);
    ls.splice(rng.int(ls.length), 1 + (rng.chance(0.2) ? rng.int(5) : 0));
    return ls.join('\n');
  },
  swapLines: (t, rng) => {
    const ls = lines(t);
    const i = rng.int(ls.length);
    const j = rng.int(ls.length);
    [ls[i], ls[j]] = [ls[j]!, ls[i]!];
    return ls.join('\n');
  },
  spliceLine: (t, rng, ctx) => {
    if (!ctx.others.length) return t;
    const ls = lines(t);
    ls.splice(rng.int(ls.length + 1), 0, rng.pick(lines(rng.pick(ctx.others))));
    return ls.join('\n');
  },
};

const NAMES = Object.keys(MUTATORS);

/** One to four mutations; returns the text and the mutators' names (for the failure report). */
export function mutate(text: string, rng: Rng, ctx: MutateContext): { text: string; steps: string[] } {
  const steps: string[] = [];
  const n = 1 + rng.int(4);
  for (let i = 0; i < n; i++) {
    const name = rng.pick(NAMES);
    steps.push(name);
    text = MUTATORS[name]!(text, rng, ctx);
  }
  return { text, steps };
}

const JSON_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 4294967296, 1e300, '', '@', '*', '.', '..', 'a'.repeat(300), 'é', '\u0000',
  'xn--', '192.0.2.1', '2001:db8::1', 'fe80::1%eth0', 'example.com', 'A', 'MX', 'CNAME', 'TXT', 'SRV', 'CAA', 'NS', 'SOA', [], {}, ['x'], { a: 'b' }];
const JSON_KEYS = ['type', 'name', 'target', 'ttl', 'meta', 'records', 'mxpreference', 'srvport', 'caatag', 'caaflag', 'txtstrings',
  'nameservers', 'dnsProviders', 'registrar', 'unmanaged', 'recordsabsent', 'keepunknown', 'auto_dnssec', 'subdomain', 'r53_alias', 'svcparams'];

/** A structural mutation of a JSON value (whose text then still parses): replace, delete, add or duplicate
 *  a node somewhere in the tree. */
export function mutateJson(text: string, rng: Rng): { text: string; steps: string[] } {
  const root = JSON.parse(text) as unknown;
  const steps: string[] = [];
  const n = 1 + rng.int(3);
  for (let k = 0; k < n; k++) {
    // A random container node, found by a random walk from the root.
    let node: unknown = root;
    for (let depth = 0; depth < 8; depth++) {
      const kids = typeof node === 'object' && node !== null ? Object.values(node).filter((v) => typeof v === 'object' && v !== null) : [];
      if (!kids.length || rng.chance(0.25)) break;
      node = rng.pick(kids);
    }
    if (typeof node !== 'object' || node === null) continue;
    const container = node as Record<string, unknown>;
    const keys = Object.keys(container);
    const op = rng.int(4);
    if (op === 0 && keys.length) { steps.push('json:replace'); container[rng.pick(keys)] = structuredClone(rng.pick(JSON_VALUES)); }
    else if (op === 1 && keys.length) { steps.push('json:delete'); if (Array.isArray(node)) node.splice(rng.int(node.length), 1); else delete container[rng.pick(keys)]; }
    else if (op === 2) { steps.push('json:add'); if (Array.isArray(node)) node.push(structuredClone(rng.pick(JSON_VALUES))); else container[rng.pick(JSON_KEYS)] = structuredClone(rng.pick(JSON_VALUES)); }
    else if (Array.isArray(node) && node.length) { steps.push('json:duplicate'); node.push(structuredClone(rng.pick(node))); }
  }
  return { text: JSON.stringify(root), steps };
}
