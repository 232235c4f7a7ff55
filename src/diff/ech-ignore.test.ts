import { describe, expect, it } from 'vitest';
import type { DomainConfig, RecordConfig } from '../ir/types.js';
import { keepExistingEch } from './ech-ignore.js';
import { diffZone } from './diff.js';

const https = (name: string, priority: number, target: string, svcparams: string, type = 'HTTPS'): RecordConfig =>
  ({ type, name, target, svcpriority: priority, svcparams, ttl: 300 });
const dc = (records: RecordConfig[]): DomainConfig => ({ name: 'example.com', registrar: 'none', dnsProviders: {}, records });
const params = (recs: RecordConfig[]) => recs.map((r) => r.svcparams);

describe('HTTPS/SVCB ech=IGNORE', () => {
  it('keeps the ech value of the existing record at the same name, type and priority', () => {
    const existing = [https('@', 1, 'example.com.', 'alpn="h2,h3" ech="c29tZQ=="')];
    expect(params(keepExistingEch([https('@', 1, 'example.net.', 'port=80 ech=IGNORE')], existing))).toEqual(['port=80 ech="c29tZQ=="']);
    // In the middle of the params, unquoted in the existing record.
    expect(params(keepExistingEch([https('@', 1, '.', 'alpn=h2 ech=IGNORE port=80')], [https('@', 1, '.', 'ech=c29tZQ==')])))
      .toEqual(['alpn=h2 ech=c29tZQ== port=80']);
  });

  it('drops the parameter when the existing record has no ech', () => {
    const existing = [https('@', 1, 'example.com.', 'alpn=h2,h3')];
    expect(params(keepExistingEch([https('@', 1, 'example.net.', 'port=80 ech=IGNORE')], existing))).toEqual(['port=80']);
    expect(params(keepExistingEch([https('@', 1, 'example.net.', 'ech=IGNORE port=80')], existing))).toEqual(['port=80']);
    expect(params(keepExistingEch([https('@', 1, 'example.net.', 'ech=IGNORE')], existing))).toEqual(['']);
  });

  it('a new record (none at its name, type and priority) gets no ech', () => {
    const existing = [https('other', 1, '.', 'ech=b3RoZXI='), https('@', 2, '.', 'ech=cHJpbzI='), https('@', 1, '.', 'ech=c3ZjYg==', 'SVCB')];
    expect(params(keepExistingEch([https('@', 1, '.', 'alpn=h3 ech=IGNORE')], existing))).toEqual(['alpn=h3']);
  });

  it('works for SVCB, leaves other records and params alone, and returns the same list when nothing asks', () => {
    const existing = [https('_svc', 1, '.', 'port=8443 ech=c3ZjYg==', 'SVCB')];
    const desired = [https('_svc', 1, '.', 'port=8443 ech=IGNORE', 'SVCB'), https('x', 1, '.', 'ech=IGNOREME'), { name: 'a', type: 'A', target: '192.0.2.1', ttl: 300 }];
    const out = keepExistingEch(desired, existing);
    expect(params(out)).toEqual(['port=8443 ech=c3ZjYg==', 'ech=IGNOREME', undefined]);
    expect(out[1]).toBe(desired[1]);
    const plain = [https('@', 1, '.', 'alpn=h2')];
    expect(keepExistingEch(plain, existing)).toBe(plain);
  });

  it('keeps a lazy filepos lazy in the copy', () => {
    let reads = 0;
    const rc = https('@', 1, '.', 'ech=IGNORE');
    Object.defineProperty(rc, 'filepos', { enumerable: true, configurable: true, get: () => { reads++; return 'dnsconfig.js:1'; } });
    const [out] = keepExistingEch([rc], [https('@', 1, '.', 'ech=a2VlcA==')]);
    expect(reads).toBe(0);
    expect(out!.filepos).toBe('dnsconfig.js:1');
  });

  it('the diff compares with the kept value: an unchanged record is no change, a changed one carries the real ech', () => {
    const existing = [https('@', 1, 'example.com.', 'alpn="h2,h3" ech="c29tZQ=="')];
    const same = diffZone(dc([https('@', 1, 'example.com.', 'alpn="h2,h3" ech=IGNORE')]), existing, { mode: 'record' });
    expect(same.actualChangeCount).toBe(0);
    const changed = diffZone(dc([https('@', 1, 'example.net.', 'port=80 ech=IGNORE')]), existing, { mode: 'record' });
    expect(changed.actualChangeCount).toBe(1);
    expect(changed.changes.flatMap((c) => c.msgs).join('\n')).toContain('(1 example.net. port=80 ech=c29tZQ== ttl=300)');
    expect(changed.changes.flatMap((c) => c.msgs).join('\n')).not.toContain('IGNORE');
    expect(params(changed.desiredPlus)).toEqual(['port=80 ech="c29tZQ=="']);
    const created = diffZone(dc([https('@', 1, '.', 'port=80 ech=IGNORE')]), [], { mode: 'record' });
    expect(params(created.desiredPlus)).toEqual(['port=80']);
  });
});
