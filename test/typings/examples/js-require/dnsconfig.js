// @ts-check
// DNSControl-style multi-file config. TypeScript makes any .js file that calls require() a CommonJS module,
// so names shared between files are declared in providers.js, a file without require().
require("./providers.js");
var ips = require("./ips.json");
var more = require("./more.json5");

D("main.example", REG_NONE, DnsProvider(DSP_BIND),
    A("@", ips.web),
    A("more", more.web),
);

require("./zones/example.com.js");
require("zones/example.net.js"); // relative to the working folder, as DNSControl allows
require_glob("./more-zones/", false);
