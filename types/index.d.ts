// dnscode DSL typings: globals for dnsconfig.js / dnsconfig.ts / dnsconfig.mjs.
// Use with `"types": ["dnscode/types"]` in tsconfig.json (any project), or put
// `/// <reference types="dnscode/types/index.js" />` at the top of the config (the .js form resolves in ES modules too);
// `dnscode write-types` writes the same declarations as one file for plain-JS projects.
/// <reference path="base.d.ts" />
/// <reference path="records.d.ts" />
/// <reference path="modifiers.d.ts" />
/// <reference path="builders.d.ts" />
/// <reference path="top-level.d.ts" />
/// <reference path="json5.d.cts" />
