import type {SharedAnswers} from '@helder/core';

/**
 * A table of word -> yes/no answers in shared memory, which the worker threads of one batch run fill together.
 * Letters of one organisation share most of their words, and the spelling check's answer for a word that is not in
 * a plain list (compound rules, a typo hidden in a compound) costs far more than a look-up: with a cache per thread
 * every worker computes each word again (bench/batch.mjs: checking 500 letters after 500 others with the same
 * kind of words costs 6 s less CPU than after unrelated ones, and nearly all of that is the spelling cache).
 *
 * Layout: `slots` (Int32Array) holds a header of four numbers and then two per slot: a state and the entry's offset
 * in `arena` (Uint16Array), where an entry is [length, answer, ...UTF-16 code units]. A slot's state is 0 (empty),
 * -1 (claimed by a thread that is writing it) or the word's hash with the low bit set. A writer claims a slot with
 * compareExchange, writes the entry, then publishes the hash with Atomics.store, so a reader that sees the hash also
 * sees the entry. Linear probing, at most `maxProbes` slots. When the table is 70% full or the arena is used up, new
 * answers are no longer added: each thread still keeps its own cache, so a full table only costs speed.
 * Nothing is ever removed, so no entry changes under a reader.
 */
export interface SharedAnswerBuffers {
  slots: SharedArrayBuffer;
  arena: SharedArrayBuffer;
}

const header = 4; // [arena units used, entries, capacity, reserved]
const maxProbes = 32;
const empty = 0;
const claimed = -1;

/** New buffers for a table of `capacity` slots (a power of two) and `arenaUnits` UTF-16 units of words. */
export function createSharedAnswerBuffers(capacity = 1 << 18, arenaUnits = 1 << 22): SharedAnswerBuffers {
  if (capacity <= 0 || (capacity & (capacity - 1)) !== 0) throw new RangeError('capacity must be a power of two');
  const slots = new SharedArrayBuffer((header + capacity * 2) * 4);
  new Int32Array(slots)[2] = capacity;
  return {slots, arena: new SharedArrayBuffer(arenaUnits * 2)};
}

/** The kinds of answers the core asks the loader to share (DataLoader.sharedAnswers). */
export const sharedAnswerKinds = ['spelling/correct', 'spelling/known'];

/** Buffers for every kind, to give to each worker thread of a run (they are shared, not copied, by workerData). */
export function createSharedAnswerSet(kinds = sharedAnswerKinds): Record<string, SharedAnswerBuffers> {
  return Object.fromEntries(kinds.map((kind) => [kind, createSharedAnswerBuffers()]));
}

/** The table over buffers made by createSharedAnswerBuffers, in this thread or another one. */
export function sharedAnswers(buffers: SharedAnswerBuffers): SharedAnswers {
  const slots = new Int32Array(buffers.slots);
  const arena = new Uint16Array(buffers.arena);
  const capacity = slots[2]!;
  const mask = capacity - 1;
  const hashOf = (word: string): number => {
    let hash = 0x811c9dc5;
    for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193);
    return hash | 1;
  };
  const holds = (offset: number, word: string): boolean => {
    if (arena[offset] !== word.length) return false;
    for (let index = 0; index < word.length; index++) if (arena[offset + 2 + index] !== word.charCodeAt(index)) return false;
    return true;
  };
  return {
    get(word) {
      const hash = hashOf(word);
      for (let probe = 0, slot = hash & mask; probe < maxProbes; probe++, slot = (slot + 1) & mask) {
        const state = Atomics.load(slots, header + slot * 2);
        if (state === empty) return undefined;
        // A slot being written may hold this word; then it is missed once, which costs only time.
        if (state === hash && holds(slots[header + slot * 2 + 1]!, word)) return arena[slots[header + slot * 2 + 1]! + 1] === 1;
      }
      return undefined;
    },
    set(word, answer) {
      if (word.length > 0xffff || Atomics.load(slots, 1) >= capacity * 0.7 || Atomics.load(slots, 0) + word.length + 2 > arena.length) return;
      const hash = hashOf(word);
      for (let probe = 0, slot = hash & mask; probe < maxProbes; probe++, slot = (slot + 1) & mask) {
        const at = header + slot * 2;
        const state = Atomics.load(slots, at);
        if (state === hash && holds(slots[at + 1]!, word)) return; // another thread was first
        if (state !== empty || Atomics.compareExchange(slots, at, empty, claimed) !== empty) continue;
        const offset = Atomics.add(slots, 0, word.length + 2);
        if (offset + word.length + 2 > arena.length) {
          // The arena is used up: give the slot back and add nothing more.
          Atomics.store(slots, at, empty);
          return;
        }
        arena[offset] = word.length;
        arena[offset + 1] = answer ? 1 : 0;
        for (let index = 0; index < word.length; index++) arena[offset + 2 + index] = word.charCodeAt(index);
        slots[at + 1] = offset;
        Atomics.add(slots, 1, 1);
        Atomics.store(slots, at, hash);
        return;
      }
    },
  };
}
