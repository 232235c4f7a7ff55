// expect: refused|no such file
import "./lib/payload.js";
import fs from "node:fs";
fs.writeFileSync(PWNED_FILE, "pwned");
