// @ts-check
var REG_NONE = NewRegistrar("none");
var DSP_BIND = NewDnsProvider("bind", "BIND");
