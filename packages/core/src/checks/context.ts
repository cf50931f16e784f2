import type {VFile} from 'vfile';
import type {HelderConfig, Provenance, Severity} from '../types.js';
import type {TextModel} from '../model.js';
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
  defaultSeverity: Severity;
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
