import type {CheckDefinition} from './context.js';
import {readerForm, sentencesIn} from './context.js';
import {readabilityData} from '../readability/plugin.js';
import type {Tagger} from '../readability/tagger.js';
import {verbShape, type VerbShape} from './verb-shape.js';
import type {Token} from '../model.js';

const legalReference = new Set(['artikel', 'artikelen', 'lid', 'hoofdstuk', 'paragraaf', 'afdeling']);
const thanks = new Set(['bedankt', 'dank', 'dankjewel', 'dankuwel', 'bedanken', 'danken']);

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
        // "Bedankt voor het invullen van het formulier": a plain thank-you; "wij vullen ... in" would name the wrong person.
        if (words[index - 1]?.lower === 'voor' && words.slice(Math.max(0, index - 4), index - 1).some((word) => thanks.has(word.lower))) continue;
        // "uw aanvraag voor het terugvragen van kosten": the name of a kind of request; a verb does not fit there.
        if (requestFor.has(words[index - 1]?.lower ?? '') && requests.has(words[index - 2]?.lower ?? '')) continue;
        // "het ontwerp, de inrichting en de ontwikkeling van": one noun of a row; a verb would break the row.
        if (inRowOfNouns(words, index, tagger)) continue;
        // "het opstellen van de regeling;": an item of a list in a regulation names a subject, it is no sentence.
        if (/[;:•]/.test(article.punctBefore) || (index === 0 && /^\p{Ll}/u.test(article.text) && /;/.test(model.text.slice(van.end, sentence.end + 1)))) continue;
        // "U heeft de verlenging van uw pas geweigerd", "als iemand moeite heeft met het verwerken van": someone else
        // acts, so "wij ..." names the wrong person.
        const actor = actorOf(words, index);
        if (actor === 'other') continue;
        let infinitive: string | undefined;
        // "het inkomen van", "het vermogen van": a noun of its own, no action (gewone-ing-woorden lists them too).
        if (article.lower === 'het' && /^[a-z]{3,}(?:en)$/.test(noun.lower) && !/(?:heden|schappen|ingen|ten)$/.test(noun.lower) && noun.lower.length >= 7 && !concreteIngNouns.has(noun.lower)) {
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
          // "voor het verstrijken van" is before it happens ("voordat"), "na het verstrijken van" after it ("nadat").
          const before = words[index - 1]?.lower;
          const conjunction = before === 'voor' || before === 'vóór' ? 'voordat' : before === 'na' ? 'nadat' : 'als';
          report({
            start: article.start,
            end: van.end,
            message: `Gebruik een werkwoord in plaats van "${actual}". Schrijf bijvoorbeeld: "${conjunction} ... ${shape.thirdPerson}".`,
            explanation:
              'Naamwoordstijl maakt een zin zwaar. "Na het verstrijken van de termijn" is een omweg. Schrijf: "Als de termijn voorbij is." Dan leest de zin makkelijker.',
          });
          index += 2;
          continue;
        }
        // "de afhandeling van uw aanvraag door de gemeente": the actor is there, so it becomes the subject.
        const byActor = shape.mainClause ? actorSentence(words, index + 3, shape, tagger, model.text) : undefined;
        if (byActor) {
          const phrase = model.text.slice(article.start, byActor.end);
          report({
            start: article.start,
            end: byActor.end,
            message: `Gebruik een werkwoord in plaats van "${phrase}". Schrijf bijvoorbeeld: "${byActor.sentence}".`,
            explanation: 'Naamwoordstijl maakt een zin zwaar. Na "door" staat wie iets doet. Maak dat het onderwerp van de zin, met een werkwoord erbij. Dan leest de zin makkelijker.',
          });
          index = byActor.last;
          continue;
        }
        if (actor === 'unknown') {
          // "Om de ontwikkeling van de woningbouw aan te laten sluiten", "over de besteding van dat fonds kan worden
          // besloten": the sentence does not say who acts, so the advice names no one.
          report({
            start: article.start,
            end: van.end,
            message: `Gebruik een werkwoord in plaats van "${actual}", als dat kan: "${shape.infinitive}". Zeg dan ook wie het doet.`,
            explanation: 'Naamwoordstijl maakt een zin zwaar. In deze zin staat niet wie iets doet. Met een werkwoord moet u dat wel zeggen. Weet u wie het doet? Maak die dan het onderwerp van de zin.',
          });
          index += 2;
          continue;
        }
        const main = shape.mainClause ? `"wij ${shape.mainClause}"` : `"wij gaan ... ${shape.infinitive}"`;
        // "Als u problemen heeft met het bevestigen van uw e-mailadres": the reader acts, so the advice names only "u".
        // A text that says "je" gets "je kunt" (round r64: "u kunt ... voorkomen" on a page in "je").
        const reader = readerForm(model) === 'je' ? 'je kunt' : 'u kunt';
        const example = actor === 'reader' ? `"${reader} ... ${shape.infinitive}"` : `${main} of "${reader} ... ${shape.infinitive}"`;
        report({
          start: article.start,
          end: van.end,
          message: `Gebruik een werkwoord in plaats van "${actual}". Schrijf bijvoorbeeld: ${example}.`,
          explanation:
            'Naamwoordstijl maakt een zin zwaar. "Het indienen van een aanvraag" is een lange omweg. Schrijf: "U vraagt ... aan." Of: "Wij betalen ..." in plaats van "de betaling van". Dan staat er wie iets doet.',
        });
        index += 2;
      }
    }
  },
};

const requests = new Set(['aanvraag', 'aanvragen', 'verzoek', 'verzoeken']);
const requestFor = new Set(['voor', 'om', 'tot']);
const conjunctions = new Set(['en', 'of', 'en/of']);
const determiners = new Set(['de', 'het', 'een']);

/** "het ontwerp, de inrichting en de ontwikkeling van": "en" or "of" after another noun with its article. */
function inRowOfNouns(words: Token[], index: number, tagger: Tagger): boolean {
  const before = words[index - 1];
  const noun = words[index - 2];
  if (!before || !noun || !conjunctions.has(before.lower)) return false;
  return tagger.lexicon.get(noun.lower)?.nounClass !== undefined && determiners.has(words[index - 3]?.lower ?? '');
}

const writer = new Set(['wij', 'we', 'ons', 'onze']);
const reader = new Set(['u', 'je', 'jij']);
// Not "ze" or "zij": they are often things ("waar ze komen") or the organisation itself.
const otherPeople = new Set(['iemand', 'hij', 'men', 'niemand', 'iedereen']);
const prepositions = new Set(['van', 'voor', 'bij', 'met', 'over', 'na', 'vóór', 'tijdens', 'door', 'in', 'op', 'aan', 'om', 'tot', 'zonder', 'naar']);

/**
 * Who acts in the clause of the nominalisation at `index`: the writer ("wij" in the sentence), someone else (another
 * person is the subject, or the reader is, with the nominalisation as the object: "U heeft de verlenging ...
 * geweigerd"), no one we can name (a purpose clause "om ... te", a passive without "door"), the reader ("u" before
 * it: "als u problemen heeft met het bevestigen van"), or open.
 */
function actorOf(words: Token[], index: number): 'writer' | 'reader' | 'other' | 'unknown' | 'open' {
  if (words.some((word) => writer.has(word.lower))) return 'writer';
  const before = words.slice(0, index);
  if (before.some((word) => otherPeople.has(word.lower))) return 'other';
  if (words[0]?.lower === 'u' && !prepositions.has(words[index - 1]?.lower ?? '')) {
    // "U wordt verzocht de verstrekking van ... te regelen", "U dient de betaling van ... te regelen": the reader is
    // asked to do it. "U heeft de verlenging van ... geweigerd": someone else acts.
    const asked = words[1]?.lower === 'wordt' || words[1]?.lower === 'werd' || words.slice(index + 3).some((word) => word.lower === 'te');
    return asked ? 'reader' : 'other';
  }
  if (before.some((word) => word.lower === 'om') && words.slice(index + 3).some((word) => word.lower === 'te')) return 'unknown';
  const passive = words.some((word, at) => (word.lower === 'worden' || word.lower === 'wordt') && at > index) && !words.some((word) => word.lower === 'door');
  if (passive) return 'unknown';
  return before.some((word) => reader.has(word.lower)) ? 'reader' : 'open';
}

const actorDeterminers = new Set(['de', 'het', 'een', 'onze', 'uw', 'je', 'jouw']);
// "door middel van", "door een fout": a means or a cause after "door", not someone who acts.
const notAnActor = new Set(['middel', 'fout', 'fouten', 'oorzaak', 'omstandigheden', 'storing', 'vertraging', 'drukte', 'ziekte']);

/**
 * "van <object> door <actor>" after a nominalisation, in one clause: the sentence with the actor as subject,
 * "de gemeente handelt uw aanvraag af". "door ons" becomes "wij", "door u" stays "u". The actor is a determiner and
 * a noun (and a name after it: "de gemeente Zwolle"); the object is one to six words.
 */
function actorSentence(words: Token[], from: number, shape: VerbShape, tagger: Tagger, text: string): {sentence: string; end: number; last: number} | undefined {
  let door = -1;
  for (let at = from; at < Math.min(words.length, from + 7); at++) {
    if (words[at]!.punctBefore !== '' || words[at]!.kind !== 'word') return undefined;
    if (words[at]!.lower === 'door') {
      door = at;
      break;
    }
  }
  if (door <= from) return undefined;
  const first = words[door + 1];
  if (!first || first.punctBefore !== '') return undefined;
  const object = text.slice(words[from]!.start, words[door - 1]!.end);
  const verb = (subject: string, plural: boolean, last: number) => {
    const form = plural ? shape.mainClause! : shape.mainClauseThird!;
    return {sentence: `${subject} ${form.replace('...', object)}`, end: words[last]!.end, last};
  };
  if (first.lower === 'ons') return verb('wij', true, door + 1);
  if (first.lower === 'u') return verb('u', false, door + 1);
  const noun = words[door + 2];
  if (!actorDeterminers.has(first.lower) || !noun || noun.punctBefore !== '' || notAnActor.has(noun.lower)) return undefined;
  if (tagger.lexicon.get(noun.lower)?.nounClass === undefined) return undefined;
  let last = door + 2;
  while (/^\p{Lu}/u.test(words[last + 1]?.text ?? '') && words[last + 1]!.punctBefore === '') last++;
  const plural = first.lower !== 'het' && first.lower !== 'een' && isPlural(noun.lower, tagger);
  return verb(text.slice(first.start, words[last]!.end), plural, last);
}

/** medewerkers (medewerker), gemeenten (gemeente), ouders (ouder): a noun that is the plural of a known noun. */
function isPlural(noun: string, tagger: Tagger): boolean {
  const known = (form: string) => form.length >= 3 && tagger.lexicon.get(form)?.nounClass !== undefined;
  if (noun.endsWith('s')) return known(noun.slice(0, -1));
  if (noun.endsWith('en')) return known(noun.slice(0, -2)) || known(noun.slice(0, -1));
  return false;
}
