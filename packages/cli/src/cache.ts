import {createHash} from 'node:crypto';
import {closeSync, existsSync, fsyncSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {dirname, basename, join} from 'node:path';
import {coreDataDir, defaultRulesDir, listRuleFolders, maxFileBytes} from '@helder/node';
import type {FileOutcome} from '@helder/reports';
import {slimOutcome, type CheckSettings} from './check-file.js';

/**
 * `--cache`, as ESLint has it: a file whose content, rules, settings and Helder version are the same as in the
 * last run is not checked again; its result comes from the cache file. Results are stored per path with the
 * content's hash, so a changed file is checked again and a renamed file is simply new.
 */
export interface ResultCache {
  lookup(path: string, hash: string): FileOutcome | undefined;
  store(path: string, hash: string, outcome: FileOutcome): void;
  /** Write the cache file at once and atomically: a temporary file beside it, then a rename. */
  save(): void;
}

interface CacheFile {
  format: 1;
  key: string;
  entries: Record<string, {hash: string; outcome: FileOutcome}>;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The content hash of a file, or undefined when it cannot be read (the checker then tells why). */
export async function hashFile(path: string): Promise<string | undefined> {
  try {
    const bytes = await readFile(path);
    return bytes.length > 50 * maxFileBytes ? undefined : sha256(bytes);
  } catch {
    return undefined;
  }
}

/**
 * What must be equal for a cached result to hold: Helder's version, the settings (config and rule folders) and
 * the content of every rule file and word list. One changed rule and the whole cache is stale.
 */
export async function cacheKey(settings: CheckSettings, version: string): Promise<string> {
  const files = new Map<string, string>();
  await listRuleFolders([defaultRulesDir(), ...settings.extraRuleDirs], files, new Map());
  const hash = createHash('sha256').update(version).update(JSON.stringify(settings));
  for (const [name, path] of [...files].sort()) hash.update(name).update(await readFile(path).catch(() => Buffer.from('?')));
  const lists = join(coreDataDir(), 'woordenlijsten');
  if (existsSync(lists)) for (const name of readdirSync(lists).sort()) hash.update(name).update(readFileSync(join(lists, name)));
  return hash.digest('hex');
}

/** The content hash of each file and the cached results of those unchanged; sixteen reads at a time (the disk is the slow part). */
export async function lookUpAll(cache: ResultCache, paths: string[]): Promise<{hashes: Map<string, string>; cached: Map<string, FileOutcome>}> {
  const hashes = new Map<string, string>();
  const cached = new Map<string, FileOutcome>();
  for (let from = 0; from < paths.length; from += 16) {
    const batch = paths.slice(from, from + 16);
    const found = await Promise.all(batch.map(hashFile));
    batch.forEach((path, index) => {
      const hash = found[index];
      if (hash === undefined) return;
      hashes.set(path, hash);
      const hit = cache.lookup(path, hash);
      if (hit) cached.set(path, {...hit, path});
    });
  }
  return {hashes, cached};
}

export function openCache(location: string, key: string): ResultCache {
  let entries: CacheFile['entries'] = {};
  try {
    const stored = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
    // Another version, other rules or settings: start again (the next save replaces the file).
    if (stored.format === 1 && stored.key === key && stored.entries && typeof stored.entries === 'object') entries = stored.entries;
  } catch {
    // No cache yet, or a broken one: every file is checked.
  }
  const next: CacheFile['entries'] = {};
  // Only a run that checked something new rewrites the file: a run with all hits leaves it as it is.
  let changed = Object.keys(entries).length === 0;
  return {
    lookup(path, hash) {
      const hit = entries[path];
      if (hit?.hash !== hash) return undefined;
      next[path] = hit;
      return hit.outcome;
    },
    store(path, hash, outcome) {
      // A file that could not be read is tried again next time.
      if (outcome.error === undefined) {
        next[path] = {hash, outcome: slimOutcome(outcome)};
        changed = true;
      }
    },
    save() {
      if (!changed) return;
      // Synchronous from temp file to rename: a Ctrl-C cannot come between, so no half cache and no temp file stays.
      const temporary = join(dirname(location), `.${basename(location)}.${process.pid}.tmp`);
      const data = JSON.stringify({format: 1, key, entries: {...entries, ...next}} satisfies CacheFile);
      try {
        const fd = openSync(temporary, 'w');
        try {
          writeSync(fd, data);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(temporary, location);
      } finally {
        rmSync(temporary, {force: true});
      }
    },
  };
}
