// args: --allow-fetch
require("./lib/payload.js");
var leaked = [];
var then = Promise.prototype.then;
Promise.prototype.then = function (a, b) { leaked.push(a, b); return then.call(this, a, b); };
FETCH("http://127.0.0.1:1/").then(function () {}, function () {});
setTimeout(function () { D("pr.example", REG, DnsProvider(DSP)); }, 1);
Promise.prototype.then = then;
leaked.forEach(function (v, i) { if (i < 40 && v) PWN_FROM(v, "then" + i); });
