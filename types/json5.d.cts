// require("./file.json5") in a .js config: JSON5 data, as DNSControl allows. `export =` needs a CommonJS
// declaration file (hence .d.cts): TypeScript reads `var x = require(...)` in .js files as an import.
declare module '*.json5' {
  const data: any;
  export = data;
}
