CLI_DEFAULTS({ env: "prod", ip: "192.0.2.99" });
var names = _.map(["a", "b"], function (n) { return n + "-" + env; });
D("example.com", NewRegistrar("none"), A(names[0], ip), A(names[1], ip), TXT("hash", HASH("SHA256", "abc")));
