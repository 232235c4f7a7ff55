// dns-packet's table of type names and codes, which @types/dns-packet leaves out.
declare module 'dns-packet/types.js' {
  const types: { toType(name: string): number; toString(code: number): string };
  export default types;
}
