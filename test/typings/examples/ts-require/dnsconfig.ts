// A TypeScript config that uses DNSControl's require(): in a .ts file that does not make it a module,
// so REG_NONE and DSP_BIND are visible in the required files.
var REG_NONE = NewRegistrar('none');
var DSP_BIND = NewDnsProvider('bind', 'BIND');
var hosts: { web: string } = require('./hosts.json');

D('example.org', REG_NONE, DnsProvider(DSP_BIND), A('@', hosts.web));
require('./zones/example.net.ts');
