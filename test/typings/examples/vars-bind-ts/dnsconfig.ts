// `dnscode preview -v env=prod -v web=192.0.2.9`: -v variables are globals. Declare their types here;
// `declare` has no run-time effect, so CLI_DEFAULTS and the command line still provide the values.
declare const env: 'dev' | 'prod';
declare const web: string;
CLI_DEFAULTS({ env: 'dev', web: '192.0.2.1' });

// BIND provider meta (DNSControl's typings rejected this: DNSControl#3946).
const DSP_BIND = NewDnsProvider('bind', {
  default_soa: {
    master: 'ns1.example.com.',
    mbox: 'hostmaster.example.com.',
    refresh: 3600,
    retry: 600,
    expire: 604800,
    minttl: 1440,
  },
  default_ns: ['ns1.example.com.', 'ns2.example.com.'],
});
const DSP_BIND2 = NewDnsProvider('bind2', 'BIND', { default_ns: ['ns1.example.net.'], directory: 'zones' });
const REG_NONE = NewRegistrar('none', 'NONE');

D('example.com', REG_NONE, DnsProvider(DSP_BIND), DnsProvider(DSP_BIND2, 0),
  A('@', web),
  env === 'prod' ? NO_PURGE : PURGE,
  env === 'prod' ? [] : [TXT('@', 'staging')],
);
