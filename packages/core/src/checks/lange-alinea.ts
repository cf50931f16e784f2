import type {CheckDefinition} from './context.js';

export const longParagraphCheck: CheckDefinition = {
  id: 'lange-alinea',
  title: 'Lange alinea',
  description: 'Een alinea met te veel zinnen of woorden.',
  usesOrganisationWords: false,
  defaultSeverity: 'info',
  run({model, config, report}) {
    for (const paragraph of model.paragraphs) {
      const prose = paragraph.sentences.filter((sentence) => sentence.prose);
      if (prose.length === 0) continue;
      const words = prose.reduce((sum, sentence) => sum + sentence.words.length, 0);
      const tooManySentences = prose.length > config.thresholds.paragraphSentences;
      const tooManyWords = words > config.thresholds.paragraphWords;
      if (!tooManySentences && !tooManyWords) continue;
      report({
        start: prose[0]!.start,
        end: prose.at(-1)!.words.at(-1)!.end,
        message: `Deze alinea heeft ${prose.length} zinnen en ${words} woorden. Maak kortere alinea's, met één onderwerp per alinea.`,
        explanation:
          'Een lange alinea ziet er zwaar uit. Lezers slaan hem dan over. Geef elke alinea één onderwerp. Zet een witregel tussen de alinea\'s. Een kopje helpt ook.',
      });
    }
  },
};
