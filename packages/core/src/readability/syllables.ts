import hyphenNl from 'hyphen/nl/index.js';

/**
 * Dutch syllable count for Flesch-Douma, Brouwer and the lang-woord check.
 *
 * Two steps. (1) The Dutch TeX hyphenation patterns (Liang's algorithm, package `hyphen`) split the word at
 * syllable boundaries, also inside vowel pairs that belong to two syllables (mu-se-um, re-li-gi-eus). (2) Each part
 * counts its vowel nuclei: a Dutch vowel pair or triple (aa, ie, ui, ij, eeu, ooi ...) is one nucleus, other vowel
 * sequences are several (si-tu-a-tie), and a letter with a diaeresis always starts a new one (ide-eën, ru-ï-ne,
 * co-ör-di-na-tor). Pairs from loanwords (mail, hockey) count once. Step 2 also covers the word edges, which hyphenation patterns never split (i-dee).
 */
const hyphenate = hyphenNl.hyphenateSync;
const hyphenOptions = {hyphenChar: '-', minWordLength: 4};
// The hyphen package copies the rest of the word at every letter: quadratic, 4 s for a 30,000-letter "word".
// Beyond this length (no Dutch word is that long) the vowel nuclei alone count the syllables.
const maxHyphenatedLength = 64;

const vowels = new Set('aeiouyàáâèéêìíîòóôùúûýäëïöüÿ');
const diaeresis = new Set('äëïöüÿ');
const plain: Record<string, string> = {à: 'a', á: 'a', â: 'a', è: 'e', é: 'e', ê: 'e', ì: 'i', í: 'i', î: 'i', ò: 'o', ó: 'o', ô: 'o', ù: 'u', ú: 'u', û: 'u', ý: 'y'};
/** One nucleus each; longest first. "ij" is handled apart because j is not a vowel. */
const clusters = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'eau', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ei', 'ou', 'au', 'ai', 'ay', 'ey', 'oy'];

const cache = new Map<string, number>();
const cacheLimit = 50_000;

export function countSyllables(word: string): number {
  const lower = word.toLowerCase();
  let count = cache.get(lower);
  if (count !== undefined) return count;
  count = 0;
  for (const piece of lower.split('-')) {
    if (piece === '') continue;
    const parts = piece.length <= maxHyphenatedLength && /[a-zà-ÿ]{4,}/.test(piece) ? hyphenate(piece, hyphenOptions).split('-') : [piece];
    for (const part of parts) count += countNuclei(part);
  }
  count = Math.max(1, count);
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(lower, count);
  return count;
}

function countNuclei(part: string): number {
  let count = 0;
  let index = 0;
  while (index < part.length) {
    const char = part[index]!;
    if (char === 'i' && part[index + 1] === 'j') {
      count++;
      index += 2;
      continue;
    }
    // u after q (quotum) and y before a vowel at the start (yoga) are consonants.
    const consonant = (char === 'u' && part[index - 1] === 'q') || (char === 'y' && index === 0 && vowels.has(part[1] ?? ''));
    if (!vowels.has(char) || consonant) {
      index++;
      continue;
    }
    // A run of vowels: split it into nuclei, a diaeresis letter always starting a new one.
    let end = index + 1;
    while (end < part.length && vowels.has(part[end]!) && !diaeresis.has(part[end]!) && !(part[end] === 'i' && part[end + 1] === 'j')) end++;
    const run = Array.from(part.slice(index, end), (letter) => plain[letter] ?? letter).join('').replace(/[äëïöüÿ]/, (letter) => letter.normalize('NFD')[0]!);
    let at = 0;
    while (at < run.length) {
      const cluster = clusters.find((item) => run.startsWith(item, at));
      at += cluster ? cluster.length : 1;
      count++;
    }
    index = end;
  }
  return count;
}
