import type {CheckDefinition} from './context.js';
import {sentencesIn} from './context.js';

const coordinators = new Set(['en', 'of', 'maar', 'want', 'dus', 'noch']);
// A noun with on- names a thing, it denies nothing: "geen vermoeden van onregelmatigheden" (round r64).
const negativeNoun = /(?:heid|heden|ing|ingen|schap)$/;
const notNegativePrefix = /^(?:ont|onder|ons|onze|onl|onmiddellijk|ongeveer|onrust)/;

/** Double negation: two negations in one clause ("niet onmogelijk", "niemand ... geen"). */
export const doubleNegationCheck: CheckDefinition = {
  id: 'dubbele-ontkenning',
  title: 'Dubbele ontkenning',
  description: 'Twee ontkenningen in één zin, zoals "niet onmogelijk".',
  usesOrganisationWords: false,
  defaultSeverity: 'warning',
  run({model, report, resources}) {
    const negations = resources.wordLists.ontkenningen.words;
    for (const sentence of sentencesIn(model, 'prose')) {
      const words = sentence.words;
      for (let index = 0; index < words.length; index++) {
        const first = words[index]!;
        if (!negations.has(first.lower) || first.lower === 'zonder') continue;
        for (let at = index + 1; at < Math.min(words.length, index + 6); at++) {
          const second = words[at]!;
          if (/[,;:]/.test(second.punctBefore)) break;
          // "en", "of" or "maar" joins two clauses or two conditions, each with its own negation: "Komt u niet en
          // laat u niets weten", "niet tijdig of onvolledig verstrekt" (round r62).
          if (coordinators.has(second.lower)) break;
          const negativeWord =
            (negations.has(second.lower) && second.lower !== first.lower) ||
            (second.lower.length >= 7 && second.lower.startsWith('on') && !notNegativePrefix.test(second.lower) && !negativeNoun.test(second.lower));
          if (!negativeWord) continue;
          report({
            start: first.start,
            end: second.end,
            message: `Hier staan twee ontkenningen ("${model.text.slice(first.start, second.end)}"). Zeg het positief.`,
            explanation:
              'Twee ontkenningen in één zin zijn moeilijk. De lezer moet dan puzzelen wat u bedoelt. "Het is niet onmogelijk" betekent "het kan". Schrijf dus wat wel zo is.',
          });
          index = at;
          break;
        }
      }
    }
  },
};
