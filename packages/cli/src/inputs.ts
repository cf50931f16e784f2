import {lstat, readdir, realpath, stat} from 'node:fs/promises';
import {extname} from 'node:path';
import {glob, isDynamicPattern} from 'tinyglobby';
import {textExtensions} from '@helder/node';

export interface InputItem {
  path: string; // '-' for standard input
  /** Set when the input named nothing that can be read. */
  error?: string;
}

/** Folders that never hold letters, as the glob used before skipped them. */
const skippedFolders = new Set(['node_modules', '.git']);

/**
 * Expand files, folders and glob patterns to a sorted list; an input that finds nothing is kept as an error, and
 * so is a sub folder Helder cannot open. A file reached twice (named twice, or through a symlink) is checked once.
 */
export async function expandInputs(inputs: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
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
      const found = await walkFolder(input);
      if (found.length === 0) await add({path: input, error: 'in deze map staan geen tekstbestanden (.txt, .md, .html)'});
      for (const item of found) await add(item);
    } else if (info) {
      await add({path: input});
    } else if (isDynamicPattern(input)) {
      const found = await glob(input, {ignore: ['**/node_modules/**']});
      if (found.length === 0) await add({path: input, error: 'geen bestanden gevonden bij dit patroon'});
      for (const file of found.sort()) await add({path: file});
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
async function walkFolder(root: string): Promise<InputItem[]> {
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
      if (isFolder) await walk(path);
      else if (Object.hasOwn(textExtensions, extname(entry.name).toLowerCase())) found.push({path: joinPath(root, path)});
    }
  };
  await walk('');
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function folderReason(error: NodeJS.ErrnoException): string {
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'Helder heeft geen toegang tot deze map en heeft de bestanden erin dus niet gelezen';
  if (error.code === 'ELOOP') return 'de snelkoppeling naar deze map wijst in een kring naar zichzelf';
  return `Helder kan deze map niet openen (${error.code ?? error.message}) en heeft de bestanden erin dus niet gelezen`;
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
