/**
 * Closed word classes from data/readability/word-classes.txt (format described at the top of that file). They are
 * the part-of-speech proxy of the LiNT-II approximation: a word in a function class is not a content word.
 */

export const WordClass = {
  determiner: 1,
  pronoun: 2,
  preposition: 4,
  particle: 8,
  coordinator: 16,
  subordinator: 32,
  wh: 64,
  adverb: 128,
  mannerAdverb: 256,
  interjection: 512,
  numeral: 1024,
  auxiliary: 2048,
  copula: 4096,
  strongPast: 8192,
} as const;

const classNames: Record<string, number> = {
  determiner: WordClass.determiner,
  pronoun: WordClass.pronoun,
  preposition: WordClass.preposition,
  particle: WordClass.particle,
  coordinator: WordClass.coordinator,
  subordinator: WordClass.subordinator,
  wh: WordClass.wh,
  adverb: WordClass.adverb,
  'manner-adverb': WordClass.mannerAdverb,
  interjection: WordClass.interjection,
  numeral: WordClass.numeral,
  auxiliary: WordClass.auxiliary,
  copula: WordClass.copula,
  'strong-past': WordClass.strongPast,
};
const withLemma = WordClass.auxiliary | WordClass.copula | WordClass.strongPast;

/** Function classes: a word in one of these is never a content word. */
export const functionClasses =
  WordClass.determiner | WordClass.pronoun | WordClass.preposition | WordClass.coordinator | WordClass.subordinator | WordClass.wh | WordClass.adverb | WordClass.interjection | WordClass.numeral | WordClass.auxiliary | WordClass.copula;

export interface WordClasses {
  flags: Map<string, number>;
  /** Infinitive of a listed verb form: "heeft" -> "hebben", "ontving" is found via "ving" -> "vangen". */
  lemmas: Map<string, string>;
  /** Listed forms that are also a common adjective or noun ("vroeg", "zat"). */
  ambiguous: Set<string>;
  /** Whole number words and ordinals built from the numeral parts ("eenentwintig", "tweeëntwintigste"). */
  numeralWord: {test(word: string): boolean};
}

export function parseWordClasses(text: string, name = 'data/readability/word-classes.txt'): WordClasses {
  const flags = new Map<string, number>();
  const lemmas = new Map<string, string>();
  const ambiguous = new Set<string>();
  const numeralParts: string[] = [];
  let current = 0;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') continue;
    const header = /^\[([a-z-]+)\]$/.exec(line);
    if (header) {
      current = classNames[header[1]!] ?? 0;
      if (!current) throw new Error(`${name}:${index + 1}: unknown class "[${header[1]}]". Use one of: ${Object.keys(classNames).join(', ')}.`);
      continue;
    }
    if (!current) throw new Error(`${name}:${index + 1}: words before the first "[class]" line. Start with a class, e.g. "[adverb]".`);
    let lemma: string | undefined;
    let words = line;
    if (current & withLemma) {
      const colon = /^([a-zà-ÿ]+):[ \t]+(\S.*)$/.exec(line);
      if (!colon) throw new Error(`${name}:${index + 1}: in this class a line is "lemma: form form ...", e.g. "komen: kwam kwamen".`);
      lemma = colon[1]!;
      words = colon[2]!;
    }
    for (const item of words.split(/\s+/)) {
      const word = item.endsWith('?') ? item.slice(0, -1) : item;
      if (!/^[a-zà-ÿ'.-]+$/.test(word)) throw new Error(`${name}:${index + 1}: "${item}" is not a lowercase word.`);
      if (item.endsWith('?')) ambiguous.add(word);
      flags.set(word, (flags.get(word) ?? 0) | current);
      if (lemma) lemmas.set(word, lemma);
      if (current === WordClass.numeral) numeralParts.push(word.replace('één', 'een'));
    }
  }
  const parts = [...new Set([...numeralParts.filter((part) => !/(?:ste|de)$/.test(part)), 'een'])].sort((a, b) => b.length - a.length);
  return {flags, lemmas, ambiguous, numeralWord: numeralMatcher(parts)};
}

const numeralJoiners = ['', 'en', 'ën'];
const ordinalEndings = ['ste', 'de'];

/**
 * Whether a word is parts joined by nothing, "en" or "ën", with an optional ordinal ending: the language of
 * /^P(?:(?:en|ën)?P)*(?:ste|de)?$/. As a regular expression it backtracks exponentially, because the parts
 * overlap ("zes"+"tien" and "zestien"): "zestien" thirty times and an "x" took 43 s. This walks the word once,
 * keeping the set of places where a part can end, so the work is the word's length times the number of parts.
 */
function numeralMatcher(parts: string[]): {test(word: string): boolean} {
  return {
    test(word) {
      const n = word.length;
      // ends[i]: some sequence of parts ends exactly at i.
      const ends = new Uint8Array(n + 1);
      const partsFrom = (from: number, first: boolean) => {
        for (const joiner of first ? [''] : numeralJoiners) {
          if (!word.startsWith(joiner, from)) continue;
          for (const part of parts) if (word.startsWith(part, from + joiner.length)) ends[from + joiner.length + part.length] = 1;
        }
      };
      partsFrom(0, true);
      for (let at = 1; at < n; at++) if (ends[at]) partsFrom(at, false);
      return ends[n] === 1 || ordinalEndings.some((ending) => n > ending.length && word.endsWith(ending) && ends[n - ending.length] === 1);
    },
  };
}
