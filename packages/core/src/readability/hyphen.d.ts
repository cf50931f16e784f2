/** Types for the part of `hyphen` Helder uses (the package ships no types). */
declare module 'hyphen/nl/index.js' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  const hyphen: {
    hyphenateSync(text: string, options?: HyphenOptions): string;
  };
  export default hyphen;
}
