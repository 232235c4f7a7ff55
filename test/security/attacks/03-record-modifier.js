require("./lib/payload.js");
PWN_FROM(A("@", "192.0.2.1"), "modifier");
PWN_FROM(TTL(300), "ttl");
