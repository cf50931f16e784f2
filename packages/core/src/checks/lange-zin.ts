import type {CheckDefinition} from './context.js';
import {sentencesIn} from './context.js';
import {openingWords} from '../letter/words.js';

/** Words that count for length: names and placeholders count as one word, numbers too. */
export const longSentenceCheck: CheckDefinition = {
  id: 'lange-zin',
  title: 'Lange zin',
  description: 'Een zin met te veel woorden.',
  usesOrganisationWords: false,
  defaultSeverity: 'warning',
  run({model, config, report}) {
    const limit = config.thresholds.sentenceWords;
    for (const sentence of sentencesIn(model, 'prose')) {
      const count = sentence.words.length;
      if (count <= limit) continue;
      report({
        start: sentence.start,
        end: sentence.words.at(-1)!.end,
        message: `De zin "${openingWords(model.text, sentence.start, sentence.end)}" heeft ${count} woorden. Dat is te lang. Maak er twee of meer zinnen van, met ${limit} woorden of minder.`,
        explanation:
          'Bij een lange zin moet de lezer veel onthouden. Dan raakt de lezer de draad kwijt. Zet één boodschap in één zin. Begin een nieuwe zin waar u nu "en", "maar" of "omdat" schrijft.',
      });
    }
  },
};
