D('example.net', REG_NONE, DnsProvider(DSP_BIND), A('@', '192.0.2.7'), TXT('@', 'hello'));
