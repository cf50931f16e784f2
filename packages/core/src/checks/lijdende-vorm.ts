import type {CheckDefinition} from './context.js';
import {sentencesIn} from './context.js';
import type {Sentence, Token} from '../model.js';
import type {WordLists} from '../word-lists.js';
import {readabilityData} from '../readability/plugin.js';
import type {Tagger} from '../readability/tagger.js';

/**
 * Passive voice: a form of "worden" or "zijn" with a past participle in the same clause. "door ons" or
 * "door de gemeente" in the sentence is a strong sign: the writer can say "wij" and write actively.
 */
const wordenForms = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
const zijnForms = new Set(['is', 'zijn', 'was', 'waren', 'ben', 'bent']);

// The participles that take "zijn" in the active voice (uw aanvraag is verlopen), participles used as adjectives,
// strong participles and look-alikes are word lists in data/woordenlijsten/.
const inseparablePrefixes = ['be', 'ver', 'ont', 'her', 'er', 'ge'];
const separablePrefixes = ['aan', 'af', 'achter', 'bij', 'door', 'in', 'mee', 'na', 'om', 'onder', 'op', 'over', 'terug', 'toe', 'uit', 'vast', 'voor', 'weg', 'vrij', 'goed', 'tegen', 'samen', 'los', 'neer', 'stop', 'open', 'dicht', 'kwijt'];

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



/**
 * Whether a word is a past participle. The word lists decide first; then the spelling of prefixes and endings; then,
 * when the frequency list is loaded (`tagger`), it vetoes what spelling alone gets wrong: a present-tense verb
 * ("gelooft", "geneest"), a present participle ("vervelend"), a noun ("geboorteland", "omgevingsrecht").
 */
export function isParticiple(lower: string, lists: WordLists, tagger?: Tagger): boolean {
  if (lower.length < 5 || lists['geen-deelwoord'].words.has(lower)) return false;
  if (lists['sterke-deelwoorden'].words.has(lower) || lists['actief-met-zijn'].words.has(lower) || lists['bijvoeglijke-deelwoorden'].words.has(lower)) return true;
  // A strong participle with ge- that no list names: achtergehouden, ingetrokken (the frequency list knows it;
  // a plural noun such as "gemeenten" or "gesprekken" is not one).
  if (tagger && /^(?:[a-z]{2,6})?ge[a-z]{3,}en$/.test(lower) && strongWithGe(lower) && tagger.lexicon.get(lower)?.nounClass === undefined && tagger.morphology.analyse(lower)?.participle) return true;
  if (spelledLikeParticiple(lower, lists)) return !tagger || !vetoed(lower, tagger);
  // What the spelling rules do not cover, the frequency list may know as a participle: a strong one with an
  // inseparable prefix (besproken), an unstressed prefix (onderzocht) or a word before ge- (stopgezet, schoongemaakt).
  return tagger !== undefined && lower.length >= 7 && knownParticiple(lower, tagger);
}

/** The frequency list reads the word as a participle and as nothing else: no noun, no infinitive. */
function knownParticiple(lower: string, tagger: Tagger): boolean {
  const reading = tagger.morphology.analyse(lower);
  if (reading?.participle !== true || reading.infinitive || tagger.lexicon.get(lower)?.nounClass !== undefined) return false;
  // "herinrichten" is her + the infinitive "inrichten", not a strong participle like "besproken".
  const rest = /^(?:be|ver|ont|her|er)(.{4,}en)$/.exec(lower)?.[1];
  return rest === undefined || tagger.morphology.analyse(rest)?.infinitive !== true;
}

/** ge-... or a separable prefix and ge-...: the shape of a strong participle. */
function strongWithGe(lower: string): boolean {
  return lower.startsWith('ge') || separablePrefixes.some((prefix) => lower.startsWith(prefix + 'ge'));
}

function spelledLikeParticiple(lower: string, lists: WordLists): boolean {
  // After ge- the prefix itself marks the participle ("gestort"), except for verbs whose stem starts with ge-.
  const afterGe = (stem: string) => stem.length >= 3 && /[dt]$/.test(stem) && /[aeiouy]/.test(stem);
  if (lower.startsWith('ge') && afterGe(lower.slice(2)) && !lists['tegenwoordige-tijd-met-ge'].words.has(lower)) return true;
  for (const prefix of separablePrefixes) {
    if (!lower.startsWith(prefix)) continue;
    const rest = lower.slice(prefix.length);
    if (rest.startsWith('ge') && afterGe(rest.slice(2))) return true;
    // A strong participle or an inseparable verb behind the prefix: afgeschreven, ingetrokken, uitbetaald, toegekend.
    if (rest.startsWith('ge') && lists['sterke-deelwoorden'].words.has(rest)) return true;
    if (/^(?:be|ver|ont|her|er)/.test(rest) && rest.length >= 6 && spelledLikeParticiple(rest, lists)) return true;
  }
  for (const prefix of inseparablePrefixes) {
    if (lower.startsWith(prefix) && lower.length >= prefix.length + 4 && /(?:[^aeiou]d|[^aeiou]t|[^aeiou]en)$/.test(lower) && /[aeiouy]/.test(lower.slice(prefix.length, -2)))
      return endsLikeParticiple(lower, lists);
  }
  return false;
}

/** What the frequency list (SUBTLEX-NL via the readability data) says against a participle spelled by the rules. */
function vetoed(lower: string, tagger: Tagger): boolean {
  const reading = tagger.morphology.analyse(lower);
  if (reading?.participle) return false;
  if (reading?.finite) return true; // gelooft (geloven), geneest (genezen): the participle would end in -d
  if (lower.endsWith('end') && tagger.morphology.isVerb(lower.slice(0, -1))) return true; // vervelend, bedreigend
  const entry = tagger.lexicon.get(lower);
  if (entry?.nounClass !== undefined) return true; // geboorteland, gebied
  return compoundNoun(lower, tagger);
}

/** omgevings+recht, gemeente+bericht: a known noun at the end after a linking s or another known word. */
function compoundNoun(lower: string, tagger: Tagger): boolean {
  for (let split = 3; split <= lower.length - 4; split++) {
    const head = tagger.lexicon.get(lower.slice(split));
    if (head?.nounClass === undefined || tagger.morphology.analyse(lower.slice(split))?.participle) continue;
    const modifier = lower.slice(0, split);
    if (modifier.endsWith('s') || tagger.lexicon.get(modifier)?.nounClass !== undefined) return true;
  }
  return false;
}

// Inseparable prefix words ending in -en are mostly infinitives (betalen, verstrekken); only a few are participles.
function endsLikeParticiple(lower: string, lists: WordLists): boolean {
  if (lower.endsWith('en')) return lists['sterke-deelwoorden'].words.has(lower);
  return weakParticipleEnding(lower) && !/(?:heid|schap|ment|iteit)$/.test(lower);
}

// Words that start a new clause: an auxiliary and a participle on either side belong to different clauses.
const clauseStarters = new Set(
  'dat of omdat want maar als wanneer terwijl zodat doordat nadat voordat die waarin waarmee waardoor waarvoor waarop waarover waaraan waarna waar hoe wat welke wie zoals tenzij indien hoewel sinds totdat zodra'.split(' '),
);
const relativePronouns = new Set(['die', 'welke', 'waarin', 'waarmee', 'waarvoor']);
const coordinators = new Set(['en', 'maar', 'of']);
const clausePunctuation = /[,;:"“”()–—]/;
// Verbs between a participle and a final auxiliary: "voorkomen had kunnen worden", "betaald moet worden".
const verbCluster = new Set('had hadden heeft hebben kan kon konden kunnen moet moest moesten moeten mag mocht mochten mogen zal zou zouden zullen wil wilde willen is was zijn waren word wordt worden werd werden'.split(' '));
const notBeforeVerb = new Set(['te', 'een', 'de', 'uw', 'onze', 'elk', 'ieder', 'geen']);

/**
 * "door ons", "door de gemeente": "door" and a phrase of data/woordenlijsten/eigen-doeners.yaml, compared as whole
 * words, so "door de gemeenteraad" is someone else. Returns the phrase as the clause has it, lowercase.
 */
function ourAgent(clause: Token[], agents: ReadonlyArray<string[]>): string | undefined {
  for (let index = 0; index + 1 < clause.length; index++) {
    if (clause[index]!.lower !== 'door') continue;
    const agent = agents.find((phrase) => phrase.every((part, offset) => clause[index + 1 + offset]?.lower === part));
    if (agent) return `door ${agent.join(' ')}`;
  }
  return undefined;
}

/**
 * The first word of the clause of every word: one pass, so a sentence of 10,000 auxiliaries stays linear. "en" or
 * "maar" before a finite verb starts a clause too: "... moet worden en krijgt u de pas toegestuurd".
 */
function clauseStarts(words: Token[], tagger: Tagger | undefined): Int32Array {
  const starts = new Int32Array(words.length);
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!;
    const next = words[index + 1];
    const coordinatedClause = coordinators.has(word.lower) && next !== undefined && tagger?.morphology.analyse(next.lower)?.finite === true;
    starts[index] = clausePunctuation.test(word.punctBefore) || clauseStarters.has(word.lower) || coordinatedClause ? index : starts[index - 1]!;
  }
  return starts;
}

export interface Passive {
  auxiliary: Token;
  participle: Token;
  /** The "door ons" phrase of the clause, as written, when the writer is the one who acts. */
  byUs?: string;
}

export function findPassives(sentence: Sentence, lists: WordLists, tagger?: Tagger): Passive[] {
  const found: Passive[] = [];
  const words = sentence.words;
  let starts: Int32Array | undefined;
  let agents: string[][] | undefined;
  const participles = new Set<Token>();
  // "te betalen", "om fraude te voorkomen": an infinitive, whatever its spelling.
  // "een beschermd stadsgezicht": after an article the participle describes a noun; it is no verb of the clause.
  // ("het", "dit" and "deze" can be the subject: "omdat het betaald is".)
  // After "het", "dit" or "dat" a participle with a noun right behind it describes that noun: "u bent op het
  // afgesproken tijdstip thuis", "het niet eens bent met het genomen besluit" (round r62).
  const participleAt = (at: number) =>
    !notBeforeVerb.has(words[at - 1]?.lower ?? '') && isParticiple(words[at]!.lower, lists, tagger) && !(tagger && describesNoun(words, at, tagger));
  for (const [index, word] of words.entries()) {
    const isWorden = wordenForms.has(word.lower);
    if (!isWorden && !zijnForms.has(word.lower)) continue;
    starts ??= clauseStarts(words, tagger);
    const from = starts[index]!;
    let participle: Token | undefined;
    // Main clause: the participle follows (is ... goedgekeurd); subordinate clause: it may come first (dat ... goedgekeurd is).
    // The search stops at the next auxiliary: "... zijn en de instelling is op de hoogte gesteld" pairs "is" and "gesteld".
    for (let at = index + 1; at < words.length && at <= index + 10 && starts[at] === from && !participle; at++) {
      if (wordenForms.has(words[at]!.lower) || zijnForms.has(words[at]!.lower)) break;
      if (participleAt(at)) participle = words[at];
    }
    for (let at = index - 1; !participle && at >= from && at >= index - 4; at--) {
      if (participleAt(at)) participle = words[at];
      else if (!verbCluster.has(words[at]!.lower)) break;
    }
    if (!participle) continue;
    let clauseEnd = Math.max(index, participle.index);
    while (clauseEnd + 1 < words.length && starts[clauseEnd + 1] === from) clauseEnd++;
    const clauseWords = words.slice(from, clauseEnd + 1);
    const clause = clauseWords.map((item) => item.lower).join(' ');
    agents ??= lists['eigen-doeners'].entries.map((entry) => entry.word.split(' '));
    const agent = ourAgent(clauseWords, agents);
    if (!isWorden && lists['actief-met-zijn'].words.has(participle.lower)) continue;
    // "Dit bericht is automatisch verzonden": a machine acts; there is no one to name.
    if (/\bautomatisch\b/.test(clause)) continue;
    // "u bent verplicht", "het loket is geopend": an adjective after "zijn", unless someone acts ("is door ons geregistreerd").
    // "door te geven" is a separable verb, no one who acts: "u bent wettelijk verplicht een verhuizing door te geven" (round r63).
    if (!isWorden && lists['bijvoeglijke-deelwoorden'].words.has(participle.lower) && !/\bdoor\b(?! te\b)/.test(clause)) continue;
    // "Een of meer documenten zijn toegevoegd", "Er is een afspraak gewijzigd": an automatic message about something new.
    // The template cannot know who acted (it may be the reader), so there is no one to name.
    if (!agent && lists.meldingsdeelwoorden.words.has(participle.lower) && indefiniteSubject(words, from, Math.min(index, participle.index))) continue;
    // "als de routes zijn gedaan": "gedaan" right next to "zijn" is "finished", no hidden actor. "Er is een betaling
    // gedaan", "het werk wordt gedaan" and "de uitgaven die zijn gedaan" (someone spent) are passives.
    if (!isWorden && participle.lower === 'gedaan' && Math.abs(participle.index - index) === 1 && !agent && !relativePronouns.has(words[from]!.lower)) continue;
    // "Er zijn beslist ook andere opgaven": a participle that is also an adverb ("beslist" = certainly), with the
    // middle of the clause still to come, is the adverb; the participle of a passive closes its clause.
    if (adverbParticiples.has(participle.lower) && participle.index > index && middleField.has(words[participle.index + 1]?.lower ?? '') && starts[participle.index + 1] === from) continue;
    // "u bent aangewezen op een rolstoel": "aangewezen zijn op" is to depend on, no passive (rounds r64, r66).
    if (!isWorden && participle.lower === 'aangewezen' && (words[participle.index + 1]?.lower === 'op' || clauseWords.some((item) => item.lower === 'op'))) continue;
    if (participles.has(participle)) continue;
    participles.add(participle);
    found.push({auxiliary: word, participle, byUs: agent});
  }
  return found;
}

// "er" too: "wordt er gepland onderhoud uitgevoerd" (round r65): the passive is "wordt ... uitgevoerd".
const neuterDeterminers = new Set(['het', 'dit', 'dat', 'er']);

/** A participle between "het"/"dit"/"dat"/"er" and a noun in the same phrase: an adjective, no verb of the clause. */
function describesNoun(words: Token[], at: number, tagger: Tagger): boolean {
  const next = words[at + 1];
  if (!neuterDeterminers.has(words[at - 1]?.lower ?? '') || !next || next.punctBefore.trim() !== '' || words[at]!.punctBefore.trim() !== '') return false;
  if (wordenForms.has(next.lower) || zijnForms.has(next.lower) || verbCluster.has(next.lower)) return false;
  return tagger.info(next.lower).entry?.nounClass !== undefined;
}

/** Participles that are also common adverbs: "beslist" (certainly), "bepaald niet", "gerust". */
const adverbParticiples = new Set(['beslist', 'bepaald', 'gerust', 'gewoon', 'verkeerd']);
/** Words of the middle of a clause: after them the clause goes on, so the word before them is no final participle. */
const middleField = new Set(['ook', 'niet', 'wel', 'geen', 'nog', 'al', 'een', 'de', 'het', 'andere', 'meer', 'veel', 'zeer', 'erg', 'heel', 'te', 'zo', 'dan']);

/** "een", "er" or "meer" before the verbs of the clause ("een of meer": "of" starts a clause): the subject is something new, not a known thing. */
function indefiniteSubject(words: Token[], from: number, before: number): boolean {
  for (let at = from; at < before; at++) if (['een', 'er', 'meer', 'enkele'].includes(words[at]!.lower)) return true;
  return false;
}

export const passiveVoiceCheck: CheckDefinition = {
  id: 'lijdende-vorm',
  title: 'Lijdende vorm',
  description: 'Een zin in de lijdende vorm, zoals "uw aanvraag is goedgekeurd".',
  usesOrganisationWords: false,
  defaultSeverity: 'info',
  async run({model, report, resources}) {
    const sentences = sentencesIn(model, 'prose');
    if (!sentences.some((sentence) => sentence.words.some((word) => wordenForms.has(word.lower) || zijnForms.has(word.lower)))) return;
    // The frequency list sharpens the spelling rules; without it (data missing) the rules alone still work.
    const tagger = await readabilityData(resources).catch(() => undefined);
    for (const sentence of sentences) {
      for (const {auxiliary, participle, byUs} of findPassives(sentence, resources.wordLists, tagger)) {
        const start = Math.min(auxiliary.start, participle.start);
        const end = Math.max(auxiliary.end, participle.end);
        const suggestion = byUs ? activeSuggestion(sentence, auxiliary, participle) : undefined;
        report({
          start,
          end,
          severity: byUs ? 'warning' : 'info',
          message: byUs
            ? `Schrijf actief ("${model.text.slice(start, end)}"). Zeg "wij" in plaats van "${byUs}".`
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
