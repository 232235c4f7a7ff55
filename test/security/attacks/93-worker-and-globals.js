require("./lib/payload.js");
REPORT("globals", [typeof Worker, typeof SharedArrayBuffer, typeof Atomics, typeof fetch, typeof XMLHttpRequest, typeof WebSocket, typeof globalThis.require, typeof globalThis.__dirname].join(","));
try { new Worker("x"); } catch (e) { REPORT("worker", "no worker"); }
