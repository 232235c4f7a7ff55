// @ts-check
/// <reference path="types-dnscontrol.d.ts" />
var REG_NONE = NewRegistrar("none");
D("example.com", REG_NONE,
    A("@", "192.0.2.1", DefaultTTL(300)),
);
