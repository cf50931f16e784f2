// How bin/helder.mjs starts the CLI: the one-file CommonJS bundle (dist/helder.cjs, scripts/bundle.mjs), compiled
// with V8's code cache. Node 20 has no compile cache of its own (module.enableCompileCache came in Node 22), so a
// cold `helder check` spent about a tenth of its CPU time on parsing and compiling the 1.4 MB bundle, and more on
// compiling functions the first time they run. Here the bundle runs through vm.Script with the code V8 compiled in
// an earlier run (cachedData), kept in the cache folder (~/.cache/helder or HELDER_CACHE_DIR).
//
// V8 checks little of such data itself (its version and flags, and the source's length; no checksum in a release
// build), so each entry holds the stamp of the bundle it was made from (path, inode, size, change times: see
// fileStamp in @helder/node) and a CRC-32 of V8's data. Data of another bundle or damaged data is never given to
// V8: then the bundle is compiled as usual and the entry made again. That is never an error, only the time it costs.
import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {Script} from 'node:vm';
import * as zlib from 'node:zlib';
import {cacheDir, stampOf, writeCacheFile} from '@helder/node/cache';

// Node 20.15 and later; an older Node runs the bundle without cached code.
const crc32 = (zlib as {crc32?: (data: string | Uint8Array) => number}).crc32;
const hex = (value: number): string => value.toString(16).padStart(8, '0');

const magic = 'helder code cache 1\n';

/** The cache entry for this bundle (its stamp) on this Node and processor. */
export function codeCacheKey(stamp: string): string {
  return `code-${hex(crc32!(stamp))}-${process.version}-${process.arch}.bin`;
}

/** An entry: a header line with the magic, the bundle's stamp and the CRC-32 of V8's data, then the data. */
export function packCodeCache(stamp: string, data: Uint8Array): Uint8Array {
  const header = Buffer.from(`${magic}${stamp}\n${hex(crc32!(data))}\n`);
  return Buffer.concat([header, data]);
}

/** V8's data from an entry made for the bundle with this stamp; undefined when it is another's, cut off or damaged. */
export function unpackCodeCache(entry: Uint8Array, stamp: string): Buffer | undefined {
  const header = Buffer.from(`${magic}${stamp}\n`);
  const start = header.length + 9;
  if (entry.length <= start || !Buffer.from(entry.buffer, entry.byteOffset, header.length).equals(header)) return undefined;
  const data = Buffer.from(entry.buffer, entry.byteOffset + start, entry.length - start);
  return Buffer.from(entry.buffer, entry.byteOffset + header.length, 9).toString('latin1') === `${hex(crc32!(data))}\n` ? data : undefined;
}

export interface StartedBundle {
  /** Whether V8 took the cached code. */
  fromCache: boolean;
  /** Resolves when a new entry was written, or when there was none to write. */
  written: Promise<void>;
}

/**
 * Run the CommonJS bundle at `bundlePath` with V8's cached code. After a run without usable code, `keep()` says
 * whether to write the code V8 compiled in this run. It is asked when the process has nothing left to do, so the
 * entry holds the functions this command compiled on its way (the CLI keeps it after `check` only).
 */
export function runBundle(bundlePath: string, keep: () => boolean = () => true): StartedBundle {
  // The stamp and the text from the same open file: a bundle replaced meanwhile cannot mix the two.
  const descriptor = openSync(bundlePath, 'r');
  let source: string;
  let stamp: string;
  try {
    stamp = stampOf(bundlePath, fstatSync(descriptor, {bigint: true}));
    source = readFileSync(descriptor, 'utf8');
  } finally {
    closeSync(descriptor);
  }
  const key = crc32 ? codeCacheKey(stamp) : undefined;
  let cached: Buffer | undefined;
  try {
    if (key) cached = unpackCodeCache(readFileSync(join(cacheDir(), key)), stamp);
  } catch {
    // No entry yet.
  }
  // The parameters of Node's own CommonJS wrapper, and import() (a vm.Script has none of its own without a flag).
  const wrapped = `(function (exports, require, module, __filename, __dirname, __helderImport) {${source}\n})`;
  const script = new Script(wrapped, {filename: bundlePath, ...(cached ? {cachedData: cached} : {})});
  const fromCache = cached !== undefined && !script.cachedDataRejected;
  let written: Promise<void> = Promise.resolve();
  if (key && !fromCache) {
    written = new Promise((resolve) => {
      process.once('beforeExit', () => {
        if (!keep()) return resolve();
        writeCacheFile(key, packCodeCache(stamp, script.createCachedData())).then(resolve, resolve);
      });
    });
  }
  const module = {exports: {}};
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  // A relative name is found beside the bundle; a package name from here, which is the same package (@helder/cli).
  const importModule = (specifier: string) => import(specifier.startsWith('.') ? new URL(specifier, pathToFileURL(bundlePath)).href : specifier);
  run.call(module.exports, module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath), importModule);
  return {fromCache, written};
}
