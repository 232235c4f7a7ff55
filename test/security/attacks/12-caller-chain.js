require("./lib/payload.js");
var caller;
D("c.example", REG, DnsProvider(DSP), function (d) { caller = arguments.callee.caller; }, A("@", "192.0.2.1", function (r) { caller = caller || arguments.callee.caller; }));
PWN_FROM(caller, "caller");
