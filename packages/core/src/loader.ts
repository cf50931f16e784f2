/**
 * The core reads its data (rule files, dictionary, frequency tables) only through this interface, so the same
 * code runs in Node (a loader on the file system) and in a browser (a loader on fetch or bundled data).
 */
export interface DataLoader {
  /** Read a UTF-8 text resource, e.g. "rules/<file>.yaml", "dictionary/nl.aff" or "lint/frequencies.txt". */
  readText(name: string): Promise<string>;
  /** Read a binary resource. */
  readBinary(name: string): Promise<Uint8Array>;
  /** Names of the rule files this loader offers, e.g. ["rules/ambtelijke-woorden.yaml"]. */
  listRuleFiles(): Promise<string[]>;
  /**
   * Optional cache for derived data, such as the parsed rule set (YAML parsing of a few hundred rules costs
   * hundreds of milliseconds). Keys hold a hash of their input, so a stale entry is never read.
   */
  readCache?(key: string): Promise<string | undefined>;
  writeCache?(key: string, value: string): Promise<void>;
  /**
   * Optional binary cache, like readCache/writeCache: the spelling check keeps a snapshot of Hunspell's built
   * tables there (about 16 MB), so a new process need not build them again (spelling/hunspell-runtime.ts).
   */
  readCacheBinary?(key: string): Promise<Uint8Array | undefined>;
  writeCacheBinary?(key: string, value: Uint8Array): Promise<void>;
  /**
   * Optional, beside readCacheBinary: read an entry straight into memory the caller owns, without a copy in
   * between (the spelling snapshot goes into Hunspell's WebAssembly memory: 16 MB less to allocate and copy).
   * `place` gets the entry's first `headerBytes` bytes and its whole length, and gives the memory for the rest
   * (exactly that long) or undefined when the entry does not fit. Resolves true when the rest was read into it
   * completely; false when there is no such entry, it did not fit, or reading failed (the memory may then be
   * partly written).
   */
  readCacheBinaryInto?(key: string, headerBytes: number, place: (header: Uint8Array, length: number) => Uint8Array | undefined): Promise<boolean>;
  /**
   * Optional: a short text that changes whenever the resource's content changes, and costs much less than reading
   * it (the Node loader: path, inode, size and change times of a file that ships with a package). The caches above
   * then key on the stamps and read the resource only when the cache misses. undefined: no stamp for this resource
   * (a rule file of the user's own): its content is read and hashed.
   */
  stamp?(name: string): Promise<string | undefined>;
  /**
   * Optional: the rule set parsed at build time (the JSON that `serializeRuleSet` makes), for a bundle that ships
   * no rule files (the Word pane). When it gives one, the rule files are not listed or read.
   */
  readRuleSet?(): Promise<string | undefined>;
  /**
   * Optional: answers that the threads of one run share, per kind (`spelling/correct`, `spelling/known`): a batch
   * run's workers then compute the spelling check's answer for a word once between them. Without it every thread
   * keeps its own.
   */
  sharedAnswers?(kind: string): SharedAnswers | undefined;
}

/** A word -> yes/no store that may be shared between threads (see @helder/node's sharedAnswers). */
export interface SharedAnswers {
  get(word: string): boolean | undefined;
  set(word: string, answer: boolean): void;
}

/** A resource known by its stamp (DataLoader.stamp): its bytes are read only when a cache misses. */
export interface StampedBytes {
  stamp: string;
  read(): Promise<Uint8Array>;
}

/** The loader's stamps of these resources (DataLoader.stamp), or undefined when one of them has none. */
export async function stampsOf(loader: DataLoader, names: string[]): Promise<string[] | undefined> {
  if (!loader.stamp) return undefined;
  const stamps = await Promise.all(names.map((name) => loader.stamp!(name).catch(() => undefined)));
  return stamps.every((stamp) => stamp !== undefined) ? (stamps as string[]) : undefined;
}

/** A loader over an in-memory map: for tests and for browser bundles. */
export function createMemoryLoader(files: Record<string, string | Uint8Array>): DataLoader {
  const get = (name: string) => {
    const value = files[name];
    if (value === undefined) throw new Error(`Helder: resource not found: ${name}`);
    return value;
  };
  return {
    async readText(name) {
      const value = get(name);
      return typeof value === 'string' ? value : new TextDecoder().decode(value);
    },
    async readBinary(name) {
      const value = get(name);
      return typeof value === 'string' ? new TextEncoder().encode(value) : value;
    },
    async listRuleFiles() {
      return Object.keys(files).filter((name) => name.startsWith('rules/') && /\.ya?ml$/.test(name)).sort();
    },
  };
}
