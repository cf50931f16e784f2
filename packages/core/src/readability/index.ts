/** The readability API of @helder/core: formulas, the syllable counter, the LiNT-II approximation and its parts. */
export {countSyllables} from './syllables.js';
export {fleschDouma, brouwer, lintScore, lintLevel, lintCoefficients, readersWhoFindItHard, highestLevelFor, type LintInputs, type LintLevel, type TargetLevel} from './formulas.js';
export {analyseReadability} from './report.js';
export type {ReadabilityResult, SentenceReadability, LintFeatureValues, LintFeature, RareWord, HardSentence, Verdict, VerdictReason} from './result.js';
export {measureSentence, sentenceLint, documentLint, sentenceFeatures, longWordSyllables, rareWordZipf, type SentenceMeasures, type LintResult} from './measure.js';
export {readabilityData, runReadability, lexiconResource, wordClassesResource} from './plugin.js';
export {Tagger, type TaggedWord, type TaggedSentence, type Tag, type Segment} from './tagger.js';
export {maxDependencyLength, type DependencyResult} from './dependency.js';
export {Lexicon, parseLexicon, gunzip, loadLexicon, lexiconFromSnapshot, type LexiconEntry, type NounClass} from './lexicon.js';
export {parseWordClasses, WordClass, type WordClasses} from './word-classes.js';
export {Morphology, stemOf, type VerbReading} from './morphology.js';
export {parseReferenceSentences, compareWithReference, scoreAsOneSentence, statistics, spearman, pearson, type Agreement, type Statistics, type ReferenceSentence} from './agreement.js';
