import {dirname, resolve} from 'node:path';
import {existsSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';

/** Links to the rule pages: the docs/rules folder of this installation when it is there. */
function findDocsBase(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const local = resolve(here, '..', '..', '..', 'docs', 'rules');
  return existsSync(local) ? `${pathToFileURL(local).href}/` : 'docs/rules/';
}

export const docsBaseUrl = findDocsBase();
