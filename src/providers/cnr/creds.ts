// The creds keys CNR and HEXONET share (DNSControl's names).
import { HTTP_CREDS_FIELDS } from '../_http/creds-options.js';
import type { CredsField } from '../types.js';

export const CNR_CREDS_FIELDS: CredsField[] = [
  { name: 'apilogin', required: true, help: 'reseller account login' },
  { name: 'apipassword', secret: true, required: true, help: 'reseller account password' },
  { name: 'apientity', default: 'LIVE', help: '"LIVE", or "OTE" for the OT&E test system' },
  { name: 'debugmode', advanced: true, help: 'accepted for DNSControl compatibility; requests are never printed' },
  ...HTTP_CREDS_FIELDS,
];
