require("./lib/payload.js");
try { PANIC("x"); } catch (e) { PWN_FROM(e, "panic"); }
try { A(); } catch (e) { PWN_FROM(e, "arity"); PWN_FROM(Object.getPrototypeOf(e), "arityproto"); }
