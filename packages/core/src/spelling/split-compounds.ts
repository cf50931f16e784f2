import type {Sentence, Token} from '../model.js';
import type {Tag, Tagger} from '../readability/tagger.js';
import {tagsByOffset} from '../readability/measure.js';
import {SentenceMemo} from '../letter/sentence-memo.js';
import type {Speller} from './speller.js';

/**
 * Two words that Dutch writes as one: "mail adres", "inlog knop", "contact gegevens", "In gebreken stelling",
 * "redelijker wijs". Each word is right on its own, so a dictionary lookup of single words never sees the mistake.
 *
 * A pair is reported when the words written together are a word Hunspell knows (its own compound flags, and
 * Helder's compound rules agree) and the tagger reads the pair as one noun phrase that should be one word: a noun
 * after a noun ("contact gegevens"), or after an adjective that is not inflected and does not follow "een"
 * ("de inlog knop"; "een klein kind" is right). Three words are tried first ("in gebreken stelling").
 */
export interface SplitCompound {
  start: number;
  end: number;
  /** The words as written. */
  actual: string;
  /** The one word. */
  joined: string;
}

const determiners = new Set(['de', 'het', 'een', 'uw', 'je', 'jouw', 'ons', 'onze', 'deze', 'die', 'dit', 'dat', 'elk', 'elke', 'ieder', 'iedere', 'geen', 'zijn', 'haar', 'hun']);
const quantities = new Set(['paar', 'aantal', 'beetje', 'keer', 'stuk', 'deel', 'soort', 'soorten', 'heleboel', 'hoop', 'reeks', 'tal', 'groep', 'rij', 'lijst', 'minimum', 'maximum']);
// A word of time before a noun is a phrase of its own ("in deze periode bezoek"); "voornemens" after a noun is the
// predicate ("is de gemeente voornemens"). See timeWords for a word of time after the noun.
const timeNouns = new Set(['periode', 'week', 'weken', 'maand', 'maanden', 'jaar', 'dag', 'dagen', 'tijd', 'avond', 'ochtend', 'middag', 'nacht', 'zomer', 'winter', 'lente', 'herfst', 'weekend']);
const predicateWords = new Set(['voornemens']);
// The first part of a separable verb at the end of its clause: "vinden de werkzaamheden in het park plaats".
const verbParts = new Set(['plaats', 'deel', 'kennis', 'les', 'thuis', 'vast', 'bekend', 'gebruik']);
const modals = new Set(['wil', 'kan', 'moet', 'mag', 'zal', 'zou', 'kunnen', 'moeten', 'willen', 'mogen', 'zullen', 'wilt', 'kunt', 'zult']);
// Determiners that are no verb or pronoun as well ("zijn", "die", "dat", "haar").
const plainDeterminers = new Set(['de', 'het', 'een', 'uw', 'je', 'jouw', 'onze', 'deze', 'elk', 'elke', 'ieder', 'iedere', 'hun']);
// Personal pronouns that follow the finite verb as its subject: "moet u", "kunnen we".
const subjects = new Set(['u', 'we', 'wij', 'je', 'jij', 'hij', 'zij', 'ze', 'men', 'ik', 'het']);
const timeWords = new Set(['morgen', 'ochtend', 'middag', 'avond', 'nacht', 'vanavond', 'vanmiddag', 'vanochtend']);
const adverbFlag = 128; // WordClass.adverb
const plainWord = /^\p{L}\p{Ll}*$/u;
// Adjectives Dutch never inflects: "het online formulier", "de gratis cursus" are right as two words (round r62).
const neverInflected = new Set(['online', 'offline', 'gratis', 'extra', 'plastic', 'oranje', 'roze', 'lila', 'beige', 'live']);
// After these an uninflected adjective is right: "een klein kind", "geen groot bedrag".
const uninflectedAfter = new Set(['een', 'geen', 'elk', 'ieder', "zo'n", 'welk', 'veel', 'weinig', 'genoeg', 'meer', 'minder']);

const memo = new SentenceMemo<SplitCompound[]>();

/** The split compounds of a sentence; kept per sentence text (offsets relative to the sentence start). */
export function findSplitCompounds(sentence: Sentence, text: string, speller: Speller, tagger: Tagger): SplitCompound[] {
  const relative = memo.get(speller, sentence, text, () =>
    splitCompoundsIn(sentence, text, speller, tagger).map((split) => ({...split, start: split.start - sentence.start, end: split.end - sentence.start})),
  );
  return relative.map((split) => ({...split, start: split.start + sentence.start, end: split.end + sentence.start}));
}

function splitCompoundsIn(sentence: Sentence, text: string, speller: Speller, tagger: Tagger): SplitCompound[] {
  const words = sentence.words;
  const found: SplitCompound[] = [];
  const adjacent = (a: Token, b: Token) => b.punctBefore === '' && text.slice(a.end, b.start) === ' ' && a.kind === 'word' && b.kind === 'word';
  const known = speller.known ?? speller.correct;
  // The joined word is a noun or an adverb, never a verb form: "hoe ver woorden" is no "verwoorden".
  const verbForm = (joined: string) => {
    const info = tagger.info(joined);
    return info.verb !== null && info.entry?.nounClass === undefined && !joined.endsWith('wijs');
  };
  const joins = (...variants: string[]) =>
    variants.find((joined) => joined.length <= 40 && known(joined) && speller.correct(joined) && !verbForm(joined)) ?? null;
  // The word lists know the joined word (mailadres, contactgegevens, redelijkerwijs): a pair is then a mistake.
  // Otherwise Hunspell may accept any two nouns as one: only when no verb follows, which would make the second
  // word its object ("omdat de situatie gevaar oplevert").
  const listed = (joined: string) => {
    const entry = tagger.lexicon.get(joined);
    return entry?.zipf !== undefined || entry?.nounClass !== undefined;
  };
  const nounListed = (joined: string) => tagger.lexicon.get(joined)?.nounClass !== undefined && known(joined);
  // The readability step tags the same sentences and keeps them per text, so this costs a lookup.
  let tags: Map<number, Tag> | null = null;
  for (let index = 1; index < words.length; index++) {
    const a = words[index - 1]!;
    const b = words[index]!;
    if (!adjacent(a, b) || !plainWord.test(a.text) || !/^\p{Ll}{3,}$/u.test(b.text) || a.text.length < 3) continue;
    if (a.index > 0 && a.text !== a.lower) continue; // a name: "gemeente Amsterdam" is never joined
    if (quantities.has(a.lower)) continue; // "een paar woorden", "het aantal mensen"
    tags ??= tagsByOffset(sentence, text, tagger);
    const tagOf = (token: Token) => tags!.get(token.start);
    // A noun, and no form that can be an infinitive ("een registratienummer aanvragen"), unless the noun list
    // has the joined word ("drie werk dagen": werkdagen; "hoofd wegen").
    if (tagOf(b) !== 'NOUN' || verbParts.has(b.lower)) continue;
    // "in deze periode bezoek krijgen": a word of time is a phrase of its own before the next noun; "is de gemeente
    // voornemens": "voornemens" is the predicate (round r65 joined both).
    if (timeNouns.has(a.lower) || predicateWords.has(b.lower)) continue;
    // Not with a verb group before it, where the form is the infinitive: "zal een vergunning aanvragen".
    const verbGroupBefore = () => words.slice(0, index).some((word) => tagOf(word) === 'AUX' || word.lower === 'te');
    if (tagger.info(b.lower).verb?.infinitive && (!nounListed(a.lower + b.lower) || verbGroupBefore())) continue;
    const next = words[index + 1];
    const afterNext = words[index + 2];
    const verbNext = next !== undefined && next.punctBefore === '' && (tagOf(next) === 'VERB' || tagOf(next) === 'AUX');
    // The pair ends its phrase: punctuation, the end, or a conjunction follows ("de inlog knop.", "... knop en"),
    // or a preposition with its own noun phrase ("een sport abonnement voor uw kind").
    // Otherwise the second noun may belong to what follows ("van de datum contact op[nemen]").
    // "de gemeente rekening wil houden": a modal verb after the pair starts the verb group of an idiom; not when
    // the subject follows the modal ("Bij vakantie verhuur moet u ...").
    if (next !== undefined && modals.has(next.lower) && !(afterNext && subjects.has(afterNext.lower))) continue;
    const phraseEnds =
      next === undefined ||
      next.punctBefore !== '' ||
      ['CCONJ', 'SCONJ'].includes(tagOf(next) ?? '') ||
      (tagOf(next) === 'ADP' && afterNext !== undefined && afterNext.punctBefore === '' && plainDeterminers.has(afterNext.lower));
    // Three words first, after a preposition: "in gebreken stelling" -> ingebrekestelling.
    const before = words[index - 2];
    if (before && adjacent(before, a) && tagOf(before) === 'ADP' && plainWord.test(before.text) && (before.index === 0 || before.text === before.lower)) {
      // "gebreken" loses its n inside the compound: ingebrekestelling.
      const middle = a.lower.endsWith('en') ? [before.lower + a.lower.slice(0, -1) + b.lower] : [];
      const three = joins(before.lower + a.lower + b.lower, ...middle);
      if (three && (listed(three) || !verbNext)) {
        found.push({start: before.start, end: b.end, actual: text.slice(before.start, b.end), joined: matchFirst(three, before.text)});
        index++;
        continue;
      }
    }
    if (neverInflected.has(a.lower)) continue;
    const left = tagOf(a);
    // A noun the LiNT-II list classifies (concrete or abstract): "standaard" is listed but unclassified, and is
    // an adjective too ("de standaard invoer").
    const nounClass = tagger.lexicon.get(a.lower)?.nounClass;
    const classified = nounClass === 'concrete' || nounClass === 'abstract';
    // An adjective that Dutch never inflects ends in -en (eigen, open, houten): "de eigen bijdrage" is right.
    // Without a determiner Dutch leaves an adjective bare before a het-word or a plural ("in zout water", "met
    // warm water"): a noun then needs one that makes the adjective inflect ("de inlog knop").
    const inflecting = before !== undefined && determiners.has(before.lower) && !uninflectedAfter.has(before.lower);
    // "zout" is a noun and an adjective (zoute): without such a determiner it is the adjective. Not when the
    // joined word is listed and no noun, so it cannot be adjective + noun ("maxi maal": maximaal).
    const joinedNoNoun = listed(a.lower + b.lower) && !nounListed(a.lower + b.lower);
    if (left === 'NOUN' && !inflecting && !joinedNoNoun && adjectiveToo(a.lower, tagger)) continue;
    // A rare word or a bare verb stem read as an adjective is none ("voor vaar tuig", "maxi maal").
    const stem = Boolean(tagger.info(a.lower).verb?.stem) && nounClass === undefined;
    const looseAdjective = stem || (tagger.lexicon.get(a.lower)?.zipf ?? 0) < 3;
    const adjectiveLeft =
      left === 'ADJ' &&
      !/e$|en$/.test(a.lower) &&
      !uninflectedAfter.has(before?.lower ?? '') &&
      (inflecting || looseAdjective || !nounListed(a.lower + b.lower));
    // The tagger reads a noun that is also a verb form as the verb ("om sport activiteiten"): a classified noun
    // still counts when the noun list has the joined word.
    const verbNoun = left === 'VERB' && classified && nounListed(a.lower + b.lower);
    if ((left !== 'NOUN' && !adjectiveLeft && !verbNoun) || inflectedAdjective(a.lower, tagger)) continue;
    const two = joins(a.lower + b.lower);
    // Unlisted, the first word must be a noun of the noun list or an adjective where Dutch would inflect it.
    // An adjective only when it is rare on its own, or a bare verb stem, which never stands between a determiner
    // and its noun: "inlog" and "betaal" are stems read as adjectives, "standaard" in "de standaard invoer" is
    // a common adjective (Zipf 4), so the pair is left alone.
    const rareAdjective = adjectiveLeft && looseAdjective;
    const firstNoun = rareAdjective || classified;
    // A time word after a noun tells when, it is no head: "stel uw vraag morgen".
    const when = timeWords.has(b.lower) || (tagger.info(b.lower).flags & adverbFlag) !== 0;
    // And a determiner before the pair, so it is a noun phrase and not a list or a heading ("datum contact").
    // "een" and "geen" leave an adjective uninflected ("een klein kind"), but not a noun ("een sport abonnement").
    const determined = inflecting || (before !== undefined && determiners.has(before.lower) && left === 'NOUN' && classified && !adjectiveToo(a.lower, tagger));
    // "elk kwartaal inzage", "per persoon korting": a time or a measure, no first part.
    const distributive = ['elk', 'elke', 'ieder', 'iedere', 'per'].includes(before?.lower ?? '');
    // A preposition after the pair ends its phrase only inside a prepositional phrase ("korting op een sport
    // abonnement voor uw kind"), or after a verb stem: after a verb the second noun may be an object of its own
    // ("geeft de context betekenis aan het pictogram").
    const inPhrase = next !== undefined && tagOf(next) === 'ADP' && next.punctBefore === '' ? stem || (words[index - 3] !== undefined && tagOf(words[index - 3]!) === 'ADP') : true;
    if (two && (listed(two) || (phraseEnds && inPhrase && firstNoun && !when && determined && !distributive))) {
      found.push({start: a.start, end: b.end, actual: text.slice(a.start, b.end), joined: matchFirst(two, a.text)});
      index++;
    }
  }
  return found;
}

/** A word that is also an adjective: its inflected form is common ("groen" - groene, "zout" - zoute, "dik" - dikke). */
function adjectiveToo(word: string, tagger: Tagger): boolean {
  const forms = [`${word}e`, word.replace(/([aeou])\1([^aeiou])$/, '$1$2e'), /[^aeiou][aeiou][^aeiouw]$/.test(word) ? `${word}${word.slice(-1)}e` : ''];
  // Zipf 3: "zoute" (3.1), "groene" (4.5); not the old dative "ten hoofde" (2.5).
  return forms.some((form) => form.length > word.length && (tagger.lexicon.get(form)?.zipf ?? 0) >= 3);
}

/** "rode", "grote", "dikke", "kleine": an adjective with its -e, which the tagger may read as a noun ("rode kool"). */
export function inflectedAdjective(word: string, tagger: Tagger): boolean {
  if (!word.endsWith('e') || word.length < 4) return false;
  const stem = word.slice(0, -1);
  const bases = [stem, stem.replace(/([aeou])([^aeiou])$/, '$1$1$2'), /(.)\1$/.test(stem) ? stem.slice(0, -1) : ''];
  return bases.some((base) => base.length > 1 && (tagger.lexicon.get(base)?.zipf ?? 0) >= 2);
}

function matchFirst(word: string, like: string): string {
  return like.charAt(0) !== like.charAt(0).toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
