// expect: refused
require("./lib/payload.js");
try { require("/proc/self/environ"); } catch (e) { REPORT("proc", e.message); }
require("/proc/self/cwd/../outside/secret.js");
