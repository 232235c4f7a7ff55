import "./lib/payload.js";
const fs = await import("node:fs").catch(() => null);
if (fs) fs.writeFileSync(PWNED_FILE, "pwned");
const cp = await import("node:child_process").catch(() => null);
if (cp) cp.execSync("touch " + PWNED_FILE);
D("mjs.example", REG, DnsProvider(DSP));
