// @ts-check
/// <reference types="dnscode/types/index.js" />
import { web, ttl } from './hosts.mjs';

const REG_NONE = NewRegistrar('none');
D('example.com', REG_NONE, DnsProvider(NewDnsProvider('bind', 'BIND')),
  DefaultTTL(ttl),
  A('@', web),
  A('www', web, TTL(ttl)),
);
