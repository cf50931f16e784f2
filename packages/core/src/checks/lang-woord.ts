import type {CheckDefinition} from './context.js';
import {forEachWord, looksLikeCode, looksLikeName} from './context.js';
import {countSyllables} from '../readability/syllables.js';
import {withTagger} from './curated.js';

/**
 * A long word that readers meet often is no hard word: "identiteitsbewijs", "verantwoordelijkheid". Zipf 3 is once
 * per million words of the SUBTLEX-NL frequency list (the readability lexicon), which long words seldom reach.
 */
const familiarZipf = 3;

export const longWordCheck: CheckDefinition = {
  id: 'lang-woord',
  title: 'Lang woord',
  description: 'Een woord met veel lettergrepen of letters.',
  usesOrganisationWords: true,
  defaultSeverity: 'info',
  run({model, config, report, resources}) {
    const accepted = new Set(config.words.map((word) => word.toLowerCase()));
    const {wordSyllables, wordLetters} = config.thresholds;
    // Without the frequency list every long word counts as unfamiliar.
    return withTagger(resources, (tagger) =>
      forEachWord(model, 'prose', (word) => {
        if (accepted.has(word.lower) || looksLikeName(word.text, word.index)) return;
        const letters = word.text.length;
        if (letters < 10 || looksLikeCode(word.text)) return;
        const syllables = countSyllables(word.lower);
        if (syllables < wordSyllables && letters < wordLetters) return;
        if ((tagger?.lexicon.get(word.lower)?.zipf ?? 0) >= familiarZipf) return;
        const parts = word.text.includes('-') ? '' : ' Is het een samengesteld woord? Dan kunt u het soms in een paar woorden zeggen.';
        report({
          start: word.start,
          end: word.end,
          message: `"${word.text}" is een lang woord (${syllables} lettergrepen). Zoek een korter woord of leg het uit.${parts}`,
          explanation:
            'Lange woorden zijn moeilijk te lezen. Vaak zijn het woorden die aan elkaar vastzitten, zoals "gemeentebelastingen". Schrijf het anders: "belasting die u aan de gemeente betaalt". Of leg het woord één keer uit.',
        });
      }),
    );
  },
};
