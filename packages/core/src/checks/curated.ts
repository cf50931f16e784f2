import type {CheckDefinition, CheckContext} from './context.js';
import {matchCase, sentencesIn} from './context.js';
import type {RuleCheck} from '../rules/schema.js';
import {contextOf, isPluralOf} from '../rules/contexts.js';

const pronouns = new Set(['u', 'je', 'jij', 'jou', 'wij', 'we', 'ons', 'ik', 'hij', 'zij', 'ze']);
const determiners = new Set(['de', 'het', 'een', 'deze', 'die', 'dit', 'dat', 'elke', 'iedere', 'onze', 'uw', 'zijn', 'haar', 'hun', 'welke']);

/** The checks whose advice is curated data in rules/: hard words (moeilijk-woord) and off-putting words (afschrikwoord). */
export function curatedCheck(id: RuleCheck, title: string, description: string): CheckDefinition {
  return {
    id,
    title,
    description,
    usesOrganisationWords: false,
    defaultSeverity: 'warning',
    run(context: CheckContext) {
      const {model, engine, config} = context;
      const disabled = new Set(config.disabledEntries);
      for (const sentence of sentencesIn(model, 'words')) {
        for (const match of engine.match(sentence)) {
          const entry = match.entry;
          if (entry.check !== id || disabled.has(entry.id)) continue;
          // The sentence may ask for other better words (a noun, another verb form), or for none (an innocent use).
          const fit = contextOf(match, sentence);
          if (fit?.skip) continue;
          const candidates = fit ? fit.alternatives : entry.alternatives;
          const actual = model.text.slice(match.start, match.end);
          // A match with a gap ("stelt u in de gelegenheid") cannot be replaced as one piece: advise in words only.
          const contiguous = match.words.every((word, index) => index === 0 || word.index === match.words[index - 1]!.index + 1);
          // A pronoun cannot replace a noun that has an article or stands in the salutation: "de u", "Beste u,".
          const before = sentence.words[match.words[0]!.index - 1];
          const inSalutation = sentence.kind === 'salutation';
          const nounSlot = inSalutation || (before !== undefined && determiners.has(before.lower));
          // A plural form ("cliënten") takes no singular word ("inwoner") and no "u": "de belangen van inwoner".
          const plural = isPluralOf(actual.toLowerCase(), entry.forms[0]?.toLowerCase() ?? '');
          const alternatives = candidates.filter(
            (alternative) => !(nounSlot && pronouns.has(alternative.toLowerCase())) && !(plural && !/\s|(?:en|s)$/.test(alternative)),
          );
          // In the salutation a word for the reader (aanvrager, cliënt) has no safe replacement but the reader's name.
          const onlyPronouns = alternatives.length === 0 && candidates.every((alternative) => pronouns.has(alternative.toLowerCase()));
          context.report({
            start: match.start,
            end: match.end,
            message:
              inSalutation && onlyPronouns && id === 'afschrikwoord'
                ? `Spreek de lezer in de aanhef aan met de naam, niet met "${actual}".`
                : messageFor(entry.reason, match.words.map((word) => word.text), contiguous ? actual : undefined),
            explanation: entry.explanation,
            expected: contiguous ? alternatives.map((alternative) => matchCase(alternative, actual)) : [],
            entryId: entry.id,
            provenance: entry.provenance,
            ...(entry.severity ? {severity: entry.severity} : {}),
          });
        }
      }
    },
  };
}

/**
 * The reason names the words it is about ("Schrijf 'hieronder'" does not): then the message starts with the marked
 * words, so the writer sees which words the advice is for, also when the letter has another form than the reason.
 */
export function messageFor(reason: string, marked: string[], actual?: string): string {
  const lower = reason.toLowerCase();
  if (marked.every((word) => wordIn(lower, word.toLowerCase()))) return reason;
  return `U schrijft "${actual ?? marked.join(' ... ')}". ${reason}`;
}

function wordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after))) return true;
  }
  return false;
}
