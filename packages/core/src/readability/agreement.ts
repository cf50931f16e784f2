import {buildModel, type Sentence} from '../model.js';
import {noTextLists, type TextLists} from '../letter/text-lists.js';
import type {Tagger} from './tagger.js';
import {measureSentence, sentenceLint, sentenceFeatures} from './measure.js';
import {lintScore, type LintInputs} from './formulas.js';

/**
 * Agreement with the LiNT-II reference implementation on data/lint-ii/reference-sentences.jsonl (25 sentences with
 * the reference's per-token features and scores). Used by the tests and by scripts/readability-report.mjs.
 */
export interface ReferenceSentence {
  source: string;
  text: string;
  score: number;
  level: number;
  features: LintInputs;
}

export interface SentenceComparison {
  reference: ReferenceSentence;
  helder: {score: number; features: LintInputs};
  /** The reference's own features put through the formula in DESIGN.md (see `formulaCeiling`). */
  referenceRescored: number;
}

export interface Agreement {
  /** Per feature and for the score: Spearman rank correlation, Pearson correlation, mean absolute error. */
  score: Statistics;
  features: Record<keyof LintInputs, Statistics>;
  /** Baseline: sentence length alone (Spearman with the reference score). */
  sentenceLengthSpearman: number;
  /**
   * The best any implementation of the DESIGN.md formula can reach on this file: the reference's own features
   * through that formula, compared with the reference's scores (which came from older LiNT-II versions).
   */
  formulaCeiling: Statistics;
  /** Helder against the reference features rescored with the DESIGN.md formula: the error from features alone. */
  againstRescored: Statistics;
  /**
   * Helder's D, C and P with the reference's own F, through the DESIGN.md formula, against the reference scores. The
   * reference file's word frequencies do not come from the SUBTLEX-NL data Helder ships (see docs/readability.md),
   * so this isolates how well the structural proxies agree.
   */
  withReferenceFrequency: Statistics;
  sentences: SentenceComparison[];
}

export interface Statistics {
  spearman: number;
  pearson: number;
  meanAbsoluteError: number;
}

export function parseReferenceSentences(jsonl: string): ReferenceSentence[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const item = JSON.parse(line) as {
        source: string;
        tokens: Array<{text: string}>;
        score: number;
        level: number;
        mean_log_word_frequency: number;
        max_sdl: number;
        content_words_per_clause: number;
        proportion_of_concrete_nouns: number;
      };
      return {
        source: item.source,
        text: item.tokens.map((token) => token.text).join(' '),
        score: item.score,
        level: item.level,
        features: {
          wordFrequency: item.mean_log_word_frequency,
          dependencyLength: item.max_sdl,
          contentWordsPerClause: item.content_words_per_clause,
          concreteNouns: item.proportion_of_concrete_nouns,
        },
      };
    });
}

/** Analyse a reference item as one sentence, as the reference did (the parser may split "a.verlenen" and the like). */
export function scoreAsOneSentence(text: string, tagger: Tagger, lists: TextLists = noTextLists): {score: number; features: LintInputs; words: number} {
  const model = buildModel(text, lists); // the sentences are joined below, so the lists change little
  const words = model.sentences.flatMap((sentence, index) =>
    sentence.words.map((word, at) => (index > 0 && at === 0 ? {...word, punctBefore: model.sentences[index - 1]!.closing || ';'} : word)),
  );
  const sentence: Sentence = {index: 0, start: words[0]?.start ?? 0, end: words.at(-1)?.end ?? 0, kind: 'prose', prose: true, wordChecked: true, paragraph: 0, closing: '', words};
  const measures = measureSentence(sentence, text, tagger, false);
  const lint = sentenceLint(measures, true)!;
  const {hasFrequency: _unused, ...features} = sentenceFeatures(measures);
  return {score: lint.score, features, words: words.length};
}

export function compareWithReference(reference: ReferenceSentence[], tagger: Tagger): Agreement {
  const sentences: SentenceComparison[] = [];
  const lengths: number[] = [];
  for (const item of reference) {
    const helder = scoreAsOneSentence(item.text, tagger);
    lengths.push(helder.words);
    sentences.push({reference: item, helder: {score: helder.score, features: helder.features}, referenceRescored: lintScore(item.features)});
  }
  const referenceScores = sentences.map((item) => item.reference.score);
  const helderScores = sentences.map((item) => item.helder.score);
  const feature = (key: keyof LintInputs) =>
    statistics(
      sentences.map((item) => item.reference.features[key]),
      sentences.map((item) => item.helder.features[key]),
    );
  return {
    score: statistics(referenceScores, helderScores),
    features: {
      wordFrequency: feature('wordFrequency'),
      dependencyLength: feature('dependencyLength'),
      contentWordsPerClause: feature('contentWordsPerClause'),
      concreteNouns: feature('concreteNouns'),
    },
    sentenceLengthSpearman: spearman(referenceScores, lengths),
    formulaCeiling: statistics(
      referenceScores,
      sentences.map((item) => item.referenceRescored),
    ),
    againstRescored: statistics(
      sentences.map((item) => item.referenceRescored),
      helderScores,
    ),
    withReferenceFrequency: statistics(
      referenceScores,
      sentences.map((item) => lintScore({...item.helder.features, wordFrequency: item.reference.features.wordFrequency})),
    ),
    sentences,
  };
}

export function statistics(expected: number[], actual: number[]): Statistics {
  const errors = expected.map((value, index) => Math.abs(value - actual[index]!));
  return {
    spearman: spearman(expected, actual),
    pearson: pearson(expected, actual),
    meanAbsoluteError: errors.reduce((sum, value) => sum + value, 0) / Math.max(1, errors.length),
  };
}

export function spearman(a: number[], b: number[]): number {
  return pearson(ranks(a), ranks(b));
}

export function pearson(a: number[], b: number[]): number {
  const n = a.length;
  const meanA = a.reduce((sum, value) => sum + value, 0) / n;
  const meanB = b.reduce((sum, value) => sum + value, 0) / n;
  let covariance = 0;
  let varianceA = 0;
  let varianceB = 0;
  for (let index = 0; index < n; index++) {
    const da = a[index]! - meanA;
    const db = b[index]! - meanB;
    covariance += da * db;
    varianceA += da * da;
    varianceB += db * db;
  }
  return varianceA === 0 || varianceB === 0 ? 0 : covariance / Math.sqrt(varianceA * varianceB);
}

/** Ranks with ties sharing their average rank. */
function ranks(values: number[]): number[] {
  const order = values.map((value, index) => ({value, index})).sort((x, y) => x.value - y.value);
  const out = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const rank = (start + end) / 2 + 1;
    for (let at = start; at <= end; at++) out[order[at]!.index] = rank;
    start = end + 1;
  }
  return out;
}
