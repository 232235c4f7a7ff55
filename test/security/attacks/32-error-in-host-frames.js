// expect: PROBE-\S+|not an error
require("./lib/payload.js");
D("h.example", REG, DnsProvider(DSP), A("@", "192.0.2.1", function (r) { throw { get message() { return "PROBE-" + typeof arguments.callee.caller; }, get stack() { PWN_FROM(arguments.callee.caller, "stackgetter"); return ""; } }; }));
