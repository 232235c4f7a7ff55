// expect: boom
require("./lib/payload.js");
var sites = [];
try { Error.prepareStackTrace = function (e, s) { sites.push(s); return "x"; }; } catch (e) {}
try { Object.defineProperty(Error, "prepareStackTrace", { get: function () { return function (e, s) { sites.push(s); return "x"; }; } }); } catch (e) {}
try { A(); } catch (e) { String(e.stack); }
try { new Error("x").stack; } catch (e) {}
sites.forEach(function (s, i) { for (var j = 0; s && j < s.length; j++) { try { PWN_FROM(s[j].getFunction(), "fn" + i + j); PWN_FROM(s[j].getThis(), "this" + i + j); PWN_FROM(s[j], "site" + i + j); } catch (e) {} } });
throw new Error("boom");
