import type {CheckDefinition} from './context.js';
import type {Token} from '../model.js';
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
      // "leidinggevende.U krijgt dan ...": short sentences without a space after the full stop read as one. That is
      // a missing space (the spelling check reports it), not a long sentence.
      if (gluedParts(sentence.words).every((part) => part <= limit)) continue;
      // Two sentences without a full stop between them ("... kun je niet stemmen Tussen 24 februari ..."): the
      // advice is the missing full stop, when the parts are short enough.
      const restart = missingStop(sentence.words);
      const parts = restart === undefined ? [] : [restart.index, count - restart.index];
      const message =
        restart !== undefined && parts.every((part) => part <= limit)
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

// Two words glued at a full stop, the second with a capital: "leidinggevende.U", "erbij.In".
const gluedStop = /^\p{Ll}{2,}\.\p{Lu}\p{Ll}*$/u;

/** The word counts of the sentences glued together at full stops without a space; one part when there are none. */
function gluedParts(words: Token[]): number[] {
  const parts = [0];
  for (const word of words) {
    parts[parts.length - 1]!++;
    if (gluedStop.test(word.text)) parts.push(1);
  }
  return parts;
}

/** Words that start a sentence and are no part of a name: "Dan", "Tussen", "Een", "In". */
const sentenceStarts = new Set(['dan', 'daarna', 'daarom', 'daarmee', 'dat', 'dit', 'deze', 'de', 'het', 'een', 'er', 'u', 'wij', 'we', 'ook', 'als', 'in', 'op', 'tussen', 'voor', 'na', 'met', 'bij', 'hierin', 'hiervoor', 'zo']);

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
