import type {VFile} from 'vfile';
import type {TextModel} from '../model.js';
import type {Resources} from '../resources.js';
import type {HelderConfig} from '../types.js';
import {loadLexicon} from './lexicon.js';
import {stampsOf} from '../loader.js';
import {parseWordClasses} from './word-classes.js';
import {Tagger} from './tagger.js';
import {analyseReadability} from './report.js';
import type {ReadabilityResult} from './result.js';

declare module 'vfile' {
  interface DataMap {
    /** Set by the readability step: scores, verdict and per-sentence details; null when there is no prose. */
    readability: ReadabilityResult | null;
  }
}

export const lexiconResource = 'data/lint-ii/lexicon.txt.gz';
export const wordClassesResource = 'data/readability/word-classes.txt';
const lazyKey = 'readability';

/** The readability data (LiNT-II lexicon and word classes), loaded once per loader through `resources.lazy`. */
export function readabilityData(resources: Resources): Promise<Tagger> {
  let promise = resources.lazy.get(lazyKey) as Promise<Tagger> | undefined;
  if (!promise) {
    promise = loadTagger(resources);
    resources.lazy.set(lazyKey, promise);
    promise.catch(() => resources.lazy.delete(lazyKey));
  }
  return promise;
}

async function loadTagger(resources: Resources): Promise<Tagger> {
  const {loader} = resources;
  const explained = <T>(reading: Promise<T>): Promise<T> =>
    reading.catch((error: unknown) => {
      throw new Error(
        `Helder: cannot read the readability data (${lexiconResource}, ${wordClassesResource}): ${(error as Error).message} ` +
          'These files come with @helder/core in its data folder; a browser loader must offer them too.',
      );
    });
  // With a stamp the lexicon's file is read only when the cache has no snapshot of it.
  const stamp = (await stampsOf(loader, [lexiconResource]))?.[0];
  const read = () => explained(loader.readBinary(lexiconResource));
  const [bytes, classes] = await Promise.all([stamp ? {stamp, read} : read(), explained(loader.readText(wordClassesResource))]);
  return new Tagger(await loadLexicon(loader, bytes, lexiconResource), parseWordClasses(classes, wordClassesResource));
}

/** Score the prose of a prepared file and put the result in `file.data.readability`. */
export async function runReadability(state: {model: TextModel; config: HelderConfig; resources: Resources}, file: VFile): Promise<void> {
  const {model} = state;
  // Without prose (only an address block, or an empty text) the data need not be loaded at all.
  if (!model.sentences.some((sentence) => sentence.prose && sentence.words.some((word) => word.kind === 'word'))) {
    file.data.readability = null;
    return;
  }
  const tagger = await readabilityData(state.resources);
  file.data.readability = analyseReadability(model, tagger, state.config);
}
