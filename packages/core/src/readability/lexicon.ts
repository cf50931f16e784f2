/**
 * The compiled LiNT-II lexicon (data/lint-ii/lexicon.txt.gz, built by scripts/build-lint-data.mjs; format in
 * data/lint-ii/README.md): SUBTLEX-NL counts, the skiplist and the noun list with concreteness and compound heads.
 *
 * It stays in four flat typed arrays (about 9 MB for 424,000 words) instead of a Map (about 45 MB), and a lookup
 * is a binary search over UTF-8 bytes. The answers for the words asked most recently are kept (the spelling check
 * asks about the same compound parts many times per letter), so callers need no cache of their own.
 */

import type {DataLoader, StampedBytes} from '../loader.js';
import {hashBytes, hashTexts} from '../hash.js';
import {BoundedCache} from '../bounded-cache.js';

export type NounClass = 'concrete' | 'abstract' | 'undefined';

export interface LexiconEntry {
  /** Zipf value (log10 per billion words) in SUBTLEX-NL; undefined when the word is not in SUBTLEX. */
  zipf: number | undefined;
  /** Class in the LiNT-II noun list; undefined when the word is not in it. */
  nounClass: NounClass | undefined;
  /** Zipf value of the compound's head word (LiNT-II uses it for compounds); undefined for non-compounds. */
  headZipf: number | undefined;
  /** In the LiNT-II skiplist: left out of the frequency feature. */
  skip: boolean;
}

const newline = 10;
const tab = 9;

/**
 * The lexicon works on the decompressed file itself: entries are front-coded in blocks whose first word is
 * written in full. A lookup binary-searches the block heads and decodes one block (at most `blockSize` lines),
 * so loading only reads the header and no per-word structure is built. In version 2 the words and their fields
 * are two columns; `fieldStarts` then gives where each block's fields start, and a lookup walks both.
 */
export class Lexicon {
  /** Zipf value LiNT-II gives to a word that is not in SUBTLEX-NL (a count of 1). */
  readonly unknownZipf: number;
  private readonly query = new Uint8Array(256);
  private readonly current = new Uint8Array(256);
  /** Recent answers (null: not in the lexicon). Entries are shared: callers must not change them. */
  private readonly answers = new BoundedCache<LexiconEntry | null>(50_000);

  constructor(
    private readonly data: Uint8Array,
    private readonly blockStarts: Uint32Array,
    readonly size: number,
    readonly zipfOffset: number,
    private readonly defaultCount: number,
    private readonly name: string,
    private readonly fieldStarts?: Uint32Array,
  ) {
    this.unknownZipf = zipfOffset;
  }

  /** Bytes held in memory, for the docs and benchmarks. */
  get memoryBytes(): number {
    return this.data.byteLength + this.blockStarts.byteLength + (this.fieldStarts?.byteLength ?? 0);
  }

  /** The lexicon as the loader's binary cache keeps it (see loadLexicon). */
  snapshot(): Uint8Array {
    const fields = this.fieldStarts ?? new Uint32Array(0);
    const arrays = (this.blockStarts.length + fields.length) * 4;
    const snapshot = new Uint8Array(snapshotHeaderBytes + arrays + this.data.length);
    const header = new DataView(snapshot.buffer);
    header.setUint32(0, snapshotMagic, true);
    header.setUint32(4, snapshotVersion, true);
    header.setUint32(8, this.size, true);
    header.setUint32(12, this.defaultCount, true);
    header.setFloat64(16, this.zipfOffset, true);
    header.setUint32(24, this.blockStarts.length, true);
    header.setUint32(28, fields.length, true);
    new Uint32Array(snapshot.buffer, snapshotHeaderBytes, this.blockStarts.length).set(this.blockStarts);
    new Uint32Array(snapshot.buffer, snapshotHeaderBytes + this.blockStarts.length * 4, fields.length).set(fields);
    snapshot.set(this.data, snapshotHeaderBytes + arrays);
    return snapshot;
  }

  /** The entry of a lowercase word, or undefined. */
  get(word: string): LexiconEntry | undefined {
    const known = this.answers.get(word);
    if (known !== undefined) return known ?? undefined;
    const entry = this.lookup(word);
    this.answers.set(word, entry ?? null);
    return entry;
  }

  private lookup(word: string): LexiconEntry | undefined {
    const length = encodeInto(word, this.query);
    if (length <= 0) return undefined;
    const block = this.findBlock(length);
    if (block < 0) return undefined;
    const {data, current, query} = this;
    let position = this.blockStarts[block]!;
    const end = this.blockStarts[block + 1]!;
    // Version 2: the fields line of the same entry, in the second column.
    let field = this.fieldStarts ? this.fieldStarts[block]! : -1;
    let currentLength = 0;
    while (position < end) {
      const shared = digit36(data[position]!);
      position++;
      currentLength = shared;
      while (data[position] !== tab && data[position] !== newline) current[currentLength++] = data[position++]!;
      const order = compare(current, currentLength, query, length);
      if (order === 0) return this.fields(field < 0 ? (data[position] === tab ? position + 1 : -1) : data[field] === newline ? -1 : field);
      if (order > 0) return undefined;
      while (data[position] !== newline) position++;
      position++;
      if (field >= 0) {
        while (data[field] !== newline) field++;
        field++;
      }
    }
    return undefined;
  }

  /** The last block whose first word is at most the query, or -1. */
  private findBlock(length: number): number {
    const {data, blockStarts, query} = this;
    let low = 0;
    let high = blockStarts.length - 2;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      // A block's first line is "0<word>[\t<fields>]".
      const start = blockStarts[middle]! + 1;
      let end = start;
      while (data[end] !== tab && data[end] !== newline) end++;
      let order = 0;
      const shared = Math.min(end - start, length);
      for (let at = 0; at < shared && order === 0; at++) order = data[start + at]! - query[at]!;
      if (order === 0) order = end - start - length;
      if (order <= 0) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  /** The entry whose fields start at `position` (-1: an entry without fields). */
  private fields(position: number): LexiconEntry {
    const {data} = this;
    let count = this.defaultCount;
    let nounClass: NounClass | undefined;
    let headCount: number | undefined;
    let skip = false;
    if (position >= 0) {
      let at = position;
      if (data[at] === 0x2d /* - */) {
        count = 0;
        at++;
      } else if (digit36(data[at]!) >= 0) {
        count = 0;
        while (digit36(data[at]!) >= 0) count = count * 36 + digit36(data[at++]!);
      }
      const code = data[at];
      nounClass = code === 0x43 /* C */ ? 'concrete' : code === 0x41 /* A */ ? 'abstract' : code === 0x55 /* U */ ? 'undefined' : undefined;
      if (nounClass) {
        at++;
        if (data[at] === 0x3f /* ? */) {
          headCount = 0;
          at++;
        } else if (digit36(data[at]!) >= 0) {
          headCount = 0;
          while (digit36(data[at]!) >= 0) headCount = headCount * 36 + digit36(data[at++]!);
        }
      }
      if (data[at] === 0x21 /* ! */) {
        skip = true;
        at++;
      }
      if (data[at] !== newline) throw new Error(`${this.name}: cannot read the fields of the entry at byte ${position}. Rebuild the file with scripts/build-lint-data.mjs.`);
    }
    return {
      zipf: count === 0 ? undefined : Math.log10(count) + this.zipfOffset,
      nounClass,
      headZipf: headCount === undefined ? undefined : Math.log10(Math.max(1, headCount)) + this.zipfOffset,
      skip,
    };
  }
}

function compare(a: Uint8Array, aLength: number, b: Uint8Array, bLength: number): number {
  const shared = Math.min(aLength, bLength);
  for (let at = 0; at < shared; at++) {
    const order = a[at]! - b[at]!;
    if (order !== 0) return order;
  }
  return aLength - bLength;
}

/** UTF-8 encode into a fixed buffer without allocating; -1 when it does not fit. */
function encodeInto(word: string, target: Uint8Array): number {
  let at = 0;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code < 0x80) {
      if (at >= target.length) return -1;
      target[at++] = code;
    } else if (code < 0x800) {
      if (at + 1 >= target.length) return -1;
      target[at++] = 0xc0 | (code >> 6);
      target[at++] = 0x80 | (code & 0x3f);
    } else {
      // The lexicon holds Latin letters only: a word with other characters is not in it.
      return -1;
    }
  }
  return at;
}

function digit36(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 + 10;
  return -1;
}

/** Read the header of the (already decompressed) lexicon. Throws naming the file when the data is damaged. */
export function parseLexicon(data: Uint8Array, name = 'data/lint-ii/lexicon.txt.gz'): Lexicon {
  const header = new Map<string, string>();
  let position = 0;
  const decoder = new TextDecoder();
  while (position < data.length && data[position] === 0x23 /* # */) {
    let end = data.indexOf(newline, position);
    if (end < 0) end = data.length;
    const text = decoder.decode(data.subarray(position + 1, end));
    const space = text.indexOf(' ');
    header.set(text.slice(0, space), text.slice(space + 1));
    position = end + 1;
  }
  const version = header.get('helder-lint-lexicon');
  if (version !== '1' && version !== '2') throw new Error(`${name}: not a Helder LiNT lexicon of version 1 or 2. Rebuild it with scripts/build-lint-data.mjs.`);
  const entries = Number(header.get('entries'));
  const zipfOffset = Number(header.get('zipf-offset'));
  const defaultCount = Number(header.get('default-count'));
  const lengths = (header.get('block-lengths') ?? '').split(',').map((value) => parseInt(value, 36));
  if (!(entries > 0 && zipfOffset > 0 && defaultCount > 0) || lengths.some((value) => !(value > 0))) {
    throw new Error(`${name}: the header lacks entries, zipf-offset, default-count or block-lengths. Rebuild it with scripts/build-lint-data.mjs.`);
  }
  if (version === '2') {
    const blockSize = Number(header.get('block-size'));
    if (!(blockSize > 0) || Math.ceil(entries / blockSize) !== lengths.length) throw new Error(`${name}: the header lacks block-size, or it does not fit the block-lengths. Rebuild it with scripts/build-lint-data.mjs.`);
    const columns = columnStarts(data, position, entries, blockSize, name);
    // The blocks of version 1's joined lines take as many bytes as the two columns without their empty fields.
    const joined = lengths.reduce((sum, length) => sum + length, 0);
    if (joined !== data.length - position - columns.emptyFields) throw new Error(`${name}: the blocks take ${joined} bytes, the file has ${data.length - position - columns.emptyFields}. Rebuild the file with scripts/build-lint-data.mjs.`);
    return new Lexicon(data, columns.words, entries, zipfOffset, defaultCount, name, columns.fields);
  }
  const blockStarts = new Uint32Array(lengths.length + 1);
  for (const [index, length] of lengths.entries()) {
    blockStarts[index] = position;
    position += length;
  }
  blockStarts[lengths.length] = position;
  if (position !== data.length) throw new Error(`${name}: the blocks take ${position} bytes, the file has ${data.length}. Rebuild it with scripts/build-lint-data.mjs.`);
  return new Lexicon(data, blockStarts, entries, zipfOffset, defaultCount, name);
}

/**
 * Version 2 stores the same lines as version 1 in two columns: first every entry's word part, then every entry's
 * fields (an empty line where there are none). Alike data side by side compresses better (1.62 instead of 1.75 MB
 * gzip). The lexicon reads the columns where they are: one pass finds where each block starts in both (a copy
 * that joins them into version 1's lines cost more than the rest of loading).
 */
function columnStarts(data: Uint8Array, bodyStart: number, entries: number, blockSize: number, name: string): {words: Uint32Array; fields: Uint32Array; emptyFields: number} {
  const blocks = Math.ceil(entries / blockSize);
  const words = new Uint32Array(blocks + 1);
  const fields = new Uint32Array(blocks + 1);
  const length = data.length;
  let at = bodyStart;
  for (let line = 0; line < entries; line++) {
    if (line % blockSize === 0) words[line / blockSize] = at;
    while (at < length && data[at] !== newline) at++;
    if (at >= length) throw new Error(`${name}: fewer words than the ${entries} entries in the header. Rebuild it with scripts/build-lint-data.mjs.`);
    at++;
  }
  words[blocks] = at;
  let emptyFields = 0;
  for (let line = 0; line < entries; line++) {
    if (line % blockSize === 0) fields[line / blockSize] = at;
    if (at < length && data[at] === newline) emptyFields++;
    while (at < length && data[at] !== newline) at++;
    if (at >= length) throw new Error(`${name}: fewer fields than the ${entries} entries in the header. Rebuild it with scripts/build-lint-data.mjs.`);
    at++;
  }
  fields[blocks] = at;
  return {words, fields, emptyFields};
}

/**
 * Gunzip with the web-standard DecompressionStream: the same code runs in Node 18+ and in browsers. The output
 * goes straight into one buffer of the size the gzip trailer gives, so loading keeps no second copy.
 */
export async function gunzip(data: Uint8Array): Promise<Uint8Array> {
  const n = data.length;
  const size = n >= 18 ? (data[n - 4]! | (data[n - 3]! << 8) | (data[n - 2]! << 16) | (data[n - 1]! << 24)) >>> 0 : 0;
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const written = writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close());
  written.catch(() => undefined); // a broken stream also fails the reader below, which reports it
  const reader = stream.readable.getReader();
  let out = new Uint8Array(size);
  let length = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    if (length + value.length > out.length) {
      const grown = new Uint8Array(Math.max(out.length * 2, length + value.length));
      grown.set(out.subarray(0, length));
      out = grown;
    }
    out.set(value, length);
    length += value.length;
  }
  await written;
  return length === out.length ? out : out.slice(0, length);
}

// The lexicon in the loader's binary cache: the decompressed file with the block starts found in it.
const snapshotMagic = 0x584c4c48; // "HLLX"
// Raise when the layout of a snapshot changes.
const snapshotVersion = 1;
const snapshotHeaderBytes = 32;

/**
 * The lexicon from the gzipped file: from the loader's binary cache when it holds this file's lexicon, else
 * decompressed and read (and kept in the cache for the next process). Gunzip and the pass that finds the blocks
 * cost about a tenth of a cold `helder check` of one letter; reading the 4 MB snapshot a fraction of that. The key
 * holds a hash of the gzipped file, or of its stamp (then the file is read only when the cache misses), so another
 * lexicon is read anew; a snapshot that is cut off or foreign is ignored.
 */
export async function loadLexicon(loader: DataLoader, gzipped: Uint8Array | StampedBytes, name = 'data/lint-ii/lexicon.txt.gz'): Promise<Lexicon> {
  const stamped = gzipped instanceof Uint8Array ? undefined : gzipped;
  const source = stamped ? `s${hashTexts(snapshotVersion, [name], [stamped.stamp])}` : hashBytes([gzipped as Uint8Array]);
  const key = loader.readCacheBinary ? `lexicon-${snapshotVersion}-${source}.bin` : undefined;
  if (key) {
    const snapshot = await loader.readCacheBinary!(key).catch(() => undefined);
    const cached = snapshot && lexiconFromSnapshot(snapshot, name);
    if (cached) return cached;
  }
  const lexicon = parseLexicon(await gunzip(stamped ? await stamped.read() : (gzipped as Uint8Array)), name);
  if (key && loader.writeCacheBinary) await loader.writeCacheBinary(key, lexicon.snapshot()).catch(() => undefined);
  return lexicon;
}

/** The lexicon of a snapshot (Lexicon.snapshot), or undefined when the bytes are not a whole snapshot. */
export function lexiconFromSnapshot(bytes: Uint8Array, name = 'data/lint-ii/lexicon.txt.gz'): Lexicon | undefined {
  if (bytes.length < snapshotHeaderBytes) return undefined;
  // The Uint32Array views need an aligned start.
  const snapshot = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const header = new DataView(snapshot.buffer, snapshot.byteOffset, snapshotHeaderBytes);
  const size = header.getUint32(8, true);
  const defaultCount = header.getUint32(12, true);
  const zipfOffset = header.getFloat64(16, true);
  const blocks = header.getUint32(24, true);
  const fields = header.getUint32(28, true);
  const dataStart = snapshotHeaderBytes + (blocks + fields) * 4;
  if (header.getUint32(0, true) !== snapshotMagic || header.getUint32(4, true) !== snapshotVersion || !(size > 0 && defaultCount > 0 && zipfOffset > 0)) return undefined;
  if (blocks < 2 || (fields !== 0 && fields !== blocks) || dataStart > snapshot.length) return undefined;
  const at = snapshot.byteOffset;
  const blockStarts = new Uint32Array(snapshot.buffer, at + snapshotHeaderBytes, blocks);
  const fieldStarts = fields === 0 ? undefined : new Uint32Array(snapshot.buffer, at + snapshotHeaderBytes + blocks * 4, fields);
  const data = snapshot.subarray(dataStart);
  // A snapshot cut off in its data: the last block (or field column) must end inside it.
  if (blockStarts[blocks - 1]! > data.length || (fieldStarts && fieldStarts[fields - 1]! !== data.length)) return undefined;
  if (!fieldStarts && blockStarts[blocks - 1] !== data.length) return undefined;
  return new Lexicon(data, blockStarts, size, zipfOffset, defaultCount, name, fieldStarts);
}
