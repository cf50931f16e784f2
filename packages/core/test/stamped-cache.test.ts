/**
 * Cache keys from the loader's stamps (DataLoader.stamp): a file that ships with Helder is known by a stamp (the
 * Node loader: path, inode, size and change times), so a start with a warm cache does not read or hash the rule
 * files, the word lists, the lexicon or the dictionary. These tests prove that such a start reads none of them and
 * gives the same result, that a changed stamp makes the cache read and parse the files again (and so sees the
 * change), and that a file without a stamp (a rule file of the user's own) is still read and keyed by its text.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {check, createMemoryLoader, loadLexicon, loadResources, parseLexicon, gunzip, type DataLoader} from '../src/index.js';
import {startHunspell} from '../src/spelling/hunspell-runtime.js';
import {createNodeLoader} from '../../node/src/loader.js';

const disk = createNodeLoader({noCache: true});

const letter = [
  'Geachte heer De Vries,',
  '',
  'Wij hebben uw aanvraag voor bijzondere bijstand ontvangen. Middels deze brief delen wij u mede dat wij uw',
  'aanvraag in behandeling hebben genomen. Indien u vragen heeft, kunt u ons bellen. Ook is een controle van uw',
  'gegevens nodig. Wij sturen u de beschikking binnen acht weken toe.',
  '',
  'Met vriendelijke groet,',
  '',
  'Afdeling Werk en Inkomen',
].join('\n');

/** The real files, a cache in memory, stamps that a test sets, and a record of every file read. */
function stampedLoader(cache: Map<string, string | Uint8Array>, stamps: Map<string, string | undefined>, change: (name: string, text: string) => string = (_name, text) => text) {
  const reads: string[] = [];
  // The word classes of the readability step (7 KB) have no cache: read on every start.
  const record = (name: string) => name !== 'data/readability/word-classes.txt' && reads.push(name);
  const loader: DataLoader = {
    listRuleFiles: () => disk.listRuleFiles(),
    readText: async (name) => {
      record(name);
      return change(name, await disk.readText(name));
    },
    readBinary: async (name) => {
      record(name);
      return disk.readBinary(name);
    },
    // Every file has the stamp "1" unless the test set another (or none: undefined).
    stamp: async (name) => (stamps.has(name) ? stamps.get(name) : '1'),
    readCache: async (key) => cache.get(key) as string | undefined,
    writeCache: async (key, value) => void cache.set(key, value),
    readCacheBinary: async (key) => cache.get(key) as Uint8Array | undefined,
    writeCacheBinary: async (key, value) => void cache.set(key, value),
  };
  return {loader, reads};
}

const summary = async (loader: DataLoader) => {
  const resources = await loadResources(loader);
  const result = await check(letter, {resources, config: {rules: {spelling: 'off'}}});
  return {entries: resources.entries.length, abbreviations: resources.abbreviations.size, errors: resources.ruleErrors, findings: result.findings.map((finding) => `${finding.ruleId} ${finding.offset} ${finding.actual}`)};
};

describe('cache keys from stamps', () => {
  it('a warm start reads no rule file and no word list, and finds the same', async () => {
    const cache = new Map<string, string | Uint8Array>();
    const cold = stampedLoader(cache, new Map());
    const first = await summary(cold.loader);
    expect(cold.reads.filter((name) => name.startsWith('rules/')).length).toBeGreaterThan(20);
    expect(cold.reads).toContain('data/afkortingen.yaml');
    expect(first.findings).toEqual(expect.arrayContaining([expect.stringMatching(/^moeilijk-woord \d+ Middels$/), expect.stringMatching(/ beschikking$/)]));

    const warm = stampedLoader(cache, new Map());
    expect(await summary(warm.loader)).toEqual(first);
    expect(warm.reads).toEqual([]);
    // Every field of every rule comes back from the cache as parsed (the cache keeps shared values once).
    const parsed = await loadResources(stampedLoader(new Map(), new Map()).loader);
    expect((await loadResources(stampedLoader(cache, new Map()).loader)).entries).toEqual(parsed.entries);
  });

  it('parses the rule files again when the cached rule set is broken', async () => {
    const cache = new Map<string, string | Uint8Array>();
    const first = await summary(stampedLoader(cache, new Map()).loader);
    const key = [...cache.keys()].find((name) => name.startsWith('rules-'))!;
    const value = JSON.parse(cache.get(key) as string) as {shared: unknown[]};
    cache.set(key, JSON.stringify({...value, shared: value.shared.slice(0, 2)}));
    const again = stampedLoader(cache, new Map());
    expect(await summary(again.loader)).toEqual(first);
    expect(again.reads.filter((name) => name.startsWith('rules/')).length).toBeGreaterThan(20);
  });

  it('a rule file with another stamp is read again, and its change counts', async () => {
    const cache = new Map<string, string | Uint8Array>();
    const before = await summary(stampedLoader(cache, new Map()).loader);
    // "Middels" is no longer a rule: its form is renamed in the file that has it.
    const files = await disk.listRuleFiles();
    const owner = (await Promise.all(files.map(async (name) => ((await disk.readText(name)).match(/forms: \[middels\b/) ? name : undefined)))).find(Boolean)!;
    const edit = (name: string, text: string) => (name === owner ? text.replace(/forms: \[middels\b/, 'forms: [middelsxyz') : text);

    // The same stamp: the cache answers (the edit is not seen; a stamp must change with the file, as a real one does).
    const sameStamp = stampedLoader(cache, new Map(), edit);
    expect((await summary(sameStamp.loader)).findings).toEqual(before.findings);
    expect(sameStamp.reads).toEqual([]);

    const newStamp = stampedLoader(cache, new Map([[owner, '2']]), edit);
    const after = await summary(newStamp.loader);
    expect(newStamp.reads).toContain(owner);
    expect(before.findings.some((finding) => finding.endsWith(' Middels'))).toBe(true);
    expect(after.findings.some((finding) => finding.endsWith(' Middels'))).toBe(false);
    expect(after.findings.length).toBe(before.findings.length - 1);
  });

  it('a rule file without a stamp is read on every start and keyed by its text', async () => {
    const cache = new Map<string, string | Uint8Array>();
    const owner = 'rules/ambtelijke-voorzetsels.yaml';
    const files = await disk.listRuleFiles();
    expect(files).toContain(owner);
    const unstamped = new Map<string, string | undefined>([[owner, undefined]]);
    const first = stampedLoader(cache, unstamped);
    const before = await summary(first.loader);
    const second = stampedLoader(cache, unstamped);
    expect(await summary(second.loader)).toEqual(before);
    expect(second.reads).toEqual([owner]);
    // An edit of that file is seen without any stamp changing.
    const edited = stampedLoader(cache, unstamped, (name, text) => (name === owner ? text.replace(/forms: \[middels\b/, 'forms: [middelsxyz') : text));
    const after = await summary(edited.loader);
    expect(before.findings.some((finding) => finding.endsWith(' Middels'))).toBe(true);
    expect(after.findings.some((finding) => finding.endsWith(' Middels'))).toBe(false);
  });

  it('the lexicon with a stamp is read only when the cache has no snapshot for that stamp', async () => {
    const cache = new Map<string, Uint8Array>();
    const loader = {...createMemoryLoader({}), readCacheBinary: async (key: string) => cache.get(key), writeCacheBinary: async (key: string, value: Uint8Array) => void cache.set(key, value)};
    const bytes = new Uint8Array(readFileSync(new URL('../data/lint-ii/lexicon.txt.gz', import.meta.url)));
    let reads = 0;
    const source = (stamp: string) => ({stamp, read: async () => (reads++, bytes)});
    const reference = parseLexicon(await gunzip(bytes));
    const built = await loadLexicon(loader, source('1'));
    expect(reads).toBe(1);
    const restored = await loadLexicon(loader, source('1'));
    expect(reads).toBe(1);
    for (const word of ['aanvraag', 'bijstand', 'beschikking', 'xyzzyplof']) expect(restored.get(word)).toEqual(reference.get(word));
    expect(built.size).toBe(reference.size);
    await loadLexicon(loader, source('2'));
    expect(reads).toBe(2);
    expect(cache.size).toBe(2);
  });

  it('the dictionary with stamps is read only when the cache has no snapshot of its tables', async () => {
    const cache = new Map<string, Uint8Array>();
    const loader = {...createMemoryLoader({}), readCacheBinary: async (key: string) => cache.get(key), writeCacheBinary: async (key: string, value: Uint8Array) => void cache.set(key, value)};
    const [aff, dic] = await Promise.all([disk.readBinary('dictionary/nl.aff'), disk.readBinary('dictionary/nl.dic')]);
    const reads: string[] = [];
    const sources = (stamp: string) => [
      {stamp, read: async () => (reads.push('aff'), aff)},
      {stamp, read: async () => (reads.push('dic'), dic)},
    ] as const;
    const built = await startHunspell(loader, ...sources('1'));
    expect(reads.sort()).toEqual(['aff', 'dic']);
    const restored = await startHunspell(loader, ...sources('1'));
    expect(reads).toHaveLength(2);
    for (const word of ['bezwaarschrift', 'gemeente', 'jeugdzorg', 'gemeeente']) expect(restored.spell(word)).toBe(built.spell(word));
    expect(restored.spell('gemeente')).toBe(true);
    expect(restored.spell('gemeeente')).toBe(false);
    await startHunspell(loader, ...sources('2'));
    expect(reads).toHaveLength(4);
  }, 60_000);
});
