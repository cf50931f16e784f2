import type {CheckDefinition} from './context.js';
import type {Token} from '../model.js';
import {sentencesIn} from './context.js';
import {openingWords} from '../letter/words.js';
import {monthNames} from '../letter/structure.js';

/** Words that count for length: names and placeholders count as one word, numbers too, and a date ("20 juli 2024"). */
export const longSentenceCheck: CheckDefinition = {
  id: 'lange-zin',
  title: 'Lange zin',
  description: 'Een zin met te veel woorden.',
  usesOrganisationWords: false,
  defaultSeverity: 'warning',
  run({model, config, report}) {
    const limit = config.thresholds.sentenceWords;
    for (const sentence of sentencesIn(model, 'prose')) {
      if (sentence.words.length <= limit) continue;
      const count = sentence.words.length - dateWords(sentence.words);
      // Two sentences without a full stop between them ("... kun je niet stemmen Tussen 24 februari ..."): the
      // advice is the missing full stop, when the parts are short enough. It says no count, so the dates count.
      const restart = missingStop(sentence.words);
      const parts = restart === undefined ? [] : [restart.index, sentence.words.length - restart.index];
      const stop = restart !== undefined && parts.every((part) => part <= limit);
      if (!stop && (count <= limit || oneStretch(sentence.words, count, limit))) continue;
      const message =
        stop
          ? `Mist hier een punt? In de zin "${openingWords(model.text, sentence.start, sentence.end)}" begint "${restart.text}" met een hoofdletter. Zet er een punt voor, dan zijn het twee korte zinnen.`
          : `De zin "${openingWords(model.text, sentence.start, sentence.end)}" heeft ${count} woorden. Dat is te lang. Maak er twee of meer zinnen van, met ${limit} woorden of minder.`;
      report({
        start: sentence.start,
        end: sentence.words.at(-1)!.end,
        message,
        explanation:
          'Bij een lange zin moet de lezer veel onthouden. Dan raakt de lezer de draad kwijt. Zet één boodschap in één zin. Begin een nieuwe zin waar u nu "en", "maar" of "omdat" schrijft.',
      });
    }
  },
};

/**
 * Words that start a sentence and are no part of a name: "Dan", "Tussen", "Een", "In"; and the pronouns, which
 * have a capital in mid-sentence only there ("brieven waarin staat welke Ik vind het ...").
 */
const sentenceStarts = new Set(['ik', 'hij', 'zij', 'ze', 'je', 'jij', 'dan', 'daarna', 'daarom', 'daarmee', 'dat', 'dit', 'deze', 'de', 'het', 'een', 'er', 'u', 'wij', 'we', 'ook', 'als', 'in', 'op', 'tussen', 'voor', 'na', 'met', 'bij', 'hierin', 'hiervoor', 'zo']);

/**
 * A word with a capital in the middle of a sentence, without punctuation around it and before a word in lower case
 * or a number, that usually starts a sentence: "stemmen Tussen 24 februari", "MijnP&O Dan pas". A name has a
 * capital on the next word as well ("in De Pijp", "Het Parool").
 */
function missingStop(words: Token[]): Token | undefined {
  for (let index = 1; index < words.length - 1; index++) {
    const word = words[index]!;
    const next = words[index + 1]!;
    if (word.punctBefore.trim() !== '' || next.punctBefore.trim() !== '' || !/^\p{Lu}\p{Ll}*$/u.test(word.text)) continue;
    if (!sentenceStarts.has(word.lower) || !/^[\p{Ll}\d]/u.test(next.text)) continue;
    return word;
  }
  return undefined;
}

const months = new Set(monthNames);

/**
 * How many words the dates in a sentence add beyond one word each: "20 juli 2024" is read as one thing, like a
 * number (round r47: "van 20 juli 2024 tot en met 4 januari 2025" counted as 8 words made a plain sentence "long").
 */
function dateWords(words: Token[]): number {
  let extra = 0;
  for (let index = 0; index + 1 < words.length; index++) {
    const day = words[index]!;
    const month = words[index + 1]!;
    if (!/^\d{1,2}$/.test(day.text) || month.punctBefore.trim() !== '' || !months.has(month.lower)) continue;
    const year = words[index + 2];
    const withYear = year !== undefined && year.punctBefore.trim() === '' && /^\d{4}$/.test(year.text);
    extra += withYear ? 2 : 1;
    index += withYear ? 2 : 1;
  }
  return extra;
}

/**
 * A sentence just over the limit (at most a tenth more: 21 or 22 words for 20) with no comma, colon, semicolon,
 * dash or bracket inside reads in one stretch: "U ziet deze tip omdat u in Amsterdam woont en 18 jaar of ouder
 * bent op de dag van de verkiezingen" (round r47: judged clear as it is). Longer, or with a break in it, it is long.
 */
function oneStretch(words: Token[], count: number, limit: number): boolean {
  if (count > limit + Math.floor(limit / 10)) return false;
  return words.every((word, index) => index === 0 || word.punctBefore.trim() === '');
}
