import type {CheckDefinition} from './context.js';
import {looksLikeCode, looksLikeName} from './context.js';
import {countSyllables} from '../readability/syllables.js';

/** Words that count for length: names and placeholders count as one word, numbers too. */
export const longSentenceCheck: CheckDefinition = {
  id: 'lange-zin',
  title: 'Lange zin',
  defaultSeverity: 'warning',
  run({model, config, report}) {
    const limit = config.thresholds.sentenceWords;
    for (const sentence of model.sentences) {
      if (!sentence.prose) continue;
      const count = sentence.words.length;
      if (count <= limit) continue;
      report({
        start: sentence.start,
        end: sentence.words.at(-1)!.end,
        message: `Deze zin heeft ${count} woorden. Dat is te lang. Maak er twee of meer zinnen van, met ${limit} woorden of minder.`,
        explanation:
          'Een lange zin moet de lezer lang onthouden. Dan raakt hij de draad kwijt. Zet één boodschap in één zin. Begin een nieuwe zin waar u nu "en", "maar" of "omdat" schrijft.',
      });
    }
  },
};

export const longParagraphCheck: CheckDefinition = {
  id: 'lange-alinea',
  title: 'Lange alinea',
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

export const longWordCheck: CheckDefinition = {
  id: 'lang-woord',
  title: 'Lang woord',
  defaultSeverity: 'info',
  run({model, config, report}) {
    const accepted = new Set(config.words.map((word) => word.toLowerCase()));
    const {wordSyllables, wordLetters} = config.thresholds;
    for (const sentence of model.sentences) {
      if (!sentence.prose) continue;
      for (const word of sentence.words) {
        if (word.kind !== 'word' || accepted.has(word.lower) || looksLikeName(word.text, word.index)) continue;
        const letters = word.text.length;
        if (letters < 10 || looksLikeCode(word.text)) continue;
        const syllables = countSyllables(word.lower);
        if (syllables < wordSyllables && letters < wordLetters) continue;
        const parts = word.text.includes('-') ? '' : ' Is het een samengesteld woord? Dan kunt u het soms in een paar woorden zeggen.';
        report({
          start: word.start,
          end: word.end,
          message: `"${word.text}" is een lang woord (${syllables} lettergrepen). Zoek een korter woord of leg het uit.${parts}`,
          explanation:
            'Lange woorden zijn moeilijk te lezen. Vaak zijn het woorden die aan elkaar vastzitten, zoals "gemeentebelastingen". Schrijf het anders: "belasting die u aan de gemeente betaalt". Of leg het woord één keer uit.',
        });
      }
    }
  },
};
