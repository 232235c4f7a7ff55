// A helper module an attack config imports: the attack runs from inside it.
import "./payload.js";
declare function PWN(F: unknown, label: string): void;
declare function PWN_FROM(v: unknown, label: string): void;
export function attack(): void {
  const g: any = globalThis;
  PWN(g.constructor.constructor, "helper-global");
  PWN_FROM(g.D, "helper-dsl");
  PWN((function () { return this; } as any).constructor, "helper-fn");
}
