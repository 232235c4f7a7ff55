export type Pair = [string, string];
export function web(): unknown {
  return A("www", "192.0.2.80");
}
