import {readdir, stat} from 'node:fs/promises';
import {extname, join} from 'node:path';
import {LetterFileError, readLetterFile, type LetterText} from '@helder/node';
import {letterExtensions} from './formats.js';
import {nl} from './messages.js';

/** Folders that never hold letters. */
const skippedFolders = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', '__pycache__']);
export const maxFolderFiles = 2000;
const maxLetterBytes = 1_000_000;

/**
 * The letters in a folder and its sub folders, in name order: templates and text files Helder can check. A sub
 * folder that cannot be opened goes into `unreadable` with its reason, so the folder check can say so.
 */
export async function listLetters(dir: string, unreadable: Array<{path: string; reason: string}> = []): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    if (found.length >= maxFolderFiles) return;
    let entries;
    try {
      entries = await readdir(folder, {withFileTypes: true});
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      unreadable.push({path: folder, reason: code === 'EACCES' || code === 'EPERM' ? nl.folderNoAccess : nl.folderNotOpened(code ?? (error as Error).message)});
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (found.length >= maxFolderFiles) return;
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) await walk(path);
      } else if (entry.isFile() && letterExtensions.includes(extname(entry.name).toLowerCase())) {
        found.push(path);
      }
    }
  };
  await walk(dir);
  return found;
}

/** Read one letter for the folder check; a Dutch reason when it cannot be read. */
export async function readLetter(path: string): Promise<LetterText | {reason: string}> {
  try {
    const info = await stat(path);
    if (info.size > maxLetterBytes) return {reason: nl.fileTooLarge};
    return await readLetterFile(path);
  } catch (error) {
    if (error instanceof LetterFileError) return {reason: error.message.slice(path.length + 2)};
    return {reason: (error as Error).message};
  }
}
