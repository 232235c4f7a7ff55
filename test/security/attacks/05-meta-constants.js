require("./lib/payload.js");
PWN_FROM(CF_PROXY_ON, "proxy");
PWN_FROM(DnsProvider(DSP), "dsp");
PWN_FROM(IGNORE("x"), "ignore");
