import { attack } from "./lib/attack-helper.ts";
attack();
