// Paging helpers: every API pages differently (page numbers, opaque tokens, Link headers), but a
// provider only needs "give me all items". Each helper takes a function that fetches one page.

export interface Page<T, C> {
  items: T[];
  /** The cursor of the next page; undefined or null when this was the last one. */
  next?: C | null;
}

/** Follows cursors until there is none. Guards against servers that return the same cursor forever. */
export async function collectPages<T, C>(first: C, fetchPage: (cursor: C) => Promise<Page<T, C>>, maxPages = 100_000): Promise<T[]> {
  const all: T[] = [];
  let cursor: C | null | undefined = first;
  const seen = new Set<string>();
  for (let i = 0; cursor !== undefined && cursor !== null; i++) {
    if (i >= maxPages) throw new Error(`paging: more than ${maxPages} pages`);
    const key = JSON.stringify(cursor);
    if (seen.has(key)) throw new Error(`paging: the server returned the cursor ${key} twice`);
    seen.add(key);
    const page: Page<T, C> = await fetchPage(cursor);
    all.push(...page.items);
    cursor = page.next;
  }
  return all;
}

/** The rel="next" target of an RFC 8288 Link header (GitHub-style, deSEC, Gandi). */
export function linkNext(link: string | null | undefined): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]*)>\s*;(.*)/.exec(part.trim());
    if (m && /\brel="?next"?/.test(m[2]!)) return m[1];
  }
  return undefined;
}
