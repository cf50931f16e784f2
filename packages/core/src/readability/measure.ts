import type {Sentence, Token} from '../model.js';
import type {Tagger, TaggedSentence} from './tagger.js';
import type {Tag} from './tags.js';
import {maxDependencyLength, type DependencyResult} from './dependency.js';
import {countSyllables} from './syllables.js';
import {lintScore, lintLevel, type LintInputs, type LintLevel} from './formulas.js';

/** A word of four or more syllables counts as long for the share of long words. */
export const longWordSyllables = 4;
/** Content words under this Zipf value are "uncommon" (less than once per million words; LiNT-II's own cut-off). */
export const rareWordZipf = 3;

/** Counts of one sentence, from which sentence and document scores are computed. */
export interface SentenceMeasures {
  sentence: Sentence;
  /** Where the sentence started when it was measured: the tokens in `tagged` keep those first offsets. */
  origin: number;
  tagged: TaggedSentence;
  /** Every token, as the lange-zin check counts: names, placeholders and numbers are one word each. */
  words: number;
  /** Real words (not numbers, placeholders, e-mail addresses or links): the base of syllables per word. */
  syllableWords: number;
  syllables: number;
  longWords: number;
  frequencySum: number;
  frequencyCount: number;
  contentWords: number;
  finiteVerbs: number;
  concreteNouns: number;
  classifiedNouns: number;
  dependency: DependencyResult;
}

export interface LintResult {
  score: number;
  level: LintLevel;
  features: LintInputs;
}

/**
 * Measure one sentence. Numbers, placeholders, e-mail addresses and links stay in the sentence as one word each
 * (they take a place, so they count for length and dependency distance), but they are no content words, have no
 * frequency and no syllables. An amount split by the parser ("1.250" "," "00") is joined into one token first.
 */
export function measureSentence(sentence: Sentence, text: string, tagger: Tagger, useCache = true): SentenceMeasures {
  if (!useCache) return computeMeasures(sentence, text, tagger);
  // The measures depend on the sentence's text and how it was split into words: an editor checks the same
  // sentences on every key stroke, and templates share sentences, so they are kept per text and word layout (the
  // tokens inside keep their first offsets). The text alone is not enough: the same sentence can end in "e-mail."
  // as one word or in "e-mail" and a full stop, depending on what follows it, and a batch of letters would then
  // get measures that depend on which letters came before (and with --jobs 2, on which worker got them).
  const key = `${text.slice(sentence.start, sentence.end)}\u0000${wordLayout(sentence)}`;
  let cache = caches.get(tagger);
  if (!cache) caches.set(tagger, (cache = new Map()));
  const known = cache.get(key);
  if (known) return {...known, sentence};
  const measures = computeMeasures(sentence, text, tagger);
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, measures);
  return measures;
}

const caches = new WeakMap<Tagger, Map<string, SentenceMeasures>>();

/** Where each word of the sentence starts and ends (relative to the sentence) and its kind. */
function wordLayout(sentence: Sentence): string {
  let layout = '';
  for (const word of sentence.words) layout += `${word.start - sentence.start} ${word.end - sentence.start} ${word.kind} `;
  return layout;
}

/**
 * The tag of each word of the sentence by its offset in `text`. The measures may come from the same sentence at
 * another place (an editor after typing above it): their token offsets are moved to where the sentence is now.
 */
export function tagsByOffset(sentence: Sentence, text: string, tagger: Tagger): Map<number, Tag> {
  // Asked by several checks for the same sentence (the slot of a better word, u-en-je): made once per sentence.
  let known = tagMaps.get(tagger);
  if (!known) tagMaps.set(tagger, (known = new WeakMap()));
  const made = known.get(sentence);
  if (made && made.text === text) return made.tags;
  const measures = measureSentence(sentence, text, tagger);
  const shift = sentence.start - measures.origin;
  const tags = new Map(measures.tagged.words.map((word) => [word.token.start + shift, word.tag]));
  known.set(sentence, {text, tags});
  return tags;
}

const tagMaps = new WeakMap<Tagger, WeakMap<Sentence, {text: string; tags: Map<number, Tag>}>>();
const cacheLimit = 5_000;

function computeMeasures(sentence: Sentence, text: string, tagger: Tagger): SentenceMeasures {
  const tokens = joinAmounts(sentence.words, text);
  const tagged = tagger.tag(tokens);
  const measures: SentenceMeasures = {
    sentence,
    origin: sentence.start,
    tagged,
    words: sentence.words.length,
    syllableWords: 0,
    syllables: 0,
    longWords: 0,
    frequencySum: 0,
    frequencyCount: 0,
    contentWords: 0,
    finiteVerbs: 0,
    concreteNouns: 0,
    classifiedNouns: 0,
    dependency: maxDependencyLength(tagged),
  };
  for (const token of sentence.words) {
    if (token.kind !== 'word') continue;
    const syllables = countSyllables(token.text);
    measures.syllableWords++;
    measures.syllables += syllables;
    if (syllables >= longWordSyllables) measures.longWords++;
  }
  for (const word of tagged.words) {
    if (word.content) measures.contentWords++;
    if (word.finite) measures.finiteVerbs++;
    if (word.frequency !== undefined) {
      measures.frequencySum += word.frequency;
      measures.frequencyCount++;
    }
    if (word.nounClass) {
      measures.classifiedNouns++;
      if (word.nounClass === 'concrete') measures.concreteNouns++;
    }
  }
  return measures;
}

function joinAmounts(words: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (const token of words) {
    const previous = out.at(-1);
    const numeric = (item: Token) => item.kind === 'number' || item.kind === 'special';
    if (previous && numeric(previous) && numeric(token) && !/\s/.test(text.slice(previous.end, token.start))) continue;
    out.push(token);
  }
  return out;
}

/** The four LiNT-II features of one sentence. A sentence without a finite verb counts as one clause. */
export function sentenceFeatures(measures: SentenceMeasures): LintInputs & {hasFrequency: boolean} {
  return {
    wordFrequency: measures.frequencyCount > 0 ? measures.frequencySum / measures.frequencyCount : 0,
    dependencyLength: measures.dependency.length,
    contentWordsPerClause: measures.contentWords / Math.max(1, measures.finiteVerbs),
    concreteNouns: measures.classifiedNouns > 0 ? measures.concreteNouns / measures.classifiedNouns : 0,
    hasFrequency: measures.frequencyCount > 0,
  };
}

/**
 * LiNT-II for one sentence. LiNT-II takes F as 0 when a sentence has no content word with a frequency, which gives
 * "Dat kan." a score near 100; Helder leaves such a sentence unscored unless `scoreWithoutFrequency` is set (the
 * agreement test does, to compare with the reference).
 */
export function sentenceLint(measures: SentenceMeasures, scoreWithoutFrequency = false): LintResult | null {
  const {hasFrequency, ...features} = sentenceFeatures(measures);
  if (!hasFrequency && !scoreWithoutFrequency) return null;
  const score = lintScore(features);
  return {score, level: lintLevel(score), features};
}

/** LiNT-II for a document: F and P over all words of the text, D and C as means of the sentence values. */
export function documentLint(all: SentenceMeasures[]): LintResult | null {
  if (all.length === 0) return null;
  let frequencySum = 0;
  let frequencyCount = 0;
  let concrete = 0;
  let classified = 0;
  let dependency = 0;
  let density = 0;
  for (const measures of all) {
    frequencySum += measures.frequencySum;
    frequencyCount += measures.frequencyCount;
    concrete += measures.concreteNouns;
    classified += measures.classifiedNouns;
    const features = sentenceFeatures(measures);
    dependency += features.dependencyLength;
    density += features.contentWordsPerClause;
  }
  if (frequencyCount === 0) return null;
  const features: LintInputs = {
    wordFrequency: frequencySum / frequencyCount,
    dependencyLength: dependency / all.length,
    contentWordsPerClause: density / all.length,
    concreteNouns: classified > 0 ? concrete / classified : 0,
  };
  const score = lintScore(features);
  return {score, level: lintLevel(score), features};
}
