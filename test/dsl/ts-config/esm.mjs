import { web } from "./lib/hosts.ts";
import ips from "./lib/ips.json";
D("example.net", NewRegistrar("none"), web(), A("@", ips.a));
