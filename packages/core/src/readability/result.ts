/**
 * The readability result as the core produces it: the one shape the CLI, the language server and other surfaces
 * render. Field names are part of the JSON contract (docs/dev/json-format.md). Only types live here, so every
 * layer can name them without importing the code that computes them.
 */
import type {LintLevel, TargetLevel} from './formulas.js';

export interface LintScore {
  score: number; // 0-100, higher is harder
  level: LintLevel;
}

export interface LintFeatureValues {
  /** F: mean Zipf frequency of content words; null when the text has none. */
  wordFrequency: number | null;
  /** D: maximum dependency length (proxy); for the document the mean over sentences. */
  dependencyLength: number;
  /** C: content words per clause (finite verb); for the document the mean over sentences. */
  contentWordsPerClause: number;
  /** P: share of concrete nouns among the nouns in the LiNT-II noun list. */
  concreteNouns: number;
}

export type LintFeature = 'wordFrequency' | 'dependencyLength' | 'contentWordsPerClause' | 'concreteNouns';

export interface SentenceReadability {
  /** Index in the text model's sentences. */
  index: number;
  /** Number of this sentence among the scored sentences, from 1, as a clerk counts them. */
  number: number;
  start: number;
  end: number;
  words: number;
  syllables: number;
  longWords: number;
  fleschDouma: number;
  brouwer: number;
  /** Null for a sentence without a content word that has a frequency ("Dat kan."). */
  lint: LintScore | null;
  features: LintFeatureValues;
  finiteVerbs: number;
  contentWords: number;
  /** The two words furthest apart that belong together (the proxy's longest dependency). */
  longestDependency: {dependent: string; head: string; wordsBetween: number; /** The dependent comes first. */ first: boolean} | null;
}

export interface RareWord {
  word: string;
  /** Zipf value; 1.36 means the word is not in SUBTLEX-NL. */
  zipf: number;
  sentence: number;
}

/**
 * One reason of a verdict, plain Dutch. `level`: the level and the readers who find it hard; `target`: the level the
 * target needs; a feature name: what of that feature made the letter hard (only when the target is missed);
 * `longSentences`: the sentences over the length limit (only when the target is missed).
 */
export interface VerdictReason {
  kind: 'level' | 'target' | LintFeature | 'longSentences';
  text: string;
}

/** The verdict a clerk reads: did the letter reach the target level, and what made it hard. Plain Dutch (B1). */
export interface Verdict {
  target: TargetLevel;
  reached: boolean;
  /** "B1-doel gehaald" or "B1-doel niet gehaald". */
  label: string;
  /** One or two short sentences for a summary line. */
  summary: string;
  /** The level, the target, and for a missed target what drove the score up, with examples from the letter. */
  reasons: VerdictReason[];
  /** Which LiNT-II features pushed the score up most, in score points above an easy letter. */
  drivers: Array<{feature: LintFeature; points: number}>;
}

export interface HardSentence {
  number: number;
  start: number;
  end: number;
  score: number;
  level: LintLevel;
  words: number;
}

/** The readability block of a report; null in a report when the text has no prose to score. */
export interface ReadabilityResult {
  fleschDouma: number;
  brouwer: number;
  lint: LintScore | null;
  /** Percent of adult readers who find a text of this LiNT level hard (14, 29, 53 or 78). */
  readersWhoFindItHard: number | null;
  words: number;
  sentenceCount: number;
  averageSentenceLength: number;
  syllablesPerWord: number;
  /** Share (0-1) of real words with four or more syllables. */
  longWordShare: number;
  features: LintFeatureValues | null;
  /** Which LiNT-II parts are approximated, and a note in Dutch for the reader. */
  approximation: {note: string; dependencyLength: 'proxy'; contentWordsPerClause: 'word-lists'; concreteNouns: 'word-lists'; wordFrequency: 'word-lists'};
  /** Tokens that count as one word for length but are not scored: placeholders, numbers, e-mail addresses, links. */
  notScored: {placeholders: number; numbers: number; other: number};
  /** Null exactly when `lint` is null. */
  verdict: Verdict | null;
  /** The sentences above the target level, hardest first (at most five). */
  hardSentences: HardSentence[];
  /** Content words under Zipf 3 (less than once per million words), rarest first (at most ten). */
  rareWords: RareWord[];
  /** Per sentence (left out of the CLI's JSON file report, given by the API and the language server). */
  sentences: SentenceReadability[];
}
