// expect: refused|no such file
import "./lib/payload.js";
import { execSync } from "child_process";
declare const PWNED_FILE: string;
execSync("touch " + PWNED_FILE);
