import type {Sentence} from '../model.js';
import {BoundedCache} from '../bounded-cache.js';

/**
 * Results of a per-sentence analysis kept by the sentence's text: an editor checks the same sentences on every key
 * stroke, and templates share sentences. A result must not depend on where the sentence stands, so callers store
 * offsets relative to the sentence start, or word indexes, and place them on the sentence as it is now.
 * One store per owner (the tagger, the speller), so results of other data are never mixed; the oldest entries go
 * first past the limit.
 */
export class SentenceMemo<T> {
  private readonly stores = new WeakMap<object, BoundedCache<T>>();

  constructor(private readonly limit = 5_000) {}

  get(owner: object, sentence: Sentence, text: string, compute: () => T): T {
    let store = this.stores.get(owner);
    if (!store) this.stores.set(owner, (store = new BoundedCache<T>(this.limit)));
    // The closing (".", "?") is part of the key: a question reads differently.
    const key = `${text.slice(sentence.start, sentence.end)}\u0000${sentence.closing}\u0000${sentence.kind}`;
    const known = store.get(key);
    if (known !== undefined) return known;
    const value = compute();
    store.set(key, value);
    return value;
  }
}
