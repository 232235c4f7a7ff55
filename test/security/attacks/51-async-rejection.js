// expect: async-boom
require("./lib/payload.js");
(async function () { await null; throw new Error("async-boom"); })();
setTimeout(function () {}, 5);
