// hunspell-asm ships types for its package entry only; its CommonJS entry has the same exports.
declare module 'hunspell-asm/dist/cjs/index.js' {
  export {loadModule} from 'hunspell-asm';
}
