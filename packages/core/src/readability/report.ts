import type {TextModel} from '../model.js';
import type {HelderConfig} from '../types.js';
import type {Tagger} from './tagger.js';
import {measureSentence, sentenceLint, documentLint, sentenceFeatures, rareWordZipf, longWordSyllables, type SentenceMeasures, type LintResult} from './measure.js';
import {fleschDouma, brouwer, readersWhoFindItHard, highestLevelFor, lintCoefficients, type LintInputs} from './formulas.js';
import {verdictFor, shortTextWords} from './verdict.js';
import type {HardSentence, LintFeatureValues, RareWord, ReadabilityResult, SentenceReadability} from './result.js';

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
    .map((item): HardSentence => ({number: item.number, start: item.start, end: item.end, score: round(item.lint!.score), level: item.lint!.level, words: item.words}));
  return {
    fleschDouma: round(fleschDouma(syllablesPer100, averageSentenceLength)),
    brouwer: round(brouwer(syllablesPer100, averageSentenceLength)),
    lint: lint ? {score: round(lint.score), level: lint.level} : null,
    // A short text gets no share of readers: a few sentences say too little for that (see verdict.ts).
    readersWhoFindItHard: lint && totals.words >= shortTextWords ? readersWhoFindItHard[lint.level] : null,
    words: totals.words,
    sentenceCount: prose.length,
    averageSentenceLength: round(averageSentenceLength),
    syllablesPerWord: round(totals.syllables / Math.max(1, totals.syllableWords), 2),
    longWordShare: round(totals.longWords / Math.max(1, totals.syllableWords), 3),
    features: lint ? featureValues(lint.features, true) : null,
    approximation: {note: approximationNote, dependencyLength: 'proxy', contentWordsPerClause: 'word-lists', concreteNouns: 'word-lists', wordFrequency: 'word-lists'},
    notScored,
    verdict: lint ? verdictFor(lint, target, {details, rareWords, measured, sentenceWordLimit: config.thresholds.sentenceWords, lineOf: (offset) => model.position(offset).line, text: model.text}) : null,
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
