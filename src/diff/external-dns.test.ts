import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../ir/types.js';
import { externalDnsRecords } from './external-dns.js';

const r = (name: string, type: string, target: string): RecordConfig => ({ name, type, target, ttl: 300 });
const MARK = 'heritage=external-dns,external-dns/owner=k8s,external-dns/resource=ingress/default/web';

describe('externalDnsRecords', () => {
  // [marker label, prefix, records at stake (name type), which of them external-dns owns]
  it.each<[string, string, string[], string[]]>([
    ['a-www', '', ['www A', 'www AAAA', 'other A'], ['www A']],
    ['aaaa-www', '', ['www A', 'www AAAA'], ['www AAAA']],
    ['cname.shop', '', ['shop CNAME', 'shop A'], ['shop CNAME']],
    ['a-', '', ['@ A', '@ MX'], ['@ A']],
    ['api', '', ['api A', 'api AAAA', 'api CNAME', 'api MX', 'api TXT', 'api CAA'], ['api A', 'api AAAA', 'api CNAME', 'api MX', 'api TXT']],
    ['extdns-a-www', 'extdns-', ['www A', 'www AAAA'], ['www A']],
    ['EXTDNS-cname-www', 'extdns-', ['www CNAME'], ['www CNAME']],
    ['extdns-a', 'extdns-', ['@ A', '@ AAAA'], ['@ A']],
    ['extdns-web', 'extdns-', ['web A', 'web SRV', 'web CAA'], ['web A', 'web SRV']],
  ])('marker %s (prefix %j)', (marker, prefix, others, owned) => {
    const recs = others.map((s) => { const [n, t] = s.split(' ') as [string, string]; return r(n, t, t === 'TXT' ? 'other text' : 'x'); });
    const txt = r(marker, 'TXT', MARK);
    const got = [...externalDnsRecords([txt, ...recs], prefix)].map((x) => `${x.name} ${x.type}`);
    expect(got).toEqual([`${marker} TXT`, ...owned]);
  });

  it('ignores TXT records without the heritage marker', () => {
    expect(externalDnsRecords([r('a-www', 'TXT', 'hello'), r('www', 'A', '192.0.2.1')]).size).toBe(0);
  });
});
