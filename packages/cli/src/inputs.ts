import {lstat, readdir, realpath, stat} from 'node:fs/promises';
import {isAbsolute, join, relative, resolve} from 'node:path';
import {glob, isDynamicPattern} from 'tinyglobby';
import ignore, {type Ignore} from 'ignore';
import picomatch from 'picomatch';
import {isCheckedFile, readRegularFile, UnreadableFileError} from '@helder/node';

export interface InputItem {
  path: string; // '-' for standard input
  /** Set when the input named nothing that can be read. */
  error?: string;
}

export const ignoreFileName = '.helderignore';

/** Folders that never hold letters, as the glob used before skipped them. */
const skippedFolders = new Set(['node_modules', '.git']);

/**
 * Expand files, folders and glob patterns to a sorted list; an input that finds nothing is kept as an error, and
 * so is a sub folder Helder cannot open. A file reached twice (named twice, or through a symlink) is checked once.
 */
export async function expandInputs(inputs: string[], cwd = process.cwd()): Promise<InputItem[]> {
  const items: InputItem[] = [];
  const here = await loadIgnoreFile(cwd);
  if (here.error) items.push(here.error);
  // Rules in .helderignore of the working folder hold for every folder and glob below it, as a .gitignore does.
  const ignoredHere = (path: string, isFolder: boolean): boolean => {
    if (!here.rules) return false;
    const fromCwd = relative(cwd, resolve(cwd, path));
    if (fromCwd === '' || fromCwd.startsWith('..') || isAbsolute(fromCwd)) return false;
    return here.rules.ignores(isFolder ? `${fromCwd}/` : fromCwd);
  };
  const seen = new Set<string>();
  const add = async (item: InputItem) => {
    const key = item.error || item.path === '-' ? item.path : await realpath(item.path).catch(() => item.path);
    if (seen.has(key)) return;
    seen.add(key);
    items.push(item);
  };
  for (const input of inputs) {
    if (input === '-') {
      await add({path: '-'});
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      info = undefined;
    }
    if (info?.isDirectory()) {
      const own = resolve(cwd, input) === resolve(cwd) ? {} : await loadIgnoreFile(resolve(cwd, input));
      if (own.error) await add(own.error);
      const found = await walkFolder(input, (path, isFolder) => ignoredHere(join(input, path), isFolder) || (own.rules?.ignores(isFolder ? `${path}/` : path) ?? false));
      if (found.length === 0) await add({path: input, error: 'in deze map staan geen bestanden die Helder leest (.docx, .odt, .html, .eml, .txt, .md)'});
      for (const item of found) await add(item);
    } else if (info) {
      await add({path: input});
    } else if (isDynamicPattern(input)) {
      const found = await glob(input, {ignore: ['**/node_modules/**']});
      // The glob passes over folders it cannot open without a word: name them, so nothing is skipped unseen.
      const closed = await unreadableFolders(picomatch.scan(input).base || '.');
      for (const item of closed) await add(item);
      if (found.length === 0 && closed.length === 0) await add({path: input, error: 'geen bestanden gevonden bij dit patroon'});
      for (const file of found.sort()) if (!ignoredHere(file, false)) await add({path: file});
    } else if (await lstat(input).catch(() => undefined)) {
      // A broken symlink or a link loop: reading it gives the exact reason.
      await add({path: input});
    } else {
      await add({path: input, error: 'bestand niet gevonden'});
    }
  }
  return items;
}

/**
 * The letters in a folder and its sub folders, sorted by path. Unlike a glob, a sub folder that cannot be opened
 * is not skipped in silence: it becomes an item with an error, so the run cannot end with "0 adviezen" unnoticed.
 */
async function walkFolder(root: string, ignored: (path: string, isFolder: boolean) => boolean): Promise<InputItem[]> {
  const found: InputItem[] = [];
  const visited = new Set<string>();
  const walk = async (relative: string): Promise<void> => {
    const folder = relative === '' ? root : joinPath(root, relative);
    const real = await realpath(folder).catch(() => folder);
    // A symlink back to a folder above would otherwise never end.
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await readdir(folder, {withFileTypes: true});
    } catch (error) {
      found.push({path: folder, error: folderReason(error as NodeJS.ErrnoException)});
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || skippedFolders.has(entry.name)) continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      let isFolder = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        const target = await stat(joinPath(root, path)).catch(() => undefined);
        isFolder = target?.isDirectory() ?? false;
      }
      if (ignored(path, isFolder)) continue;
      if (isFolder) await walk(path);
      else if (isCheckedFile(entry.name)) found.push({path: joinPath(root, path)});
    }
  };
  await walk('');
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Folders below `root` (root included) that cannot be opened, each as an item with the reason; none when root is missing. */
async function unreadableFolders(root: string): Promise<InputItem[]> {
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) return [];
  return (await walkFolder(root, () => false)).filter((item) => item.error !== undefined);
}

/** The rules of a .helderignore in a folder; none when there is no such file. */
async function loadIgnoreFile(folder: string): Promise<{rules?: Ignore; error?: InputItem}> {
  const path = join(folder, ignoreFileName);
  if (!(await lstat(path).catch(() => undefined))) return {};
  try {
    const text = (await readRegularFile(path, 1024 * 1024)).toString('utf8');
    return {rules: ignore().add(text)};
  } catch (error) {
    return {error: {path, error: error instanceof UnreadableFileError ? error.reason : String(error)}};
  }
}

function folderReason(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'Helder heeft geen toegang tot deze map en heeft de bestanden erin dus niet gelezen';
  if (error.code === 'ELOOP') return 'de snelkoppeling naar deze map wijst in een kring naar zichzelf';
  return `Helder kan deze map niet openen (${error.code ?? error.message}) en heeft de bestanden erin dus niet gelezen`;
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
