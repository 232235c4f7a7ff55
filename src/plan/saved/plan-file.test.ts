// The plan file: digest rules and a lossless, record-per-line JSON layout.
import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../../ir/types.js';
import { formatPlan, PLAN_FORMAT, PLAN_VERSION, recordsDigest, type SavedPlan } from './plan-file.js';

const a = (name: string, target: string, extra: Partial<RecordConfig> = {}): RecordConfig => ({ type: 'A', name, target, ttl: 300, ...extra });

describe('recordsDigest', () => {
  const base = [a('@', '192.0.2.1'), a('www', '192.0.2.2')];
  it.each<[string, RecordConfig[], boolean]>([
    ['same records, other order', [a('www', '192.0.2.2'), a('@', '192.0.2.1')], true],
    ['same records, keys in another order', [{ ttl: 300, target: '192.0.2.1', name: '@', type: 'A' }, a('www', '192.0.2.2')], true],
    ['only where they were read differs', [a('@', '192.0.2.1', { filepos: 'z:9:1' }), a('www', '192.0.2.2')], true],
    ['a target differs', [a('@', '192.0.2.9'), a('www', '192.0.2.2')], false],
    ['a TTL differs', [a('@', '192.0.2.1', { ttl: 60 }), a('www', '192.0.2.2')], false],
    ['a record more', [...base, a('x', '192.0.2.3')], false],
    ['provider metadata differs', [a('@', '192.0.2.1', { meta: { cloudflare_proxy: 'on' } }), a('www', '192.0.2.2')], false],
  ])('%s', (_n, other, same) => {
    expect(recordsDigest(other) === recordsDigest(base)).toBe(same);
    expect(recordsDigest(base)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('formatPlan', () => {
  it('round-trips records with awkward text, one record per line', () => {
    const txt: RecordConfig = { type: 'TXT', name: 'x', target: 'q"uote \\ back\u0000nul é "\\u0000"', ttl: 300, txtstrings: ['q"uote', '\u0000'] };
    const saved: SavedPlan = {
      format: PLAN_FORMAT, version: PLAN_VERSION, digest: 'sha256:', created: '2026-01-01T00:00:00.000Z', total: 1,
      providers: { dns: [{ name: 'bind', type: 'BIND' }], registrars: [] },
      zones: [{ domain: 'example.com', providers: [{ role: 'provider', name: 'bind', lines: ['+ CREATE x'], changeCount: 1,
        dc: { name: 'example.com', registrar: 'none', dnsProviders: { bind: -1 }, records: [txt, a('@', '192.0.2.1')] },
        changes: [{ kind: 'create', key: { nameFQDN: 'x.example.com', type: 'TXT' }, old: [], new: [txt], msgs: ['+ CREATE x'] }] }] }],
    };
    const text = formatPlan(saved);
    expect(JSON.parse(text)).toEqual(saved);
    expect(text).toContain('\n              {"type":"A","name":"@","target":"192.0.2.1","ttl":300}\n');
    expect(text.split('\n').filter((l) => l.includes('"type":"TXT"'))).toHaveLength(2);
  });
});
