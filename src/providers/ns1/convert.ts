// NS1 rrsets ⇄ IR. Written answers are token arrays, as DNSControl builds them: MX [pref, host], SRV
// [prio, weight, port, host], CAA [flag, tag, value], NAPTR six tokens, DS and TLSA four, SVCB/HTTPS
// [prio, target, params], TXT ONE token holding the joined string, NS1_URLFWD (type URLFWD) its
// target's fields, anything else the target's fields. Read answers (`short_answers`) are the tokens
// joined by spaces; CAA values, NAPTR empty fields ("  ") and TXT text are taken apart by position,
// not by zone-file quoting (NS1 does not quote). DNSKEY/RRSIG (DNSSEC, made by NS1) and REDIRECT (a
// separate NS1 product) are not records this tool manages and are skipped.
import type { RecordConfig } from '../../ir/types.js';
import { fqdnToLabel } from '../../_util/names.js';
import { parseRdata } from '../../rr/text.js';
import type { Ns1Record, Ns1ZoneRecord } from './api.js';

/** NS1 types that are not records of the zone as DNSControl sees it. */
export const SKIPPED_TYPES = new Set(['DNSKEY', 'RRSIG', 'REDIRECT']);
const wireType = (t: string) => (t === 'NS1_URLFWD' ? 'URLFWD' : t);
const fields = (s: string) => s.trim().split(/\s+/).filter(Boolean);
const n = (v: number | undefined) => String(v ?? 0);

export function answerOf(rc: RecordConfig): string[] {
  switch (rc.type) {
    case 'MX': return [n(rc.mxpreference), rc.target];
    case 'TXT': return [rc.target];
    case 'CAA': return [n(rc.caaflag), rc.caatag ?? '', rc.target];
    case 'SRV': return [n(rc.srvpriority), n(rc.srvweight), n(rc.srvport), rc.target];
    case 'NAPTR': return [n(rc.naptrorder), n(rc.naptrpreference), rc.naptrflags ?? '', rc.naptrservice ?? '', rc.naptrregexp ?? '', rc.target];
    case 'DS': return [n(rc.dskeytag), n(rc.dsalgorithm), n(rc.dsdigesttype), rc.dsdigest ?? ''];
    case 'SVCB': case 'HTTPS': return [n(rc.svcpriority), rc.target, rc.svcparams ?? ''];
    case 'TLSA': return [n(rc.tlsausage), n(rc.tlsaselector), n(rc.tlsamatchingtype), rc.target];
    default: return fields(rc.target);
  }
}

/** The body that writes one rrset (all records share name, type and TTL). */
export function toNs1Record(records: readonly RecordConfig[], zone: string, domain: string): Ns1Record {
  const first = records[0]!;
  return { zone, domain, type: wireType(first.type), ttl: first.ttl, answers: records.map((r) => ({ answer: answerOf(r) })), filters: [] };
}

/** The records of one rrset as the zone lists it; throws on an answer it cannot read. */
export function fromNs1(zr: Ns1ZoneRecord, zone: string): RecordConfig[] {
  if (SKIPPED_TYPES.has(zr.type)) return [];
  if (typeof zr.domain !== 'string' || typeof zr.type !== 'string' || !Array.isArray(zr.short_answers)) {
    throw new Error(`NS1 returned an rrset that cannot be read: ${JSON.stringify(zr).slice(0, 200)}`);
  }
  const name = fqdnToLabel(zr.domain.toLowerCase().replace(/\.$/, ''), zone);
  const type = zr.type === 'URLFWD' ? 'NS1_URLFWD' : zr.type;
  return zr.short_answers.map((ans) => {
    const base: RecordConfig = { type, name, target: '', ttl: Number(zr.ttl) };
    try {
      return { ...base, ...parseAnswer(type, String(ans), zone) };
    } catch (e) {
      throw new Error(`NS1 returned a ${zr.type} answer for ${zr.domain} that cannot be read: ${JSON.stringify(ans)} (${(e as Error).message})`);
    }
  });
}

function parseAnswer(type: string, ans: string, zone: string): Partial<RecordConfig> {
  switch (type) {
    case 'TXT': return { target: ans };
    case 'NS1_URLFWD': return { target: ans, meta: { orig_custom_type: 'NS1_URLFWD' } };
    case 'CAA': {
      const m = /^(\d+) (\S+) (.*)$/s.exec(ans);
      if (!m) throw new Error('expected "flag tag value"');
      return { caaflag: Number(m[1]), caatag: m[2], target: m[3]! };
    }
    case 'NAPTR': {
      // Six fields joined by single spaces; an empty flags/service/regexp shows as two spaces.
      const f = ans.split(' ');
      if (f.length !== 6 || !/^\d+$/.test(f[0]!) || !/^\d+$/.test(f[1]!)) throw new Error('expected six NAPTR fields');
      const target = f[5] === '.' ? '.' : parseRdata('CNAME', f[5]!, zone).target!;
      return { naptrorder: Number(f[0]), naptrpreference: Number(f[1]), naptrflags: f[2], naptrservice: f[3], naptrregexp: f[4], target };
    }
    default: return parseRdata(type, ans, zone);
  }
}
