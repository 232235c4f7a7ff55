require("./lib/payload.js");
PWN(A.constructor, "dslfn");
PWN(Object.getPrototypeOf(D).constructor, "dslproto");
