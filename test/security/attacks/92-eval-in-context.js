require("./lib/payload.js");
REPORT("eval", typeof eval("process") + " " + typeof new Function("return this.process")() + " " + typeof Function("return require")());
PWN(eval("Function"), "eval-function");
