// The plan file's shape: every problem named by its JSON path, values left to the config's rules.
import { describe, expect, it } from 'vitest';
import { planShapeProblems } from './shape.js';

const record = { type: 'MX', name: '@', target: 'mail.example.com.', ttl: 300, mxpreference: 10 };
const good = () => ({
  format: 'dnscode-plan', version: 1, digest: 'sha256:00', created: '2026-01-01T00:00:00.000Z', total: 1,
  providers: { dns: [{ name: 'bind', type: 'BIND', meta: { default_ns: ['ns1.example.net.'] } }], registrars: [{ name: 'none', type: 'NONE' }] },
  zones: [{ domain: 'example.com', providers: [
    { role: 'provider', name: 'bind', lines: ['x'], changeCount: 1, digest: 'sha256:11', existingCount: 0, actualChangeCount: 1,
      dc: { name: 'example.com', registrar: 'none', dnsProviders: { bind: -1 }, meta: { a: 'b' }, records: [structuredClone(record)], nameservers: [{ name: 'ns1.example.net' }] },
      changes: [{ kind: 'create', key: { nameFQDN: 'example.com', type: 'MX' }, old: [], new: [structuredClone(record)], msgs: ['+ CREATE'] }] },
    { role: 'registrar', name: 'none', lines: [], changeCount: 0 },
  ] }],
});
type Plan = ReturnType<typeof good>;
const dns = (p: Plan) => p.zones[0]!.providers[0]! as ReturnType<typeof good>['zones'][0]['providers'][0] & Record<string, unknown>;

describe('planShapeProblems', () => {
  it('a plan as preview writes it has none', () => {
    expect(planShapeProblems(good())).toEqual([]);
  });

  it.each<[string, (p: Plan) => void, string[]]>([
    ['a TTL as text', (p) => { (dns(p).dc!.records[0] as Record<string, unknown>).ttl = '300'; }, ['$.zones[0].providers[0].dc.records[0].ttl: expected a number']],
    ['a typed rdata field of the wrong type', (p) => { (dns(p).dc!.records[0] as Record<string, unknown>).mxpreference = 'ten'; }, ['$.zones[0].providers[0].dc.records[0].mxpreference: expected a number']],
    ['a missing target', (p) => { delete (dns(p).dc!.records[0] as Record<string, unknown>).target; }, ['$.zones[0].providers[0].dc.records[0].target: missing']],
    ['records not a list', (p) => { (dns(p).dc as Record<string, unknown>).records = {}; }, ['$.zones[0].providers[0].dc.records: expected a list']],
    ['a change record', (p) => { (dns(p).changes![0]!.new[0] as Record<string, unknown>).name = 5; }, ['$.zones[0].providers[0].changes[0].new[0].name: expected a string']],
    ['a change kind', (p) => { (dns(p).changes![0] as Record<string, unknown>).kind = 'upsert'; }, ['$.zones[0].providers[0].changes[0].kind: expected "create" or "change" or "delete" or "report"']],
    ['a role', (p) => { (p.zones[0]!.providers[1] as Record<string, unknown>).role = 'owner'; }, ['$.zones[0].providers[1].role: expected "provider" or "registrar"']],
    ['meta values', (p) => { (dns(p).dc!.meta as Record<string, unknown>)['odd key'] = 1; }, ['$.zones[0].providers[0].dc.meta["odd key"]: expected a string']],
    ['the total', (p) => { (p as Record<string, unknown>).total = null; }, ['$.total: expected a number']],
    ['zones', (p) => { (p as Record<string, unknown>).zones = 'all'; }, ['$.zones: expected a list']],
    ['the digest', (p) => { delete (p as Record<string, unknown>).digest; }, ['$.digest: missing']],
    ['a provider declaration', (p) => { (p.providers.dns[0] as Record<string, unknown>).type = ['BIND']; }, ['$.providers.dns[0].type: expected a string']],
    ['two problems at once', (p) => { (dns(p) as Record<string, unknown>).lines = 'x'; (dns(p) as Record<string, unknown>).changeCount = '1'; },
      ['$.zones[0].providers[0].lines: expected a list', '$.zones[0].providers[0].changeCount: expected a number']],
  ])('%s', (_n, edit, want) => {
    const p = good();
    edit(p);
    expect(planShapeProblems(p)).toEqual(want);
  });

  it('lists at most 20 problems', () => {
    const p = good();
    dns(p).dc!.records = Array.from({ length: 50 }, () => ({ ...record, ttl: 'x' as unknown as number }));
    const out = planShapeProblems(p);
    expect(out).toHaveLength(21);
    expect(out[20]).toBe('… and more (the first 20 are listed)');
  });
});
