/**
 * The readability formulas, exactly as in DESIGN.md. Inputs are plain numbers so tests can check each formula on
 * its own and the docs script can print them.
 */

/**
 * Flesch-Douma: 206.84 - 0.77 x syllables per 100 words - 0.93 x words per sentence. Higher is easier. Kept within
 * 0-100, the range its reading table describes: one 200,000-word "sentence" would otherwise score -1,099,794, and
 * a list of one-syllable words above 100.
 */
export function fleschDouma(syllablesPer100Words: number, wordsPerSentence: number): number {
  return withinScale(206.84 - 0.77 * syllablesPer100Words - 0.93 * wordsPerSentence);
}

/** Leesindex Brouwer: 195 - 2/3 x syllables per 100 words - 2 x words per sentence. Higher is easier. Kept within 0-100. */
export function brouwer(syllablesPer100Words: number, wordsPerSentence: number): number {
  return withinScale(195 - (2 / 3) * syllablesPer100Words - 2 * wordsPerSentence);
}

function withinScale(score: number): number {
  return Math.min(100, Math.max(0, score));
}

export interface LintInputs {
  /** F: mean Zipf frequency of the content words. */
  wordFrequency: number;
  /** D: maximum dependency length (mean of the sentence maxima for a document). */
  dependencyLength: number;
  /** C: content words per clause. */
  contentWordsPerClause: number;
  /** P: share of concrete nouns. */
  concreteNouns: number;
}

export const lintCoefficients = {constant: -4.20782, wordFrequency: 17.283729, dependencyLength: -1.624415, contentWordsPerClause: -2.53678, concreteNouns: 16.001231} as const;

/** LiNT-II: 100 - (-4.20782 + 17.283729 F - 1.624415 D - 2.536780 C + 16.001231 P), kept within 0-100. Higher is harder. */
export function lintScore(features: LintInputs): number {
  const c = lintCoefficients;
  const raw =
    100 -
    (c.constant +
      c.wordFrequency * features.wordFrequency +
      c.dependencyLength * features.dependencyLength +
      c.contentWordsPerClause * features.contentWordsPerClause +
      c.concreteNouns * features.concreteNouns);
  return Math.min(100, Math.max(0, raw));
}

export type LintLevel = 1 | 2 | 3 | 4;

/** Below 34 level 1, 34 to 46 level 2, 46 to 58 level 3, 58 and up level 4. */
export function lintLevel(score: number): LintLevel {
  if (score < 34) return 1;
  if (score < 46) return 2;
  if (score < 58) return 3;
  return 4;
}

/** Share of adult readers (percent) who find a text of this level hard. */
export const readersWhoFindItHard: Record<LintLevel, number> = {1: 14, 2: 29, 3: 53, 4: 78};

/** A reading level a letter can aim for (config `targetLevel`). */
export type TargetLevel = 'A2' | 'B1' | 'B2';

/** The highest LiNT level that still meets a reading-level target (Helder's convention: B1 means level 2 or lower). */
export const highestLevelFor: Record<TargetLevel, LintLevel> = {A2: 1, B1: 2, B2: 3};
