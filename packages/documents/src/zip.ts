import yauzl from 'yauzl';
import {inflateRawSync} from 'node:zlib';
import {DocumentError, reasons} from './errors.js';

/**
 * Limits checked on the declared sizes in the zip directory before anything is inflated; yauzl then makes
 * sure no entry inflates to more than it declared, so a forged size cannot slip through.
 */
export const zipLimits = {
  maxEntries: 5_000,
  /** All entries together, as declared. */
  maxTotalBytes: 256 * 1024 * 1024,
  /** One part that Helder inflates (an XML part). */
  maxPartBytes: 64 * 1024 * 1024,
  /** Uncompressed / compressed of one entry; XML compresses about 10 times, a bomb a thousand times. */
  maxRatio: 100,
  /** Entries smaller than this may have any ratio: a small file of spaces is no danger. */
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipArchive {
  names: Set<string>;
  /** The entry as UTF-8 text (in one chunk today); throws DocumentError when it breaks a limit. */
  readText(name: string, onChunk: (text: string) => void): Promise<void>;
  /** The entry's uncompressed bytes, with the same limits. */
  readBytes(name: string): Buffer;
  has(name: string): boolean;
  close(): void;
}

export async function openZip(bytes: Uint8Array, fileName: string): Promise<ZipArchive> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(buffer, {lazyEntries: true, validateEntrySizes: true, strictFileNames: false}, (error, zipFile) => {
      if (error || !zipFile) reject(new DocumentError(fileName, 'corrupt', reasons.corrupt()));
      else resolve(zipFile);
    });
  });
  if (zip.entryCount > zipLimits.maxEntries) {
    zip.close();
    throw new DocumentError(fileName, 'zip-bomb', reasons.zipBomb(`${zip.entryCount} delen, de grens is ${zipLimits.maxEntries}`));
  }
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    let total = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.isEncrypted()) return reject(new DocumentError(fileName, 'encrypted', reasons.encrypted()));
      total += entry.uncompressedSize;
      if (total > zipLimits.maxTotalBytes) return reject(new DocumentError(fileName, 'zip-bomb', reasons.zipBomb(`meer dan ${zipLimits.maxTotalBytes / 1024 / 1024} megabyte`)));
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', () => reject(new DocumentError(fileName, 'corrupt', reasons.corrupt())));
    zip.readEntry();
  }).catch((error: unknown) => {
    zip.close();
    throw error;
  });

  const readBytes = (name: string): Buffer => {
    const entry = entries.get(name);
    if (!entry) throw new DocumentError(fileName, 'no-document', reasons.noDocument());
    const size = entry.uncompressedSize;
    if (size > zipLimits.maxPartBytes) throw new DocumentError(fileName, 'zip-bomb', reasons.zipBomb(`${name} is ${Math.round(size / 1024 / 1024)} megabyte`));
    if (size > zipLimits.ratioFloorBytes && size > zipLimits.maxRatio * Math.max(1, entry.compressedSize))
      throw new DocumentError(fileName, 'zip-bomb', reasons.zipBomb(`${name} wordt ${Math.round(size / Math.max(1, entry.compressedSize))} keer zo groot`));
    return inflateEntry(buffer, entry, name, fileName);
  };

  return {
    names: new Set(entries.keys()),
    has: (name) => entries.has(name),
    close: () => zip.close(),
    async readText(name, onChunk) {
      onChunk(new TextDecoder('utf-8').decode(readBytes(name)));
    },
    readBytes,
  };
}

/**
 * Inflate one entry in one call. yauzl's streams cost more than the parse for the small parts of a letter (a
 * thread-pool round trip per chunk), so the reader inflates the bytes itself. `maxOutputLength` is the size the
 * zip declared: zlib stops there, so a forged size can never make it allocate more.
 */
function inflateEntry(buffer: Buffer, entry: yauzl.Entry, name: string, fileName: string): Buffer {
  const local = entry.relativeOffsetOfLocalHeader;
  if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== 0x04034b50) throw new DocumentError(fileName, 'corrupt', reasons.corrupt());
  const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
  const compressed = buffer.subarray(dataStart, dataStart + entry.compressedSize);
  if (compressed.length !== entry.compressedSize) throw new DocumentError(fileName, 'corrupt', reasons.corrupt());
  let data: Buffer;
  if (entry.compressionMethod === 0) data = compressed;
  else if (entry.compressionMethod === 8) {
    try {
      // One byte more than declared: an entry that inflates to more than it says is caught, not cut short.
      data = inflateRawSync(compressed, {maxOutputLength: entry.uncompressedSize + 1});
    } catch (error) {
      const tooLarge = (error as {code?: string}).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError;
      throw new DocumentError(fileName, tooLarge ? 'zip-bomb' : 'corrupt', tooLarge ? reasons.zipBomb(`${name} is groter dan het bestand zegt`) : reasons.corrupt());
    }
  } else throw new DocumentError(fileName, 'corrupt', reasons.corrupt());
  if (data.length > entry.uncompressedSize) throw new DocumentError(fileName, 'zip-bomb', reasons.zipBomb(`${name} is groter dan het bestand zegt`));
  if (data.length < entry.uncompressedSize) throw new DocumentError(fileName, 'corrupt', reasons.corrupt());
  return data;
}
