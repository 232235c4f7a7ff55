import { describe, expect, it } from 'vitest';
import type { RecordConfig } from '../../ir/types.js';
import { axfrddns } from '../axfrddns/index.js';
import { bind } from '../bind/index.js';
import { powerdns } from '../powerdns/index.js';
import { dsAtApex, dsWithoutDelegation } from './ds.js';

const ds = (name: string): RecordConfig => ({ type: 'DS', name, target: '', ttl: 300, dskeytag: 1, dsalgorithm: 13, dsdigesttype: 2, dsdigest: 'AB'.repeat(32) });
const ns = (name: string): RecordConfig => ({ type: 'NS', name, target: 'ns1.example.net.', ttl: 300 });

describe('where a DS record can be', () => {
  it('not at the apex', () => {
    expect(dsAtApex([ds('@'), ds('child'), ns('child')], 'why')).toEqual(['DS @: a DS record cannot be at the apex, it belongs in the parent zone (why)']);
  });
  it('only at a delegation', () => {
    expect(dsWithoutDelegation([ds('child'), ns('child'), ds('Other'), ns('@')], 'why')).toEqual(['DS Other: a DS record needs NS records at the same name, a delegation (why)']);
  });
  it('BIND zone files and PowerDNS refuse a DS at the apex; AXFRDDNS also one without a delegation', () => {
    expect(bind.audit!([ds('@')])).toHaveLength(1);
    expect(bind.audit!([ds('child')])).toEqual([]); // named-checkzone loads it
    expect(powerdns.audit!([ds('@'), ds('child')])).toHaveLength(1);
    expect(axfrddns.audit!([ds('@'), ds('child'), ds('sub'), ns('sub')])).toHaveLength(2); // the apex one, the undelegated one
  });
});
