import {describe, expect, it} from 'vitest';
import {mkdtempSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
// @ts-ignore: the bench is a plain .mjs script without type declarations
import {analyse, readPairs, splitPart, HELD_OUT_SHARE} from '../../bench/rule-coverage.mjs';

const corpus = new URL('../../../shared/corpus/pairs/amsterdam-dev.csv', import.meta.url).pathname;

describe('bench/rule-coverage.mjs', () => {
  it('splits by whole documents, the same way every time, with at most the held-out share', () => {
    const sizes = new Map([['1', 40], ['2', 10], ['3', 200], ['4', 25], ['5', 60], ['6', 5], ['7', 90], ['8', 70]]);
    const part = splitPart(sizes);
    expect(splitPart(new Map([...sizes].reverse()))).toEqual(part);
    const heldOut = [...sizes].filter(([id]) => part.get(id) === 'held-out').reduce((sum, [, n]) => sum + n, 0);
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    expect(heldOut).toBeGreaterThan(0);
    expect(heldOut).toBeLessThanOrEqual(HELD_OUT_SHARE * total);
    expect(part.get('3')).toBe('tuning'); // larger than the whole share
  });

  it.runIf(existsSync(corpus))('keeps every document of the Amsterdam pairs in one part', () => {
    const {pairs} = readPairs(corpus);
    const partOf = new Map<string, string>();
    for (const pair of pairs as {doc: string; part: string}[]) {
      expect(partOf.get(pair.doc) ?? pair.part).toBe(pair.part);
      partOf.set(pair.doc, pair.part);
    }
    const heldOut = pairs.filter((pair: {part: string}) => pair.part === 'held-out').length;
    expect(heldOut / pairs.length).toBeGreaterThan(0.2);
    expect(heldOut / pairs.length).toBeLessThanOrEqual(HELD_OUT_SHARE);
  });

  it('matches with the core: a gap across a comma is not a covered word, one within a clause is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helder-coverage-'));
    const csv = join(dir, 'pairs.csv');
    writeFileSync(
      csv,
      [
        'Document ID,Complex,Simple',
        '1,De bijeenkomst vindt op 12 maart plaats.,De bijeenkomst is op 12 maart.',
        '2,"Het gesprek vindt u in de bijlage, plaats en tijd staan erbij.",Het gesprek staat in de bijlage.',
        '3,Wij verzoeken u middels dit formulier te reageren.,Reageer met dit formulier.',
      ].join('\n'),
    );
    const {parts, rules} = await analyse(csv);
    expect(rules.active.every((entry: {status: string}) => entry.status !== 'voorstel')).toBe(true);
    const all = parts.all;
    expect(all.pairs).toBe(3);
    expect([...all.ruleStats.keys()].sort()).toEqual(['middels', 'plaatsvinden', 'verzoeken']);
    expect(all.ruleStats.get('plaatsvinden')).toMatchObject({inComplex: 1, removed: 1});
    // Pair 2 loses vindt and plaats too, but no rule covers them there.
    expect(all.removedCount.get('plaats')).toBe(2);
    expect([...all.coveredBy.get('plaats')]).toEqual(['plaatsvinden']);
    expect(all.removedCovered).toBe(4); // vindt and plaats in pair 1, verzoeken and middels in pair 3
  });
});
