require("./lib/payload.js");
var gotD, gotR;
D("x.example", REG, DnsProvider(DSP), function (d) { gotD = d; }, A("@", "192.0.2.1", function (r) { gotR = r; }));
PWN_FROM(gotD, "domain"); PWN_FROM(gotD.records, "records"); PWN_FROM(gotD.meta, "dmeta");
PWN_FROM(gotR, "record"); PWN_FROM(gotR.meta, "rmeta");
