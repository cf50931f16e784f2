import type {CheckDefinition} from './context.js';
import type {Paragraph, Sentence} from '../model.js';
import {openingWords} from '../letter/words.js';

/**
 * The running text of each paragraph, cut where a list, heading or label interrupts it: a paragraph with a list of
 * five items is a short intro, a list and maybe a short ending, not one long paragraph.
 */
function proseRuns(paragraphs: Paragraph[]): Sentence[][] {
  const runs: Sentence[][] = [];
  for (const paragraph of paragraphs) {
    let run: Sentence[] = [];
    for (const sentence of paragraph.sentences) {
      if (sentence.kind === 'prose') {
        run.push(sentence);
        continue;
      }
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

export const longParagraphCheck: CheckDefinition = {
  id: 'lange-alinea',
  title: 'Lange alinea',
  description: 'Een alinea met te veel zinnen of woorden.',
  usesOrganisationWords: false,
  defaultSeverity: 'info',
  run({model, config, report}) {
    for (const prose of proseRuns(model.paragraphs)) {
      const words = prose.reduce((sum, sentence) => sum + sentence.words.length, 0);
      const tooManySentences = prose.length > config.thresholds.paragraphSentences;
      const tooManyWords = words > config.thresholds.paragraphWords;
      if (!tooManySentences && !tooManyWords) continue;
      report({
        start: prose[0]!.start,
        end: prose.at(-1)!.words.at(-1)!.end,
        message: `De alinea "${openingWords(model.text, prose[0]!.start, prose.at(-1)!.end)}" heeft ${prose.length === 1 ? '1 zin' : `${prose.length} zinnen`} en ${words} woorden. Maak kortere alinea's, met één onderwerp per alinea.`,
        explanation:
          'Een lange alinea ziet er zwaar uit. Lezers slaan hem dan over. Geef elke alinea één onderwerp. Zet een witregel tussen de alinea\'s. Een kopje helpt ook.',
      });
    }
  },
};
