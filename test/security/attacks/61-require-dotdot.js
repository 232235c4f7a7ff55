// expect: dnsconfig.js:\d+:\d+: require\("../outside/secret.js"\): refused
require("./lib/payload.js");
require("../outside/secret.js");
