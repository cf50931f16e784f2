import type {VFile} from 'vfile';
import type {HelderConfig, Provenance, Severity} from '../types.js';
import type {Sentence, TextModel, Token} from '../model.js';
import type {RuleEngine} from '../rules/engine.js';
import type {Resources} from '../resources.js';

/** What a check reports: an exact range of the original text and advice in plain Dutch. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  expected?: string[];
  explanation?: string;
  entryId?: string;
  severity?: Severity;
  provenance?: Provenance;
}

export interface CheckContext {
  model: TextModel;
  config: HelderConfig;
  resources: Resources;
  engine: RuleEngine;
  file: VFile;
  report(finding: RawFinding): void;
}

export interface CheckDefinition {
  id: string;
  /** Dutch title for lists and the docs. */
  title: string;
  /** One Dutch sentence on what the check finds: for the editor's settings and the docs page. */
  description: string;
  defaultSeverity: Severity;
  /** Whether the organisation's own words (`words` in helder.config.json) keep a word from being reported. */
  usesOrganisationWords: boolean;
  run(context: CheckContext): void | Promise<void>;
}

/** Keep a suggestion's first letter in the case of the word it replaces. */
export function matchCase(suggestion: string, actual: string): string {
  const first = actual.charAt(0);
  if (first !== '' && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  }
  return suggestion;
}

/** Whether a word is written with a capital while not at the start of the sentence: a name. */
export function looksLikeName(text: string, indexInSentence: number): boolean {
  if (indexInSentence === 0) return false;
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * A token that is code or an identifier, not a word a resident reads: digits, "=", "_", "/", a dot inside, or a
 * capital inside (regeling.datumEinde, kind=email-template, fund_request.md).
 */
export function looksLikeCode(text: string): boolean {
  return /[\d=_/\\@#&{}<>|]|\.\p{L}|^.+\p{Ll}\p{Lu}/u.test(text);
}

/**
 * The sentences a check reads: `prose` for the grammar and length checks (the letter's frame is not prose),
 * `words` for the word checks, which also read the salutation, the closing and the subject line.
 */
export type SentenceScope = 'prose' | 'words';

/**
 * The findings a check that ran earlier in this run reported (checks run in the order of the registry), as offsets
 * with their message: a later check leaves those words to it ("cooerdinerend" is a typo first, not a rare word).
 */
export function earlierFindings(file: VFile, checkId: string): Array<{start: number; end: number; message: string}> {
  const found: Array<{start: number; end: number; message: string}> = [];
  for (const message of file.messages) {
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
    if (message.ruleId === checkId && start !== undefined && end !== undefined) found.push({start, end, message: message.reason});
  }
  return found;
}

const coveredStarts = new WeakMap<RuleEngine, WeakMap<Sentence, Set<number>>>();

/**
 * Where the words of the curated rules' matches in a sentence start: a word a rule advises on gets that rule's
 * advice, not a second tip of lang-woord or zeldzaam-woord. Kept per sentence, so both checks share the work.
 */
export function ruleCoveredStarts(engine: RuleEngine, sentence: Sentence): Set<number> {
  let perSentence = coveredStarts.get(engine);
  if (!perSentence) coveredStarts.set(engine, (perSentence = new WeakMap()));
  let starts = perSentence.get(sentence);
  if (!starts) perSentence.set(sentence, (starts = new Set(engine.match(sentence).flatMap((match) => match.words.map((word) => word.start)))));
  return starts;
}

export function sentencesIn(model: TextModel, scope: SentenceScope): Sentence[] {
  return model.sentences.filter((sentence) => (scope === 'prose' ? sentence.prose : sentence.wordChecked));
}

/** Each word (not a number, placeholder or code-like special token) of each sentence in the scope. */
export function forEachWord(model: TextModel, scope: SentenceScope, visit: (word: Token, sentence: Sentence) => void): void {
  for (const sentence of model.sentences) {
    if (scope === 'prose' ? !sentence.prose : !sentence.wordChecked) continue;
    for (const word of sentence.words) if (word.kind === 'word') visit(word, sentence);
  }
}

/**
 * A word explained right where it stands, in brackets: "(Wmo)" after the full name, "Wmo (Wet maatschappelijke
 * ondersteuning)", "de nabetaling (het geld dat u nog krijgt)". Markdown emphasis is blanked in the masked text.
 */
export function explainedInBrackets(text: string, start: number, end: number): boolean {
  // Also with a version or year after it: "de Regionale Energiestrategie 1.0 (RES 1.0)", "(Wmcz 2018)".
  if (text[start - 1] === '(' && /^(?: [\d.]{1,8})?\)/.test(text.slice(end, end + 10))) return true;
  // "de Algemene Plaatselijke Verordening (hierna: APV)", "(verder: Wmo)": the legal way to introduce a short name.
  if (/\((?:hierna|verder|hierna te noemen)[:,]?\s{1,3}$/i.test(text.slice(Math.max(0, start - 24), start)) && text[end] === ')') return true;
  return explanationInBracketsAfter(text, end);
}

/** Words in brackets right after the term, also after its closing quote: "de nabetaling (het geld dat u nog krijgt)", "de ‘afwaardering’ (dat wil zeggen: ...)". */
function explanationInBracketsAfter(text: string, end: number): boolean {
  return /^["'’”»]?\s{0,3}\([^)]{8,120}\)/.test(text.slice(end, end + 128));
}

/** Quote marks that open and close a mention of a word: 'middels', ‘middels’, "middels", “middels”, „middels”. */
const quotePairs: Record<string, string[]> = {"'": ["'"], '‘': ['’'], '"': ['"'], '“': ['”'], '„': ['”', '“']};

/**
 * The words between `start` and `end` stand alone between quote marks: the text mentions the word rather than uses
 * it ("Schrijf niet ‘middels’ maar ‘met’", "als ‘generieke’ of ‘onzijdige’ benaming"). A mention needs no advice.
 */
export function mentioned(text: string, start: number, end: number): boolean {
  const close = quotePairs[text[start - 1] ?? ''];
  return close !== undefined && close.includes(text[end] ?? '');
}

/** Words that may stand before a term that opens a definition line: "De cliënt: ...", "a. cliënt: ...". */
const definitionLead = new Set(['de', 'het', 'een']);
/** Words right after a term that start its meaning: "zienswijze betekent ...", "een zienswijze houdt in ...". */
const meaningVerbs = new Set(['betekent', 'betekenen', 'betekende']);
/** After "X betekent": the start of a meaning, not of a consequence ("betekent dat u ..."). */
const meaningStarts = new Set(['een', 'de', 'het', 'iemand', 'degene', 'mensen', 'personen', 'geld', 'alles', 'uw', 'je', 'jouw', 'hetzelfde', 'eigenlijk', 'ongeveer', 'zoveel']);
/** After "X, dat is" or "X is": the start of a description, not of a clause ("dat is vastgesteld"). */
const descriptionStarts = new Set(['een', 'de', 'het', 'iemand', 'degene', 'diegene', 'mensen', 'personen', 'geld', 'alles', 'wat']);
/** Words after a comma that announce the same thing in other words: "X, dat wil zeggen ...", "X, oftewel ...". */
const restatements = [['dat', 'wil', 'zeggen'], ['dat', 'betekent'], ['dit', 'betekent'], ['oftewel'], ['ofwel'], ['met', 'andere', 'woorden'], ['dat', 'zijn'], ['dat', 'is'], ['dit', 'is'], ['dit', 'zijn']];

/**
 * A term that the text explains where it stands (issue 12: a word the text explains is no longer hard after the
 * explanation): in brackets after it, as a definition line ("cliënt: een natuurlijk persoon ...", the term opens the
 * sentence), with "betekent" ("zienswijze betekent ..."), a restatement after a comma ("X, dat is een ...",
 * "X, dat wil zeggen ...", "X, oftewel ..."), a description of a person ("de aanvrager is degene die ..."), a
 * sentence that opens with the term and says what it is ("Een zienswijze is een brief ..."), for a term (`term`,
 * rules with `once` and zeldzaam-woord) the term in brackets after the plain words ("... (zienswijze)"), a
 * definition around it ("Met X bedoelen we ...", "Onder X verstaan we ...") or a name given after the explanation
 * ("Dat heet een zienswijze.", "Dat noemen we ..."). `words` are the matched words of the sentence, in order.
 */
export function explainedInText(text: string, sentence: Sentence, words: readonly Token[], end: number, options: {term?: boolean} = {}): boolean {
  if (explanationInBracketsAfter(text, end)) return true;
  // A word in brackets itself is an aside ("(gedeeltelijk)"), except for a term: there it names what the plain
  // words before it said ("de regels voor wat waar mag (bestemmingsplan)"). An abbreviation is the afkorting check's.
  const start = words[0]!.start;
  if (options.term && text[start - 1] === '(' && text[end] === ')' && /\p{L}/u.test(text.slice(Math.max(0, start - 40), start - 1))) return true;
  const all = sentence.words;
  const first = words[0]!;
  const last = words.at(-1)!;
  const lower = (at: number) => all[at]?.lower;
  const glued = (at: number) => all[at] !== undefined && all[at]!.punctBefore === '';
  const next = all[last.index + 1];
  // A definition line: the term (after at most an article or a list mark) opens the sentence, a colon follows.
  const lead = all.slice(0, first.index);
  const opensSentence = lead.every((word) => definitionLead.has(word.lower) || word.kind === 'number' || /^\p{L}$/u.test(word.text)) && lead.length <= 2;
  // The description after the colon goes on in lowercase ("cliënt: een persoon ..."); a label with a sentence after
  // it ("Beschikking: U krijgt ...") explains nothing.
  const colon = text[end] === ':' || next?.punctBefore.trim().startsWith(':');
  if (opensSentence && colon && next !== undefined && /^\p{Ll}/u.test(next.text)) return true;
  // Elsewhere in the sentence a colon explains nothing: "Stuur bij uw zienswijze: een kopie van ..." opens a list.
  if (next === undefined) return namedBefore();
  const at = next.index;
  if (next.punctBefore === '') {
    // "zienswijze betekent: ...", "... betekent een brief ...", not a consequence ("deze wijziging betekent dat u ...").
    const meaning = all[at + 1];
    if (meaningVerbs.has(next.lower) && meaning && (meaning.punctBefore.includes(':') || (meaning.punctBefore === '' && meaningStarts.has(meaning.lower)))) return true;
    if (next.lower === 'houdt' && lower(at + 1) === 'in') return true;
    if ((next.lower === 'is' || next.lower === 'zijn') && glued(at + 1) && ['degene', 'diegene', 'iemand'].includes(lower(at + 1)!)) return true;
    // A sentence that opens with the term and says what it is: "Een omgevingsvergunning is een vergunning om te bouwen."
    if (opensSentence && (next.lower === 'is' || next.lower === 'zijn') && glued(at + 1) && descriptionStarts.has(lower(at + 1)!)) return true;
  } else if (next.punctBefore.trim() === ',') {
    for (const phrase of restatements) {
      if (!phrase.every((word, offset) => lower(at + offset) === word && (offset === 0 || glued(at + offset)))) continue;
      const copula = phrase.at(-1) === 'is' || phrase.at(-1) === 'zijn';
      if (!copula || (glued(at + phrase.length) && descriptionStarts.has(lower(at + phrase.length)!))) return true;
    }
  }
  return namedBefore();

  function namedBefore(): boolean {
    if (first.punctBefore !== '') return false;
    // An article may stand between: "Met de termijn bedoelen we ...", "Dat heet een zienswijze."
    let at = first.index - 1;
    // "Met de term transgender bedoelen we ...", "Onder het begrip ... verstaan we ...".
    if (at >= 1 && ['term', 'woord', 'begrip'].includes(all[at]!.lower) && glued(at + 1)) at--;
    if (at >= 0 && definitionLead.has(all[at]!.lower) && glued(at + 1)) at--;
    if (at < 0 || !glued(at + 1)) return false;
    const word = lower(at);
    const following = all.slice(last.index + 1, last.index + 4);
    if (word === 'met') return following.some((item) => item.lower.startsWith('bedoel'));
    if (word === 'onder') return following.some((item) => item.lower === 'verstaan' || item.lower === 'verstaat');
    if (at < 1) return false;
    if (word === 'heet' || word === 'heten') return true;
    return (word === 'we' || word === 'wij') && glued(at) && lower(at - 1) === 'noemen';
  }
}

const readerForms = new WeakMap<TextModel, 'u' | 'je'>();
const formalPronouns = new Set(['u', 'uw', 'uzelf']);
const informalPronouns = new Set(['jij', 'jou', 'jouw', 'jezelf', 'je']);

/**
 * How the text speaks to its reader: "je" when more sentences say "je", "jij" or "jouw" than "u" or "uw", else
 * "u". Better words that speak to the reader follow it: a web page that says "je" gets "grens voor je inkomen",
 * not "grens voor uw inkomen" (round r62). The u-en-je check reports the mix itself.
 */
export function readerForm(model: TextModel): 'u' | 'je' {
  let form = readerForms.get(model);
  if (form) return form;
  let formal = 0;
  let informal = 0;
  for (const sentence of model.sentences) {
    if (!sentence.wordChecked) continue;
    if (sentence.words.some((word) => formalPronouns.has(word.lower))) formal++;
    if (sentence.words.some((word) => informalPronouns.has(word.lower))) informal++;
  }
  form = informal > formal ? 'je' : 'u';
  readerForms.set(model, form);
  return form;
}

/** "u" and "uw" in a better word, for a text that says "je": "u kunt" -> "je kunt", "heeft u" -> "heb je", "uw" -> "je". */
const informalPhrases: Array<[RegExp, string]> = [
  [/\bheeft u\b/g, 'heb je'],
  [/\bkunt u\b/g, 'kun je'],
  [/\bbent u\b/g, 'ben je'],
  [/\bwilt u\b/g, 'wil je'],
  [/\bhebt u\b/g, 'heb je'],
  [/\bzult u\b/g, 'zul je'],
  [/\bu heeft\b/g, 'je hebt'],
  [/\buzelf\b/g, 'jezelf'],
  [/\buw\b/g, 'je'],
  [/\bu\b/g, 'je'],
];

export function toInformalReader(phrase: string): string {
  if (!/\bu(?:w|zelf)?\b/i.test(phrase)) return phrase;
  let result = phrase;
  for (const [pattern, replacement] of informalPhrases) result = result.replace(pattern, replacement);
  // "U kunt" at the start: the capital stays on the first word.
  return result.replace(/^U\b/, 'Je').replace(/^Uw\b/, 'Je');
}
