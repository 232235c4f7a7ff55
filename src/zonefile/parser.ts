// Zone-file parser: entries from lexer.ts → RecordConfig[] in the IR's shape (name relative to the zone,
// "@" for the apex; targets fully qualified with a trailing dot). Supports $ORIGIN, $TTL, $INCLUDE, $GENERATE,
// omitted owner/TTL/class, TTL units, and RFC 3597 generic types. Errors name file, line and token.
import path from 'node:path';
import { ZoneParseError } from '../errors.js';
import type { RecordConfig } from '../ir/types.js';
import { nameTextProblem, qualifyName } from '../rr/codec.js';
import { RdataError } from '../rr/descriptor.js';
import { genericTypeCode, getRRType } from '../rr/registry.js';
import { parseRdataTokens } from '../rr/text.js';
import { MAX_RDATA, txtWireSize } from '../rr/quote.js';
import { expandGenerate } from './generate.js';
import { eachEntry } from './lexer.js';
import type { Entry, Token } from './lexer.js';
import { parseTtl } from '../rr/ttl.js';
import { openZoneFile, readZoneFile, resolveInFolder } from './read.js';

export interface ParseZoneOptions {
  /** The zone's apex (no trailing dot); record names are made relative to it. */
  origin: string;
  /** Shown in errors and used to resolve $INCLUDE paths. */
  file?: string;
  /** TTL for records before any $TTL or explicit TTL (default 3600, as miekg/dns uses). */
  defaultTTL?: number;
  /** Reads an $INCLUDE'd file (default: a regular file inside the zone file's folder, as UTF-8). */
  readFile?: (file: string) => string;
}

const CLASSES = new Set(['IN', 'CH', 'HS', 'CS', 'ANY', 'NONE']);

interface State {
  zone: string;
  origin: string;
  ttl: number | undefined;
  lastTtl: number;
  lastOwner: string | undefined;
  opts: ParseZoneOptions;
  depth: number;
  /** The folder of the zone file asked for: $INCLUDE reads only inside it. */
  folder: string;
  /** The zone's SOA as text, once read (soaRule). */
  soa?: string;
}

const stripDot = (s: string) => (s.endsWith('.') ? s.slice(0, -1) : s);

/**
 * An $INCLUDE'd file, read only from the folder of the zone file that was asked for (or below it), and only a
 * regular file as UTF-8 text. A zone file can come from a pull request: an include of /proc/self/environ or of
 * ../creds.json would otherwise have a parse error quote a line of it, and one of /dev/zero would never end.
 * (DNSControl's parser allows no $INCLUDE at all.)
 */
function readIncluded(file: string, folder: string): string {
  const { real, root, inside } = resolveInFolder(file, folder);
  if (!inside) throw new Error(`${file} is outside ${root}, the folder of the zone file: dnscode includes files only from there`);
  return readZoneFile(openZoneFile(real), file);
}

/** Parses zone-file text. Throws ZoneParseError(file, line, col, token) on the first problem. */
export function parseZone(text: string, opts: ParseZoneOptions): RecordConfig[] {
  const zone = stripDot(opts.origin).toLowerCase();
  const st: State = { zone, origin: zone, ttl: undefined, lastTtl: opts.defaultTTL ?? 3600, lastOwner: undefined, opts, depth: 0, folder: path.dirname(opts.file ?? '.') };
  const out: RecordConfig[] = [];
  parseInto(text, opts.file ?? '<zone>', st, out);
  return out;
}

function parseInto(text: string, file: string, st: State, out: RecordConfig[]): void {
  // BIND refuses such a file too ("unexpected end of line"); say what is actually wrong.
  if (text.startsWith('\uFEFF')) {
    throw new ZoneParseError(file, 1, 1, '', 'the file starts with a byte order mark (BOM), which DNS servers cannot read; save it as UTF-8 without BOM');
  }
  eachEntry(text, file, (e) => {
    const first = e.tokens[0]!;
    if (!first.quoted && first.text.startsWith('$') && !e.blankOwner) directive(e, file, st, out);
    else {
      const rc = record(e, file, st);
      if (rc) out.push(rc);
    }
  });
}

function fail(file: string, t: Token, reason: string): never {
  throw new ZoneParseError(file, t.line, t.col, t.text, reason);
}

function directive(e: Entry, file: string, st: State, out: RecordConfig[]): void {
  const [d, arg, arg2] = e.tokens;
  const name = d!.text.toUpperCase();
  if (!arg) fail(file, d!, `${name} needs an argument`);
  switch (name) {
    case '$ORIGIN': {
      // A quoted string is text, not a name: its ";" or spaces would be written back unescaped (BIND refuses it).
      if (arg.quoted) fail(file, arg, '$ORIGIN takes a name, not a quoted string');
      const origin = qualifyName(arg.text, st.origin);
      const problem = nameTextProblem(origin);
      if (problem) fail(file, arg, `$ORIGIN: ${problem}`);
      st.origin = stripDot(origin).toLowerCase();
      return;
    }
    case '$TTL': {
      const ttl = parseTtl(arg.text);
      if (ttl === undefined) fail(file, arg, 'bad $TTL value');
      st.ttl = ttl;
      return;
    }
    case '$INCLUDE': {
      if (st.depth >= 20) fail(file, arg, '$INCLUDE nested too deeply (loop?)');
      const target = path.resolve(path.dirname(file), arg.text);
      if (arg2?.quoted) fail(file, arg2, '$INCLUDE takes an origin name, not a quoted string');
      let text: string;
      try {
        text = (st.opts.readFile ?? ((f: string) => readIncluded(f, st.folder)))(target);
      } catch (err) {
        if (err instanceof ZoneParseError) throw err;
        fail(file, arg, `cannot read $INCLUDE file: ${(err as Error).message}`);
      }
      // The included file may set its own origin; the including file's origin is restored afterwards.
      const saved = st.origin;
      if (arg2) {
        const origin = qualifyName(arg2.text, st.origin);
        const problem = nameTextProblem(origin);
        if (problem) fail(file, arg2, `$INCLUDE origin: ${problem}`);
        st.origin = stripDot(origin).toLowerCase();
      }
      st.depth++;
      parseInto(text, target, st, out);
      st.depth--;
      st.origin = saved;
      return;
    }
    case '$GENERATE':
      for (const g of expandGenerate(e, file)) {
        const rc = record(g, file, st);
        if (rc) out.push(rc);
      }
      return;
    default:
      fail(file, d!, `unsupported directive ${name}`);
  }
}

/** The owner as the IR's relative name ("@" for the apex). */
function relativeName(fqdn: string, zone: string, file: string, t: Token): string {
  const n = stripDot(fqdn).toLowerCase();
  if (n === zone) return '@';
  if (zone === '') return n;
  if (n.endsWith(`.${zone}`)) return n.slice(0, -zone.length - 1);
  fail(file, t, `name is outside the zone ${zone}`);
}

/** The entry's record; undefined for the same SOA again (soaRule), which the zone keeps once. */
function record(e: Entry, file: string, st: State): RecordConfig | undefined {
  const toks = e.tokens;
  let i = 0;
  let owner: string;
  if (e.blankOwner) {
    if (st.lastOwner === undefined) fail(file, toks[0]!, 'the first record has no owner name');
    owner = st.lastOwner;
  } else {
    if (toks[0]!.quoted) fail(file, toks[0]!, 'an owner name cannot be a quoted string');
    // "\$x" is how a name starting with "$" is written (formatZone does), so it is not read as a directive.
    const text = toks[0]!.text.startsWith('\\$') ? toks[0]!.text.slice(1) : toks[0]!.text;
    const fqdn = qualifyName(text, st.origin);
    const problem = nameTextProblem(fqdn);
    if (problem) fail(file, toks[0]!, `owner name: ${problem}`);
    owner = relativeName(fqdn, st.zone, file, toks[0]!);
    i = 1;
  }
  st.lastOwner = owner;
  let ttl: number | undefined;
  let type: string | undefined;
  // TTL and class may come in either order before the type.
  for (; i < toks.length && type === undefined; i++) {
    const t = toks[i]!;
    const up = t.text.toUpperCase();
    if (t.quoted) fail(file, t, 'expected a TTL, class or type');
    if (CLASSES.has(up)) {
      if (up !== 'IN') fail(file, t, `class ${up} is not supported (only IN)`);
      continue;
    }
    if (ttl === undefined) {
      const v = parseTtl(t.text);
      if (v !== undefined) { ttl = v; continue; }
    }
    if (!getRRType(up) && genericTypeCode(up) === undefined) fail(file, t, `unknown record type ${JSON.stringify(t.text)}`);
    type = up;
  }
  if (type === undefined) fail(file, toks[toks.length - 1]!, 'missing record type');
  if (ttl !== undefined) st.lastTtl = ttl;
  const effTtl = ttl ?? st.ttl ?? st.lastTtl;
  const rdata = toks.slice(i);
  if (rdata.length === 0) fail(file, toks[i - 1]!, `${type} record without rdata`);
  let fields: Partial<RecordConfig>;
  try {
    fields = parseRdataTokens(type, rdata, st.origin);
  } catch (err) {
    if (err instanceof RdataError) {
      const reason = err.message.startsWith(`${type}: `) ? err.message.slice(type.length + 2) : err.message;
      fail(file, rdata[Math.min(err.index ?? 0, rdata.length - 1)]!, `${owner} ${type}: ${reason}`);
    }
    throw err;
  }
  // The fields copied in a loop rather than spread into the literal: a spread of a million objects of varying
  // shapes was an eighth of parsing a large zone.
  const rc = { type, name: owner, ttl: effTtl, target: '' } as RecordConfig;
  const into = rc as unknown as Record<string, unknown>;
  for (const k in fields) into[k] = (fields as Record<string, unknown>)[k];
  if (type === 'TXT' || type === 'SPF') {
    const size = txtWireSize(rc.txtstrings ?? [rc.target]);
    if (size > MAX_RDATA) fail(file, rdata[0]!, `${owner} ${type}: ${size} bytes of data; a DNS record holds at most ${MAX_RDATA}`);
  }
  if (type === 'SOA' && !soaRule(rc, file, toks[0]!, st)) return undefined;
  // BIND refuses to load the zone ("invalid NS owner name (wildcard)"); found by the fuzz suite.
  if (type === 'NS' && (owner === '*' || owner.startsWith('*.'))) fail(file, toks[0]!, `an NS record cannot have a wildcard owner (${owner})`);
  return rc;
}

/**
 * One SOA, at the apex, as BIND loads a zone ("SOA record not at top of zone", "multiple RRs of singleton
 * type"): a second one was kept, and the first preview after get-zones then deleted it. The same SOA again
 * (a `dig axfr` listing ends with it) is what BIND merges: false, and it is left out.
 */
function soaRule(rc: RecordConfig, file: string, at: Token, st: State): boolean {
  if (rc.name !== '@') fail(file, at, `an SOA record belongs at the zone apex, not at ${JSON.stringify(rc.name)}`);
  const text = soaText(rc);
  if (st.soa === undefined) { st.soa = text; return true; }
  if (st.soa !== text) fail(file, at, 'a second, different SOA record: a zone has exactly one');
  return false;
}

const soaText = (rc: RecordConfig): string =>
  [rc.target, rc.soambox, rc.soaserial, rc.soarefresh, rc.soaretry, rc.soaexpire, rc.soaminttl].join(' ').toLowerCase();
