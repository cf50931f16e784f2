import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {buildModel, defaultConfig, mergeConfig, loadResources, readabilityData, analyseReadability, measureSentence, type HelderConfig, type SentenceMeasures, type Tagger} from '../src/index.js';
import {testLoader, textLists} from './helpers.js';

export const readabilityLoader = testLoader();

export async function tagger(): Promise<Tagger> {
  return readabilityData(await loadResources(readabilityLoader));
}

export async function readability(text: string, config: Partial<HelderConfig> = {}) {
  return analyseReadability(buildModel(text, textLists), await tagger(), mergeConfig(defaultConfig(), config));
}

/** Measure a text that is one sentence. */
export async function measure(sentence: string): Promise<SentenceMeasures> {
  const model = buildModel(sentence, textLists);
  if (model.sentences.length !== 1) throw new Error(`Expected one sentence, the model found ${model.sentences.length}: ${sentence}`);
  return measureSentence(model.sentences[0]!, sentence, await tagger());
}

/** The counted words of a measured sentence: key and what they count for. */
export function counted(measures: SentenceMeasures) {
  const words = measures.tagged.words;
  return {
    content: words.filter((word) => word.content).map((word) => word.key),
    frequency: words.filter((word) => word.frequency !== undefined).map((word) => word.key),
    finite: words.filter((word) => word.finite).map((word) => word.key),
    nouns: words.filter((word) => word.nounClass).map((word) => `${word.key}:${word.nounClass}`),
  };
}

/** The LiNT-II reference data lives outside the repository (EUPL-1.2 source data); HELDER_LINT_DATA may point elsewhere. */
export const lintSourceDir = process.env.HELDER_LINT_DATA ?? fileURLToPath(new URL('../../../../shared/data/lint-ii/', import.meta.url));
export const referenceFile = `${lintSourceDir.replace(/\/?$/, '/')}reference-sentences.jsonl`;
export const hasReference = existsSync(referenceFile);
export const readReference = () => readFileSync(referenceFile, 'utf8');

/** Letters written for each LiNT level, from a short note (1) to a legal notice (4); also used by docs/readability.md. */
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`fixtures/readability/${name}`, import.meta.url)), 'utf8');
export const letters = {
  level1: fixture('level-1.txt'),
  level2: fixture('level-2.txt'),
  level3: fixture('level-3.txt'),
  level4: fixture('level-4.txt'),
};

/** LiNT-II's published example (README of the LiNT-II project; DESIGN.md). */
export const publishedExample =
  'De Oudegracht is het sfeervolle hart van de stad. In de middeleeuwen was het hier een drukte van belang met de aan- en afvoer van goederen. Nu is het een prachtige plek om te winkelen en te lunchen of te dineren in de oude stadskastelen.';
