import type {CheckDefinition} from './context.js';
import {matchCase, sentencesIn} from './context.js';
import type {Sentence, Token} from '../model.js';
import {readabilityData} from '../readability/plugin.js';
import type {Tagger} from '../readability/tagger.js';
import {tagsByOffset} from '../readability/measure.js';
import {SentenceMemo} from '../letter/sentence-memo.js';

/**
 * d/t mistakes that are real words, so no dictionary sees them: "Uw aanvraag word behandeld" (wordt), "Die
 * informatie vind u hieronder" (vindt), "Uw aanvraag wordt behandelt" (behandeld), "Hij beantwoord uw vraag"
 * (beantwoordt). The tagger's verb analysis (readability/morphology.ts) says which forms are a stem, a finite
 * form with -t or a participle; the word order around them says which one the sentence needs:
 * - the stem with -t after "u", "hij", "zij", "het", a noun (the subject), and before "u" (inversion: "vindt u");
 * - the stem with -t before a subject after something else than the start ("Bij gevaar wordt de melding"), and at
 *   the end of a subordinate clause ("omdat uw kind 18 jaar wordt");
 * - no -t after "ik", before "je" or "jij" ("word je"), and in a command ("Word lid", "Meld u aan");
 * - a participle (-d after a voiced sound, 't kofschip) at the end of a clause with a form of worden, zijn or
 *   hebben ("is behandeld").
 * When the sentence does not make it clear (an "ik" anywhere before, a command after a comma), it says nothing.
 */
export const dtCheck: CheckDefinition = {
  id: 'dt-fout',
  title: 'Fout met d en t',
  description: 'Een werkwoord met een d of t op de verkeerde plek, zoals "Uw aanvraag word behandeld".',
  usesOrganisationWords: false,
  defaultSeverity: 'warning',
  async run({model, resources, report}) {
    const sentences = sentencesIn(model, 'words').filter((sentence) => sentence.words.some((word) => candidateShape.test(word.lower)));
    if (sentences.length === 0) return;
    const tagger = await readabilityData(resources).catch(() => null);
    if (!tagger) return;
    for (const sentence of sentences) {
      for (const finding of dtMistakes(sentence, model.text, tagger)) {
        const {word, expected} = finding;
        report({
          start: word.start,
          end: word.end,
          message: `Schrijf hier "${matchCase(expected, word.text)}" en niet "${word.text}".`,
          expected: [matchCase(expected, word.text)],
          explanation: finding.why,
        });
      }
    }
  },
};

// Only words that end in d or t can have this mistake.
const candidateShape = /[dt]$/;
const subjectBefore = new Set(['u', 'hij', 'zij', 'ze', 'het', 'men', 'jij', 'je', 'dit', 'dat', 'die', 'wie', 'wat', 'er', 'iedereen', 'niemand', 'iemand']);
const determiners = new Set(['de', 'het', 'een', 'uw', 'mijn', 'zijn', 'haar', 'ons', 'onze', 'deze', 'die', 'dit', 'dat', 'elk', 'elke', 'ieder', 'iedere', 'geen']);
const ambiguousDeterminers = new Set(['het', 'dat', 'die', 'dit']);
const noTAfter = new Set(['je', 'jij', 'ik']);
// After the verb, a subject that takes the t: "word de melding", "vind hij".
const subjectAfter = new Set(['hij', 'zij', 'ze', 'men', 'iedereen', 'niemand', 'iemand']);
// Determiners that are no pronoun as well ("het", "die", "dat" can be the object: "vind het").
const plainDeterminers = new Set(['de', 'een', 'uw', 'deze', 'elke', 'iedere', 'geen']);
// Words that open a clause with the verb at the end ("omdat uw kind 18 jaar word").
const subordinators = new Set(['dat', 'omdat', 'als', 'wanneer', 'zodat', 'terwijl', 'nadat', 'voordat', 'zodra', 'die', 'waar', 'wat', 'of', 'hoe']);
const coordinators = new Set(['en', 'of', 'maar']);
const auxiliaries = new Set(['wordt', 'worden', 'werd', 'werden', 'word', 'is', 'zijn', 'was', 'waren', 'ben', 'bent', 'heeft', 'hebben', 'had', 'hadden', 'heb', 'hebt']);

const whyT =
  'Na "u", "hij", "zij" of "het" krijgt het werkwoord een t: "u wordt", "hij vindt". ' +
  'Staat "u" direct na het werkwoord? Ook dan komt er een t: "wordt u", "vindt u". ' +
  'Alleen bij "ik", en bij "je" of "jij" na het werkwoord, komt er geen t: "ik word", "word je".';
const whyD =
  'Na "is", "wordt" of "heeft" staat een voltooid deelwoord. Dat eindigt vaak op een d: "is behandeld", "wordt gemeld". ' +
  'Eindigt de stam op een letter uit "t kofschip"? Alleen dan komt er een t: "gewerkt".';

interface DtMistake {
  word: Token;
  expected: string;
  why: string;
}

/** The d/t mistakes of one sentence. */
const memo = new SentenceMemo<Array<{index: number; expected: string; why: string}>>();

/** The d/t mistakes of a sentence; kept per sentence text (by word index, so the place does not matter). */
export function dtMistakes(sentence: Sentence, text: string, tagger: Tagger): DtMistake[] {
  const found = memo.get(tagger, sentence, text, () =>
    mistakesIn(sentence, text, tagger).map(({word, expected, why}) => ({index: sentence.words.indexOf(word), expected, why})),
  );
  return found.map(({index, expected, why}) => ({word: sentence.words[index]!, expected, why}));
}

function mistakesIn(sentence: Sentence, text: string, tagger: Tagger): DtMistake[] {
  const words = sentence.words;
  // The tags in context, for a form that is also a noun ("Geef het beeld een onderschrift"); the readability
  // step tags the same sentences and keeps them, so this is mostly a lookup.
  let tags: Map<number, string> | null = null;
  const nounHere = (token: Token) => {
    tags ??= tagsByOffset(sentence, text, tagger);
    return tags.get(token.start) === 'NOUN';
  };
  const found: DtMistake[] = [];
  const question = sentence.closing.includes('?');
  const lowers = words.map((word) => (word.kind === 'word' ? word.lower : ''));
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const lower = lowers[index]!;
    if (word.kind !== 'word' || !candidateShape.test(lower) || lower.length < 3) continue;
    // A name or a heading: "Vind" in a title is no sentence.
    if (index > 0 && word.text !== lower) continue;
    const previous = index > 0 ? lowers[index - 1]! : '';
    const next = lowers[index + 1] ?? '';
    const nextJoined = index + 1 < words.length && words[index + 1]!.punctBefore === '';
    const boundaryBefore = index === 0 || /[,;:(]/.test(word.punctBefore);
    const ikBefore = lowers.slice(0, index).includes('ik');
    if (lower.endsWith('d')) {
      const withT = `${lower}t`;
      if (!isFiniteT(withT, tagger) || !common(withT, tagger)) continue;
      if (!isStem(lower, tagger)) {
        // A participle where the finite verb belongs: "Hij beantwoord uw vraag" (beantwoordt). Only right after a
        // subject pronoun, inside the clause, and with no form of worden, zijn or hebben in the sentence.
        // Not a word of the noun list: "het beeld" (be- + -eld looks like a participle to the rules).
        const noun = tagger.info(lower).entry?.nounClass !== undefined;
        const finite = !noun && isParticiple(lower, tagger) && subjectBefore.has(previous) && previous !== 'je' && nextJoined && !ikBefore;
        if (finite && !lowers.some((other) => auxiliaries.has(other))) found.push({word, expected: withT, why: whyT});
        continue;
      }
      if (nextJoined && noTAfter.has(next)) continue; // "word je", "vind ik"
      if (ikBefore) continue; // "ik word", "als ik lid word"
      // Inversion with u: "Die informatie vind u hieronder", "Vind u het goed?". At the start of a statement it is
      // a command ("Meld u aan", "Houd u aan de afspraak"), after a comma or "en" too ("en meld u aan").
      if (nextJoined && next === 'u') {
        const command = (boundaryBefore && !question) || coordinators.has(previous);
        if (!command) found.push({word, expected: withT, why: whyT});
        continue;
      }
      // The subject right after, in a statement that starts with something else: "Bij gevaarlijke situaties word
      // de melding meteen opgepakt", "Daarom vind hij". Not at the start or after a comma or "en" (a command:
      // "Meld de schade", "en houd de brief bij de hand").
      const inverted = nextJoined && !question && (subjectAfter.has(next) || (plainDeterminers.has(next) && !nounHere(word)));
      if (inverted && index > 0 && !boundaryBefore && !coordinators.has(previous) && !isParticiple(lower, tagger)) {
        found.push({word, expected: withT, why: whyT});
        continue;
      }
      // At the end of a clause that starts with "dat", "omdat", "als" ...: the subject is earlier in the clause
      // and only "ik" takes the bare stem ("dat uw kind binnenkort 18 jaar word" is wordt).
      const clauseEnds = index === words.length - 1 || (words[index + 1]!.punctBefore !== '' && /[,;:.!?]/.test(words[index + 1]!.punctBefore));
      const opener = clauseStart(words, lowers, index);
      const subordinate = opener > 0 && subordinators.has(lowers[opener - 1]!) && !/[,;:]/.test(words[opener]!.punctBefore);
      if (clauseEnds && subordinate && opener < index && !isParticiple(lower, tagger) && !nounHere(word)) {
        found.push({word, expected: withT, why: whyT});
        continue;
      }
      // The subject right before: "Uw aanvraag word behandeld", "hij vind", "als u lid word".
      if (index === 0 || boundaryBefore || coordinators.has(previous)) continue;
      const before = words[index - 1]!;
      if (before.punctBefore !== '' && index - 1 > 0 && /[,;:]/.test(before.punctBefore)) continue;
      // A stem that is also a participle, with its object after it and no auxiliary in the clause, is the finite
      // verb: "Eén van onze medewerkers beantwoord deze zo snel mogelijk" (a plural noun only after "een van").
      const clause = lowers.slice(clauseStart(words, lowers, index), index);
      const oneOf = ['een', 'één', 'eén'].includes(clause[0] ?? '') && clause[1] === 'van';
      const objectAfter = nextJoined && plainDeterminers.has(next) && !clause.some((other) => auxiliaries.has(other));
      if (isParticiple(lower, tagger) && objectAfter && isNoun(previous, tagger) && (!/(?:en|s)$/.test(previous) || oneOf)) {
        found.push({word, expected: withT, why: whyT});
        continue;
      }
      // A stem that is also a participle ("omkleed", "verspreid", "beantwoord") after a noun or with an
      // auxiliary in its clause is the participle: "met redenen omkleed", "wordt huis aan huis verspreid".
      if (isParticiple(lower, tagger) && (!subjectBefore.has(previous) || lowers.slice(clauseStart(words, lowers, index), index).some((other) => auxiliaries.has(other)))) continue;
      // A plural noun takes the plural verb ("redenen omkleed" is a participle): only a singular one counts.
      // And the noun is a subject: after a determiner ("uw aanvraag word") or a pronoun ("als u lid word").
      const twoBack = index > 1 ? lowers[index - 2]! : '';
      const singularNoun = isNoun(previous, tagger) && !/en$/.test(previous) && (determiners.has(twoBack) || subjectBefore.has(twoBack));
      // "het", "dat", "die", "dit" are also determiners: "het beeld" is a noun when SUBTLEX-NL has the bare form
      // far more often than the form with -t (beeld 4.3, beeldt 3.0; word 5.5, wordt 5.8).
      const zipf = (form: string) => tagger.lexicon.get(form)?.zipf ?? 0;
      const determinerBefore = ambiguousDeterminers.has(previous) && zipf(lower) > zipf(withT) + 0.5;
      if ((subjectBefore.has(previous) || singularNoun) && !determinerBefore && !nounHere(word)) found.push({word, expected: withT, why: whyT});
      continue;
    }
    // A participle written with t: "Uw aanvraag wordt behandelt." The d-form must be a participle and the t-form
    // only a finite verb, at the end of the clause, with a form of worden, zijn or hebben before it.
    const withD = `${lower.slice(0, -1)}d`;
    // "bent", "wordt" are forms of zijn and worden, never a participle with a t: "dan u gewend bent" (round r65
    // suggested "bend").
    if (auxiliaries.has(lower)) continue;
    if (!/^(?:ge|be|ver|ont|her|er)/.test(lower.replace(/^(?:aan|af|in|op|uit|door|over|mee|terug|toe|voor|na)/, ''))) continue;
    if (!isParticiple(withD, tagger) || isParticiple(lower, tagger) || !common(withD, tagger)) continue;
    const clauseEnd = index === words.length - 1 || !nextJoined || auxiliaries.has(next);
    if (!clauseEnd) continue;
    // The auxiliary in the same clause: not "Uit het onderzoek is gebleken dat de situatie verslechtert."
    if (!lowers.slice(clauseStart(words, lowers, index), index).some((other) => auxiliaries.has(other))) continue;
    found.push({word, expected: withD, why: whyD});
  }
  return found;
}

const clauseOpeners = new Set(['dat', 'omdat', 'als', 'wanneer', 'zodat', 'terwijl', 'nadat', 'voordat', 'zodra', 'die', 'waar', 'wat', 'of', 'en', 'maar', 'hoe']);

/** Where the clause of the word at `index` starts: after the last comma or word that opens a clause. */
function clauseStart(words: Token[], lowers: string[], index: number): number {
  for (let at = index; at > 0; at--) {
    if (/[,;:]/.test(words[at]!.punctBefore)) return at;
    if (clauseOpeners.has(lowers[at - 1]!)) return at;
  }
  return 0;
}

/** A form that SUBTLEX-NL counts (wordt, vindt, behandeld): the rules above make up forms too (ontvangd). */
function common(word: string, tagger: Tagger): boolean {
  return (tagger.lexicon.get(word)?.zipf ?? 0) >= 2;
}

function isStem(word: string, tagger: Tagger): boolean {
  // "word" is the stem of worden; the tagger files it with the auxiliaries.
  if (word === 'word') return true;
  const info = tagger.info(word);
  return Boolean(info.verb?.stem) && info.entry?.nounClass === undefined;
}

function isFiniteT(word: string, tagger: Tagger): boolean {
  return Boolean(tagger.info(word).verb?.finite);
}

function isParticiple(word: string, tagger: Tagger): boolean {
  return Boolean(tagger.info(word).verb?.participle);
}

function isNoun(word: string, tagger: Tagger): boolean {
  const info = tagger.info(word);
  return info.entry?.nounClass !== undefined;
}
