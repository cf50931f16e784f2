import type {Sentence, Token} from '../model.js';
import type {RuleMatch} from './engine.js';
import type {RuleContext, TextCondition} from './schema.js';

/**
 * The first context of the rule that fits the match: its form, the word right before it (`after`) or right after
 * it (`before`), and the use of the word in its sentence (`text`). A word across punctuation is no neighbour:
 * "Uw brief, verzoek ..." has no word before "verzoek".
 */
export function contextOf(match: RuleMatch, sentence: Sentence, text: readonly Sentence[] = [sentence]): RuleContext | undefined {
  const contexts = match.entry.contexts;
  if (!contexts) return undefined;
  const first = match.words[0]!;
  const last = match.words.at(-1)!;
  const previous = first.punctBefore === '' ? sentence.words[first.index - 1] : undefined;
  const nextWord = sentence.words[last.index + 1];
  const next = nextWord && nextWord.punctBefore === '' ? nextWord : undefined;
  const form = match.formKey;
  return contexts.find(
    (context) =>
      (!context.forms || context.forms.includes(form)) &&
      (!context.after || (previous !== undefined && context.after.includes(previous.lower))) &&
      (!context.before || (next !== undefined && context.before.includes(next.lower))) &&
      (!context.text || context.text.some((condition) => textConditions[condition](match, sentence, text))),
  );
}

/** Words that address the reader: a sentence with one of them talks to the reader, not about other people. */
const readerWords = new Set(['u', 'uw', 'uzelf', 'je', 'jij', 'jou', 'jouw', 'jezelf', 'jullie']);
/** Words that refer back to a person in the third person: "indien hij", "diens vertegenwoordiger". */
const thirdPerson = new Set(['hij', 'hem', 'diens', 'zijzelf', 'hijzelf']);
/** Prepositions and articles of a party in a procedure: "het besluit gaat naar de aanvrager", "de band van de cliënt". */
const procedurePrepositions = new Set(['aan', 'naar', 'van', 'voor', 'door', 'bij', 'met', 'tegen', 'over']);
const articles = new Set(['de', 'het', 'een', 'deze', 'die']);
/** Words that start a definition right after the term: "de aanvrager is degene die ...", "cliënt betekent ...". */
const definitionVerbs = new Set(['is', 'zijn', 'betekent', 'betekenen']);
const definitionStarts = new Set(['de', 'het', 'een', 'iemand', 'degene', 'diegene', 'elke', 'ieder', 'iedere', 'alle', 'personen', 'mensen']);
/** Line kinds that name a thing rather than say something to the reader. */
const termLines = new Set(['heading', 'label', 'table-row', 'field']);

const capitalised = (word: Token | undefined) => word !== undefined && word.kind === 'word' && /^\p{Lu}/u.test(word.text);

/**
 * The uses of a word that a `text` condition names (docs/dev/rule-format.md):
 * - `begrip`: the word is a term, not the way the letter speaks to the reader: a heading, label or table row, a
 *   definition ("cliënt: een persoon ...", "de aanvrager is degene die ...", "onder aanvrager wordt verstaan",
 *   "verzoeker, als bedoeld in lid 5", "de verzoeker uit lid 5"), or a part of a name ("Cliënten Advies Raad", "Wet medezeggenschap cliënten").
 * - `over-anderen`: the sentence talks about other people, not to the reader: it has no "u" or "je", and the word is
 *   a plural (a group), a third-person pronoun refers to the person ("indien hij", "diens"), or the word follows a
 *   preposition and an article ("het besluit gaat naar de aanvrager", "bij een controle van de dossiers"): a party in
 *   a procedure, as a notice to neighbours names the applicant.
 * - `over-taal`: the sentence is about reading, writing or language skills ("taalvaardigheid", "lezen",
 *   "Nederlands", "analfabeten"), as in a guide on plain language, where a word such as "laaggeletterden" is the
 *   subject of the text rather than a label for its reader.
 * - `over-groep`: the text is about a group, written for people who work for it: somewhere in the text the reader
 *   ("je", "u") acts for or towards the group ("als je beeld inzet voor laaggeletterden", "met je cliënten"): the
 *   group follows a preposition (voor, bij, met, richting, ...) or the reader's "je"/"uw", so the reader is not one of them, and here the word names the group (a plural, or before
 *   "doelgroepen", "groepen", "mensen"). A sentence that puts the reader in the group ("u hoort bij", "bent u",
 *   "u als cliënt", "u en andere cliënten", "een van de cliënten") shows nothing of the kind.
 * - `techniek`: the sentence is about a technical step of e-mail, a website or an app ("e-mail", "e-mailadres",
 *   "inloggen", "verificatiecode", "DigiD", outside the match), where a word such as "controle" is a check by a
 *   computer, not distrust of the reader.
 * - `verzoek`: the sentence names a request before the match ("aanvraag", "verzoek", "bezwaar", "declaratie", ...):
 *   a verb such as "toekennen" or "afwijzen" is then a decision on that request.
 * - `melding`: the sentence names a report of a problem before the match ("melding", "storing", "schade"): a verb
 *   such as "afhandelen" then means the problem is solved, not that a decision was made.
 */
export const textConditions: Record<TextCondition, (match: RuleMatch, sentence: Sentence, text: readonly Sentence[]) => boolean> = {
  begrip(match, sentence) {
    if (termLines.has(sentence.kind)) return true;
    const first = match.words[0]!;
    const last = match.words.at(-1)!;
    if (quoted(match, sentence)) return true;
    const words = sentence.words;
    const previous = words[first.index - 1];
    const next = words[last.index + 1];
    const afterNext = words[last.index + 2];
    if (next?.punctBefore.includes(':')) return true;
    // "De aanvrager is degene die": the term is the subject; after a preposition it is not ("voor cliënten is een ...").
    const subject = previous === undefined || !procedurePrepositions.has(previous.lower);
    if (subject && next && next.punctBefore === '' && definitionVerbs.has(next.lower) && afterNext && afterNext.punctBefore === '' && definitionStarts.has(afterNext.lower)) return true;
    if (previous?.lower === 'onder' && words.slice(last.index + 1, last.index + 4).some((word) => word.lower === 'verstaan')) return true;
    const following = words.slice(last.index + 1, last.index + 4).map((word) => word.lower).join(' ');
    if (/^(?:als|zoals) bedoeld\b/.test(following)) return true;
    // A reference to where a regulation defines it: "de verzoeker uit lid 5", "de aanvrager van artikel 3".
    if (/^(?:uit|in|van) (?:lid|artikel)\b/.test(following)) return true;
    const inName = (capitalised(next) && next!.punctBefore === '') || (previous !== undefined && previous.index > 0 && capitalised(previous) && first.punctBefore === '');
    return inName;
  },
  'over-anderen'(match, sentence) {
    if (sentence.words.some((word) => readerWords.has(word.lower))) return false;
    // "doelgroep(en)": a plural ending in brackets right after the word also makes a group.
    const after = sentence.words[match.words.at(-1)!.index + 1];
    const bracketPlural = after !== undefined && after.punctBefore === '(' && /^(?:en|n|s)$/.test(after.lower);
    const plural = bracketPlural || isPluralOf(match.words.map((word) => word.lower).join(' '), match.entry.forms[0]?.toLowerCase() ?? '');
    const first = match.words[0]!;
    const article = sentence.words[first.index - 1];
    const preposition = sentence.words[first.index - 2];
    const party = article !== undefined && preposition !== undefined && first.punctBefore === '' && article.punctBefore === '' && articles.has(article.lower) && procedurePrepositions.has(preposition.lower);
    return plural || party || sentence.words.some((word) => thirdPerson.has(word.lower));
  },
  'over-taal': (match, sentence) => wordOutsideMatch(match, sentence, languageWord),
  'over-groep'(match, sentence, text) {
    const lemma = match.entry.forms[0]?.toLowerCase() ?? '';
    if (match.words.length !== 1 || !groupUse(sentence.words, match.words[0]!.index, lemma)) return false;
    let known = readerServesGroup.get(text);
    if (!known) readerServesGroup.set(text, (known = new Map()));
    let serves = known.get(match.entry.id);
    if (serves === undefined) {
      const forms = new Set(match.entry.forms.map((form) => form.toLowerCase()));
      serves = text.some((other) => other.words.some((word, index) => forms.has(word.lower) && readerBesideGroup(other, index, lemma)));
      known.set(match.entry.id, serves);
    }
    return serves;
  },
  techniek: (match, sentence) => wordOutsideMatch(match, sentence, technicalWord),
  verzoek: (match, sentence) => sentence.words.some((word) => word.index < match.words[0]!.index && requestWord.test(word.lower)),
  melding: (match, sentence) => sentence.words.some((word) => word.index < match.words[0]!.index && reportWord.test(word.lower)),
};

/** Nouns for a group right after a label used as an adjective: "laaggeletterde doelgroepen", "kansarme gezinnen". */
const groupNouns = new Set(['doelgroep', 'doelgroepen', 'groep', 'groepen', 'mensen', 'personen', 'inwoners', 'bewoners', 'burgers', 'lezers', 'ouders', 'gezinnen', 'jongeren', 'volwassenen', 'klanten']);
/** Words that put the reader in a group: "u hoort bij de doelgroep", "bent u cliënt", "valt u onder". */
const membershipWords = new Set(['ben', 'bent', 'hoort', 'hoor', 'behoort', 'behoor', 'valt', 'val', 'horen', 'vallen']);
/** Words before the group when the reader acts for it: "voor laaggeletterden", "bij de cliënten", "je cliënten". */
const groupPrepositions = new Set(['voor', 'bij', 'met', 'richting', 'aan', 'naar', 'over', 'tussen']);
const readerOwners = new Set(['je', 'jouw', 'uw']);
const readerServesGroup = new WeakMap<readonly Sentence[], Map<string, boolean>>();

/** The word at `index` names a group: a word for a group ("doelgroep"), a plural of the rule's lemma, or a label before a group noun. */
function groupUse(words: Token[], index: number, lemma: string): boolean {
  const next = words[index + 1];
  if (groupNouns.has(lemma) || isPluralOf(words[index]!.lower, lemma)) return true;
  return next !== undefined && next.punctBefore === '' && groupNouns.has(next.lower);
}

/** A sentence where the reader and the group are different people: "als je beeld inzet voor laaggeletterden". */
function readerBesideGroup(sentence: Sentence, index: number, lemma: string): boolean {
  const words = sentence.words;
  if (!words.some((word) => readerWords.has(word.lower)) || words.some((word) => membershipWords.has(word.lower))) return false;
  const before = words[index - 1]?.lower;
  if (before === 'als' || before === 'andere') return false;
  if (before === 'de' && words[index - 2]?.lower === 'van' && /^(?:een|één)$/.test(words[index - 3]?.lower ?? '')) return false;
  if (!groupUse(words, index, lemma)) return false;
  // The reader acts for or towards the group: "je cliënten", "voor laaggeletterden", "bij de cliënten". Not where
  // the group is the subject of its own clause, as in a letter to a client: "Als cliënten vragen hebben, kunt u ...".
  const joined = (at: number) => words[at] !== undefined && words[at]!.punctBefore === '';
  if (before !== undefined && readerOwners.has(before) && joined(index)) return true;
  const towards = (at: number) => words[at] !== undefined && groupPrepositions.has(words[at]!.lower);
  return joined(index) && (towards(index - 1) || (joined(index - 1) && towards(index - 2)));
}

const openingQuotes = /["'‘“„«]$/u;
const closingQuotes = /^["'’”»]/u;

/** The match stands in quotes: the word is mentioned as a term ("het woord ‘laaggeletterden’"), not used. */
function quoted(match: RuleMatch, sentence: Sentence): boolean {
  const next = sentence.words[match.words.at(-1)!.index + 1];
  const after = next ? next.punctBefore : sentence.closing;
  return openingQuotes.test(match.words[0]!.punctBefore) && closingQuotes.test(after.trimStart());
}

/** A word of the sentence, not one of the match, that fits `pattern`: the sentence's topic, not the matched word. */
function wordOutsideMatch(match: RuleMatch, sentence: Sentence, pattern: RegExp): boolean {
  const matched = new Set(match.words.map((word) => word.index));
  return sentence.words.some((word) => !matched.has(word.index) && pattern.test(word.lower));
}

/** Words about language skills (not "betaal"): taal (taalniveau, laagtaalvaardig), lezen, schrijven, geletterdheid, analfabeet, Nederlands. */
const languageWord = /^(?:taal|moedertaal|laagtaal|anderstalig)|taalvaardig|taalniveau|^(?:lezen|leest|lees|schrijven|schrijft|rekenen)$|geletterd|^analfabe|^nederlands$|^b1$|leesbaar|leesniveau/u;

/**
 * Words for a request on which someone decides: "Uw aanvraag is toegekend" approves the request ("goedgekeurd");
 * what is "given" is the money or help ("Er is u een tegoed toegekend").
 */
const requestWord = /^(?:aanvra(?:ag|gen)|verzoek(?:en|schrift)?|bezwaar(?:schrift)?|declaratie|aanmelding|klacht)$/u;

/** Words for a report of a problem that someone fixes: "Uw melding is afgehandeld" means the problem is solved. */
const reportWord = /^(?:melding(?:en)?|storing(?:en)?|schade)$/u;

/** Words of a technical step: e-mail, a website or an app ("e-mailadres", "inloggen", "verificatiecode", "DigiD"). */
const technicalWord = /^(?:e-?mail|website|webpagina|wachtwoord|inlog|digid|browser)|^(?:apps?|accounts?|link|links|ingelogd|inloggen|uitloggen|server)$|code$|verificatie/u;

/** "cliënten" of "cliënt", "aanvragers" of "aanvrager": the lemma (the rule's first form) plus a plural ending. */
export function isPluralOf(form: string, lemma: string): boolean {
  if (lemma === '' || form === lemma || !form.startsWith(lemma)) return false;
  return /^(?:en|n|s|'s)$/.test(form.slice(lemma.length));
}
