/** The cache folder of the Node loader (src/cache.ts): reading an entry straight into memory the caller gives. */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {fileCache} from '../src/cache.js';

const dir = mkdtempSync(join(tmpdir(), 'helder-cache-into-'));
const before = process.env.HELDER_CACHE_DIR;
beforeAll(() => void (process.env.HELDER_CACHE_DIR = dir));
afterAll(() => {
  if (before === undefined) delete process.env.HELDER_CACHE_DIR;
  else process.env.HELDER_CACHE_DIR = before;
  rmSync(dir, {recursive: true, force: true});
});

describe('readCacheBinaryInto of the cache folder', () => {
  // A header of 8 bytes, then 3 MB: more than one read of the file system may give at once.
  const entry = new Uint8Array(8 + 3 * 1024 * 1024).map((_, index) => (index * 31 + (index >> 12)) & 0xff);

  it('gives the header and the length, and reads the rest into the memory given', async () => {
    const cache = fileCache();
    await cache.writeCacheBinary('spelling-into-1.bin', entry);
    const memory = new Uint8Array(entry.length + 100);
    let seen: [number[], number] | undefined;
    const read = await cache.readCacheBinaryInto('spelling-into-1.bin', 8, (header, length) => {
      seen = [[...header], length];
      return memory.subarray(50, 50 + length - 8);
    });
    expect(read).toBe(true);
    expect(seen).toEqual([[...entry.subarray(0, 8)], entry.length]);
    expect(Buffer.from(memory.subarray(50, 50 + entry.length - 8)).equals(entry.subarray(8))).toBe(true);
    expect(memory.subarray(0, 50).every((byte) => byte === 0)).toBe(true);
  });

  it('is false for a missing entry, one shorter than the header, and memory of another length', async () => {
    const cache = fileCache();
    expect(await cache.readCacheBinaryInto('bestaat-niet.bin', 8, () => new Uint8Array(10))).toBe(false);
    writeFileSync(join(dir, 'kort.bin'), new Uint8Array(5));
    let asked = false;
    expect(await cache.readCacheBinaryInto('kort.bin', 8, () => ((asked = true), new Uint8Array(0)))).toBe(false);
    expect(asked).toBe(false);
    await cache.writeCacheBinary('spelling-into-2.bin', entry);
    expect(await cache.readCacheBinaryInto('spelling-into-2.bin', 8, (_header, length) => new Uint8Array(length - 9))).toBe(false);
    expect(await cache.readCacheBinaryInto('spelling-into-2.bin', 8, () => undefined)).toBe(false);
  });
});
