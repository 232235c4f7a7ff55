// expect: nested more than 100 levels
require("./lib/payload.js");
var cyc = { a: 1 }; cyc.self = cyc;
var deep = {}; var cur = deep; for (var i = 0; i < 1000; i++) { cur.x = {}; cur = cur.x; }
try { D("cy.example", REG, DnsProvider(DSP), A("@", "192.0.2.1", deep)); } catch (e) { REPORT("deep", e.message); }
D("cy2.example", REG, DnsProvider(DSP), A("@", "192.0.2.1", cyc));
