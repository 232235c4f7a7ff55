// "./" paths are relative to the requiring file; JSON and JSON5 come back as values.
var map = require("./lib/ips.json5");
require("./lib/helpers.js");
require_glob("./glob/");
D("example.com", NewRegistrar("none"), A("@", map.web), helperRecord(), globOuter(), globInner());
