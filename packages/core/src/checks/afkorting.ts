import type {CheckContext, CheckDefinition} from './context.js';
import type {Tagger} from '../readability/tagger.js';
import {withTagger} from './curated.js';
import {explainedInBrackets, sentencesIn} from './context.js';
import type {Token} from '../model.js';

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
    return withTagger(context.resources, (tagger) => reportAbbreviations(context, tagger));
  },
};

function reportAbbreviations({model, report, resources, config}: CheckContext, tagger: Tagger | undefined): void {
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
      const better = known ? known.plain ?? known.long : undefined;
      // "Uw Bbz uitkering": the abbreviation names the kind of the next noun. A name of several words does not fit
      // in that place ("Uw Besluit bijstandverlening zelfstandigen uitkering"), so the advice stays in words.
      const modifier = better !== undefined && better.includes(' ') && modifiesNextNoun(sentence.words, word.index, tagger);
      report({
        start: word.start,
        end: word.end,
        message: better === undefined
          ? `Wat betekent "${word.text}"? Schrijf het woord voluit, of leg de afkorting de eerste keer uit.`
          : modifier
            ? `Leg uit wat "${word.text}" betekent: "${better}". Zet die woorden niet op de plaats van "${word.text}", want dan loopt de zin niet.`
            : `Schrijf "${better}" in plaats van de afkorting "${word.text}".`,
        expected: better !== undefined && !modifier ? [better] : [],
        explanation:
          'Niet iedereen kent afkortingen. Schrijf een woord voluit. Is de afkorting belangrijk, zoals een naam van een wet? Schrijf dan de eerste keer de hele naam met de afkorting erachter: "Wet maatschappelijke ondersteuning (Wmo)".',
      });
    }
    legalReferences(model.masked, sentence.start, sentence.end, report);
  }
}

/** Whether the word right after the abbreviation, with only a space between, is a noun it qualifies: "Bbz uitkering". */
function modifiesNextNoun(words: Token[], index: number, tagger: Tagger | undefined): boolean {
  const next = words[index + 1];
  if (!next || next.kind !== 'word' || next.punctBefore !== '' || !tagger) return false;
  return tagger.tag(words).words[next.index]?.tag === 'NOUN';
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
  const next = words[index + 1];
  if (next !== undefined && next.punctBefore === '' && /^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  return /^[A-Z]{2,6}$/.test(word.text) && !allCaps(words[index - 1]) && !allCaps(next);
}

// Case matters for the law's name: "van de Participatiewet" is a law, "van de regels" is not. So no `i` flag; the
// words before it are spelled out in both cases. After "wet" the words of its name follow ("de wet maatschappelijke
// ondersteuning"), up to a verb or function word: "van de wet heeft de cliëntenraad" ends at "wet".
const legalReference = /\b(?:[Aa]rt\.|[Aa]rtikel|[Aa]rtikelen)\s?\d{1,4}(?:[.:]\d{1,4})?[a-z]?(?:,?\s(?:[Ll]id|[Ss]ub|[Oo]nder|[Oo]nderdeel)\s[\w\d]{1,4}){0,3}(?:\s(?:van\s(?:de\s)?)?(?:[A-Z][\w-]{1,40}|[Ww]et(?:\s(?!(?:heeft|hebben|is|zijn|de|het|een|geen|kan|mag|moet|wordt|staat|zegt|bepaalt|en|of|die|dat|in|op|voor|om|niet)\s)[a-z]+){0,6}))?/g;

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
