import "./lib/payload.js";
declare function PWN(F: unknown, label: string): void;
declare function PWN_FROM(v: unknown, label: string): void;
const anyThis: any = globalThis;
PWN(anyThis.constructor.constructor, "ts-global");
class X extends Array {}
PWN_FROM(new X(), "ts-class");
PWN_FROM((A as any)("@", "192.0.2.1"), "ts-mod");
