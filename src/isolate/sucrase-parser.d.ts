// The part of sucrase's parser (not in its published types) that transpile.ts uses to tell a module from a
// script. sucrase is bundled at build time at a pinned version, so these internals cannot shift under us.
declare module 'sucrase/dist/parser/index.js' {
  export function parse(input: string, isJSXEnabled: boolean, isTypeScriptEnabled: boolean, isFlowEnabled: boolean):
    { tokens: Array<{ type: number }> };
}
declare module 'sucrase/dist/parser/tokenizer/types.js' {
  export const TokenType: Record<'braceL' | 'braceR' | 'dollarBraceL' | 'braceBarL' | 'braceBarR' | 'parenL' | 'dot' | '_import' | '_export', number>;
}
