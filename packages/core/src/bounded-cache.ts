/**
 * A Map that forgets its oldest entries past a limit. Insertion order is the age: a hit is not refreshed,
 * because refreshing costs a delete and a set on every word of every letter, and letters repeat the same
 * common words, which stay in the first half of the map anyway.
 */
export class BoundedCache<V> {
  readonly #map = new Map<string, V>();
  constructor(readonly limit: number) {}

  get(key: string): V | undefined {
    return this.#map.get(key);
  }

  set(key: string, value: V): void {
    if (this.#map.size >= this.limit) {
      // Drop the oldest tenth at once, so a long run of new words does not pay for one delete per word.
      let drop = Math.max(1, Math.floor(this.limit / 10));
      for (const oldest of this.#map.keys()) {
        this.#map.delete(oldest);
        if (--drop === 0) break;
      }
    }
    this.#map.set(key, value);
  }

  get size(): number {
    return this.#map.size;
  }
}
