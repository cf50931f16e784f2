import type {CheckDefinition} from './context.js';
import {sentencesIn} from './context.js';
import type {Sentence, Token} from '../model.js';
import type {WordLists} from '../word-lists.js';

/**
 * Passive voice: a form of "worden" or "zijn" with a past participle in the same clause. "door ons" or
 * "door de gemeente" in the sentence is a strong sign: the writer can say "wij" and write actively.
 */
const wordenForms = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
const zijnForms = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent']);

// The participles that take "zijn" in the active voice (uw aanvraag is verlopen), participles used as adjectives,
// strong participles and look-alikes are word lists in data/woordenlijsten/.
const inseparablePrefixes = ['be', 'ver', 'ont', 'her', 'er', 'ge'];
const separablePrefixes = ['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'om', 'op', 'over', 'terug', 'toe', 'uit', 'vast', 'voor', 'weg', 'vrij', 'goed', 'tegen', 'samen', 'los', 'neer'];

/**
 * A weak participle ends in -d, or in -t after a "kofschip" consonant (t k f s ch p x): "gemaakt", "verstuurd".
 * A -t after any other sound is a present-tense verb: "begint", "betaalt", "gebeurt". Participles in -en are
 * strong verbs and need the list: "gesprekken" and "gemeenten" are nouns.
 */
function weakParticipleEnding(lower: string): boolean {
  if (lower.endsWith('d')) return /[^aeiou]d$|[aeiou]{2}d$/.test(lower);
  if (!lower.endsWith('t')) return false;
  return /(?:[tkfspx]|ch)t$/.test(lower);
}



export function isParticiple(lower: string, lists: WordLists): boolean {
  if (lower.length < 5 || lists['bijvoeglijke-deelwoorden'].words.has(lower) || lists['geen-deelwoord'].words.has(lower)) return false;
  if (lists['sterke-deelwoorden'].words.has(lower) || lists['actief-met-zijn'].words.has(lower)) return true;
  // After ge- the prefix itself marks the participle ("gestort"), except for verbs whose stem starts with ge-.
  const afterGe = (stem: string) => stem.length >= 3 && /[dt]$/.test(stem) && /[aeiouy]/.test(stem);
  if (lower.startsWith('ge') && afterGe(lower.slice(2)) && !lists['tegenwoordige-tijd-met-ge'].words.has(lower)) return true;
  for (const prefix of separablePrefixes) {
    if (lower.startsWith(prefix + 'ge') && afterGe(lower.slice(prefix.length + 2))) return true;
  }
  for (const prefix of inseparablePrefixes) {
    if (lower.startsWith(prefix) && lower.length >= prefix.length + 4 && /(?:[^aeiou]d|[^aeiou]t|[^aeiou]en)$/.test(lower) && /[aeiouy]/.test(lower.slice(prefix.length, -2)))
      return endsLikeParticiple(lower, lists);
  }
  return false;
}

// Inseparable prefix words ending in -en are mostly infinitives (betalen, verstrekken); only a few are participles.
function endsLikeParticiple(lower: string, lists: WordLists): boolean {
  if (lower.endsWith('en')) return lists['sterke-deelwoorden'].words.has(lower);
  return weakParticipleEnding(lower) && !/(?:heid|schap|ment|iteit)$/.test(lower);
}

// Words that start a new clause: an auxiliary and a participle on either side belong to different clauses.
const clauseStarters = new Set('dat of omdat want maar als wanneer terwijl zodat doordat nadat voordat die waarin waarmee waardoor hoe wat welke'.split(' '));
const clausePunctuation = /[,;:"“”()]/;

/** The first word of the clause of every word: one pass, so a sentence of 10,000 auxiliaries stays linear. */
function clauseStarts(words: Token[]): Int32Array {
  const starts = new Int32Array(words.length);
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!;
    starts[index] = clausePunctuation.test(word.punctBefore) || clauseStarters.has(word.lower) ? index : starts[index - 1]!;
  }
  return starts;
}

export function findPassives(sentence: Sentence, lists: WordLists): Array<{auxiliary: Token; participle: Token; byUs: boolean}> {
  const found: Array<{auxiliary: Token; participle: Token; byUs: boolean}> = [];
  const words = sentence.words;
  let starts: Int32Array | undefined;
  const participles = new Set<Token>();
  let byUs: boolean | undefined;
  for (const [index, word] of words.entries()) {
    const isWorden = wordenForms.has(word.lower);
    if (!isWorden && !zijnForms.has(word.lower)) continue;
    starts ??= clauseStarts(words);
    const from = starts[index]!;
    let participle: Token | undefined;
    // Main clause: the participle follows (is ... goedgekeurd); subordinate clause: it may come first (dat ... goedgekeurd is).
    for (let at = index + 1; at < words.length && at <= index + 10 && starts[at] === from && !participle; at++) if (isParticiple(words[at]!.lower, lists)) participle = words[at];
    if (!participle && index - 1 >= from && isParticiple(words[index - 1]!.lower, lists)) participle = words[index - 1];
    if (!participle) continue;
    if (!isWorden && lists['actief-met-zijn'].words.has(participle.lower)) continue;
    if (participles.has(participle)) continue;
    participles.add(participle);
    byUs ??= /\bdoor (?:ons|de gemeente|het college|de afdeling|onze medewerker)/.test(words.map((item) => item.lower).join(' '));
    found.push({auxiliary: word, participle, byUs});
  }
  return found;
}

export const passiveVoiceCheck: CheckDefinition = {
  id: 'lijdende-vorm',
  title: 'Lijdende vorm',
  description: 'Een zin in de lijdende vorm, zoals "uw aanvraag is goedgekeurd".',
  usesOrganisationWords: false,
  defaultSeverity: 'info',
  run({model, report, resources}) {
    for (const sentence of sentencesIn(model, 'prose')) {
      for (const {auxiliary, participle, byUs} of findPassives(sentence, resources.wordLists)) {
        const start = Math.min(auxiliary.start, participle.start);
        const end = Math.max(auxiliary.end, participle.end);
        const suggestion = byUs ? activeSuggestion(sentence, auxiliary, participle) : undefined;
        report({
          start,
          end,
          severity: byUs ? 'warning' : 'info',
          message: byUs
            ? 'Schrijf actief. Zeg "wij" in plaats van "door ons".'
            : `Dit is de lijdende vorm ("${model.text.slice(start, end)}"). Schrijf actief als dat kan: zeg wie iets doet.`,
          expected: suggestion ? [suggestion] : [],
          explanation:
            'In de lijdende vorm staat niet wie iets doet. Bijvoorbeeld: "Uw aanvraag is goedgekeurd." Schrijf liever: "Wij hebben uw aanvraag goedgekeurd." Dan weet de lezer wie het doet. De zin wordt ook korter.',
        });
      }
    }
  },
};

/**
 * For the common pattern "<onderwerp> is/werd door ons <deelwoord>" the active form is "Wij hebben <onderwerp> <deelwoord>".
 * Only offered when the sentence has exactly that shape, so the suggestion replaces the range cleanly.
 */
function activeSuggestion(sentence: Sentence, auxiliary: Token, participle: Token): string | undefined {
  if (!['is', 'zijn', 'werd', 'werden', 'was', 'waren'].includes(auxiliary.lower)) return undefined;
  const words = sentence.words;
  const auxIndex = auxiliary.index;
  if (participle.index !== auxIndex + 3) return undefined;
  if (words[auxIndex + 1]?.lower !== 'door' || words[auxIndex + 2]?.lower !== 'ons') return undefined;
  return `hebben wij ${participle.text}`;
}
