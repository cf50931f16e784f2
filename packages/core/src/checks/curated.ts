import type {CheckDefinition, CheckContext} from './context.js';
import {explainedInText, looksLikeName, matchCase, mentioned, readerForm, sentencesIn, toInformalReader} from './context.js';
import type {RuleCheck} from '../rules/schema.js';
import type {Sentence, Token} from '../model.js';
import type {RuleMatch} from '../rules/engine.js';
import type {RuleContext} from '../rules/schema.js';
import {contextOf, isPluralOf} from '../rules/contexts.js';
import type {Tag, Tagger} from '../readability/tagger.js';
import {WordClass, functionClasses} from '../readability/word-classes.js';
import {readabilityData} from '../readability/plugin.js';
import {commonPrefix} from '../letter/words.js';
import {tagsByOffset} from '../readability/measure.js';
import type {Resources} from '../resources.js';
import {auxiliaries, inflect, verbSlot} from './verb-agreement.js';

const pronouns = new Set(['u', 'je', 'jij', 'jou', 'wij', 'we', 'ons', 'ik', 'hij', 'zij', 'ze']);
/** The only articles an infinitive used as a noun takes: "het veranderen", never "de" or "uw veranderen". */
const infinitiveArticles = new Set(['het', 'dit', 'dat']);
const determiners = new Set(['de', 'het', 'een', 'deze', 'die', 'dit', 'dat', 'elke', 'iedere', 'onze', 'uw', 'zijn', 'haar', 'hun', 'welke']);

/** The checks whose advice is curated data in rules/: hard words (moeilijk-woord) and off-putting words (afschrikwoord). */
export function curatedCheck(id: RuleCheck, title: string, description: string): CheckDefinition {
  return {
    id,
    title,
    description,
    usesOrganisationWords: false,
    defaultSeverity: 'warning',
    run(context: CheckContext) {
      // The tagger puts a better verb in the form of the word it replaces; without its data the words stay as written.
      return withTagger(context.resources, (tagger) => adviseOn(id, context, tagger));
    },
  };
}

const taggers = new WeakMap<Resources, Tagger | undefined>();

/** Runs `use` with the tagger of these resources, loaded once; without its data (a failed load) with undefined. */
export function withTagger(resources: Resources, use: (tagger: Tagger | undefined) => void): void | Promise<void> {
  if (taggers.has(resources)) return use(taggers.get(resources));
  return readabilityData(resources).then(
    (tagger) => {
      taggers.set(resources, tagger);
      use(tagger);
    },
    () => {
      taggers.set(resources, undefined);
      use(undefined);
    },
  );
}

function adviseOn(id: RuleCheck, context: CheckContext, tagger: Tagger | undefined): void {
  const {model, engine, config} = context;
  const disabled = new Set(config.disabledEntries);
  const termsSeen = new Set<string>(); // rules with `once`: the first use of a term is where it needs explaining
  const explained = new Set<string>(); // rules whose word the text has explained: no longer hard from there on
  // First the uses that get advice at all; a term (`once`) is then advised at its first use, which names how often
  // the text uses it, so a batch report that shows one finding still tells the writer about the others.
  // Whether a use explains its word is asked only for a use that is not skipped first (a word explained earlier, a
  // term seen before) or that a term's first use looks ahead to; the answer is kept.
  const uses: {match: RuleMatch; sentence: Sentence; at: number; fit: RuleContext | undefined; explains: () => boolean}[] = [];
  const usesOf = new Map<string, number>();
  const sentences = sentencesIn(model, 'words');
  sentences.forEach((sentence, at) => {
    for (const match of engine.match(sentence)) {
      const entry = match.entry;
      if (entry.check !== id || disabled.has(entry.id)) continue;
      // The sentence may ask for other better words (a noun, another verb form), or for none (an innocent use).
      const fit = contextOf(match, sentence, model.sentences);
      if (fit?.skip) continue;
      if (!entry.names && (partOfName(match.words[0]!) || inNameOfLaw(match, sentence))) continue;
      if (mentioned(model.masked, match.start, match.end)) continue; // the word itself is the subject: "Schrijf niet ‘middels’".
      let explainsHere: boolean | undefined;
      const explains = () => (explainsHere ??= explainedInText(model.masked, sentence, match.words, match.end, {term: entry.once}));
      uses.push({match, sentence, at, fit, explains});
      usesOf.set(entry.id, (usesOf.get(entry.id) ?? 0) + 1);
    }
  });
  const informal = uses.length > 0 && readerForm(model) === 'je';
  for (const {match, sentence, at, fit, explains} of uses) {
    const entry = match.entry;
    // A word that frightens (afschrikwoord) is advised once per text, with the number of later uses: the same tip at
    // each of nine uses of "huisbezoek" in one letter is noise (round r62). A word for the reader ("de cliënt",
    // better "u") is advised at each use: each is a sentence to write to the reader.
    const once = entry.once || (id === 'afschrikwoord' && !entry.alternatives.some((alternative) => readerWords.has(alternative.toLowerCase())));
    if (explained.has(entry.id) || (once && termsSeen.has(entry.id))) continue;
    // A term explained in one of the next two sentences needs no advice where it first stands: "U heeft een
    // omgevingsvergunning nodig. Een omgevingsvergunning is een vergunning om te bouwen."
    const explainedSoon =
      entry.once && (uses.some((use) => use.match.entry === entry && use.at > at && use.at <= at + 2 && use.explains()) || explainedByNext(match, sentence, sentences[at + 1], model.masked));
    if (explains() || explainedSoon) {
      explained.add(entry.id);
      continue;
    }
    if (once) termsSeen.add(entry.id);
    const actual = model.text.slice(match.start, match.end);
    // A text that says "je" gets better words that say "je" too (round r62: "Grens voor uw inkomen" on a page in "je").
    const written = fit ? fit.alternatives : entry.alternatives;
    const own = informal ? written.map(toInformalReader) : written;
    const inSalutation = sentence.kind === 'salutation';
    // A hard word that names the reader in the salutation ("Geachte behandelaar,") is the reader's own role: the
    // reader knows it, and a letter to someone at another organisation often has no name to use (round r47).
    if (id === 'moeilijk-woord' && inSalutation && !own.some((alternative) => !alternative.includes(' '))) continue;
    // Before a noun the word is an adjective, also a participle used as one ("de eerder verleende vergunningen"):
    // the better word takes its place and its -e ("Urgente meldingen" -> "Dringende meldingen").
    const attributive = tagger !== undefined && beforeNoun(match, sentence, model.text, tagger);
    // A context of the rule names the right form itself; else the better verb takes the form of the match.
    const agreed = fit || !tagger ? own : agreeing(own, actual.toLowerCase(), match, sentence, tagger, attributive);
    // A context's better words get the -e too: "structurele overlast" -> "blijvende overlast" (round r64 gave "blijvend").
    const candidates = attributive ? inflectedLike(agreed, actual.toLowerCase(), entry.forms[0]?.toLowerCase() ?? '', tagger!, definiteBefore(sentence, match.words[0]!.index)) : agreed;
    // A match with a gap ("stelt u in de gelegenheid") cannot be replaced as one piece: advise in words only.
    const contiguous = match.words.every((word, index) => index === 0 || word.index === match.words[index - 1]!.index + 1);
    // A pronoun cannot replace a noun that has an article or stands in the salutation: "de u", "Beste u,".
    const before = sentence.words[match.words[0]!.index - 1];
    // After a pronoun the match is a predicate or an apposition ("als u belanghebbende bent"): "u" in its place gives
    // "als u u bent".
    const nounSlot = inSalutation || (before !== undefined && (determiners.has(before.lower) || pronouns.has(before.lower)));
    // A plural form ("cliënten") takes no singular word ("inwoner") and no "u": "de belangen van inwoner".
    const plural = isPluralOf(actual.toLowerCase(), entry.forms[0]?.toLowerCase() ?? '');
    const alternatives = candidates.filter(
      (alternative) =>
        !(nounSlot && pronouns.has(alternative.toLowerCase())) &&
        !(plural && !/\s|(?:en|s)$/.test(alternative)) &&
        (!tagger || fitsSlot(alternative, match, sentence, model.text, tagger, attributive)),
    );
    // In the salutation a word for the reader (aanvrager, cliënt, behandelaar) with no better single word has no
    // safe replacement but the reader's name.
    const nameOnly = inSalutation && alternatives.length === 0;
    context.report({
      start: match.start,
      end: match.end,
      message:
        nameOnly
          ? `Spreek de lezer in de aanhef aan met de naam, niet met "${actual}".`
          : messageFor(entry.reason, match.words.map((word) => word.text), contiguous ? actual : undefined) + laterUses(once ? usesOf.get(entry.id)! - 1 : 0),
      explanation: entry.explanation,
      expected: contiguous ? alternatives.map((alternative) => matchCase(alternative, actual)) : [],
      entryId: entry.id,
      provenance: entry.provenance,
      ...(entry.severity ? {severity: entry.severity} : {}),
    });
  }
}

/** The better verbs in the form of the one-word match ("verstrekt" -> "geeft"); those it cannot make are left out. */
function agreeing(own: string[], actual: string, match: RuleMatch, sentence: Sentence, tagger: Tagger, attributive: boolean): string[] {
  const lemma = verbLemma(match.entry.forms, actual, tagger);
  // Only another form of a verb infinitive can take another form: most matches leave here at once.
  if (match.words.length !== 1 || !lemma || actual === lemma || !lemma.endsWith('en') || own.length === 0) return own;
  const index = match.words[0]!.index;
  // First in the sentence, after "ik", or after a colon ("[about]: Onderteken de akte"): the imperative or stem.
  const stemSlot = index === 0 || sentence.words[index - 1]?.lower === 'ik' || match.words[0]!.punctBefore.includes(':');
  const withAuxiliary = sentence.words.some((word) => auxiliaries.has(word.lower));
  // A plural pronoun near the verb: "wij verzonden" is a past tense, "als niet verzonden beschouwen" a participle.
  const pluralSubject = sentence.words.slice(Math.max(0, index - 3), index + 3).some((word) => pluralPronouns.has(word.lower));
  // An editor checks the same letter on every key stroke: the forms are kept per rule, word and sentence shape.
  let cache = agreed.get(tagger);
  if (!cache) agreed.set(tagger, (cache = new Map()));
  const key = `${match.entry.id}\u0000${actual}\u0000${withAuxiliary}\u0000${stemSlot}\u0000${attributive}\u0000${pluralSubject}`;
  const known = cache.get(key);
  if (known) return known;
  // A participle the tagger knows, of a verb its list lacks ("ingepland" of "inplannen"), is still a participle: an
  // infinitive in its place breaks the sentence ("Uw melding wordt afspreken", round r47).
  const participleOfLemma = tagger.info(actual).verb?.participle === true && tagger.info(actual).verb?.lemma === lemma;
  const read =
    verbSlot(actual, lemma, match.entry.forms, tagger, {withAuxiliary, stemSlot, pluralSubject}) ??
    (participleOfLemma || (withAuxiliary && participleShape(actual, lemma)) ? 'participle' : undefined);
  // Before a noun a form with -de or -te is a participle used as an adjective, not a past tense: "de eerder
  // verleende vergunningen" takes "gegeven", not "gaf" (inflectedLike then adds the -e where it belongs).
  const slot = attributive && read !== undefined ? (read === 'pastSingular' || read === 'participle' ? 'participle' : undefined) : read;
  const inflected = slot ? own.map((alternative) => inflect(alternative, slot, tagger)) : [];
  // In a known slot a better word it cannot put in that form would break the sentence ("u hebt de akte tekenen"):
  // it goes, and with none left the advice stays in words.
  const result = slot || (attributive && read) ? [...new Set(inflected.filter((form): form is string => form !== undefined))] : own;
  if (cache.size >= 5_000) cache.clear();
  cache.set(key, result);
  return result;
}

const agreed = new WeakMap<Tagger, Map<string, string[]>>();

/**
 * The infinitive among a rule's forms that the matched word is a form of: the first form, unless that is a noun and
 * the rule also lists verb forms ("terugvordering" ... "terugvorderen", "teruggevorderd"); then the infinitive that
 * shares most of its start with the word. Without this a participle got the infinitive of the better verb ("wordt
 * teruggevorderd" -> "terugbetalen", round r64).
 */
function verbLemma(forms: readonly string[], actual: string, tagger: Tagger): string | undefined {
  const first = forms[0]?.toLowerCase();
  // A rule named after its verb keeps it: other forms in -en are mostly past plurals ("verzonden", "verleenden").
  if (first === undefined || first.endsWith('en')) return first;
  const lowerForms = forms.map((form) => form.toLowerCase());
  // An infinitive of the rule: the frequency list says so, or the rule lists its present form ("terugvordert").
  const infinitive = (lower: string) =>
    lower.endsWith('en') && !lower.includes(' ') && (tagger.info(lower).verb?.infinitive === true || lowerForms.includes(`${tagger.morphology.stem(lower)}t`));
  const stem = actual.replace(/^(\p{Ll}*?)ge(?=\p{Ll}{3})/u, '$1'); // "meegedeeld" -> "meedeeld", "getoetst" -> "toetst"
  let best: string | undefined;
  let bestShared = -1;
  for (const lower of lowerForms) {
    if (lower === first || !infinitive(lower)) continue;
    const shared = commonPrefix(lower, stem);
    if (shared > bestShared) [best, bestShared] = [lower, shared];
  }
  return best ?? first;
}

/**
 * A participle of the lemma by its shape, for verbs the frequency list lacks: the lemma's particle and "ge" before
 * its stem ("terug-ge-vorderd" of terugvorderen, "kwijt-ge-scholden"), or an unstressed prefix and the stem with -d
 * or -t ("ontruimd" of ontruimen).
 */
function participleShape(actual: string, lemma: string): boolean {
  if (!/(?:[dt]|en)$/.test(actual) || actual === lemma) return false;
  for (let split = 0; split <= Math.min(8, lemma.length - 4); split++) {
    const particle = lemma.slice(0, split);
    const rest = lemma.slice(split, -2); // the stem as written in the infinitive
    if (actual.startsWith(`${particle}ge`) && actual.length > particle.length + 4 && rest.length >= 3 && commonPrefix(actual.slice(particle.length + 2), rest) >= Math.min(3, rest.length - 1)) return true;
  }
  return /^(?:be|ver|ont|her|er)/.test(lemma) && actual.startsWith(lemma.slice(0, -3)) && /[dt]$/.test(actual) && actual.length <= lemma.length;
}

/**
 * A better word that fits where the match stands, so the quick fix gives a Dutch sentence. Before a noun the match
 * is an adjective ("de onderstaande link", "als gezamenlijk doel"): an adverb, preposition or phrase cannot stand
 * there ("de hieronder link", "als samen doel"). After an article the match is a noun ("de gemachtigde", "het
 * verstrijken"): a phrase that starts with a pronoun or an adverb cannot follow it ("de iemand die u helpt", "het
 * voorbij"). In the salutation only a single word fits ("Geachte medewerker die uw zaak regelt,").
 * Where nothing fits, the advice stays in words: the writer rewrites the sentence.
 */
function fitsSlot(alternative: string, match: RuleMatch, sentence: Sentence, text: string, tagger: Tagger, attributive: boolean): boolean {
  if (match.words.length !== 1) return true;
  const index = match.words[0]!.index;
  const words = alternative.split(' ');
  const head = tagger.info(words[0]!.toLowerCase());
  const flags = head.flags;
  if (sentence.kind === 'salutation') return words.length === 1;
  const previous = sentence.words[index - 1];
  const tags = tagsIn(sentence, text, tagger);
  // An infinitive used as a noun ("doorbetalen van loon") needs "het" before it: "recht op 75% loondoorbetaling"
  // gets no "recht op 75% doorbetalen van loon", "geldt loondoorbetaling" no "geldt doorbetalen van loon".
  // A separable verb the list lacks ("doorbetalen") counts too: a word in -en that is no noun ("kosten van" stays).
  const nominalInfinitive = head.verb?.infinitive === true || (words[0]!.endsWith('en') && head.entry?.nounClass === undefined);
  if (words.length > 2 && words[1] === 'van' && nominalInfinitive && !(previous !== undefined && infinitiveArticles.has(previous.lower))) return false;
  if (attributive) return words.length === 1 && (flags & (functionClasses | WordClass.mannerAdverb)) === 0;
  if (previous !== undefined && match.words[0]!.punctBefore === '' && determiners.has(previous.lower)) {
    if ((flags & functionClasses) !== 0) return false;
    // A noun takes a noun, not a verb phrase: "over de waarborging van privacy" gets no "de zorgen voor van" and
    // no "de zeker weten" (round r47). A phrase fits when it ends in a noun ("tweede handtekening").
    // A noun with a relative clause fits too: "het bedrag dat overblijft".
    const withClause = words.length > 2 && /^(?:dat|die|waar\p{Ll}*)$/u.test(words[1]!) && head.entry?.nounClass !== undefined && !head.verb?.infinitive;
    if (words.length > 1 && !withClause) {
      const last = tagger.info(words.at(-1)!.toLowerCase());
      if ((last.flags & functionClasses) !== 0 || last.entry?.nounClass === undefined || last.verb?.infinitive) return false;
    }
    // An infinitive is a het-word: after "de", "een" or "uw" it cannot replace a noun ("De veranderen wordt verwerkt").
    // A plural noun that looks like one ("berichten") fits a plural ("de notificaties"); "sturen" (plural of
    // "stuur") is still no word for a singular such as "de verstrekking".
    const plural = head.entry?.nounClass !== undefined && /(?:en|s)$/.test(match.words[0]!.lower);
    return !(!infinitiveArticles.has(previous.lower) && words.length === 1 && head.verb?.infinitive && !plural && tags(index) === 'NOUN');
  }
  // A verb needs a verb: "een andere kiezer machtigen" does not become "een andere kiezer rekening".
  if (tags(index) === 'VERB' && !words.some((part) => tagger.info(part.toLowerCase()).verb)) return false;
  return true;
}

/** The tags of a sentence by word start, from the readability step (which keeps them per sentence text). */
function tagsIn(sentence: Sentence, text: string, tagger: Tagger): (at: number) => Tag | undefined {
  // Tagging here again cost a third of a warm check (bench/core.mjs); tagsByOffset keeps the map per sentence.
  const byOffset = tagsByOffset(sentence, text, tagger);
  return (at) => {
    const word = sentence.words[at];
    return word === undefined ? undefined : byOffset.get(word.start);
  };
}

/**
 * A one-word match that stands as an adjective before a noun: "de onderstaande link", "Urgente meldingen", "de
 * eerder verleende vergunningen" (a participle with the -e of an adjective). Also a word the frequency list does
 * not know, with that -e: "laaggeletterde doelgroepen".
 */
function beforeNoun(match: RuleMatch, sentence: Sentence, text: string, tagger: Tagger): boolean {
  if (match.words.length !== 1) return false;
  const index = match.words[0]!.index;
  const next = sentence.words[index + 1];
  if (next === undefined || next.punctBefore !== '') return false;
  const tags = tagsIn(sentence, text, tagger);
  // The tagger may call an unknown compound an adjective ("ligplaatsvergunningen"): its noun head still counts.
  const nextTag = tags(index + 1);
  if (nextTag !== 'NOUN' && !(nextTag === 'ADJ' && !next.lower.endsWith('e') && tagger.info(next.lower).entry?.nounClass !== undefined)) return false;
  const lower = match.words[0]!.lower;
  return tags(index) === 'ADJ' || (lower.endsWith('e') && (tagger.info(lower).entry === undefined || tagger.info(lower).verb?.finite === true || tags(index) === 'VERB'));
}

/**
 * The better words with the ending of the match before a noun: "urgente" (of "urgent") takes "dringende", a
 * participle "gegeven" stays. A form the frequency list does not have is not made up: that word is left out.
 */
function inflectedLike(alternatives: string[], actual: string, lemma: string, tagger: Tagger, definite: boolean): string[] {
  // A participle in -en takes no -e ("de verzonden brief"), but a better one in -d or -t does after a definite word
  // ("de gestuurde brief"); after "een" it depends on the noun ("een gestuurd bericht"), so it is left out there.
  if (actual.endsWith('en') && actual !== lemma) {
    return alternatives.flatMap((alternative) => (/[dt]$/.test(alternative) && !alternative.includes(' ') ? (definite ? [`${alternative}e`] : []) : [alternative]));
  }
  if (!actual.endsWith('e') || lemma.endsWith('e')) return alternatives;
  const out: string[] = [];
  for (const alternative of alternatives) {
    if (alternative.includes(' ') || alternative.endsWith('e') || alternative.endsWith('en')) {
      out.push(alternative);
      continue;
    }
    // A function word takes no -e: "dit" never becomes "ditte" (round r65).
    if ((tagger.info(alternative.toLowerCase()).flags & functionClasses) !== 0) continue;
    const form = adjectiveWithE(alternative.toLowerCase(), tagger);
    if (form) out.push(form);
  }
  return out;
}

/** Words after which an adjective always takes -e: "de", "het", "deze", "uw" (not "een"). */
const definiteWords = new Set(['de', 'het', 'deze', 'die', 'dit', 'dat', 'onze', 'uw', 'zijn', 'haar', 'hun', 'elke', 'iedere', 'welke', 'jouw', 'mijn']);

/** A definite word at most three words before the match, with only words between: "de (eerder) verzonden brief". */
function definiteBefore(sentence: Sentence, index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 3); at--) {
    const word = sentence.words[at]!;
    if (definiteWords.has(word.lower)) return true;
    if (word.lower === 'een' || sentence.words[at + 1]!.punctBefore !== '') return false;
  }
  return false;
}

/** "dringend" -> "dringende", "groot" -> "grote", "snel" -> "snelle", "lief" -> "lieve": the spelling the list knows best. */
export function adjectiveWithE(base: string, tagger: Tagger): string | undefined {
  const candidates = new Set<string>([`${base}e`]);
  if (/([aeou])\1[^aeiouy]$/.test(base)) candidates.add(base.replace(/([aeou])\1([^aeiouy])$/, '$1$2e'));
  if (/[^aeiouy][aeiou][bdfgklmnprst]$/.test(base)) candidates.add(`${base}${base.at(-1)}e`);
  // "officieel" -> "officiële": the two vowels meet, so the diaeresis (round r62 offered "officiele").
  if (/iee[lr]$/.test(base)) candidates.add(base.replace(/iee([lr])$/, 'ië$1e'));
  for (const form of [...candidates]) candidates.add(form.replace(/fe$/, 've').replace(/([aeiou]{2}|[lnr])se$/, '$1ze'));
  let best: string | undefined;
  let bestZipf = -Infinity;
  for (const form of candidates) {
    const zipf = tagger.lexicon.get(form)?.zipf;
    if (zipf !== undefined && zipf > bestZipf) [best, bestZipf] = [form, zipf];
  }
  return best;
}

/**
 * A word with a capital in mid-sentence, not after a colon and not in capitals only (an abbreviation such as WOZ is
 * a word of its own): part of a name, as "Stedenbouwkundig" in "het Stedenbouwkundig Programma van Eisen".
 */
function partOfName(word: Token): boolean {
  return looksLikeName(word.text, word.index) && !word.punctBefore.includes(':') && !/^[\p{Lu}\d-]+$/u.test(word.text);
}

/**
 * A term at the end of its sentence that the next sentence explains by pointing back: "Dit kan alleen als u
 * belanghebbende bent. Dat betekent dat u er zelf gevolgen van merkt." The term stands among the last two words.
 */
function explainedByNext(match: RuleMatch, sentence: Sentence, next: Sentence | undefined, text: string): boolean {
  if (!next || match.words.at(-1)!.index < sentence.words.length - 2) return false;
  return /^(?:dat|dit)\s+(?:betekent|wil\s+zeggen)\b|^daarmee\s+bedoelen\s+(?:we|wij)\b/i.test(text.slice(next.start, next.start + 40));
}

/** Better words that name the reader: a frightening word with one of these is advised at each use. */
const readerWords = new Set(['u', 'uw', 'je', 'jij', 'jouw']);
/** Subjects that make a form in -en a past plural ("wij verzonden"), not a participle. */
const pluralPronouns = new Set(['wij', 'we', 'zij', 'ze', 'jullie']);

/** For a term at its first use: how often the text uses it after this (later uses get no finding of their own). */
function laterUses(count: number): string {
  if (count <= 0) return '';
  return ` Het woord staat daarna nog ${count === 1 ? '1 keer' : `${count} keer`} in de tekst. Leg het hier uit, of kies overal een gewoon woord.`;
}

/** Heads of the name of a law or regulation: "de Wet verplichte ggz", "het Besluit ruimtelijke ordening". */
const lawHeads = new Set(['wet', 'besluit', 'regeling', 'verordening', 'beleidsregel', 'beleidsregels', 'algemene']);
/** Words that end such a name: the sentence goes on about the law ("de Wet zegt dat u ..."). */
const nameEnds = new Set(['u', 'uw', 'je', 'jij', 'we', 'wij', 'ik', 'hij', 'zij', 'ze', 'dat', 'die', 'dit', 'is', 'zijn', 'was', 'wordt', 'worden', 'heeft', 'hebben', 'kan', 'kunnen', 'moet', 'moeten', 'mag', 'mogen', 'geldt', 'gelden', 'zegt', 'staat', 'staan', 'regelt', 'bepaalt', 'als', 'om', 'omdat', 'maar', 'of', 'een', 'over', 'met', 'bij', 'naar', 'in', 'door', 'niet', 'geen', 'ook', 'nog', 'wel']);

/**
 * A match inside the name of a law or regulation that starts with a capital: "geschillen" in "de Wet kwaliteit,
 * klachten en geschillen zorg", "geestelijke gezondheidszorg" in "de Wet verplichte geestelijke gezondheidszorg".
 * The writer cannot rename a law. The head stands at most five words before the match, in mid-sentence; the words
 * between are joined by nothing or a comma and none ends the name.
 */
function inNameOfLaw(match: RuleMatch, sentence: Sentence): boolean {
  const first = match.words[0]!.index;
  for (let at = first - 1; at >= Math.max(1, first - 5); at--) {
    const word = sentence.words[at]!;
    const joint = sentence.words[at + 1]!.punctBefore.trim();
    if ((joint !== '' && joint !== ',') || nameEnds.has(word.lower)) return false;
    if (lawHeads.has(word.lower) && /^\p{Lu}\p{Ll}/u.test(word.text)) return true;
  }
  return false;
}

/**
 * The reason names the words it is about ("Schrijf 'hieronder'" does not): then the message starts with the marked
 * words, so the writer sees which words the advice is for, also when the letter has another form than the reason.
 */
export function messageFor(reason: string, marked: string[], actual?: string): string {
  const lower = reason.toLowerCase();
  if (marked.every((word) => wordIn(lower, word.toLowerCase()))) return reason;
  return `U schrijft "${actual ?? marked.join(' ... ')}". ${reason}`;
}

function wordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after))) return true;
  }
  return false;
}
