// BIND `filenameformat` (as DNSControl expands it): expanding it for a domain, and reversing it for listZones.
// Verbs: %c name[!tag] (punycode)  %a ASCII  %u Unicode  %r raw  %T tag  %f = %a%?_%T  %F = %T%?_%a
//        %?x x only when tagged  %% percent   deprecated: %U = %c, %D = %a.
import { toASCII, toUnicode } from '../../_util/names.js';

export interface ZoneNames {
  /** ASCII (punycode) name, no trailing dot. */
  ascii: string;
  tag: string;
  /** The name as typed in dnsconfig.js (defaults to the ASCII name). */
  raw?: string;
}

/** "example.com!tag" → { ascii: 'example.com', tag: 'tag' }. */
export function splitUniqueName(unique: string): ZoneNames {
  const i = unique.indexOf('!');
  return i < 0 ? { ascii: unique, tag: '' } : { ascii: unique.slice(0, i), tag: unique.slice(i + 1) };
}

export function expandFilename(format: string, names: ZoneNames): string {
  // RFC 2317 zones ("0/27.2.0.192.in-addr.arpa") hold a "/": it becomes "_" so the zone is one file, not a folder.
  const flat = (s: string) => s.replaceAll('/', '_');
  const z: ZoneNames = { ascii: flat(names.ascii), tag: flat(names.tag), ...(names.raw !== undefined && { raw: flat(names.raw) }) };
  const unique = z.tag ? `${z.ascii}!${z.tag}` : z.ascii;
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%' || i + 1 >= format.length) { out += c; continue; }
    const v = format[++i]!;
    switch (v) {
      case 'c': case 'U': out += unique; break;
      case 'a': case 'D': out += z.ascii; break;
      case 'u': out += toUnicode(z.ascii); break;
      case 'r': out += z.raw ?? z.ascii; break;
      case 'T': out += z.tag; break;
      case 'f': out += z.tag ? `${z.ascii}_${z.tag}` : z.ascii; break;
      case 'F': out += z.tag ? `${z.tag}_${z.ascii}` : z.ascii; break;
      case '?':
        if (i + 1 < format.length) { i++; if (z.tag) out += format[i]; }
        break;
      case '%': out += '%'; break;
      default: out += `%${v}`; // unknown verbs stay literal, as DNSControl leaves them
    }
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher that recovers the zone ("name" or "name!tag") from a file name made with `format`.
 *  Best effort, like DNSControl: %u is read back through punycode, %r is taken as the name. */
export function filenameMatcher(format: string): (file: string) => string | undefined {
  let re = '';
  const groups: Array<'name' | 'unique' | 'tag' | 'uname'> = [];
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%' || i + 1 >= format.length) { re += escapeRe(c); continue; }
    const v = format[++i]!;
    switch (v) {
      case 'c': case 'U': re += '([^/]+?)'; groups.push('unique'); break;
      case 'a': case 'D': case 'r': re += '([^/!]+?)'; groups.push('name'); break;
      case 'u': re += '([^/!]+?)'; groups.push('uname'); break;
      case 'T': re += '([^/]*?)'; groups.push('tag'); break;
      case 'f': re += '([^/_]+?)(?:_([^/]*?))?'; groups.push('name', 'tag'); break;
      case 'F': re += '(?:([^/]*?)_)?([^/_]+?)'; groups.push('tag', 'name'); break;
      case '?': if (i + 1 < format.length) re += `(?:${escapeRe(format[++i]!)})?`; break;
      case '%': re += '%'; break;
      default: re += escapeRe(`%${v}`);
    }
  }
  const rx = new RegExp(`^${re}$`);
  return (file) => {
    const m = rx.exec(file);
    if (!m) return undefined;
    let name = '', tag = '';
    groups.forEach((g, k) => {
      const val = m[k + 1] ?? '';
      if (g === 'unique') { const s = splitUniqueName(val); name ||= s.ascii; tag ||= s.tag; }
      else if (g === 'uname') name ||= toASCII(val);
      else if (g === 'name') name ||= val;
      else tag ||= val;
    });
    if (!name) return undefined;
    return tag ? `${name}!${tag}` : name;
  };
}
