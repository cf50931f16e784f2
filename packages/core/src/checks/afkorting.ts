import type {CheckDefinition} from './context.js';
import {explainedInBrackets, sentencesIn} from './context.js';
import type {Sentence, Token} from '../model.js';
import {tagsByOffset} from '../readability/measure.js';
import type {Tagger} from '../readability/tagger.js';
import {functionClasses} from '../readability/word-classes.js';
import {withTagger} from './curated.js';

export type {Abbreviation} from '../resources.js';

/**
 * Abbreviations and legal references that the letter does not explain. An abbreviation counts as explained
 * when its full form appears in the letter, or when it stands next to it in brackets: "Wet maatschappelijke
 * ondersteuning (Wmo)".
 */
export const abbreviationCheck: CheckDefinition = {
  id: 'afkorting',
  title: 'Afkorting of wetsartikel zonder uitleg',
  description: 'Een afkorting of wetsartikel zonder uitleg in de brief.',
  usesOrganisationWords: true,
  defaultSeverity: 'warning',
  run(context) {
    // The tagger tells whether a noun follows the abbreviation; without its data every full form is offered.
    return withTagger(context.resources, (tagger) => abbreviations(context, tagger));
  },
};

function abbreviations({model, report, resources, config}: Parameters<CheckDefinition['run']>[0], tagger: Tagger | undefined): void {
  const accepted = new Set(config.words.map((word) => word.toLowerCase()));
  let lowerText: string | undefined;
  const reported = new Set<string>(); // reported or explained: either way the reader has had it once
  for (const sentence of sentencesIn(model, 'words')) {
    for (const word of sentence.words) {
      if (word.kind !== 'word' || accepted.has(word.lower)) continue;
      // "BV." at the end of a sentence is the company form with the full stop, not "bv." (bijvoorbeeld): a word in
      // capitals takes the entry without the period first.
      const bare = word.lower.endsWith('.') ? resources.abbreviations.get(word.lower.slice(0, -1)) : undefined;
      const capitals = /^[A-Z]{2,}\.$/.test(word.text);
      const known = (capitals ? bare : undefined) ?? resources.abbreviations.get(word.lower) ?? bare;
      const shape = known ? undefined : unknownAbbreviationShape(sentence.words, word.index);
      if (!known && !shape) continue;
      if (known?.known || known?.flag === false) continue;
      const key = word.lower;
      if (reported.has(key)) continue; // one finding per abbreviation: the first use is where it needs explaining
      reported.add(key);
      if (known && (lowerText ??= model.masked.toLowerCase()).includes(known.long.toLowerCase())) continue;
      if (explainedInBrackets(model.masked, word.start, word.end)) continue;
      const full = known?.plain ?? known?.long;
      // Before a noun the abbreviation says what kind of thing it is ("Uw Bbz uitkering"): the full name in its
      // place gives no sentence ("Uw Besluit bijstandverlening zelfstandigen uitkering", round r47), so the
      // advice explains instead of replacing.
      const modifier = full !== undefined && full.includes(' ') && tagger !== undefined && nounFollows(sentence, word.index, model.text, tagger);
      report({
        start: word.start,
        end: word.end,
        message: full
          ? modifier
            ? `"${word.text}" betekent "${full}". Leg dat de eerste keer uit, bijvoorbeeld in een aparte zin. Alleen de afkorting vervangen maakt deze zin onduidelijk.`
            : `Schrijf "${full}" in plaats van de afkorting "${word.text}".`
          : `Wat betekent "${word.text}"? Schrijf het woord voluit, of leg de afkorting de eerste keer uit.`,
        expected: full && !modifier ? [full] : [],
        explanation:
          'Niet iedereen kent afkortingen. Schrijf een woord voluit. Is de afkorting belangrijk, zoals een naam van een wet? Schrijf dan de eerste keer de hele naam met de afkorting erachter: "Wet maatschappelijke ondersteuning (Wmo)".',
      });
    }
    legalReferences(model.masked, sentence.start, sentence.end, report);
  }
}

/** A noun in lower case right after the word, with nothing between: "Bbz uitkering", "WOZ waarde". */
function nounFollows(sentence: Sentence, index: number, text: string, tagger: Tagger): boolean {
  const next = sentence.words[index + 1];
  if (next === undefined || next.punctBefore !== '' || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) return false;
  if ((tagger.info(next.lower).flags & functionClasses) !== 0) return false;
  return tagsByOffset(sentence, text, tagger).get(next.start) === 'NOUN';
}

const mailMarks = new Set(['re', 'fw', 'fwd', 'aw', 'antw']);

/** Dutch words a writer puts in capitals for emphasis ("Beantwoord de vraag met JA"): no abbreviations. */
const emphasis = new Set(['ja', 'nee', 'niet', 'geen', 'wel', 'niets', 'nooit', 'altijd', 'alleen', 'of', 'en', 'op', 'let', 'stop', 'nu', 'wij', 'u']);

/**
 * An all-capitals word of 2 to 6 letters (UWV, CAK), not in a line of capitals ("LET OP"), not a Dutch word in
 * capitals for emphasis ("met JA beantwoord") and not the first word of a name ("PC Tegoed", "AH Bonuskaart"):
 * probably an abbreviation.
 */
function unknownAbbreviationShape(words: Token[], index: number): boolean {
  const allCaps = (word: Token | undefined) => word !== undefined && /^[A-Z]{2,}$/.test(word.text);
  const word = words[index]!;
  const code = word.text.charCodeAt(1);
  if (!(code >= 65 && code <= 90)) return false; // second letter not a capital: not an abbreviation like UWV
  if (emphasis.has(word.lower)) return false;
  // A Roman numeral is a number ("visie sociaal domein III", "hoofdstuk IV"), no abbreviation.
  if (/^(?=[IVXLC]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/.test(word.text)) return false;
  const next = words[index + 1];
  if (next !== undefined && next.punctBefore === '' && /^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  // "RE: Uw vraag", "FW: ...": the mark of an e-mail reply or forward before the subject (round r63).
  if (mailMarks.has(word.lower) && (next?.punctBefore ?? '').startsWith(':')) return false;
  return /^[A-Z]{2,6}$/.test(word.text) && !allCaps(words[index - 1]) && !allCaps(next);
}

// "artikel 7:2", "art. 35, tweede lid, onder b": the article and its parts. The name of the law after it is read word
// by word (lawNameEnd), which a single expression did badly: it cut "de Wet basisregistratie personen" after "Wet"
// and "de Invorderingswet 1990" after "199", and ran on into "binnen zes weken" (rounds r47, r62, r63).
const articleReference = /\b(?:[Aa]rt\.|[Aa]rtikel|[Aa]rtikelen)\s?\d{1,4}(?:[.:]\d{1,4}){0,2}[a-z]?(?:,?\s(?:[a-z]{3,8}\s)?(?:[Ll]id|[Ss]ub|[Oo]nderdeel|[Oo]nder)(?:\s[\w\d]{1,4})?){0,3}/g;
/** A word of a law's name and the space before it; `y`: read from a given place only. */
const nameWord = /\s([\p{L}\d][\p{L}\d-]{0,40})/uy;
/** Lowercase words that go on a law's name after "wet" ("Algemene wet inzake rijksbelastingen"); any other function word ends it. */
const nameLinks = new Set(['inzake', 'op', 'de', 'het', 'van', 'tot', 'en']);
/** Function words and verbs that end the name of a law ("de Wet ... verplicht", "... binnen zes weken"). */
const nameEnds = new Set('heeft hebben is zijn was de het een geen kan mag moet wordt worden staat staan zegt bepaalt regelt geeft verplicht en of die dat dit deze in op voor om niet binnen na tot tegen bij met naar over vanaf sinds tijdens als maar ook u uw we wij ons onze zij ze hij juncto jo aan uit door onder'.split(' '));

/**
 * Where the law's name after an article ends: "van (de|het)" and a name that starts with a capital (Participatiewet,
 * Wet, Algemene wet, Burgerlijk Wetboek, Boek 2 van het ...), its lowercase words up to a function word or verb (at
 * most five), "op de"/"op het" right after "Wet" ("Wet op de lijkbezorging"), "van" and capitals after "Wetboek"
 * ("Wetboek van Burgerlijke Rechtsvordering"), and a year or number ("Invorderingswet 1990", "Wmo 2015").
 */
function lawNameEnd(text: string, from: number): number {
  const lead = /^,?\s(?:van\s(?:de\s|het\s)?)?(?=\p{Lu}|wet\b)/u.exec(text.slice(from, from + 14));
  if (!lead) return from;
  let at = from + lead[0].length - 1; // before the space of the first name word
  let end = from;
  let lowercase = 0;
  let previous = '';
  let head = false; // the name so far has its head: wet, wetboek, regeling, besluit, verordening
  for (let words = 0; words < 12; words++) {
    nameWord.lastIndex = at;
    const word = nameWord.exec(text)?.[1];
    if (word === undefined) break;
    const lower = word.toLowerCase();
    const capital = /^\p{Lu}/u.test(word);
    const isHead = lawHead.test(lower);
    let take: boolean;
    // After a year or number only "van" goes on ("Boek 2 van het Burgerlijk Wetboek"): "Wet inburgering 2021 doen".
    if (/^\d{1,4}$/.test(previous) && lower !== 'van') break;
    if (words === 0 || capital || /^\d{1,4}$/.test(word)) take = words > 0 || capital || lower === 'wet';
    // "en" inside a name after its head: "Reglement verkeersregels en verkeerstekens 1990"; a link never ends a name.
    else if (nameLinks.has(lower))
      take = lower === 'en' ? head && lowercase > 0 : lower === 'op' || lower === 'inzake' ? /wet$/.test(previous) : lower === 'van' ? /wetboek$|^boek$|^\d{1,4}$/.test(previous) : ['op', 'inzake', 'van'].includes(previous);
    else take = isHead || (head && !nameEnds.has(lower) && lowercase < 5);
    if (!take) break;
    head ||= isHead;
    if (!capital && !nameLinks.has(lower) && !/^\d/.test(word)) lowercase++;
    at += word.length + 1;
    // A name never ends in a link word: "Wet op de" without its noun, "Boek 2 van".
    if (!nameLinks.has(lower)) end = at;
    previous = lower;
  }
  return end;
}

// A head of its own takes lowercase words after it ("Wet maatschappelijke ondersteuning", "Verordening jeugdhulp");
// a compound name does not ("de Participatiewet krijgt u": "krijgt" is the sentence's).
const lawHead = /^(?:wet|wetboek|regeling|besluit|verordening|beleidsregels?|reglement|regels)$/;

const articleHint = /[Aa]rt(?:\.|ikel)/;

function legalReferences(text: string, start: number, end: number, report: Parameters<CheckDefinition['run']>[0]['report']): void {
  const slice = text.slice(start, end);
  // Most sentences name no article: a quick look for "art." or "artikel" spares the long expression.
  if (!articleHint.test(slice)) return;
  for (const match of slice.matchAll(articleReference)) {
    const to = lawNameEnd(slice, match.index + match[0].length);
    const quoted = slice.slice(match.index, to);
    report({
      start: start + match.index,
      end: start + to,
      severity: 'info',
      message: `Leg uit wat "${quoted}" voor de lezer betekent. Zet het wetsartikel zelf liever in een bijlage.`,
      explanation:
        'Een lezer kent de wet niet. Een nummer van een artikel zegt de lezer niets. Schrijf in gewone woorden wat de regel is. Bijvoorbeeld: "De wet zegt dat u bezwaar kunt maken." Het artikel kan in de bijlage.',
    });
  }
}
