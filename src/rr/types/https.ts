import type { RRType } from '../descriptor.js';
import { svcbType } from './svcb.js';

export const HTTPS: RRType = svcbType('HTTPS', 65, 'canUseHTTPS');
