/**
 * Every string one typing mistake away from a word, with how likely that mistake is (lower is likelier). Shared by
 * the suggestions (suggestions.ts) and the compound rules (compounds.ts), which look the strings up in the
 * dictionary and in the word-frequency list.
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
export const cost = {
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
  finalLetter: 0.5, // d/t and -n at the end, the endings Dutch writers get wrong: "antwoort", "wij hebbe"
  split: 1.05, // above any single edit: "ont vagen" is no guess for "ontvagen"
};

/** Every string one edit away, with the cost of that edit. */
export function* edits(word: string): Generator<[string, number]> {
  const chars = [...word];
  const n = chars.length;
  const at = (index: number) => chars[index] ?? '';
  // Positions count code points; a word without surrogate pairs (nearly every one) is cut as a string, which is
  // much cheaper than slicing and joining the array for each of the hundreds of edits.
  const join =
    n === word.length
      ? (from: number, middle: string, to: number) => word.slice(0, from) + middle + word.slice(to)
      : (from: number, middle: string, to: number) => chars.slice(0, from).join('') + middle + chars.slice(to).join('');
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
  // The endings Dutch writers get wrong: d for t and t for d, a missing or extra final n.
  const last = at(n - 1);
  if (last === 'd' || last === 't') yield [join(n - 1, last === 'd' ? 't' : 'd', n), cost.finalLetter];
  if (last === 'n' && at(n - 2) === 'e') yield [join(n - 1, '', n), cost.finalLetter];
  if (last === 'e') yield [word + 'n', cost.finalLetter];
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
