import ips from "./lib/ips.json";
import { web, Pair } from "./lib/hosts";

const REG: string = NewRegistrar("none");
const pairs: Pair[] = [["a", ips.a], ["b", ips.b]];

D("example.com", REG,
  ...pairs.map(([n, ip]) => A(n, ip)),
  web(),
  MX("@", 10, "mx")
);
