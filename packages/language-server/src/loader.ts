import {readFile, readdir} from 'node:fs/promises';
import {join} from 'node:path';
import type {DataLoader} from '@helder/core';
import {fileCache} from '@helder/node';
import {nl} from './messages.js';
import type {DataPaths} from './paths.js';

export interface ServerLoader extends DataLoader {
  /** The file on disk behind a loader name like "rules/extra-1/woorden.yaml". */
  pathOf(name: string): string | undefined;
}

/**
 * A data loader with explicit folders. @helder/node's loader finds core's data through package resolution, which a
 * bundle does not have; this one takes every folder as a path. Names follow @helder/node: the first rule folder
 * gives "rules/<file>", the others "rules/extra-<n>/<file>".
 */
export function createServerLoader(paths: DataPaths, ruleDirs: string[]): ServerLoader {
  const ruleFiles = new Map<string, string>();
  const resolveName = (name: string): string => {
    const rule = ruleFiles.get(name);
    if (rule) return rule;
    if (name.startsWith('data/')) return join(paths.dataDir, name.slice('data/'.length));
    if (name === 'dictionary/nl.aff') return join(paths.dictionaryDir, 'index.aff');
    if (name === 'dictionary/nl.dic') return join(paths.dictionaryDir, 'index.dic');
    throw new Error(`Helder: no file for resource "${name}".`);
  };
  return {
    readText: (name) => readFile(resolveName(name), 'utf8'),
    readBinary: async (name) => new Uint8Array(await readFile(resolveName(name))),
    async listRuleFiles() {
      const names: string[] = [];
      ruleFiles.clear();
      for (const [index, dir] of ruleDirs.entries()) {
        let entries: string[];
        try {
          entries = await readdir(dir);
        } catch (error) {
          throw new Error(nl.ruleFolderUnreadable(dir, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
        }
        for (const entry of entries.filter((item) => /\.ya?ml$/.test(item)).sort()) {
          const name = index === 0 ? `rules/${entry}` : `rules/extra-${index}/${entry}`;
          ruleFiles.set(name, join(dir, entry));
          names.push(name);
        }
      }
      return names;
    },
    // The parsed rule set is cached like @helder/node does (keys hold a hash of the rule files; nothing of a letter).
    ...fileCache(),
    pathOf: (name) => ruleFiles.get(name),
  };
}

