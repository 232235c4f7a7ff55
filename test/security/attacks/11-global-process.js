require("./lib/payload.js");
REPORT("typeof", typeof process + " " + typeof require("./lib/data.json") + " " + typeof globalThis.global + " " + typeof module + " " + typeof Buffer);
TRY_PROCESS(typeof process === "undefined" ? undefined : process, "global");
PWN(Function, "ctx-function");
PWN(function () {}.constructor, "ctx-fn-ctor");
