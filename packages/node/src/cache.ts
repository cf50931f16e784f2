// The cache folder of derived data (parsed rules and lists, the spelling snapshot, the lexicon, the CLI's compiled
// code): a module of its own with only Node's modules, so the CLI's start (packages/cli/src/code-cache.ts) can use
// it before anything else is loaded (@helder/node/cache).
import {open, readFile, readdir, writeFile, rename, mkdir, unlink, stat} from 'node:fs/promises';
import {randomBytes} from 'node:crypto';
import {homedir, tmpdir} from 'node:os';
import {join} from 'node:path';
import type {BigIntStats} from 'node:fs';
import type {DataLoader} from '@helder/core';

/**
 * Where derived data is cached (the parsed rule set, the spelling snapshot): HELDER_CACHE_DIR, else the user's cache folder.
 * Nothing of a letter is ever written there.
 */
export function cacheDir(): string {
  if (process.env.HELDER_CACHE_DIR) return process.env.HELDER_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : tmpdir());
  return join(base, 'helder');
}

/**
 * The cache part of a loader, on disk in cacheDir(). Best effort: a cache that cannot be read or written only
 * costs time. A curator who edits rules makes a new entry per save, so only the newest few are kept; of the
 * spelling snapshot (about 16 MB, a new one only with a new dictionary or hunspell-asm) and of the readability lexicon
 * (about 4 MB) only the newest; of the CLI's compiled code (packages/cli/src/code-cache.ts) the newest three.
 */
export function fileCache(): Required<Pick<DataLoader, 'readCache' | 'writeCache' | 'readCacheBinary' | 'writeCacheBinary' | 'readCacheBinaryInto'>> {
  return {
    async readCache(key) {
      try {
        return await readFile(join(cacheDir(), key), 'utf8');
      } catch {
        return undefined;
      }
    },
    writeCache: writeCacheFile,
    async readCacheBinary(key) {
      try {
        // A view on the Buffer, not a copy (the spelling snapshot is 16 MB).
        const bytes = await readFile(join(cacheDir(), key));
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch {
        return undefined;
      }
    },
    writeCacheBinary: writeCacheFile,
    readCacheBinaryInto: readCacheFileInto,
  };
}

/** DataLoader.readCacheBinaryInto on the cache folder: the header, then the rest with as few reads as the system allows. */
async function readCacheFileInto(key: string, headerBytes: number, place: (header: Uint8Array, length: number) => Uint8Array | undefined): Promise<boolean> {
  let file;
  try {
    file = await open(join(cacheDir(), key), 'r');
    const {size} = await file.stat();
    const header = new Uint8Array(headerBytes);
    if (size < headerBytes || (await file.read(header, 0, headerBytes, 0)).bytesRead !== headerBytes) return false;
    const target = place(header, size);
    if (!target || target.length !== size - headerBytes) return false;
    for (let done = 0; done < target.length; ) {
      const {bytesRead} = await file.read(target, done, target.length - done, headerBytes + done);
      if (bytesRead === 0) return false;
      done += bytesRead;
    }
    return true;
  } catch {
    return false;
  } finally {
    await file?.close().catch(() => undefined);
  }
}

/** Write one entry of the cache folder (a temporary file renamed into place); best effort, never throws. */
export async function writeCacheFile(key: string, value: string | Uint8Array): Promise<void> {
  try {
    const dir = cacheDir();
    await mkdir(dir, {recursive: true});
    // A unique name per write: two processes never write into the same temporary file.
    const temporary = join(dir, `${key}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await writeFile(temporary, value, {flag: 'wx'});
      await rename(temporary, join(dir, key));
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    await pruneCache(dir, key);
  } catch {
    // ignore
  }
}

/** A temporary file older than this was left by a write that was cut off (killed process, full disk). */
const staleTemporaryMs = 10 * 60 * 1000;

/** Per kind of entry (the part of the key before the first "-"), how many older entries stay. */
const keptCacheFiles: Record<string, number> = {rules: 8, lists: 8, spelling: 0, lexicon: 0, code: 2};

async function pruneCache(dir: string, key: string): Promise<void> {
  const names = await readdir(dir);
  const kind = key.slice(0, key.indexOf('-') + 1);
  const kept = keptCacheFiles[kind.slice(0, -1)];
  const old = kind === '' || kept === undefined ? [] : names.filter((name) => name.startsWith(kind) && name !== key && !name.endsWith('.tmp'));
  for (const name of old.slice(0, Math.max(0, old.length - kept!))) await unlink(join(dir, name)).catch(() => undefined);
  for (const name of names.filter((item) => item.endsWith('.tmp'))) {
    const info = await stat(join(dir, name)).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > staleTemporaryMs) await unlink(join(dir, name)).catch(() => undefined);
  }
}

/**
 * A stamp of a regular file (DataLoader.stamp): its path, device and inode, size, and the modification and change
 * times in nanoseconds. Writing the file changes the change time (ctime), which no program can set back; a new
 * install makes new files (another inode or ctime). undefined when the file cannot be stat'ed or is no regular file.
 */
export async function fileStamp(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path, {bigint: true});
    return info.isFile() ? stampOf(path, info) : undefined;
  } catch {
    return undefined;
  }
}

/** The stamp of the file at `path` from its (bigint) stat: for code that has stat'ed it already. */
export const stampOf = (path: string, info: BigIntStats): string => `${path}:${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
