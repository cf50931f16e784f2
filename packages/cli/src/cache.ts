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
  lookup(path: string, hash: string): CachedResult | undefined;
  /** `json` is the file's entry in a json report as it was written (jsonEntryText), when the run wrote one. */
  store(path: string, hash: string, outcome: FileOutcome, json?: string): void;
  /** Write the cache file at once and atomically: a temporary file beside it, then a rename. */
  save(): void;
}

/** A result from the cache: the outcome and, when an earlier run wrote a json report, the file's entry in it (UTF-8). */
export interface CachedResult {
  outcome: FileOutcome;
  json?: Uint8Array;
}

/**
 * The cache file, format 2: one line of json (the key and, per path, the content hash and where the outcome and
 * the json entry sit in the rest of the file), then those texts one after the other. A run from the cache writes
 * the stored json entries as they are: making them again from the outcomes (JSON.stringify with indents) was a
 * quarter of its time, and stored inside one json document (escaped) they would make it slower to read.
 * Format 1 (one json document with the outcomes) is not read: such a cache is simply stale.
 */
export const cacheFormat = 2;

/** Where a text sits in the body of the cache file: byte offset and length. */
type Span = [number, number];

export interface CacheIndex {
  format: typeof cacheFormat;
  key: string;
  entries: Record<string, {hash: string; outcome: Span; json?: Span}>;
}

/** An entry of the cache as bytes (UTF-8), ready to be written again. */
export interface StoredEntry {
  hash: string;
  outcome: Buffer;
  json?: Buffer;
}

/** Read a cache file; undefined when it is missing, broken or of another format. */
export function readCacheFile(location: string): {key: string; entries: Map<string, StoredEntry>} | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(location);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(10);
  if (end === -1) return undefined;
  let index: CacheIndex;
  try {
    index = JSON.parse(bytes.toString('utf8', 0, end)) as CacheIndex;
  } catch {
    return undefined;
  }
  if (index?.format !== cacheFormat || typeof index.key !== 'string' || !index.entries || typeof index.entries !== 'object') return undefined;
  const body = bytes.subarray(end + 1);
  const slice = (span: unknown): Buffer | undefined => {
    if (!Array.isArray(span) || span.length !== 2) return undefined;
    const [from, length] = span as Span;
    if (!Number.isInteger(from) || !Number.isInteger(length) || from < 0 || length < 0 || from + length > body.length) return undefined;
    return body.subarray(from, from + length);
  };
  const entries = new Map<string, StoredEntry>();
  for (const [path, entry] of Object.entries(index.entries)) {
    const outcome = slice(entry?.outcome);
    if (typeof entry?.hash !== 'string' || !outcome) continue;
    const json = entry.json === undefined ? undefined : slice(entry.json);
    // A span past the end: the file was cut off, this entry is not used.
    if (entry.json !== undefined && !json) continue;
    entries.set(path, {hash: entry.hash, outcome, ...(json ? {json} : {})});
  }
  return {key: index.key, entries};
}

/** Write a cache file in one go: a temporary file beside it, then a rename (Ctrl-C never leaves half a cache). */
export function writeCacheFile(location: string, key: string, entries: Map<string, StoredEntry>): void {
  const index: CacheIndex = {format: cacheFormat, key, entries: {}};
  const body: Buffer[] = [];
  let offset = 0;
  const place = (bytes: Buffer): Span => {
    body.push(bytes);
    offset += bytes.length;
    return [offset - bytes.length, bytes.length];
  };
  for (const [path, entry] of entries) {
    const outcome = place(entry.outcome);
    index.entries[path] = {hash: entry.hash, outcome, ...(entry.json ? {json: place(entry.json)} : {})};
  }
  // Synchronous from temp file to rename: a Ctrl-C cannot come between, so no half cache and no temp file stays.
  const temporary = join(dirname(location), `.${basename(location)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, `${JSON.stringify(index)}\n`);
      for (const bytes of body) writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, location);
  } finally {
    rmSync(temporary, {force: true});
  }
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
export async function lookUpAll(cache: ResultCache, paths: string[]): Promise<{hashes: Map<string, string>; cached: Map<string, CachedResult>}> {
  const hashes = new Map<string, string>();
  const cached = new Map<string, CachedResult>();
  for (let from = 0; from < paths.length; from += 16) {
    const batch = paths.slice(from, from + 16);
    const found = await Promise.all(batch.map(hashFile));
    batch.forEach((path, index) => {
      const hash = found[index];
      if (hash === undefined) return;
      hashes.set(path, hash);
      const hit = cache.lookup(path, hash);
      if (hit) cached.set(path, {...hit, outcome: {...hit.outcome, path}});
    });
  }
  return {hashes, cached};
}

export function openCache(location: string, key: string): ResultCache {
  const stored = readCacheFile(location);
  // Another version, other rules or settings: start again (the next save replaces the file).
  const entries = stored?.key === key ? stored.entries : new Map<string, StoredEntry>();
  const next = new Map<string, StoredEntry>();
  // Only a run that checked something new rewrites the file: a run with all hits leaves it as it is.
  let changed = entries.size === 0;
  return {
    lookup(path, hash) {
      const hit = entries.get(path);
      if (hit?.hash !== hash) return undefined;
      let outcome: FileOutcome;
      try {
        outcome = JSON.parse(hit.outcome.toString('utf8')) as FileOutcome;
      } catch {
        return undefined;
      }
      next.set(path, hit);
      return {outcome, ...(hit.json ? {json: hit.json} : {})};
    },
    store(path, hash, outcome, json) {
      // A file that could not be read is tried again next time.
      if (outcome.error === undefined) {
        next.set(path, {hash, outcome: Buffer.from(JSON.stringify(slimOutcome(outcome))), ...(json === undefined ? {} : {json: Buffer.from(json)})});
        changed = true;
      }
    },
    save() {
      if (changed) writeCacheFile(location, key, new Map([...entries, ...next]));
    },
  };
}
