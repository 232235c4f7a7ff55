import { attack } from "./lib/attack-helper";
attack();
