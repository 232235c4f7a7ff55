require("./lib/payload.js");
D("y.example", REG, DnsProvider(DSP));
PWN_FROM(getConfiguredDomains(), "domains");
PWN_FROM(REV("192.0.2.0/24"), "rev");
