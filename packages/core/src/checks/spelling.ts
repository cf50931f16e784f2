import type {CheckContext, CheckDefinition} from './context.js';
import {forEachWord, looksLikeName, matchCase} from './context.js';
import type {TextModel, Token} from '../model.js';
import type {Abbreviation} from './afkorting.js';
import {spellerFor, maxWordLength} from '../spelling/hunspell.js';
import {suggestionCost} from '../spelling/suggestions.js';
import {BoundedCache} from '../bounded-cache.js';
import type {Speller} from '../spelling/speller.js';
import {normalizeWord} from '../rules/engine.js';
import {gluedStop} from '../letter/words.js';
import {readabilityData} from '../readability/plugin.js';
import type {Tagger} from '../readability/tagger.js';
import {cost, edits} from '../spelling/edits.js';
import {hiddenTypo, hiddenTypoLength, type CompoundSource} from '../spelling/compounds.js';
import {findSplitCompounds, inflectedAdjective} from '../spelling/split-compounds.js';

/**
 * Words that are not in the Dutch dictionary. A letter is full of correct words that no dictionary has: names,
 * street names, case numbers, abbreviations. Those are left out by their shape, never one by one, so the check
 * stays quiet on a good letter. Hunspell accepts Dutch compounds (bezwaarschrift, gemeentebelastingen).
 */
export const spellingCheck: CheckDefinition = {
  id: 'spelling',
  title: 'Spelling',
  description: 'Een woord dat niet in het woordenboek staat.',
  usesOrganisationWords: true,
  defaultSeverity: 'warning',
  async run({model, config, resources, report, file}) {
    const skip: SkipContext = {
      text: model.text,
      organisationWords: new Set(config.words.map((word) => normalize(word))),
      abbreviations: resources.abbreviations,
      names: namesIn(model),
    };
    const candidates: Token[] = [];
    const capitalised: Token[] = [];
    forEachWord(model, 'words', (word, sentence) => {
      // The name of a law or regulation keeps its own spelling: "het Besluit bijstandverlening zelfstandigen" has no
      // linking s (round r64 suggested one). The word right after a capitalised head is part of that name.
      if (word.index > 0 && lawNameHeads.has(sentence.words[word.index - 1]!.text) && word.punctBefore === '') return;
      if (!skipWord(word, skip)) candidates.push(word);
      else if (word.index > 0 && capitalisedWord.test(word.text) && !skip.organisationWords.has(word.lower)) capitalised.push(word);
    });
    // A letter of only names and numbers does not need the dictionary: do not load it.
    if (candidates.length === 0) return;
    let speller: Speller;
    try {
      speller = await spellerFor(resources);
    } catch (error) {
      // Only this check stops: the other checks and the readability scores do not need the dictionary.
      reportSpellerFailure(error, report);
      (file.data.helderNotes ??= []).push(spellerFailureNote);
      return;
    }
    const tagger = await readabilityData(resources).catch(() => null);
    // A word inside a split compound that is reported whole gets no second finding ("mantel zorger": not also "zorger").
    let joinedSpans: Array<{start: number; end: number}> = [];
    if (tagger) {
      joinedSpans = reportSplitCompounds(model, speller, tagger, skip, report);
      reportCapitalisedTypos(capitalised, model.text, speller, tagger, report);
    }
    // The letter's own words: a typo is mostly of a word the writer uses elsewhere in the same letter.
    const own = tagger ? ownWords(model, speller, tagger) : null;
    reportGluedStops(model, speller, skip, report);
    const suggested = new Set<string>();
    let budget = suggestionBudget;
    for (const word of candidates) {
      if (joinedSpans.some((span) => word.start >= span.start && word.end <= span.end)) continue;
      // Invisible characters from word processors (soft hyphen, zero-width space) are not part of the spelling.
      const spelled = hasInvisible.test(word.text) ? word.text.replace(invisible, '') : word.text;
      const glued = spelled.includes('.') ? gluedStop.exec(spelled) : null;
      if (glued) {
        if (speller.correct(glued[1]!) && speller.correct(glued[2]!)) reportMissingSpace(word, `${glued[1]}. ${glued[2]}`, report);
        continue;
      }
      if (spelled.length > maxWordLength) {
        reportOverlong(word, spelled.length, report);
        continue;
      }
      const joined = tagger ? hyphenNotNeeded(spelled, speller, tagger) : null;
      if (joined) {
        reportHyphen(word, spelled, joined, report);
        continue;
      }
      // "(beleids)medewerkers", "(zorg/welzijns)instellingen": the part in brackets goes with the word glued to them.
      const head = bracketedModifierHead(model.text, word.start, word.end);
      if (head && speller.correct(spelled + head)) continue;
      if (accepted(spelled, speller, skip)) {
        const meant = own && plainLowercase.test(spelled) ? own.hidden(spelled) : null;
        if (meant) reportTypo(word, spelled, [meant], report);
        continue;
      }
      // "invorderings kosten": a modifier with its linking s, written apart from its head. The joined word is the fix,
      // not "invordering" (round r62). Only when the modifier without its s and the next word (four letters or more)
      // are words the dictionary knows: "traansacties van" is a typo of transacties, no compound.
      const linked = linkingSHead(model.text, word.end, spelled);
      if (linked && tagger?.lexicon.get(linked.head)?.nounClass !== undefined && speller.correct(spelled.slice(0, -1)) && speller.correct(linked.head) && speller.correct(linked.joined)) {
        reportJoined(word.start, word.end + 1 + linked.head.length, `${spelled} ${linked.head}`, linked.joined, report);
        continue;
      }
      // A text full of unknown words gets suggestions for the first ones only, so its cost stays bounded.
      if (!suggested.has(spelled) && suggestionCost(spelled) <= budget) {
        budget -= suggestionCost(spelled);
        suggested.add(spelled);
      }
      const suggestions = suggested.has(spelled) ? speller.suggest(spelled) : [];
      if (suggested.has(spelled) && suggestions.length === 0 && knownLoanWord(spelled, tagger)) continue;
      reportTypo(word, spelled, own ? own.first(spelled, suggestions) : suggestions, report);
    }
  },
};

/**
 * The word glued after the brackets when the word at start..end is a part of a compound in brackets:
 * "(beleids)medewerkers" and "(zorg/welzijns)instellingen" give "medewerkers" and "instellingen".
 */
export function bracketedModifierHead(text: string, start: number, end: number): string | undefined {
  const before = /[(/]$/.test(text.slice(Math.max(0, start - 1), start));
  if (!before) return undefined;
  const after = /^(?:\/[\p{L}-]{1,30}){0,4}\)(\p{Ll}{3,40})/u.exec(text.slice(end, end + 200));
  return after?.[1];
}

function reportTypo(word: Token, spelled: string, suggestions: string[], report: CheckContext['report']): void {
  report({
    start: word.start,
    end: word.end,
    message:
      suggestions.length > 0
        ? `"${spelled}" staat niet in het woordenboek. Bedoelt u "${suggestions[0]}"?`
        : `"${spelled}" staat niet in het woordenboek. Kijk of het goed geschreven is.`,
    expected: suggestions,
    explanation:
      'Een fout in een woord leidt de lezer af. En een brief met fouten lijkt minder betrouwbaar. ' +
      'Is het woord toch goed? Bijvoorbeeld een straatnaam of de naam van een regeling? ' +
      'Zet het dan in de lijst met eigen woorden van uw organisatie ("words" in helder.config.json).',
  });
}

/**
 * A hyphen between two plain words where Dutch writes one word: "gezondheids-check" is gezondheidscheck,
 * "concept-plan" conceptplan. The hyphen is right when two vowels meet ("zee-egel", "auto-ongeluk"), with a
 * capital or a digit (the shape rules skip those: "Wmo-consulent"), when the dictionary knows the hyphenated
 * word ("oud-wethouder", "niet-roker", "kant-en-klaar") and after an inflected adjective ("etnisch-culturele"
 * has another mistake). Only two parts of three letters or more, and the second a noun.
 */
function hyphenNotNeeded(text: string, speller: Speller, tagger: Tagger): string | null {
  const parts = /^(\p{Ll}{3,})-(\p{Ll}{3,})$/u.exec(text);
  if (!parts) return null;
  const [, left, right] = parts as unknown as [string, string, string];
  if (vowel.test(left.slice(-1)) && vowel.test(right.charAt(0))) return null;
  if ((speller.known ?? speller.correct)(text) || inflectedAdjective(left, tagger)) return null;
  // In a long compound a hyphen may mark the parts for readability (Taalunie): "ontwerp-omgevingsplan" (round r63).
  if (left.length + right.length >= longCompound) return null;
  // The head of a Dutch compound is a noun: "bestaat-niet" or "snel-even" are two words, not one.
  if (tagger.lexicon.get(right)?.nounClass === undefined) return null;
  return speller.correct(left + right) ? left + right : null;
}

const vowel = /[aeiouyáéíóúàèëïöüê]/;
/** Letters from which a compound counts as long, so a hyphen for readability is allowed. */
const longCompound = 17;

function reportHyphen(word: Token, spelled: string, joined: string, report: CheckContext['report']): void {
  report({
    start: word.start,
    end: word.end,
    message: `"${spelled}" schrijft u zonder streepje: "${joined}".`,
    expected: [joined],
    explanation:
      'Een samengesteld woord schrijft u aan elkaar. Een streepje hoort er alleen in als twee klinkers botsen (auto-ongeluk), ' +
      'bij een hoofdletter of cijfer (Wmo-consulent) of als u een deel weglaat (jeugd- en gezinscoach).',
  });
}

interface OwnWords {
  /** The suggestions with the letter's own word one mistake away first ("meding" -> melding in a letter about meldingen). */
  first(word: string, suggestions: string[]): string[];
  /** The letter's own word meant by a rare compound Hunspell accepts ("samenwerkingspannen" next to samenwerkingsplannen). */
  hidden(word: string): string | null;
}

/**
 * The words a letter writes (lowercase), as the likeliest meaning of a typo in it: between "verzonnen" and
 * "verzonden" for "verzonen", the one the letter uses elsewhere wins. Only a correct word, one likely mistake
 * away, and not for words under four letters (abbreviations).
 */
function ownWords(model: TextModel, speller: Speller, tagger: Tagger): OwnWords {
  const counts = new Map<string, number>();
  for (const sentence of model.sentences) for (const word of sentence.words) if (word.kind === 'word') counts.set(word.lower, (counts.get(word.lower) ?? 0) + 1);
  const source: CompoundSource = {
    spell: (word) => speller.correct(word),
    zipf: (word) => tagger.lexicon.get(word)?.zipf,
    noun: (word) => tagger.lexicon.get(word)?.nounClass !== undefined,
  };
  const written = (candidate: string) => counts.has(candidate) && speller.correct(candidate);
  // The letter's long words by their first and last four letters: one mistake in a word of ten letters or more
  // leaves one of the two alone.
  const byEnds = new Map<string, string[]>();
  for (const word of counts.keys()) {
    if (word.length < hiddenTypoLength - 1) continue;
    for (const key of endKeys(word)) {
      const list = byEnds.get(key);
      if (list) list.push(word);
      else byEnds.set(key, [word]);
    }
  }
  // At most this many words compared per key, so a text of many look-alike words stays linear.
  const near = (word: string) => endKeys(word).some((key) => byEnds.get(key)?.slice(0, 200).some((other) => oneApart(word, other)));
  return {
    first(word, suggestions) {
      const lower = word.toLowerCase();
      if (lower.length < 4) return suggestions;
      let best: {word: string; price: number; count: number} | null = null;
      for (const [candidate, price] of edits(lower)) {
        const count = counts.get(candidate);
        if (count === undefined || candidate === lower || price > maxOwnPrice || (best && (price > best.price || (price === best.price && count <= best.count)))) continue;
        if (speller.correct(candidate)) best = {word: candidate, price, count};
      }
      if (!best) return suggestions;
      const shaped = word.length > 1 && word === word.toUpperCase() ? best.word.toUpperCase() : matchCase(best.word, word);
      return [shaped, ...suggestions.filter((suggestion) => suggestion !== shaped)].slice(0, 5);
    },
    // Making every string one mistake away costs about 0.25 ms per long word: only when the letter has a word
    // of about the same length that differs in one place.
    hidden: (word) => (near(word) ? hiddenTypo(word, source, written) : null),
  };
}

function endKeys(word: string): [string, string] {
  return [`<${word.slice(0, 4)}`, `>${word.slice(-4)}`];
}

/** Whether two words can be one mistake apart: outside one place (two letters for a swap) they are the same. */
function oneApart(word: string, other: string): boolean {
  if (other === word || Math.abs(other.length - word.length) > 1) return false;
  let prefix = 0;
  while (prefix < word.length && word[prefix] === other[prefix]) prefix++;
  let suffix = 0;
  while (suffix < word.length - prefix && suffix < other.length - prefix && word[word.length - 1 - suffix] === other[other.length - 1 - suffix]) suffix++;
  return prefix + suffix >= Math.max(word.length, other.length) - 2;
}

/**
 * A loan word Dutch readers know ("breakfast" in "bed & breakfast", "queer"): the dictionary rejects it and has
 * nothing near it to offer, while SUBTLEX-NL (Dutch subtitles) has it in lowercase at Zipf 2.5 or more (about one
 * in three million words). A typo of a Dutch word almost always has a suggestion ("zonodig" -> zo nodig,
 * "emails" -> e-mails, both in SUBTLEX-NL), so those stay reported; so do short fragments ("dt", "za").
 */
function knownLoanWord(spelled: string, tagger: Tagger | null): boolean {
  // Lowercase, or with only a capital first letter at the start of a sentence ("Queer’ kan ...").
  if (!tagger || !/^\p{L}\p{Ll}+$/u.test(spelled) || spelled.length < loanWordLength) return false;
  return (tagger.lexicon.get(spelled.toLowerCase())?.zipf ?? 0) >= loanWordZipf;
}

const loanWordZipf = 2.5;
const loanWordLength = 4;

/**
 * Up to a missing letter (0.9, edits.ts). Not a wrong letter: "gevn" is geven, also in a letter that writes
 * "geen" and not "geven".
 */
const maxOwnPrice = cost.missing;

/**
 * Hunspell calls per text for suggestions, about 2 s of work: 40 wrong words of 10 letters or 20 of 25 letters.
 * A wrong word costs 50 to 250 ms (longer words cost more), so a text full of made-up words would otherwise take
 * minutes; a real letter has far fewer typos. Words after the budget is spent are still reported, without a guess.
 */
const suggestionBudget = 30_000;

/** Two words Dutch writes as one ("mail adres"); see spelling/split-compounds.ts. Needs the tagger's data. */
function reportSplitCompounds(model: TextModel, speller: Speller, tagger: Tagger, skip: SkipContext, report: CheckContext['report']): Array<{start: number; end: number}> {
  const spans: Array<{start: number; end: number}> = [];
  for (const sentence of model.sentences) {
    if (!sentence.wordChecked || sentence.words.length < 2) continue;
    for (const split of findSplitCompounds(sentence, model.text, speller, tagger)) {
      if (skip.organisationWords.has(normalize(split.actual))) continue;
      reportJoined(split.start, split.end, split.actual, split.joined, report);
      spans.push({start: split.start, end: split.end});
    }
  }
  return spans;
}

function reportJoined(start: number, end: number, actual: string, joined: string, report: CheckContext['report']): void {
  report({
    start,
    end,
    message: `"${actual}" schrijft u als één woord: "${joined}".`,
    expected: [joined],
    explanation:
      'Twee woorden die samen één ding noemen, schrijft u in het Nederlands aan elkaar. Dus "mailadres" en niet "mail adres". ' +
      'Met een spatie ertussen leest het als twee losse woorden.',
  });
}

const nextLowercaseWord = /^ (\p{Ll}{4,30})(?![\p{L}\d-])/u;

/** The word after a modifier that ends in a linking s ("invorderings kosten"), and the two written together. */
function linkingSHead(text: string, end: number, spelled: string): {head: string; joined: string} | null {
  // "bewonerss zijn" is a typo of a plural, no linking s: the head after it must be a noun, and "ss" is no joint.
  if (!/^\p{Ll}{4,}[^s]s$/u.test(spelled)) return null;
  const next = nextLowercaseWord.exec(text.slice(end, end + 32));
  return next ? {head: next[1]!, joined: spelled + next[1]!} : null;
}

// A capital and six letters or more: "Aanvrag" inside a sentence or after "Onderwerp:".
const capitalisedWord = /^\p{Lu}\p{Ll}{5,}$/u;
const lawNameHeads = new Set(['Besluit', 'Wet', 'Regeling', 'Verordening', 'Reglement', 'Beleidsregels', 'Beleidsregel']);

/**
 * A capitalised word inside a sentence is mostly a name, and names are not in the dictionary. It is still a typo
 * when a common word (or a noun of the noun list) is one likely mistake away (a doubled or missing double letter, two letters swapped, a
 * sound-alike: "Aanvrag", "Bezwaarschirft") and the word is no name: Hunspell and SUBTLEX-NL do not know it, and
 * the letter writes it only once (a name comes back: "mevrouw Jansen ... Jansen").
 */
function reportCapitalisedTypos(words: Token[], text: string, speller: Speller, tagger: Tagger, report: CheckContext['report']): void {
  const known = speller.known ?? speller.correct;
  let cache = capitalisedCache.get(tagger);
  if (!cache) capitalisedCache.set(tagger, (cache = new BoundedCache<string | null>(5_000)));
  for (const word of words) {
    if (text.indexOf(word.text) !== text.lastIndexOf(word.text)) continue;
    let meant = cache.get(word.text);
    if (meant === undefined) cache.set(word.text, (meant = capitalisedTypo(word.text, known, tagger)));
    if (!meant) continue;
    const expected = meant.charAt(0).toUpperCase() + meant.slice(1);
    report({
      start: word.start,
      end: word.end,
      message: `"${word.text}" staat niet in het woordenboek. Bedoelt u "${expected}"?`,
      expected: [expected],
      explanation:
        'Een woord met een hoofdletter midden in een zin is vaak een naam. Maar dit woord lijkt op een gewoon woord met een tikfout. ' +
        'Is het toch een naam? Zet het dan in de lijst met eigen woorden van uw organisatie ("words" in helder.config.json).',
    });
  }
}

// Names repeat across the letters of one organisation: the verdict per word is kept (a name costs ~700 lookups).
const capitalisedCache = new WeakMap<Tagger, BoundedCache<string | null>>();

function capitalisedTypo(text: string, known: (word: string) => boolean, tagger: Tagger): string | null {
  const lower = text.toLowerCase();
  if (known(text) || (tagger.lexicon.get(lower)?.zipf ?? 0) >= 1.6) return null;
  let best: {word: string; price: number} | null = null;
  for (const [candidate, price] of edits(lower)) {
    if (price > 0.6 || (best && price >= best.price)) continue;
    const entry = tagger.lexicon.get(candidate);
    const common = (entry?.zipf ?? 0) >= 3 || (entry?.nounClass !== undefined && (entry.zipf ?? 0) >= 1.6);
    if (common && known(candidate)) best = {word: candidate, price};
  }
  return best?.word ?? null;
}

function reportOverlong(word: Token, length: number, report: CheckContext['report']): void {
  report({
    start: word.start,
    end: word.end,
    message: `Dit woord van ${length} tekens staat niet in het woordenboek. Kijk of het goed geschreven is.`,
    expected: [],
    explanation: 'Zo lang is geen Nederlands woord. Misschien ontbreken er spaties, of is het een code die de lezer niet hoeft te lezen.',
  });
}

const spellerFailureNote = 'Helder heeft de spelling niet nagekeken: het woordenboek kon niet laden. De rest van de tekst heeft Helder wel nagekeken.';

function reportSpellerFailure(error: unknown, report: CheckContext['report']): void {
  const reason = error instanceof Error ? error.message : String(error);
  report({
    start: 0,
    end: 0,
    message: spellerFailureNote,
    expected: [],
    explanation: `Probeer het later nog eens. Blijft het mis gaan? Geef dan deze melding door aan uw beheerder: "${reason.slice(0, 500)}"`,
  });
}

interface SkipContext {
  text: string;
  organisationWords: Set<string>;
  abbreviations: Map<string, Abbreviation>;
  /** Lowercase forms of words the letter also writes as a name: with a capital inside a sentence or in the frame. */
  names: Set<string>;
}

const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const hasInvisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
// Most words of a letter: lowercase letters only. They skip the shape tests below (a warm letter is ~400 words).
const plainLowercase = /^[a-zß-öø-ÿ]+$/;
const hasDigit = /\d/;
// "inf0rmatie", "beta1en": a zero or one typed among letters is a typo, other digits make a code ("A4", "mbo-2").
const digitTypo = /^\p{L}+[01]\p{L}+$/u;
// "erbij.In": two words glued at a full stop. Lowercase after the stop is a web address or code ("amsterdam.nl").
// o.a., i.v.m., Dhr., art.: the afkorting check handles them.
const hasPeriod = /\./;
// Symbols that make a token a code or an address, not a word: &, @, _, #, +, =, /, \.
const codeLike = /[&@_#+=\/\\%|<>[\]{}]/;
const allCapitals = /^[\p{Lu}'’-]+$/u;
// DigiD, MijnOverheid, eHerkenning, iPhone: a capital after the first letter is a brand or a name.
const innerCapital = /^.[^-]*?\p{Lu}/u;
const letter = /\p{L}/u;

const normalize = normalizeWord;

/** Whether a word is left out by its shape, its place or a list, before the dictionary is asked. */
function skipWord(word: Token, skip: SkipContext): boolean {
  const text = word.text;
  if (text.length < 2) return true;
  // Braces only occur in template code ("${url ? ... }"), which a resident never reads.
  const inTemplate = skip.text[word.start - 1] === '{' || skip.text[word.end] === '}' || templateCall(skip.text, word);
  if (plainLowercase.test(text)) return inTemplate || skip.organisationWords.has(word.lower) || skip.abbreviations.has(word.lower);
  if (!letter.test(text) || codeLike.test(text)) return true;
  if (hasDigit.test(text) && !digitTypo.test(text)) return true;
  if (!isShouting(text) && looksLikeName(text, word.index)) return true;
  if (hasPeriod.test(text)) return !gluedStop.test(text);
  if (inTemplate) return true;
  if (isAbbreviationShape(text)) return true;
  const lower = word.lower;
  if (skip.organisationWords.has(lower) || skip.abbreviations.has(lower)) return true;
  // A capital at the start of a sentence: a name when the letter also writes it as one elsewhere.
  if (text.charAt(0) !== text.charAt(0).toLowerCase() && skip.names.has(lower)) return true;
  return false;
}

/**
 * Template code outside braces: a call ("asset_url(", "format(") or a member ("->margin", "::png"). Prose never
 * puts a bracket right after a word or an arrow before one.
 */
function templateCall(text: string, word: Token): boolean {
  if (text[word.end] === '(') return true;
  const before = text.slice(Math.max(0, word.start - 2), word.start);
  const after = text.slice(word.end, word.end + 2);
  return before === '->' || before === '::' || after === '->' || after === '::';
}

/**
 * Two sentences glued at a full stop without a space ("leidinggevende.U krijgt"): the model splits them there
 * (model.ts), so the last word of one sentence and the first of the next are one stretch of text with only the stop
 * between. Both parts must be words the dictionary knows; an abbreviation of the data ("dhr.Jansen") stays whole.
 */
function reportGluedStops(model: TextModel, speller: Speller, skip: SkipContext, report: CheckContext['report']): void {
  for (let index = 1; index < model.sentences.length; index++) {
    const first = model.sentences[index]!.words[0];
    const last = model.sentences[index - 1]!.words.at(-1);
    if (!first || !last || first.kind !== 'word' || last.kind !== 'word' || first.start !== last.end + 1 || model.text[last.end] !== '.') continue;
    const joined = model.text.slice(last.start, first.end);
    const glued = gluedStop.exec(joined);
    if (!glued || skip.organisationWords.has(normalize(joined))) continue;
    if (speller.correct(glued[1]!) && speller.correct(glued[2]!)) reportMissingSpace({...last, text: joined, end: first.end}, `${glued[1]}. ${glued[2]}`, report);
  }
}

function reportMissingSpace(word: Token, expected: string, report: CheckContext['report']): void {
  report({
    start: word.start,
    end: word.end,
    message: `Na de punt in "${word.text}" hoort een spatie. Bedoelt u "${expected}"?`,
    expected: [expected],
    explanation: 'Zonder spatie na de punt lopen twee zinnen in elkaar over. Dan ziet de lezer niet waar een nieuwe zin begint.',
  });
}

/** A long word in capitals is a heading or a shout ("BELANGRIJK"), not a name: it is checked. */
function isShouting(text: string): boolean {
  return text.length > 5 && allCapitals.test(text);
}

/** Capitals only and short (UWV, CJG, BSN), or a capital inside the word (DigiD). */
function isAbbreviationShape(text: string): boolean {
  if (allCapitals.test(text)) return text.replace(/[^\p{L}]/gu, '').length <= 5;
  return innerCapital.test(text);
}

/**
 * Whether the dictionary accepts the word. Hunspell itself accepts "Bezwaarschrift" for "bezwaarschrift" and
 * "Hoogezand" only with a capital. A hyphenated word is right when the whole is ("e-mailen") or every part is
 * ("Wmo-consulent"); "jeugd-" in "jeugd- en gezinscoach" is the part without its hyphen.
 */
function accepted(text: string, speller: Speller, skip: SkipContext): boolean {
  if (speller.correct(text)) return true;
  // At the start of a sentence the accent moves off the capital: "Eén" for "één".
  const accented = /^([AEIOU])([\u00e1\u00e9\u00ed\u00f3\u00fa])/.exec(text);
  if (accented && speller.correct(`${accented[2]}${text.slice(1)}`)) return true;
  if (!text.includes('-')) return false;
  const parts = text.split('-').filter((part) => part.length > 0);
  if (parts.length === 0) return true;
  return parts.every((part, index) => {
    if (part.length < 2 || isAbbreviationShape(part)) return true;
    const lower = normalize(part);
    if (skip.organisationWords.has(lower) || skip.abbreviations.has(lower) || skip.names.has(lower)) return true;
    // "Midden-Groningen", "Noord-Holland": a capital after a hyphen is part of a name.
    if (index > 0 && part.charAt(0) !== part.charAt(0).toLowerCase()) return true;
    if (speller.correct(part)) return true;
    // A first part with the linking s: "geluids-" in "geluids- en trillingsoverlast".
    const last = index === parts.length - 1 && !text.endsWith('-');
    return !last && lower.length > 4 && lower.endsWith('s') && speller.correct(lower.slice(0, -1));
  });
}

/**
 * Words the letter writes as names: with a capital inside a sentence, or anywhere in the frame (address,
 * signature). "Forus" at the start of a sentence is then a name too, when the letter also writes "via Forus".
 */
function namesIn(model: TextModel): Set<string> {
  const names = new Set<string>();
  for (const sentence of model.sentences) {
    for (const word of sentence.words) {
      if (word.kind !== 'word') continue;
      const code = word.text.charCodeAt(0);
      if (code >= 97 && code <= 122) continue; // a to z: the common case, without making strings
      const first = word.text.charAt(0);
      if (first === first.toLowerCase() || isShouting(word.text)) continue;
      if (word.index > 0 || !sentence.wordChecked) names.add(word.lower);
    }
  }
  return names;
}
