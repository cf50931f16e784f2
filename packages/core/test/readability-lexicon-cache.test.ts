/**
 * The LiNT-II lexicon in the loader's binary cache (readability/lexicon.ts, loadLexicon): a process that finds the
 * snapshot reads it instead of decompressing the 1.6 MB file and finding its blocks. These tests prove that the
 * lexicon from the snapshot answers exactly as the one read from the file, that a broken or foreign snapshot is
 * never used, and that another lexicon file gets a snapshot of its own.
 */
import {readFileSync} from 'node:fs';
import {gunzipSync, gzipSync} from 'node:zlib';
import {beforeAll, describe, expect, it} from 'vitest';
import {createMemoryLoader, gunzip, lexiconFromSnapshot, loadLexicon, parseLexicon, type DataLoader, type Lexicon} from '../src/index.js';

const gzipped = new Uint8Array(readFileSync(new URL('../data/lint-ii/lexicon.txt.gz', import.meta.url)));

// Words of municipal letters: common, rare, compounds, nouns of each class, skiplist words, and words not in it.
const words = [
  'de', 'aanvraag', 'bijstand', 'bezwaarschrift', 'gemeente', 'uitkering', 'tafel', 'vrijheid', 'beschikking', 'kostendelersnorm',
  'jeugdzorg', 'woonplaats', 'ambtshalve', 'derhalve', 'participatiewet', 'ok', 'hé', 'aaaaa', 'zzzzzz', 'één', 'geüpload', 'xyzzyplof',
];
const answers = (lexicon: Lexicon) => words.map((word) => [word, lexicon.get(word)]);

/** A loader with a binary cache in memory that counts its writes. */
function loaderWithCache(store: Map<string, Uint8Array>): DataLoader & {writes: number} {
  const loader = {
    ...createMemoryLoader({}),
    writes: 0,
    readCacheBinary: async (key: string) => store.get(key),
    writeCacheBinary: async (key: string, value: Uint8Array) => {
      loader.writes++;
      store.set(key, value);
    },
  };
  return loader;
}

describe('the readability lexicon from the binary cache', () => {
  let reference: ReturnType<typeof answers>;
  const store = new Map<string, Uint8Array>();

  beforeAll(async () => {
    reference = answers(parseLexicon(await gunzip(gzipped)));
  });

  it('reads the file once and keeps a snapshot that answers the same', async () => {
    const loader = loaderWithCache(store);
    const built = await loadLexicon(loader, gzipped);
    expect([...store.keys()]).toEqual([expect.stringMatching(/^lexicon-1-[0-9a-f]{16}\.bin$/)]);
    expect(loader.writes).toBe(1);
    expect(answers(built)).toEqual(reference);
    // The words are really there: a frequency for common words, noun classes, none for a made-up word.
    expect(reference.find(([word]) => word === 'aanvraag')![1]).toMatchObject({zipf: expect.any(Number)});
    expect(reference.find(([word]) => word === 'xyzzyplof')![1]).toBeUndefined();
  });

  it('answers from the snapshot without writing a new one', async () => {
    const loader = loaderWithCache(store);
    const restored = await loadLexicon(loader, gzipped);
    expect(loader.writes).toBe(0);
    expect(answers(restored)).toEqual(reference);
    expect(restored.size).toBe(parseLexicon(await gunzip(gzipped)).size);
  });

  it('reads a snapshot that does not start on a 4-byte boundary (a Buffer from a pool)', () => {
    const snapshot = [...store.values()][0]!;
    const shifted = new Uint8Array(snapshot.length + 1);
    shifted.set(snapshot, 1);
    expect(answers(lexiconFromSnapshot(shifted.subarray(1))!)).toEqual(reference);
  });

  it('ignores a snapshot that is cut off or not a snapshot, and reads the file again', async () => {
    const [key, snapshot] = [...store.entries()][0]!;
    for (const broken of [snapshot.subarray(0, snapshot.length - 1000), snapshot.subarray(0, 100), new Uint8Array(64), new TextEncoder().encode('geen momentopname')]) {
      expect(lexiconFromSnapshot(broken)).toBeUndefined();
      const written = new Map([[key, broken]]);
      const loader = loaderWithCache(written);
      expect(answers(await loadLexicon(loader, gzipped))).toEqual(reference);
      // The good snapshot replaced the broken one.
      expect(loader.writes).toBe(1);
      expect(written.get(key)!.length).toBe(snapshot.length);
    }
  });

  it('makes another snapshot for another lexicon file, with that file\'s values', async () => {
    // The same lexicon with another zipf offset: every frequency moves by the same amount.
    const text = gunzipSync(gzipped).toString('latin1');
    const offset = Number(/^#zipf-offset (.*)$/m.exec(text)![1]);
    const changed = new Uint8Array(gzipSync(Buffer.from(text.replace(/^#zipf-offset .*$/m, '#zipf-offset 2.5'), 'latin1')));
    const shared = new Map(store);
    const loader = loaderWithCache(shared);
    const other = await loadLexicon(loader, changed);
    expect(shared.size).toBe(2);
    const before = reference.find(([word]) => word === 'aanvraag')![1] as {zipf: number};
    expect(other.get('aanvraag')!.zipf).toBeCloseTo(before.zipf - offset + 2.5, 10);
    const again = await loadLexicon(loaderWithCache(shared), changed);
    expect(again.get('aanvraag')!.zipf).toBeCloseTo(before.zipf - offset + 2.5, 10);
    expect((await loadLexicon(loaderWithCache(shared), gzipped)).get('aanvraag')!.zipf).toBe(before.zipf);
  });
});
