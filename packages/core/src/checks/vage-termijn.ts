import type {CheckDefinition} from './context.js';
import {earlierFindings, sentencesIn} from './context.js';
import type {Token} from '../model.js';
import type {Resources} from '../resources.js';

/**
 * Vague deadlines: "binnen zes weken na dagtekening", "zo spoedig mogelijk", "op korte termijn". A resident
 * cannot count back from a "dagtekening"; a date can be read by everyone.
 */
const numberWords = new Set(['een', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'veertien', 'vijftien', 'twintig', 'dertig']);
const units = new Set(['dag', 'dagen', 'werkdag', 'werkdagen', 'week', 'weken', 'maand', 'maanden', 'jaar']);
const anchors = new Set(['dagtekening', 'verzending', 'verzenddatum', 'ontvangst', 'datum', 'bekendmaking', 'uitreiking', 'toezending', 'beschikking', 'besluit', 'brief']);

/** The vague phrases as word lists and their first words, made once per set of resources instead of per letter. */
const phrases = new WeakMap<Resources, {vaguePhrases: string[][]; phraseStarts: Set<string>}>();
function phrasesOf(resources: Resources): {vaguePhrases: string[][]; phraseStarts: Set<string>} {
  let known = phrases.get(resources);
  if (!known) {
    const vaguePhrases = resources.wordLists['vage-termijnen'].entries.map((entry) => entry.word.split(' '));
    known = {vaguePhrases, phraseStarts: new Set(vaguePhrases.map((phrase) => phrase[0]!))};
    phrases.set(resources, known);
  }
  return known;
}

export const vagueDeadlineCheck: CheckDefinition = {
  id: 'vage-termijn',
  title: 'Vage termijn',
  description: 'Een datum die de lezer zelf moet uitrekenen of raden, zoals "binnenkort".',
  usesOrganisationWords: false,
  defaultSeverity: 'warning',
  run({model, report, resources, file}) {
    const {vaguePhrases, phraseStarts} = phrasesOf(resources);
    // A phrase whose word advice (moeilijk-woord runs first) already asks for the date ("'Tijdig' is formeel. Schrijf
    // 'op tijd', of noem de datum.") gets no second finding on the same words: one piece of advice, with its quick fix.
    const askedForDate = new Set(
      earlierFindings(file, 'moeilijk-woord')
        .filter((finding) => /\bdatum\b/.test(finding.message))
        .map((finding) => `${finding.start}:${finding.end}`),
    );
    // The exceptions are data too: words that open a purpose ("om", "teneinde") and words for danger or urgency.
    const purposeWords = resources.wordLists.doelwoorden.words;
    // For danger and emergencies "zo snel mogelijk" is the honest promise: a fixed term would promise less.
    const urgencyWords = resources.wordLists.spoedwoorden.words;
    const sentences = sentencesIn(model, 'prose');
    for (const [sentenceIndex, sentence] of sentences.entries()) {
      const words = sentence.words;
      for (let index = 0; index < words.length; index++) {
        const relative = relativeDeadline(words, index);
        if (relative) {
          report({
            start: words[index]!.start,
            end: words[relative]!.end,
            message: 'De lezer kan deze termijn niet goed uitrekenen. Noem de datum, bijvoorbeeld "vóór 15 maart 2026".',
            explanation:
              'Veel mensen weten niet wat "dagtekening" is. Ook "binnen zes weken" is lastig: vanaf welke dag tel je? Zet de echte datum in de brief. Dan weet iedereen wanneer het moet.',
          });
          index = relative;
          continue;
        }
        if (!phraseStarts.has(words[index]!.lower)) continue;
        for (const phrase of vaguePhrases) {
          if (!phrase.every((part, offset) => words[index + offset]?.lower === part && (offset === 0 || words[index + offset]!.punctBefore === ''))) continue;
          // "om zo snel mogelijk ... op te lossen" is the aim of an action, not a promise of when: no date fits.
          // "zo snel mogelijk. In ieder geval binnen 3 werkdagen.": the term is there, in this sentence or the next.
          const termGiven = countedTerm(words) || countedTerm(sentences[sentenceIndex + 1]?.words ?? []);
          if (termGiven || purposeClause(words, index, index + phrase.length, purposeWords) || words.some((word) => urgencyWords.has(word.lower)) || turnsAnAge(words, index + phrase.length)) break;
          const last = words[index + phrase.length - 1]!;
          if (askedForDate.has(`${words[index]!.start}:${last.end}`)) break;
          report({
            start: words[index]!.start,
            end: last.end,
            message: `"${model.text.slice(words[index]!.start, last.end)}" is vaag. Noem een datum of een aantal dagen.`,
            explanation: 'Wat is "snel" of "tijdig"? Dat weet de lezer niet. Schrijf wanneer iets klaar moet zijn: "vóór 1 mei" of "binnen 5 werkdagen".',
          });
          index += phrase.length - 1;
          break;
        }
      }
    }
  },
};

/** "binnen zes weken na (de) dagtekening (van deze brief)": returns the index of the last word, or undefined. */
function relativeDeadline(words: Token[], index: number): number | undefined {
  if (words[index]!.lower !== 'binnen') return undefined;
  const amount = words[index + 1];
  const unit = words[index + 2];
  if (!amount || !unit || !(numberWords.has(amount.lower) || /^\d{1,3}$/.test(amount.lower)) || !units.has(unit.lower)) return undefined;
  let at = index + 3;
  const link = words[at];
  if (!link || !['na', 'vanaf', 'van', 'nadat', 'sinds'].includes(link.lower) || link.punctBefore !== '') return undefined;
  // Take the anchor phrase: up to five words that end in an anchor word (de datum van deze brief).
  for (let look = at + 1; look < Math.min(words.length, at + 6); look++) {
    if (words[look]!.punctBefore !== '') break;
    if (anchors.has(words[look]!.lower)) {
      at = look;
      if (words[at + 1]?.lower === 'van' && words[at + 2]?.lower === 'deze' && words[at + 3]?.lower === 'brief') at += 3;
      return at;
    }
  }
  return undefined;
}

/** The phrase sits in "om ... te <verb>": "om (het probleem) zo snel mogelijk op te lossen" (purposeWords: om, teneinde). */
function purposeClause(words: Token[], start: number, end: number, purposeWords: ReadonlySet<string>): boolean {
  let om = -1;
  for (let at = start - 1; at >= Math.max(0, start - 4); at--) {
    if (purposeWords.has(words[at]!.lower)) {
      om = at;
      break;
    }
    if (words[at + 1]!.punctBefore !== '') return false;
  }
  if (om === -1) return false;
  for (let at = end; at < Math.min(words.length, end + 12); at++) {
    if (words[at]!.punctBefore !== '') return false;
    if (words[at]!.lower === 'te') return true;
  }
  return false;
}

/** "omdat je binnenkort 18 (jaar) wordt": the reader's age, not a deadline anyone can put a date on. */
function turnsAnAge(words: Token[], after: number): boolean {
  let at = after;
  if (!/^\d{1,3}$/.test(words[at]?.lower ?? '')) return false;
  at++;
  if (words[at]?.lower === 'jaar') at++;
  return ['wordt', 'word', 'worden', 'bent', 'is'].includes(words[at]?.lower ?? '');
}

/** "binnen 3 werkdagen", "uiterlijk binnen twee weken": a term the reader can count, without an anchor to look up. */
function countedTerm(words: Token[]): boolean {
  return words.some((word, index) => {
    if (word.lower !== 'binnen') return false;
    const amount = words[index + 1]?.lower ?? '';
    return (numberWords.has(amount) || /^\d{1,3}$/.test(amount)) && units.has(words[index + 2]?.lower ?? '') && relativeDeadline(words, index) === undefined;
  });
}
