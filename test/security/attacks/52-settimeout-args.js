require("./lib/payload.js");
setTimeout({ toString: function () { PWN_FROM(arguments.callee.caller, "st"); return ""; } }, { valueOf: function () { PWN_FROM(arguments.callee.caller, "st2"); return 1; } });
setTimeout(function () { PWN_FROM(arguments.callee.caller, "stcaller"); PWN_FROM(this, "stthis"); }, 1);
