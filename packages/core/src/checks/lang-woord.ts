import type {CheckDefinition} from './context.js';
import type {Sentence, Token} from '../model.js';
import {forEachWord, looksLikeCode, looksLikeName, ruleCoveredStarts} from './context.js';
import {countSyllables} from '../readability/syllables.js';
import {withTagger} from './curated.js';

/**
 * A long word that readers meet often is no hard word: "identiteitsbewijs", "verantwoordelijkheid". Zipf 3 is once
 * per million words of the SUBTLEX-NL frequency list (the readability lexicon), which long words seldom reach.
 */
const familiarZipf = 3;

/**
 * A compound of two common words is familiar a little lower on that scale, Zipf 2.5 (about once in three million
 * words): "registratienummer" is registratie + nummer, both far above Zipf 3, and the official name of the number
 * a reader must ask for. A long word that is no such compound ("inventarisatie", Zipf 2.6) stays hard.
 */
const familiarCompoundZipf = 2.5;
const commonPartZipf = 3;
/**
 * A compound the subtitles use now and then (Zipf 2, about once in ten million words) whose two parts are everyday
 * words (Zipf 3.6, about four times per million) is familiar too: "energierekening" (2.4; energie 4.6, rekening
 * 4.8), "betalingsregeling" (2.1), "communicatiemiddelen" (round r62: long-word tips on such words were not
 * useful). Rarer compounds stay a tip: "gemeentebelastingen" (1.7), "inkomstenverhouding" (never seen).
 */
const attestedZipf = 2;
const everydayPartZipf = 3.6;
const minPartLength = 4;

function familiarWord(word: string, zipf: (word: string) => number | undefined): boolean {
  const own = zipf(word) ?? 0;
  if (own >= familiarZipf) return true;
  if (own < attestedZipf) return false;
  const partZipf = own >= familiarCompoundZipf ? commonPartZipf : everydayPartZipf;
  const common = (part: string) => part.length >= minPartLength && (zipf(part) ?? 0) >= partZipf;
  for (let at = minPartLength; at <= word.length - minPartLength; at++) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    // With a linking s: "omgevings" + "vergunning".
    if (common(tail) && (common(head) || (head.endsWith('s') && common(head.slice(0, -1))))) return true;
  }
  return false;
}

/**
 * A word inside a name that the sentence introduces with its abbreviation: "de Tijdelijke overbruggingsregeling
 * zelfstandig ondernemers (Tozo)", "de Wet maatschappelijke ondersteuning (Wmo)". The name starts with a capital in
 * mid-sentence at most three words before, the abbreviation follows in brackets at most four words after, and no
 * punctuation breaks the name. The writer cannot rename a regulation.
 */
function inIntroducedName(word: Token, sentence: Sentence): boolean {
  const words = sentence.words;
  let start = -1;
  for (let at = word.index; at >= Math.max(1, word.index - 3); at--) {
    if (at < word.index && words[at + 1]!.punctBefore.trim() !== '') break;
    if (/^\p{Lu}\p{Ll}/u.test(words[at]!.text)) start = at;
  }
  if (start === -1) return false;
  for (let at = word.index + 1; at <= Math.min(words.length - 1, word.index + 5); at++) {
    const before = words[at]!.punctBefore.trim();
    if (before === '(') return /^\p{Lu}[\p{L}\d-]{1,9}$/u.test(words[at]!.text) && words[at]!.text !== words[at]!.text.toLowerCase();
    if (before !== '') return false;
  }
  return false;
}

export const longWordCheck: CheckDefinition = {
  id: 'lang-woord',
  title: 'Lang woord',
  description: 'Een woord met veel lettergrepen of letters.',
  usesOrganisationWords: true,
  defaultSeverity: 'info',
  run({model, config, report, resources, engine}) {
    const accepted = new Set(config.words.map((word) => word.toLowerCase()));
    const {wordSyllables, wordLetters} = config.thresholds;
    // One tip per word and text: a letter that says "betalingsverplichting" twice needs the advice once.
    const reported = new Set<string>();
    // Without the frequency list every long word counts as unfamiliar.
    return withTagger(resources, (tagger) =>
      forEachWord(model, 'prose', (word, sentence) => {
        if (accepted.has(word.lower) || reported.has(word.lower) || looksLikeName(word.text, word.index)) return;
        const letters = word.text.length;
        if (letters < 10 || looksLikeCode(word.text)) return;
        const syllables = countSyllables(word.lower);
        if (syllables < wordSyllables && letters < wordLetters) return;
        if (tagger && familiarWord(word.lower, (item) => tagger.lexicon.get(item)?.zipf)) return;
        // A word a curated rule advises on gets that rule's advice (once, where it first stands), not a second tip.
        if (ruleCoveredStarts(engine, sentence).has(word.start) || inIntroducedName(word, sentence)) return;
        reported.add(word.lower);
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
