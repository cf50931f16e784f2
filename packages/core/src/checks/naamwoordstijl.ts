import type {CheckDefinition} from './context.js';
import {sentencesIn} from './context.js';
import {readabilityData} from '../readability/plugin.js';
import type {Tagger} from '../readability/tagger.js';
import {verbShape} from './verb-shape.js';

const legalReference = new Set(['artikel', 'artikelen', 'lid', 'hoofdstuk', 'paragraaf', 'afdeling']);

/**
 * Nominalisations: "het indienen van", "de verstrekking van". A verb is shorter and more direct. The advice names
 * the verb in a sentence shape that is correct Dutch ("wij betalen ... uit", not "wij uitbetalen"), so a noun is
 * reported only when the frequency list shows its verb exists: "de energielening van" is a loan, not an action.
 */
export const nominalisationCheck: CheckDefinition = {
  id: 'naamwoordstijl',
  title: 'Naamwoordstijl',
  description: 'Een omweg met een zelfstandig naamwoord, zoals "het indienen van".',
  usesOrganisationWords: false,
  defaultSeverity: 'info',
  async run({model, report, resources}) {
    const concreteIngNouns = resources.wordLists['gewone-ing-woorden'].words;
    const noActor = resources.wordLists['werkwoorden-zonder-doener'].words;
    const sentences = sentencesIn(model, 'prose');
    if (!sentences.some((sentence) => sentence.words.some((word) => word.lower === 'van'))) return;
    let tagger: Tagger;
    try {
      tagger = await readabilityData(resources);
    } catch {
      return; // Without the frequency list no verb can be checked, and advice with a made-up verb is worse than none.
    }
    for (const sentence of sentences) {
      const words = sentence.words;
      for (let index = 0; index + 2 < words.length; index++) {
        const article = words[index]!;
        const noun = words[index + 1]!;
        const van = words[index + 2]!;
        if (van.lower !== 'van' || noun.kind !== 'word' || noun.punctBefore !== '' || van.punctBefore !== '') continue;
        // "de toepassing van artikel 8": the fixed wording of a legal reference, which a rewrite can change.
        if (legalReference.has(words[index + 3]?.lower ?? '')) continue;
        let infinitive: string | undefined;
        if (article.lower === 'het' && /^[a-z]{3,}(?:en)$/.test(noun.lower) && !/(?:heden|schappen|ingen|ten)$/.test(noun.lower) && noun.lower.length >= 7) {
          infinitive = noun.lower; // het indienen van -> indienen
        } else if (article.lower === 'de' && /^[a-z]{4,}ing$/.test(noun.lower) && !concreteIngNouns.has(noun.lower)) {
          infinitive = noun.lower.slice(0, -3) + 'en'; // de verstrekking van -> verstrekken
        }
        let shape = infinitive ? verbShape(infinitive, tagger) : undefined;
        // de herziening van -> herzien (not herzienen)
        if (!shape && infinitive && /(?:ie|oe)nen$/.test(infinitive)) shape = verbShape(infinitive.slice(0, -2), tagger);
        if (!shape) continue;
        const actual = model.text.slice(article.start, van.end);
        if (noActor.has(shape.infinitive)) {
          // "het verstrijken van de datum": no one acts, so no "wij"; the thing after "van" is the subject.
          report({
            start: article.start,
            end: van.end,
            message: `Gebruik een werkwoord in plaats van "${actual}". Schrijf bijvoorbeeld: "als ... ${shape.thirdPerson}".`,
            explanation:
              'Naamwoordstijl maakt een zin zwaar. "Na het verstrijken van de termijn" is een omweg. Schrijf: "Als de termijn voorbij is." Dan leest de zin makkelijker.',
          });
          index += 2;
          continue;
        }
        const main = shape.mainClause ? `"wij ${shape.mainClause}"` : `"wij gaan ... ${shape.infinitive}"`;
        report({
          start: article.start,
          end: van.end,
          message: `Gebruik een werkwoord in plaats van "${actual}". Schrijf bijvoorbeeld: ${main} of "u kunt ... ${shape.infinitive}".`,
          explanation:
            'Naamwoordstijl maakt een zin zwaar. "Het indienen van een aanvraag" is een lange omweg. Schrijf: "U vraagt ... aan." Of: "Wij betalen ..." in plaats van "de betaling van". Dan staat er wie iets doet.',
        });
        index += 2;
      }
    }
  },
};
