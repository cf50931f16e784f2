import {describe, expect, it} from 'vitest';
import {compareWithReference, parseReferenceSentences, type Agreement} from '../src/index.js';
import {hasReference, readReference, referenceFile, tagger} from './readability-helpers.js';

/**
 * Agreement with the 25 sentences of the LiNT-II reference (reference-sentences.jsonl). The guards sit just under
 * the figures Helder reaches today (docs/readability.md, written by scripts/readability-report.mjs), so a change
 * that makes the approximation worse fails here. They are not the targets of the issue (Spearman 0.9, error 5):
 * the reference file was made by older LiNT-II versions, with other coefficients and other word frequencies than
 * the data and formula Helder must use, which caps what any implementation can reach (see `formulaCeiling`).
 */
const guards = {
  // measured: Spearman 0.815, error 12.39
  score: {spearman: 0.8, meanAbsoluteError: 12.9},
  // measured: F 0.679 / 0.63, D 0.962 / 2.16, C 0.939 / 0.82, P 0.875 / 0.06
  wordFrequency: {spearman: 0.66, meanAbsoluteError: 0.66},
  dependencyLength: {spearman: 0.945, meanAbsoluteError: 2.5},
  contentWordsPerClause: {spearman: 0.92, meanAbsoluteError: 0.9},
  concreteNouns: {spearman: 0.86, meanAbsoluteError: 0.07},
  // measured: 0.967 / 6.94
  withReferenceFrequency: {spearman: 0.95, meanAbsoluteError: 7.4},
};

// In CI ../shared is always beside the checkout: there a missing reference is a failure, never a skip.
if (process.env.CI && !hasReference) throw new Error(`CI needs the LiNT-II reference file at ${referenceFile} (set HELDER_LINT_DATA).`);

describe.skipIf(!hasReference)(`agreement with the LiNT-II reference (${referenceFile})`, () => {
  let agreement: Agreement;
  const get = async () => (agreement ??= compareWithReference(parseReferenceSentences(readReference()), await tagger()));

  it('has 25 sentences and a ceiling that shows the reference came from another formula version', async () => {
    const result = await get();
    expect(result.sentences).toHaveLength(25);
    // The reference's own features through the DESIGN.md formula do not give the reference's scores.
    expect(result.formulaCeiling.meanAbsoluteError).toBeGreaterThan(4);
  });

  it('ranks and scores the sentences at least as well as today', async () => {
    const result = await get();
    expect(result.score.spearman).toBeGreaterThanOrEqual(guards.score.spearman);
    expect(result.score.meanAbsoluteError).toBeLessThanOrEqual(guards.score.meanAbsoluteError);
    // Better than the baselines: sentence length alone (about 0.6).
    expect(result.score.spearman).toBeGreaterThan(result.sentenceLengthSpearman + 0.15);
  });

  it('agrees per feature at least as well as today', async () => {
    const result = await get();
    for (const feature of ['wordFrequency', 'dependencyLength', 'contentWordsPerClause', 'concreteNouns'] as const) {
      expect.soft(result.features[feature].spearman, feature).toBeGreaterThanOrEqual(guards[feature].spearman);
      expect.soft(result.features[feature].meanAbsoluteError, feature).toBeLessThanOrEqual(guards[feature].meanAbsoluteError);
    }
  });

  it("with the reference's own frequencies, Helder's D, C and P come close to the ceiling", async () => {
    const result = await get();
    expect(result.withReferenceFrequency.spearman).toBeGreaterThanOrEqual(guards.withReferenceFrequency.spearman);
    expect(result.withReferenceFrequency.meanAbsoluteError).toBeLessThanOrEqual(guards.withReferenceFrequency.meanAbsoluteError);
  });
});
