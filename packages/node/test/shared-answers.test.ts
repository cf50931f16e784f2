/**
 * The answer tables that the worker threads of one batch run share (shared-answers.ts): what one thread stores,
 * another reads; two threads storing at once lose nothing and never mix up words; a full table stops growing.
 */
import {Worker} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {createSharedAnswerBuffers, sharedAnswers} from '../src/shared-answers.js';

const words = ['bijstandsuitkering', 'woonplaatsbeginsel', 'maatwerkvoorziening', 'coöperatie', 'financiële', 'beëindiging', 'zorgaanbieder', 'Participatiewet'];

describe('shared answers', () => {
  it('gives back what was stored, for words with accents too, and nothing for a word never stored', () => {
    const table = sharedAnswers(createSharedAnswerBuffers(64, 1024));
    words.forEach((word, index) => table.set(word, index % 2 === 0));
    words.forEach((word, index) => expect(table.get(word)).toBe(index % 2 === 0));
    expect(table.get('bijstandsuitkeringen')).toBeUndefined();
    expect(table.get('woonplaatsbeginse')).toBeUndefined();
    // A second store of the same word changes nothing.
    table.set('coöperatie', false);
    expect(table.get('coöperatie')).toBe(false);
  });

  it('stops adding when the table is 70% full or the room for words is used up, and keeps what it has', () => {
    const small = sharedAnswers(createSharedAnswerBuffers(8, 4096));
    const many = Array.from({length: 20}, (_, index) => `aanvraag${index}`);
    many.forEach((word) => small.set(word, true));
    const kept = many.filter((word) => small.get(word) === true);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThanOrEqual(Math.ceil(8 * 0.7));
    const cramped = sharedAnswers(createSharedAnswerBuffers(64, 30));
    cramped.set('bezwaarschrift', true); // 14 letters + 2
    cramped.set('beroepschrift', true); // does not fit any more
    expect(cramped.get('bezwaarschrift')).toBe(true);
    expect(cramped.get('beroepschrift')).toBeUndefined();
  });

  it('is filled by two threads at once: each reads the other one\'s answers and no answer is wrong', async () => {
    const buffers = createSharedAnswerBuffers(1 << 12, 1 << 16);
    // Both threads store the same 2,000 words (an answer from the word itself), in opposite orders, at the same time.
    // The worker runs the built module (the tests run after the build), as the CLI's workers do.
    const built = new URL('../dist/shared-answers.js', import.meta.url).href;
    const script = `
      const {workerData, parentPort} = require('node:worker_threads');
      const {buffers, reverse} = workerData;
      import(${JSON.stringify(built)}).then(({sharedAnswers}) => {
      const table = sharedAnswers(buffers);
      const list = Array.from({length: 2000}, (_, i) => 'woord' + i + (i % 3 === 0 ? 'ë' : ''));
      if (reverse) list.reverse();
      for (const word of list) table.set(word, word.length % 2 === 0);
      parentPort.postMessage('done');
      });
    `;
    const run = (reverse: boolean) =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(script, {eval: true, workerData: {buffers, reverse}});
        worker.once('message', () => resolve());
        worker.once('error', reject);
      });
    await Promise.all([run(false), run(true)]);
    const table = sharedAnswers(buffers);
    for (let index = 0; index < 2000; index++) {
      const word = `woord${index}${index % 3 === 0 ? 'ë' : ''}`;
      expect(table.get(word)).toBe(word.length % 2 === 0);
    }
  });
});
