// A minimal reader for the Namecheap API's answers. Hand-written rather than a library: the answers are
// small, flat XML (elements with attributes, a little text, no namespaces used, no CDATA, no DTD), and
// fast-xml-parser would add about 100 KB to the bundle for one provider. Anything else is a clear error.

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The document's root element. Throws on anything that is not well-formed in this simple subset. */
export function parseXml(src: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const textEnd = lt < 0 ? src.length : lt;
    if (textEnd > i) stack.at(-1)!.text += decodeEntities(src.slice(i, textEnd));
    if (lt < 0) break;
    if (src.startsWith('<?', lt) || src.startsWith('<!--', lt)) {
      const end = src.indexOf(src.startsWith('<?', lt) ? '?>' : '-->', lt);
      if (end < 0) throw new Error('XML: unterminated declaration or comment');
      i = end + (src.startsWith('<?', lt) ? 2 : 3);
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(src);
    if (!m) throw new Error(`XML: malformed tag at offset ${lt}`);
    i = TAG.lastIndex;
    const [, closing, name, rawAttrs, selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw new Error(`XML: </${name}> does not close <${open?.name ?? ''}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs!.matchAll(ATTR)) attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
    const node: XmlNode = { name: name!, attrs, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack.at(-1)!.name}> is not closed`);
  const top = root.children[0];
  if (!top) throw new Error('XML: no root element');
  return top;
}

/** Every descendant element of that name (depth first, document order). */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode) => { for (const c of n.children) { if (c.name === name) out.push(c); walk(c); } };
  walk(node);
  return out;
}

export const findFirst = (node: XmlNode, name: string): XmlNode | undefined => findAll(node, name)[0];
