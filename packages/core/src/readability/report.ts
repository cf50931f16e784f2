import type {TextModel} from '../model.js';
import type {HelderConfig, LintScore, ReadabilityReport} from '../types.js';
import type {Tagger} from './tagger.js';
import {measureSentence, sentenceLint, documentLint, sentenceFeatures, rareWordZipf, longWordSyllables, type SentenceMeasures, type LintResult} from './measure.js';
import {fleschDouma, brouwer, readersWhoFindItHard, highestLevelFor, lintCoefficients, type LintInputs} from './formulas.js';
import {verdictFor, type Verdict} from './verdict.js';

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

/** The readability block of a report. Field names are part of the JSON contract. */
export interface ReadabilityResult extends ReadabilityReport {
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
  verdict: Verdict | null;
  /** The sentences above the target level, hardest first (at most five). */
  hardSentences: Array<{number: number; start: number; end: number; score: number; level: number; words: number}>;
  /** Content words under Zipf 3 (less than once per million words), rarest first (at most ten). */
  rareWords: RareWord[];
  /** Per sentence (left out of the CLI's JSON file report, given by the API and the language server). */
  sentences: SentenceReadability[];
}

const approximationNote =
  'Deze score is een schatting. Een computer ziet de bouw van een zin niet helemaal. Hoe ver woorden die bij elkaar horen uit elkaar staan, schat Helder. Welke woorden de inhoud dragen, haalt Helder uit woordenlijsten.';

/**
 * Analyse the prose of a text model. Returns null when there is no prose to score. Sentences seen before are taken
 * from a cache (`sentenceCache: false` measures everything again, for benchmarks).
 */
export function analyseReadability(model: TextModel, tagger: Tagger, config: HelderConfig, options: {sentenceCache?: boolean} = {}): ReadabilityResult | null {
  const prose = model.sentences.filter((sentence) => sentence.prose && sentence.words.some((word) => word.kind === 'word'));
  if (prose.length === 0) return null;
  const measured = prose.map((sentence) => measureSentence(sentence, model.text, tagger, options.sentenceCache ?? true));
  const totals = {words: 0, syllableWords: 0, syllables: 0, longWords: 0};
  const notScored = {placeholders: 0, numbers: 0, other: 0};
  for (const measures of measured) {
    totals.words += measures.words;
    totals.syllableWords += measures.syllableWords;
    totals.syllables += measures.syllables;
    totals.longWords += measures.longWords;
    for (const word of measures.sentence.words) {
      if (word.kind === 'placeholder') notScored.placeholders++;
      else if (word.kind === 'number') notScored.numbers++;
      else if (word.kind === 'special') notScored.other++;
    }
  }
  const syllablesPer100 = (100 * totals.syllables) / Math.max(1, totals.syllableWords);
  const averageSentenceLength = totals.words / prose.length;
  const lint = documentLint(measured);
  const details = measured.map((measures, position) => sentenceDetail(measures, position + 1));
  const rareWords = collectRareWords(measured);
  const target = config.targetLevel;
  const hardSentences = details
    .filter((item) => item.lint && item.lint.level > highestLevelFor[target])
    .sort((a, b) => b.lint!.score - a.lint!.score)
    .slice(0, 5)
    .map((item) => ({number: item.number, start: item.start, end: item.end, score: round(item.lint!.score), level: item.lint!.level, words: item.words}));
  return {
    fleschDouma: round(fleschDouma(syllablesPer100, averageSentenceLength)),
    brouwer: round(brouwer(syllablesPer100, averageSentenceLength)),
    lint: lint ? {score: round(lint.score), level: lint.level} : null,
    readersWhoFindItHard: lint ? readersWhoFindItHard[lint.level] : null,
    words: totals.words,
    sentenceCount: prose.length,
    averageSentenceLength: round(averageSentenceLength),
    syllablesPerWord: round(totals.syllables / Math.max(1, totals.syllableWords), 2),
    longWordShare: round(totals.longWords / Math.max(1, totals.syllableWords), 3),
    features: lint ? featureValues(lint.features, true) : null,
    approximation: {note: approximationNote, dependencyLength: 'proxy', contentWordsPerClause: 'word-lists', concreteNouns: 'word-lists', wordFrequency: 'word-lists'},
    notScored,
    verdict: lint ? verdictFor(lint, target, {details, rareWords, measured, sentenceWordLimit: config.thresholds.sentenceWords}) : null,
    hardSentences,
    rareWords,
    sentences: details,
  };
}

function sentenceDetail(measures: SentenceMeasures, number: number): SentenceReadability {
  const per100 = (100 * measures.syllables) / Math.max(1, measures.syllableWords);
  const lint = sentenceLint(measures);
  const {hasFrequency, ...features} = sentenceFeatures(measures);
  const {dependency, tagged} = measures;
  return {
    index: measures.sentence.index,
    number,
    start: measures.sentence.start,
    end: measures.sentence.end,
    words: measures.words,
    syllables: measures.syllables,
    longWords: measures.longWords,
    fleschDouma: round(fleschDouma(per100, measures.words)),
    brouwer: round(brouwer(per100, measures.words)),
    lint: lint ? {score: round(lint.score), level: lint.level} : null,
    features: featureValues(features, hasFrequency),
    finiteVerbs: measures.finiteVerbs,
    contentWords: measures.contentWords,
    longestDependency:
      dependency.dependent >= 0
        ? {dependent: tagged.words[dependency.dependent]!.token.text, head: tagged.words[dependency.head]!.token.text, wordsBetween: dependency.length, first: dependency.dependent < dependency.head}
        : null,
  };
}

function featureValues(features: LintInputs, hasFrequency: boolean): LintFeatureValues {
  return {
    wordFrequency: hasFrequency ? round(features.wordFrequency, 2) : null,
    dependencyLength: round(features.dependencyLength, 2),
    contentWordsPerClause: round(features.contentWordsPerClause, 2),
    concreteNouns: round(features.concreteNouns, 2),
  };
}

function collectRareWords(measured: SentenceMeasures[]): RareWord[] {
  const seen = new Map<string, RareWord>();
  for (const [position, measures] of measured.entries()) {
    for (const word of measures.tagged.words) {
      if (word.frequency === undefined || word.frequency >= rareWordZipf || seen.has(word.key)) continue;
      seen.set(word.key, {word: word.token.text, zipf: round(word.frequency, 2), sentence: position + 1});
    }
  }
  return [...seen.values()].sort((a, b) => a.zipf - b.zipf).slice(0, 10);
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export {lintCoefficients, longWordSyllables, rareWordZipf, type LintResult};
