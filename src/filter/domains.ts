// --domains, as DNSControl parses it: a comma list of names, `*.suffix` (the suffix and every zone under it),
// `name!tag`, `name!*` (any non-empty tag), `name!` (untagged only) and `!tag` (any name with that tag).
// A bare name matches the untagged domain only. Names match in both punycode and Unicode forms.
import { UsageError } from '../errors.js';
import { toASCII, toUnicode } from '../_util/names.js';

interface Item {
  /** ASCII form, lower case; "*" = any name; "*.x" = x and its subzones. */
  ascii: string;
  unicode: string;
  hasBang: boolean;
  /** "" = untagged, "*" = any non-empty tag. */
  tag: string;
}

export interface DomainFilter {
  /** The --domains text, for messages. */
  spec: string;
  items: Item[];
}

// Characters a zone name or tag may contain (the DSL accepts IDNs, hence \p{L}/\p{N}/\p{M}).
const NAME_RE = /^(\*|(\*\.)?[\p{L}\p{N}\p{M}_-]+(\.[\p{L}\p{N}\p{M}_-]+)*\.?)$/u;
const TAG_RE = /^(\*|[\p{L}\p{N}_.-]*)$/u;

/** undefined = every domain. Throws UsageError naming the bad item. */
export function parseDomainFilter(spec: string | undefined): DomainFilter | undefined {
  const s = (spec ?? '').trim();
  if (s === '' || s === '*' || s.toLowerCase() === 'all') return undefined;
  const items: Item[] = [];
  for (const raw of s.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue; // DNSControl skips empty entries
    items.push(parseItem(entry, s));
  }
  if (items.length === 0) throw new UsageError(`--domains "${s}": no domain names given`);
  return { spec: s, items };
}

function parseItem(entry: string, spec: string): Item {
  const bad = (why: string) => new UsageError(`--domains "${spec}": bad entry "${entry}": ${why}`);
  const bang = entry.indexOf('!');
  if (bang !== entry.lastIndexOf('!')) throw bad('more than one "!"');
  const hasBang = bang >= 0;
  let name = hasBang ? entry.slice(0, bang) : entry;
  const tag = hasBang ? entry.slice(bang + 1) : '';
  if (/\s/.test(entry)) throw bad('spaces are not allowed inside a name');
  if (!TAG_RE.test(tag)) throw bad(`tag "${tag}" may only contain letters, digits, "-", "_" and "."`);
  if (hasBang && name === '') name = '*';
  if (!NAME_RE.test(name)) {
    throw bad(name.includes('*') ? '"*" is only allowed as the whole name or as a leading "*."' : 'not a domain name');
  }
  if (name.endsWith('.')) name = name.slice(0, -1);
  const ascii = name === '*' ? '*' : toASCII(name);
  return { ascii, unicode: name === '*' ? '*' : toUnicode(ascii), hasBang, tag };
}

/** Does the filter select domain `name` with split-horizon `tag` ("" or undefined = untagged)? */
export function domainSelected(filter: DomainFilter | undefined, name: string, tag?: string, hasBang = false): boolean {
  if (!filter) return true;
  const ascii = toASCII(name);
  const unicode = toUnicode(ascii);
  const domTag = tag ?? '';
  const domHasBang = hasBang || domTag !== '';
  return filter.items.some((it) => {
    if (it.tag === '*') { if (!domHasBang || domTag === '') return false; }
    else if (it.tag !== domTag) return false;
    if (it.ascii === '*') return true;
    if (it.ascii.startsWith('*.')) {
      const sa = it.ascii.slice(2); const su = it.unicode.slice(2);
      return ascii === sa || unicode === su || ascii.endsWith(`.${sa}`) || unicode.endsWith(`.${su}`);
    }
    return ascii === it.ascii || unicode === it.unicode;
  });
}
