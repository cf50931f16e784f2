// hunspell-asm ships no types for its Emscripten runtime; hunspell-runtime.ts describes the part it uses.
declare module 'hunspell-asm/dist/cjs/lib/node/hunspell.js' {
  const factory: (module: Record<string, unknown>) => unknown;
  export = factory;
}
