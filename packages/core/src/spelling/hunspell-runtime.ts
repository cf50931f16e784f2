import type {DataLoader, StampedBytes} from '../loader.js';
import {hashBytes} from '../hash.js';

/**
 * Hunspell's WebAssembly runtime (hunspell-asm's Emscripten module) and a snapshot of its memory.
 *
 * Building Hunspell's tables from the OpenTaal dictionary costs about 350 ms of CPU on every start. All of that
 * state lives in the module's linear memory, so after building it once Helder saves that memory (about 16 MB)
 * through the loader's binary cache, and a later process copies it into a fresh instance of the same module:
 * the same bytes, so the same answers. The cache key holds a hash of the .aff and .dic files and of the
 * runtime's code (with the WebAssembly inline: another hunspell-asm build has another memory layout), so a stale
 * snapshot is never read; a snapshot that does not fit is ignored and the tables are built again. A loader without a binary cache
 * (a browser) always builds the tables.
 */

/** The part of the Emscripten module object that Helder uses. */
interface EmscriptenModule {
  HEAPU8: Uint8Array;
  FS: {mkdir(path: string): void; writeFile(path: string, data: Uint8Array): void; unlink(path: string): void};
  allocateUTF8(text: string): number;
  UTF8ToString(pointer: number): string;
  getValue(pointer: number, type: string): number;
  _malloc(size: number): number;
  _free(pointer: number): void;
  _Hunspell_create(affPath: number, dicPath: number): number;
  _Hunspell_spell(handle: number, word: number): number;
  _Hunspell_suggest(handle: number, list: number, word: number): number;
  _Hunspell_free_list(handle: number, list: number, count: number): void;
}

type RuntimeFactory = (module: Record<string, unknown>) => unknown;

export interface HunspellEngine {
  spell(word: string): boolean;
  suggest(word: string): string[];
}

// Raise when the snapshot layout changes.
const snapshotVersion = 1;
const magic = 0x4c50534e; // "NSPL"
const headerBytes = 16;
const pageBytes = 65536;

/**
 * Start a fresh instance of the runtime; `memoryBytes` gives it a memory of that size (to restore a snapshot into).
 * The module object has a then() of its own (old Emscripten): a promise that resolves to it, or an async function
 * that returns it, never settles. So it travels in a box.
 */
async function startRuntime(memoryBytes?: number): Promise<{runtime: EmscriptenModule; code: string}> {
  // The runtime file itself, not hunspell-asm's entry: the entry's loader (with a 3 s timeout and a file-system
  // mount per dictionary) is not needed. Node gives the CommonJS export as the default export, a bundler may
  // give the exports themselves.
  const imported = (await import('./hunspell-module.cjs')) as {default?: {factory: RuntimeFactory}; factory: RuntimeFactory};
  const factory = imported.default?.factory ?? imported.factory;
  return new Promise((resolve, reject) => {
    const settings: Record<string, unknown> = {
      onAbort: (reason: unknown) => reject(reason instanceof Error ? reason : new Error(`Hunspell: ${String(reason)}`)),
      onRuntimeInitialized: () => resolve(box),
    };
    if (memoryBytes !== undefined) settings.wasmMemory = new WebAssembly.Memory({initial: memoryBytes / pageBytes});
    const box = {runtime: factory(settings) as EmscriptenModule, code: String(factory)};
  });
}

function engineOf(runtime: EmscriptenModule, handle: number): HunspellEngine {
  // As hunspell-asm does: words in NFC, every string freed after the call.
  const withWord = <T>(word: string, call: (pointer: number) => T): T => {
    const pointer = runtime.allocateUTF8(word.normalize());
    try {
      return call(pointer);
    } finally {
      runtime._free(pointer);
    }
  };
  return {
    spell: (word) => withWord(word, (pointer) => runtime._Hunspell_spell(handle, pointer) !== 0),
    suggest: (word) =>
      withWord(word, (pointer) => {
        const list = runtime._malloc(4);
        const count = runtime._Hunspell_suggest(handle, list, pointer);
        const items = runtime.getValue(list, '*');
        const suggestions: string[] = [];
        for (let index = 0; index < count; index++) suggestions.push(runtime.UTF8ToString(runtime.getValue(items + index * 4, '*')));
        runtime._Hunspell_free_list(handle, list, count);
        runtime._free(list);
        return suggestions;
      }),
  };
}

/**
 * Hunspell with the dictionary: from the loader's snapshot when one fits, else built from the .aff and .dic
 * (and the snapshot written for next time).
 */
export async function startHunspell(loader: DataLoader, affSource: Uint8Array | StampedBytes, dicSource: Uint8Array | StampedBytes): Promise<HunspellEngine> {
  const cached = loader.readCacheBinary !== undefined;
  const {runtime, code} = await startRuntime();
  const key = cached ? `spelling-${snapshotVersion}-${await dictionaryKey(affSource, dicSource, sample(code))}.bin` : '';
  if (!cached) return buildTables(loader, runtime, key, affSource, dicSource);
  const direct = loader.readCacheBinaryInto ? await restoreInPlace(loader, key, runtime) : 'as bytes';
  if (typeof direct === 'object') return direct;
  // A read that failed half-way has spoilt this runtime's memory: the tables are built in a new one.
  if (direct === 'spoilt') return buildTables(loader, (await startRuntime()).runtime, key, affSource, dicSource);
  // A snapshot of another memory size (or a loader that cannot read in place): as bytes, into a runtime of its size.
  const snapshot = direct === 'as bytes' ? await loader.readCacheBinary!(key).catch(() => undefined) : undefined;
  return (snapshot && (await restore(runtime, snapshot))) || buildTables(loader, runtime, key, affSource, dicSource);
}

/** Hunspell's tables built from the .aff and .dic in this runtime (and the snapshot written for next time). */
async function buildTables(loader: DataLoader, runtime: EmscriptenModule, key: string, affSource: Uint8Array | StampedBytes, dicSource: Uint8Array | StampedBytes): Promise<HunspellEngine> {
  const cached = key !== '';
  const [aff, dic] = await Promise.all([bytesOf(affSource), bytesOf(dicSource)]);
  runtime.FS.mkdir('/helder');
  runtime.FS.writeFile('/helder/nl.aff', aff);
  runtime.FS.writeFile('/helder/nl.dic', dic);
  const handle = runtime._Hunspell_create(runtime.allocateUTF8('/helder/nl.aff'), runtime.allocateUTF8('/helder/nl.dic'));
  // Hunspell has read both files into its own tables: free the copies in the WebAssembly file system.
  runtime.FS.unlink('/helder/nl.aff');
  runtime.FS.unlink('/helder/nl.dic');
  if (cached && loader.writeCacheBinary) await loader.writeCacheBinary(key, takeSnapshot(runtime, handle)).catch(() => undefined);
  return engineOf(runtime, handle);
}

const bytesOf = (source: Uint8Array | StampedBytes): Promise<Uint8Array> => (source instanceof Uint8Array ? Promise.resolve(source) : source.read());

/** The key part of the dictionary and the runtime: a hash of the stamps when both files have one, else of the bytes. */
async function dictionaryKey(aff: Uint8Array | StampedBytes, dic: Uint8Array | StampedBytes, code: Uint8Array): Promise<string> {
  if (!(aff instanceof Uint8Array) && !(dic instanceof Uint8Array)) return `s${hashBytes([new TextEncoder().encode(`${aff.stamp}\n${dic.stamp}`), code])}`;
  return hashBytes([await bytesOf(aff), await bytesOf(dic), code]);
}

/** Every 16th character of the runtime's code (1.6 MB) and its length: enough to tell two builds apart. */
function sample(code: string): Uint8Array {
  const sampled = new Uint8Array(Math.ceil(code.length / 16) + 4);
  for (let index = 0, at = 0; index < code.length; index += 16) sampled[at++] = code.charCodeAt(index);
  new DataView(sampled.buffer).setUint32(sampled.length - 4, code.length, true);
  return sampled;
}

function takeSnapshot(runtime: EmscriptenModule, handle: number): Uint8Array {
  const memory = runtime.HEAPU8;
  // What lies above the last byte in use is zero in a fresh memory too.
  let used = memory.length;
  while (used > 0 && memory[used - 1] === 0) used--;
  const snapshot = new Uint8Array(headerBytes + used);
  const header = new DataView(snapshot.buffer);
  header.setUint32(0, magic, true);
  header.setUint32(4, handle, true);
  header.setUint32(8, memory.length, true);
  header.setUint32(12, used, true);
  snapshot.set(memory.subarray(0, used), headerBytes);
  return snapshot;
}

/** What a snapshot's header says, or undefined when it is no snapshot of `length` bytes. */
function readHeader(bytes: Uint8Array, length: number): {handle: number; memoryBytes: number; used: number} | undefined {
  if (bytes.length < headerBytes) return undefined;
  const header = new DataView(bytes.buffer, bytes.byteOffset, headerBytes);
  const handle = header.getUint32(4, true);
  const memoryBytes = header.getUint32(8, true);
  const used = header.getUint32(12, true);
  if (header.getUint32(0, true) !== magic || used !== length - headerBytes || used > memoryBytes || memoryBytes % pageBytes !== 0 || handle === 0 || handle >= used) return undefined;
  return {handle, memoryBytes, used};
}

/**
 * The snapshot read straight into the fresh runtime's memory (DataLoader.readCacheBinaryInto), when the memory has
 * the snapshot's size. Else why not: 'none' (no snapshot, or not a whole one), 'as bytes' (a snapshot of another
 * memory size), 'spoilt' (reading failed half-way, so this runtime's memory can no longer be used).
 */
async function restoreInPlace(loader: DataLoader, key: string, runtime: EmscriptenModule): Promise<HunspellEngine | 'none' | 'as bytes' | 'spoilt'> {
  let found: ReturnType<typeof readHeader>;
  const fits = () => found !== undefined && found.memoryBytes === runtime.HEAPU8.length;
  const read = await loader
    .readCacheBinaryInto!(key, headerBytes, (header, length) => {
      found = readHeader(header, length);
      return fits() ? runtime.HEAPU8.subarray(0, found!.used) : undefined;
    })
    .catch(() => false);
  if (!read) return found === undefined ? 'none' : fits() ? 'spoilt' : 'as bytes';
  runtime.HEAPU8.fill(0, found!.used);
  return engineOf(runtime, found!.handle);
}

/** A fresh runtime with the snapshot's memory, or undefined when the snapshot does not fit. */
async function restore(fresh: EmscriptenModule, snapshot: Uint8Array): Promise<HunspellEngine | undefined> {
  const found = readHeader(snapshot, snapshot.length);
  if (!found) return undefined;
  const {handle, memoryBytes, used} = found;
  // The fresh runtime gave the key; one with a memory of the snapshot's size takes the bytes. (A module's
  // memory is fixed when it starts, so the first cannot be reused when the tables made the memory grow.)
  const runtime = memoryBytes === fresh.HEAPU8.length ? fresh : (await startRuntime(memoryBytes)).runtime;
  if (runtime.HEAPU8.length !== memoryBytes) return undefined;
  runtime.HEAPU8.set(snapshot.subarray(headerBytes));
  runtime.HEAPU8.fill(0, used);
  return engineOf(runtime, handle);
}
