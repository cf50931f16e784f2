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
  if (text[start - 1] === '(' && text[end] === ')') return true;
  return /^\s{0,3}\([^)]{8,120}\)/.test(text.slice(end, end + 127));
}

/** Explained where it stands: in brackets, or as a term before a colon ("Nabetaling: het geld dat ..."). */
export function explainedInPlace(text: string, start: number, end: number): boolean {
  return text[end] === ':' || explainedInBrackets(text, start, end);
}
