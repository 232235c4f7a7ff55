require("./lib/payload.js");
PWN(this.constructor.constructor, "this");
