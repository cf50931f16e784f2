import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {DataLoader} from '@helder/core';
import {fileCache, listRuleFolders, readRuleFile} from '@helder/node';
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
  const missingFolders = new Map<string, string>();
  const resolveName = (name: string): string => {
    if (name.startsWith('data/')) return join(paths.dataDir, name.slice('data/'.length));
    if (name === 'dictionary/nl.aff') return join(paths.dictionaryDir, 'index.aff');
    if (name === 'dictionary/nl.dic') return join(paths.dictionaryDir, 'index.dic');
    throw new Error(`Helder: no file for resource "${name}".`);
  };
  return {
    async readText(name) {
      // A rule folder that cannot be read is reported on its own name; the other folders still give rules.
      const folderProblem = missingFolders.get(name);
      if (folderProblem) throw new Error(folderProblem);
      const rule = ruleFiles.get(name);
      return rule ? readRuleFile(rule) : readFile(resolveName(name), 'utf8');
    },
    readBinary: async (name) => new Uint8Array(await readFile(resolveName(name))),
    listRuleFiles: () => listRuleFolders(ruleDirs, ruleFiles, missingFolders),
    // The parsed rule set is cached like @helder/node does (keys hold a hash of the rule files; nothing of a letter).
    ...fileCache(),
    pathOf: (name) => ruleFiles.get(name),
  };
}

