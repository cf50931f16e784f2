/** Public types of @helder/core. Field names are part of the JSON contract used by other surfaces. */
import type {ReadabilityResult} from './readability/result.js';
import type {TargetLevel} from './readability/formulas.js';

export type {LintScore, ReadabilityResult} from './readability/result.js';
export type {TargetLevel} from './readability/formulas.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Position {
  line: number; // 1-based
  column: number; // 1-based, in UTF-16 code units like JavaScript strings
  offset: number; // 0-based offset into the original text
}

/** One piece of advice about an exact range of the original text. */
export interface Finding {
  ruleId: string; // the check, e.g. "moeilijk-woord"; also the docs page name docs/rules/<ruleId>.md
  entryId?: string; // the curated rule inside a check, e.g. "middels"
  severity: Severity;
  line: number;
  column: number;
  offset: number;
  length: number;
  end: Position;
  actual: string; // exactly text.slice(offset, offset + length)
  expected: string[]; // suggestions, best first (may be empty)
  message: string; // short reason, plain Dutch
  explanation?: string; // longer explanation, plain Dutch
  url: string; // documentation page of the check
  provenance?: Provenance; // who decided the curated rule, when it is one
}

export interface Provenance {
  role: string;
  date: string;
  decision: string;
}

export interface TextStats {
  words: number;
  sentences: number;
  paragraphs: number;
}

export interface Report {
  findings: Finding[];
  /** Filled by the readability step; null when the text has no prose to score. */
  readability: ReadabilityResult | null;
  stats: TextStats;
}

export interface HelderConfig {
  /** Target reading level: "B1" (default) or "B2"/"A2". */
  targetLevel: TargetLevel;
  /** Per check: off, or a severity. Missing checks use their default. */
  rules: Record<string, SeveritySetting>;
  /** Thresholds of the checks. */
  thresholds: Thresholds;
  /** Extra accepted words: never a spelling error, never a long word. */
  words: string[];
  /** Findings at or above this severity make `helder check` exit with 1. */
  failOn: Severity;
  /** Curated rule ids to switch off one by one, e.g. ["reeds"]. */
  disabledEntries: string[];
}

/**
 * The config as a caller gives it: any part of HelderConfig, and any part of the thresholds, e.g.
 * `{thresholds: {sentenceWords: 15}}`. Missing fields keep their default (see mergeConfig).
 */
export type HelderConfigInput = Partial<Omit<HelderConfig, 'thresholds'>> & {thresholds?: Partial<Thresholds>};

export interface Thresholds {
  sentenceWords: number; // lange-zin
  paragraphSentences: number; // lange-alinea: sentences
  paragraphWords: number; // lange-alinea: words
  wordSyllables: number; // lang-woord
  wordLetters: number; // lang-woord
  /** zeldzaam-woord: a word (or a part of a compound) seen fewer times than this in SUBTLEX-NL is rare. */
  rareWordCount: number;
}
