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
      const known = resources.abbreviations.get(word.lower) ?? (word.lower.endsWith('.') ? resources.abbreviations.get(word.lower.slice(0, -1)) : undefined);
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
  return /^[A-Z]{2,6}$/.test(word.text) && !allCaps(words[index - 1]) && !allCaps(next);
}

// Case matters for the law's name: "van de Participatiewet" is a law, "van de regels" is not. So no `i` flag; the
// words before it are spelled out in both cases. After "wet" the words of its name follow ("de wet maatschappelijke
// ondersteuning"), up to a verb or function word: "van de wet heeft de cliëntenraad" ends at "wet". A book of a code
// is part of the reference: "artikel 3 van Boek 2 van het Burgerlijk Wetboek" (round r47 cut it after "Boek"), and so
// is a year: "artikel 11 van de Invorderingswet 1990" (round r62 cut it after "199"). A preposition ends the name:
// "van de Algemene wet bestuursrecht binnen zes weken" ends at "bestuursrecht".
const legalReference = /\b(?:[Aa]rt\.|[Aa]rtikel|[Aa]rtikelen)\s?\d{1,4}(?:[.:]\d{1,4})?[a-z]?(?:,?\s(?:[Ll]id|[Ss]ub|[Oo]nder|[Oo]nderdeel)\s[\w\d]{1,4}){0,3}(?:\s(?:van\s(?:de\s|het\s)?)?(?:[A-Z][\w-]{1,40}(?:\sWetboek|\s[Ww]et(?:\s(?!(?:heeft|hebben|is|zijn|de|het|een|geen|kan|mag|moet|wordt|staat|zegt|bepaalt|en|of|die|dat|in|op|voor|om|niet|binnen|na|tot|tegen|bij|met|naar|over|vanaf|sinds|tijdens|als|maar|ook|u|we|wij)\s)[a-z]+){0,6})?(?:\s\d{1,4}\b(?:\svan\s(?:de\s|het\s)?[A-Z][\w-]{1,40}(?:\sWetboek)?)?)?|[Ww]et(?:\s(?!(?:heeft|hebben|is|zijn|de|het|een|geen|kan|mag|moet|wordt|staat|zegt|bepaalt|en|of|die|dat|in|op|voor|om|niet|binnen|na|tot|tegen|bij|met|naar|over|vanaf|sinds|tijdens|als|maar|ook|u|we|wij)\s)[a-z]+){0,6}))?/g;

const articleHint = /[Aa]rt(?:\.|ikel)/;

function legalReferences(text: string, start: number, end: number, report: Parameters<CheckDefinition['run']>[0]['report']): void {
  const slice = text.slice(start, end);
  // Most sentences name no article: a quick look for "art." or "artikel" spares the long expression.
  if (!articleHint.test(slice)) return;
  for (const match of slice.matchAll(legalReference)) {
    report({
      start: start + match.index,
      end: start + match.index + match[0].trimEnd().length,
      severity: 'info',
      message: `Leg uit wat "${match[0].trim()}" voor de lezer betekent. Zet het wetsartikel zelf liever in een bijlage.`,
      explanation:
        'Een lezer kent de wet niet. Een nummer van een artikel zegt de lezer niets. Schrijf in gewone woorden wat de regel is. Bijvoorbeeld: "De wet zegt dat u bezwaar kunt maken." Het artikel kan in de bijlage.',
    });
  }
}
