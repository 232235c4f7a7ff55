// ClouDNS records ⇄ IR. `host` is relative ("" at the apex); hostname targets are read back without the
// dot and written with it, except an NS target inside the zone, written without it (as DNSControl does);
// TXT is one plain string; CAA, TLSA, SSHFP, DS, NAPTR and LOC have their fields as separate parameters
// (read back under partly different names); CLOUDNS_WR (a web redirect) is type WR on write and CLOUD_WR on
// read. A GeoDNS location is the record's `geodns-code`, kept as meta cloudns_geodns_code.
import type { RecordConfig } from '../../ir/types.js';
import { parseRdata, rdataText } from '../../rr/text.js';

/** A record as records.json returns it (all values strings). */
export interface CloudnsRecord {
  id: string;
  type: string;
  host: string;
  record: string;
  ttl: string;
  priority?: string;
  weight?: string;
  port?: string;
  status?: number;
  'geodns-code'?: string;
  caa_flag?: string; caa_type?: string; caa_value?: string;
  tlsa_usage?: string; tlsa_selector?: string; tlsa_matching_type?: string;
  algorithm?: string; fp_type?: string;
  key_tag?: string; dsalgorithm?: string; digest_type?: string; dsdigest?: string;
  lat_deg?: string; lat_min?: string; lat_sec?: string; lat_dir?: string;
  long_deg?: string; long_min?: string; long_sec?: string; long_dir?: string;
  altitude?: string; size?: string; h_precision?: string; v_precision?: string;
  order?: string; pref?: string; flag?: string; params?: string; regexp?: string; replace?: string;
}

export const GEO = 'cloudns_geodns_code';
const HOST_TYPES = new Set(['CNAME', 'DNAME', 'MX', 'NS', 'SRV', 'ALIAS', 'PTR']);
const LOC_KEYS = ['lat-deg', 'lat-min', 'lat-sec', 'lat-dir', 'long-deg', 'long-min', 'long-sec', 'long-dir', 'altitude', 'size', 'h-precision', 'v-precision'] as const;

/** A GeoDNS code that means "everywhere" is none. */
export const geoOf = (rc: RecordConfig): string | undefined => {
  const g = rc.meta?.[GEO];
  return typeof g === 'string' && g !== '' && g.toUpperCase() !== 'DEFAULT' ? g : undefined;
};

/** Query parameters of add-record / mod-record. */
export function toParams(rc: RecordConfig, zone: string): Record<string, string> {
  const p: Record<string, string> = { 'record-type': rc.type, host: rc.name === '@' ? '' : rc.name, record: rc.target, ttl: String(rc.ttl) };
  const n = (v: number | undefined) => String(v ?? 0);
  switch (rc.type) {
    case 'CLOUDNS_WR': p['record-type'] = 'WR'; break;
    case 'MX': p.priority = n(rc.mxpreference); break;
    case 'SRV': Object.assign(p, { priority: n(rc.srvpriority), weight: n(rc.srvweight), port: n(rc.srvport) }); break;
    case 'CAA': Object.assign(p, { caa_flag: n(rc.caaflag), caa_type: rc.caatag ?? '', caa_value: rc.target }); break;
    case 'TLSA': Object.assign(p, { tlsa_usage: n(rc.tlsausage), tlsa_selector: n(rc.tlsaselector), tlsa_matching_type: n(rc.tlsamatchingtype) }); break;
    case 'SSHFP': Object.assign(p, { algorithm: n(rc.sshfpalgorithm), fptype: n(rc.sshfpfingerprint) }); break;
    case 'DS': Object.assign(p, { 'key-tag': n(rc.dskeytag), algorithm: n(rc.dsalgorithm), 'digest-type': n(rc.dsdigesttype), record: rc.dsdigest ?? rc.target }); break;
    case 'NAPTR': Object.assign(p, { order: n(rc.naptrorder), pref: n(rc.naptrpreference), flag: rc.naptrflags ?? '', params: rc.naptrservice ?? '', regexp: rc.naptrregexp ?? '', replace: rc.target }); break;
    case 'LOC': {
      // "52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000.00m 10.00m": twelve fields, sizes without the "m".
      const parts = rdataText(rc).split(/\s+/);
      LOC_KEYS.forEach((k, i) => { const v = (parts[i] ?? '0').replace(/m$/, ''); p[k] = v === '0.00' ? '0' : v; });
      delete p.record;
      break;
    }
  }
  // An NS target inside the zone is sent without its dot (ClouDNS then resolves it with the zone's A/AAAA).
  if (rc.type === 'NS' && (rc.target === `${zone}.` || rc.target.endsWith(`.${zone}.`))) p.record = rc.target.slice(0, -1);
  const geo = geoOf(rc);
  if (geo) p['geodns-code'] = geo;
  return p;
}

const fqdn = (t: string, zone: string) => {
  // ClouDNS answers host names without their final dot: the root (a null MX's ".") comes back empty, and is
  // read as "." (DNSControl's toRc adds the dot, then the origin only to a relative name).
  if (t === '' || t === '.') return '.';
  const d = t.replace(/\.$/, '');
  if (d === '@') return `${zone}.`;
  // A bare label is relative to the zone; anything with a dot is a full name.
  return d.includes('.') ? `${d}.` : `${d}.${zone}.`;
};

export function fromNative(r: CloudnsRecord, zone: string): RecordConfig {
  const type = r.type === 'CLOUD_WR' || r.type === 'WR' ? 'CLOUDNS_WR' : r.type;
  const name = r.host === '' || r.host === '@' ? '@' : r.host.toLowerCase();
  const rc: RecordConfig = { type, name, target: r.record, ttl: Number(r.ttl) };
  const num = (v: string | undefined) => Number(v ?? 0);
  if (HOST_TYPES.has(type)) rc.target = fqdn(r.record, zone);
  if (type === 'MX') rc.mxpreference = num(r.priority);
  if (type === 'SRV') Object.assign(rc, { srvpriority: num(r.priority), srvweight: num(r.weight), srvport: num(r.port) });
  if (type === 'CAA') Object.assign(rc, { caaflag: num(r.caa_flag), caatag: r.caa_type ?? '', target: r.caa_value ?? r.record });
  if (type === 'TLSA') Object.assign(rc, { tlsausage: num(r.tlsa_usage), tlsaselector: num(r.tlsa_selector), tlsamatchingtype: num(r.tlsa_matching_type) });
  if (type === 'SSHFP') Object.assign(rc, { sshfpalgorithm: num(r.algorithm), sshfpfingerprint: num(r.fp_type) });
  if (type === 'DS') {
    const text = `${num(r.key_tag)} ${num(r.dsalgorithm ?? r.algorithm)} ${num(r.digest_type)} ${r.dsdigest || r.record}`;
    Object.assign(rc, parseRdata('DS', text, zone));
  }
  if (type === 'NAPTR') {
    Object.assign(rc, { naptrorder: num(r.order), naptrpreference: num(r.pref), naptrflags: r.flag ?? '', naptrservice: r.params ?? '', naptrregexp: r.regexp ?? '', target: fqdn(r.replace ?? '.', zone) });
    if ((r.replace ?? '.') === '.' || r.replace === '') rc.target = '.';
  }
  if (type === 'LOC') {
    const m = (v: string | undefined) => `${v ?? '0'}m`;
    const text = [r.lat_deg, r.lat_min, r.lat_sec, r.lat_dir, r.long_deg, r.long_min, r.long_sec, r.long_dir].map((v) => v ?? '0').join(' ') +
      ` ${m(r.altitude)} ${m(r.size)} ${m(r.h_precision)} ${m(r.v_precision)}`;
    Object.assign(rc, parseRdata('LOC', text, zone));
  }
  const geo = r['geodns-code'];
  if (geo && geo.toUpperCase() !== 'DEFAULT') rc.meta = { ...rc.meta, [GEO]: geo };
  if (type === 'CLOUDNS_WR') rc.meta = { ...rc.meta, orig_custom_type: 'CLOUDNS_WR' };
  return rc;
}

/** The diff's extra comparison: the GeoDNS location is part of a record's identity at ClouDNS. */
export const comparableExtra = (rc: RecordConfig): string => {
  const g = geoOf(rc);
  return g ? `geodns=${g}` : '';
};

/** What matches a record read to the id ClouDNS gave it. */
export const recordKey = (rc: RecordConfig) => `${rc.name}\u0000${rc.type}\u0000${rdataText(rc)}\u0000${comparableExtra(rc)}`;
