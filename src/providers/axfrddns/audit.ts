// What a standard DNS server cannot be sent by UPDATE, checked before any I/O: types without a wire format here.
import type { RecordConfig } from '../../ir/types.js';
import { WIRE_TYPES } from './convert.js';
import { dsAtApex, dsWithoutDelegation } from '../_core/ds.js';

export function auditAxfrDdns(records: RecordConfig[]): string[] {
  return [
    ...records.filter((r) => !WIRE_TYPES.has(r.type) && r.type !== 'SOA').map((r) => `${r.type} records are not supported by AXFRDDNS (${r.name})`),
    ...dsAtApex(records, 'servers drop it from an UPDATE'), ...dsWithoutDelegation(records, 'servers drop it from an UPDATE'),
  ];
}
