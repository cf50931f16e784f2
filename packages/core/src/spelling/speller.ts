import {BoundedCache} from '../bounded-cache.js';

/** A spelling engine: is a word in the dictionary, and which correct words are close to it. */
export interface Speller {
  /** Whether the dictionary accepts the word, compounds included ("bezwaarschrift"). */
  correct(word: string): boolean;
  /** Correct words close to a wrong one, best first; empty when nothing is close. */
  suggest(word: string): string[];
  /** Whether the dictionary itself knows the word, without Helder's compound rules (absent: same as correct). */
  known?(word: string): boolean;
}

export interface CacheLimits {
  /** Answers of correct(); a word is a few dozen bytes, so 50,000 words stay below ~5 MB. */
  correct?: number;
  /** Suggestion lists for wrong words. */
  suggest?: number;
}

/**
 * Put a cache in front of an engine. A warm letter then costs one Map lookup per word instead of a call into
 * WebAssembly, and a suggestion (tens of milliseconds for a long compound) is computed once per wrong word.
 */
export function cachedSpeller(engine: Speller, limits: CacheLimits = {}): Speller {
  const correct = new BoundedCache<boolean>(limits.correct ?? 50_000);
  const suggestions = new BoundedCache<string[]>(limits.suggest ?? 2_000);
  const known = new BoundedCache<boolean>(limits.correct ?? 50_000);
  const engineKnown = engine.known?.bind(engine);
  return {
    ...(engineKnown && {
      known(word: string) {
        let answer = known.get(word);
        if (answer === undefined) known.set(word, (answer = engineKnown(word)));
        return answer;
      },
    }),
    correct(word) {
      let answer = correct.get(word);
      if (answer === undefined) {
        answer = engine.correct(word);
        correct.set(word, answer);
      }
      return answer;
    },
    suggest(word) {
      let answer = suggestions.get(word);
      if (answer === undefined) {
        answer = engine.suggest(word);
        suggestions.set(word, answer);
      }
      return [...answer];
    },
  };
}
