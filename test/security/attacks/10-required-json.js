require("./lib/payload.js");
PWN_FROM(require("./lib/data.json"), "json");
PWN_FROM(require("./lib/data.json").list, "jsonlist");
