// CF_REDIRECT / CF_TEMP_REDIRECT: old page-rule forwarding ("host/path*" → "https://…/$1"), which Cloudflare
// retired. As DNSControl does (at config time: normalize/cloudflare-redirects.ts), each becomes a Single Redirect rule (301 or 302) named "CODE,pattern,replacement"
// whose `when`/`then` are derived from the pattern. The shapes DNSControl recognises give the same expressions it
// produces (so rules it created are not rewritten); any other pattern uses Cloudflare's general
// `wildcard` / `wildcard_replace` pair. Hand-written: no library translates page-rule patterns.
import type { RecordConfig } from '../../ir/types.js';
import type { SingleRedirect } from '../../rr/cf-single-redirect.js';

export const PAGE_RULE_TYPES: Record<string, number> = { CF_REDIRECT: 301, CF_TEMP_REDIRECT: 302 };

interface Url { full: string; host: string; path: string }

/** "foo.com/x" or "http://foo.com/x" → https form, host and path (no query); ports are refused. */
function splitUrl(s: string): Url {
  const full = s.startsWith('http://') ? `https://${s.slice(7)}` : s.startsWith('https://') ? s : `https://${s}`;
  const rest = full.slice(8).split(/[?#]/)[0]!;
  const slash = rest.indexOf('/');
  const host = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash);
  if (host === '') throw new Error(`no host in ${JSON.stringify(s)}`);
  if (host.includes(':')) throw new Error(`a port is not supported: ${JSON.stringify(s)}`);
  return { full, host, path };
}

const count = (s: string, c: string) => s.split(c).length - 1;

/** A host glob as a regex: only `.` and `*` are special; anchored unless the glob starts/ends with `*`. */
function hostGlobRegex(g: string): string {
  const body = g.replaceAll('.', '\\.').replaceAll('*', '.*');
  return `${g.startsWith('*') ? '' : '^'}${body}${g.endsWith('*') ? '' : '$'}`;
}

function knownWhen({ host, path }: Url): string | undefined {
  const hostStar = count(host, '*');
  if (hostStar === 0 && (path === '/' || path === '')) return `http.host eq "${host}" and http.request.uri.path eq "/"`;
  if (hostStar === 0 && path === '/*') return `http.host eq "${host}"`;
  if (hostStar === 0 && !path.includes('*')) return `http.host eq "${host}" and http.request.uri.path eq "${path}"`;
  const suffix = host.slice(1);
  if (host.startsWith('*') && hostStar === 1 && !path.includes('*'))
    return `( http.host eq "${suffix}" or ends_with(http.host, ".${suffix}") ) and http.request.uri.path eq "${path}"`;
  if (host.startsWith('*') && hostStar === 1 && path === '/*') return `http.host eq "${suffix}" or ends_with(http.host, ".${suffix}")`;
  if (hostStar > 0 && path === '/*') return `http.host matches r###"${hostGlobRegex(host)}"###`;
  if (hostStar === 0 && count(path, '*') === 1 && path.endsWith('*'))
    return `(starts_with(http.request.uri.path, "${path.slice(0, -1)}") and http.host eq "${host}")`;
  return undefined;
}

function knownThen(p: Url, r: Url): string | undefined {
  const dollars = count(r.full, '$');
  if (dollars === 0) return `concat("${r.full}", "")`;
  if (dollars !== 1) return undefined;
  const hostStar = count(p.host, '*');
  if (p.host.startsWith('*') && hostStar === 1 && r.path.length > 3 && r.path.endsWith('/$2'))
    return `concat("https://${r.host}", "${r.path.slice(0, -3)}", http.request.uri.path)`;
  if (r.path === '/$1') return `concat("https://${r.host}", http.request.uri.path)`;
  if (hostStar === 1 && count(p.path, '*') === 1 && r.path.endsWith('/$2')) return `concat("https://${r.host}", http.request.uri.path)`;
  if (r.full.endsWith('$1')) return `concat("https://${r.host}", http.request.uri.path)`;
  return undefined;
}

/** Any other shape: match the whole URL with the page-rule glob and substitute $n as ${n}. */
function wildcardPair(p: Url, r: Url): { when: string; then: string } {
  const glob = p.path === '' ? `${p.full}/` : p.full;
  const target = r.full.replace(/\$(\d+)/g, '$${$1}');
  return { when: `http.request.full_uri wildcard r"${glob}"`, then: `wildcard_replace(http.request.full_uri, r"${glob}", r"${target}")` };
}

/** The single-redirect rule for one CF_REDIRECT / CF_TEMP_REDIRECT record; throws on an unusable URL. */
export function convertPageRule(rc: RecordConfig): SingleRedirect {
  const code = PAGE_RULE_TYPES[rc.type];
  if (code === undefined) throw new Error(`${rc.type} is not a page-rule redirect`);
  const comma = rc.target.indexOf(',');
  if (comma < 0) throw new Error(`expected "pattern,replacement", got ${JSON.stringify(rc.target)}`);
  const pattern = rc.target.slice(0, comma);
  const replacement = rc.target.slice(comma + 1);
  const p = splitUrl(pattern);
  const r = splitUrl(replacement);
  const when = knownWhen(p);
  const then = when === undefined ? undefined : knownThen(p, r);
  const rule = when !== undefined && then !== undefined ? { when, then } : wildcardPair(p, r);
  return { name: `${String(code).padStart(3, '0')},${pattern},${replacement}`, code, ...rule };
}
