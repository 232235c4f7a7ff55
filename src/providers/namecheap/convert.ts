// Namecheap hosts ⇄ IR. A host is <host HostId Name Type Address MXPref TTL>: Name relative ("@" at the apex),
// Address a plain string: an address, a host name (as DNSControl sends it: with the trailing dot), the whole
// TXT text, CAA in zone-file form (`0 issue "ca"`), or the URL of a URL/URL301/FRAME redirect. Types dnscode
// cannot express (MXE mail forwarding, anything new) are kept as they are and written back unchanged.
import type { RecordConfig } from '../../ir/types.js';
import { parseRdata, rdataText } from '../../rr/text.js';

export interface NamecheapHost {
  Name: string;
  Type: string;
  Address: string;
  MXPref: string;
  TTL: string;
  HostId?: string;
}

/** The types dnscode reads and writes (DNSControl's set for Namecheap, with its URL redirects). */
export const EXPRESSIBLE = new Set(['A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'MX', 'NS', 'TXT', 'URL', 'URL301', 'FRAME']);
export const REDIRECTS = new Set(['URL', 'URL301', 'FRAME']);
const HOST_TYPES = new Set(['ALIAS', 'CNAME', 'MX', 'NS']);

export function toHost(rc: RecordConfig): NamecheapHost {
  const Address = rc.type === 'CAA' ? rdataText(rc) : rc.target;
  return { Name: rc.name, Type: rc.type, Address, MXPref: String(rc.type === 'MX' ? rc.mxpreference ?? 0 : 10), TTL: String(rc.ttl) };
}

export function fromHost(h: NamecheapHost, zone: string): RecordConfig {
  const name = h.Name === '' ? '@' : h.Name.toLowerCase();
  const ttl = Number(h.TTL);
  const rc: RecordConfig = { type: h.Type, name, target: h.Address, ttl: Number.isFinite(ttl) && ttl > 0 ? ttl : 1800 };
  if (HOST_TYPES.has(h.Type)) {
    const t = h.Address.trim();
    // Namecheap may give host names back without the trailing dot: they are absolute either way.
    rc.target = t === '@' || t === '' ? `${zone}.` : t.endsWith('.') ? t : `${t}.`;
  }
  if (h.Type === 'MX') rc.mxpreference = Number(h.MXPref || 0);
  if (h.Type === 'CAA') Object.assign(rc, parseRdata('CAA', h.Address, zone));
  if (REDIRECTS.has(h.Type)) rc.meta = { orig_custom_type: h.Type };
  return rc;
}

/** A fresh domain's parking page (a www CNAME to parkingpage.namecheap.com and a URL redirect): DNSControl
 *  reads exactly this pair as an empty zone, so the first push replaces it without listing it. */
export function isParking(hosts: readonly NamecheapHost[]): boolean {
  return hosts.length === 2 && hosts[0]!.Type === 'CNAME' && hosts[0]!.Address.includes('parkingpage') && hosts[1]!.Type === 'URL';
}
