// expect: refused
require("./lib/payload.js");
try { require("/etc/passwd"); } catch (e) { REPORT("passwd", e.message); }
require("./lib/notes.txt");
