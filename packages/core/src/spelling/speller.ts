import {BoundedCache} from '../bounded-cache.js';
import type {SharedAnswers} from '../loader.js';

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

/** Answers shared with other threads (DataLoader.sharedAnswers), asked after this thread's own cache. */
export interface SharedSpellerAnswers {
  correct?: SharedAnswers;
  known?: SharedAnswers;
}

/**
 * Put a cache in front of an engine. A warm letter then costs one Map lookup per word instead of a call into
 * WebAssembly, and a suggestion (tens of milliseconds for a long compound) is computed once per wrong word.
 * With `shared` answers, a word another thread has answered is not computed again here.
 */
export function cachedSpeller(engine: Speller, limits: CacheLimits = {}, shared: SharedSpellerAnswers = {}): Speller {
  const correct = new BoundedCache<boolean>(limits.correct ?? 50_000);
  const suggestions = new BoundedCache<string[]>(limits.suggest ?? 2_000);
  const known = new BoundedCache<boolean>(limits.correct ?? 50_000);
  const engineKnown = engine.known?.bind(engine);
  const cachedAnswer = (cache: BoundedCache<boolean>, store: SharedAnswers | undefined, compute: (word: string) => boolean) => (word: string) => {
    let value = cache.get(word);
    if (value === undefined) {
      value = store?.get(word);
      if (value === undefined) {
        value = compute(word);
        store?.set(word, value);
      }
      cache.set(word, value);
    }
    return value;
  };
  return {
    ...(engineKnown && {known: cachedAnswer(known, shared.known, engineKnown)}),
    correct: cachedAnswer(correct, shared.correct, (word) => engine.correct(word)),
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
