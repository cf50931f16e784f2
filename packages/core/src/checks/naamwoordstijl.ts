import type {CheckDefinition} from './context.js';
import {sentencesIn} from './context.js';

/** Nominalisations: "het indienen van", "de verstrekking van". A verb is shorter and more direct. */
export const nominalisationCheck: CheckDefinition = {
  id: 'naamwoordstijl',
  title: 'Naamwoordstijl',
  description: 'Een omweg met een zelfstandig naamwoord, zoals "het indienen van".',
  usesOrganisationWords: false,
  defaultSeverity: 'info',
  run({model, report, resources}) {
    const concreteIngNouns = resources.wordLists['gewone-ing-woorden'].words;
    for (const sentence of sentencesIn(model, 'prose')) {
      const words = sentence.words;
      for (let index = 0; index + 2 < words.length; index++) {
        const article = words[index]!;
        const noun = words[index + 1]!;
        const van = words[index + 2]!;
        if (van.lower !== 'van' || noun.kind !== 'word' || noun.punctBefore !== '' || van.punctBefore !== '') continue;
        let verb: string | undefined;
        if (article.lower === 'het' && /^[a-z]{3,}(?:en)$/.test(noun.lower) && !/(?:heden|schappen|ingen|ten)$/.test(noun.lower) && noun.lower.length >= 7) {
          verb = noun.lower; // het indienen van -> indienen
        } else if (article.lower === 'de' && /^[a-z]{4,}ing$/.test(noun.lower) && !concreteIngNouns.has(noun.lower)) {
          verb = noun.lower.slice(0, -3) + 'en'; // de verstrekking van -> verstrekken
        }
        if (!verb) continue;
        const actual = model.text.slice(article.start, van.end);
        report({
          start: article.start,
          end: van.end,
          message: `Gebruik een werkwoord in plaats van "${actual}". Schrijf bijvoorbeeld: "wij ${verb} ..." of "u kunt ... ${verb}".`,
          explanation:
            'Naamwoordstijl maakt een zin zwaar. "Het indienen van een aanvraag" is een lange omweg. Schrijf: "U vraagt ... aan." Of: "Wij betalen ..." in plaats van "de betaling van". Dan staat er wie iets doet.',
        });
        index += 2;
      }
    }
  },
};
