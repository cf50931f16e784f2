import type {CheckDefinition, CheckContext} from './context.js';
import {matchCase, sentencesIn} from './context.js';
import type {RuleCheck} from '../rules/schema.js';
import {contextOf} from '../rules/contexts.js';

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
          const alternatives = fit ? fit.alternatives : entry.alternatives;
          const actual = model.text.slice(match.start, match.end);
          // A match with a gap ("stelt u in de gelegenheid") cannot be replaced as one piece: advise in words only.
          const contiguous = match.words.every((word, index) => index === 0 || word.index === match.words[index - 1]!.index + 1);
          context.report({
            start: match.start,
            end: match.end,
            message: entry.reason,
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
