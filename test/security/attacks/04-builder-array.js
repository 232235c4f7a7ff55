require("./lib/payload.js");
PWN_FROM(CAA_BUILDER({ label: "@", iodef: "mailto:x@example.com", issue: ["ca.example"] }), "caa");
PWN_FROM(SPF_BUILDER({ label: "@", parts: ["v=spf1", "-all"] }), "spf");
