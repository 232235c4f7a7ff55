// expect: .
require("./lib/payload.js");
try { new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); REPORT("wasm", "compiled"); } catch (e) { REPORT("wasm", "wasm refused " + e.message.slice(0, 60)); }
PWN_FROM(typeof WebAssembly === "object" ? WebAssembly.Module : null, "wasm");
