import yauzl from 'yauzl';
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
  /** The entry's bytes as UTF-8 text chunks, in order; throws DocumentError when it breaks a limit. */
  readText(name: string, onChunk: (text: string) => void): Promise<void>;
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

  return {
    names: new Set(entries.keys()),
    has: (name) => entries.has(name),
    close: () => zip.close(),
    async readText(name, onChunk) {
      const entry = entries.get(name);
      if (!entry) throw new DocumentError(fileName, 'no-document', reasons.noDocument());
      const size = entry.uncompressedSize;
      if (size > zipLimits.maxPartBytes) throw new DocumentError(fileName, 'zip-bomb', reasons.zipBomb(`${name} is ${Math.round(size / 1024 / 1024)} megabyte`));
      if (size > zipLimits.ratioFloorBytes && size > zipLimits.maxRatio * Math.max(1, entry.compressedSize))
        throw new DocumentError(fileName, 'zip-bomb', reasons.zipBomb(`${name} wordt ${Math.round(size / Math.max(1, entry.compressedSize))} keer zo groot`));
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => {
        zip.openReadStream(entry, (error, readStream) => (error || !readStream ? reject(new DocumentError(fileName, 'corrupt', reasons.corrupt())) : resolve(readStream)));
      });
      const decoder = new TextDecoder('utf-8');
      await new Promise<void>((resolve, reject) => {
        let failed = false;
        const fail = (error: unknown) => {
          if (failed) return;
          failed = true;
          (stream as unknown as {destroy?: () => void}).destroy?.();
          // yauzl's size check ("too many bytes in the stream") and inflate errors mean a broken or forged entry.
          reject(error instanceof DocumentError ? error : new DocumentError(fileName, /too many bytes|too few bytes/.test(String(error)) ? 'zip-bomb' : 'corrupt', /too many bytes|too few bytes/.test(String(error)) ? reasons.zipBomb(`${name} is groter dan het bestand zegt`) : reasons.corrupt()));
        };
        stream.on('data', (chunk: Buffer) => {
          if (failed) return;
          try {
            onChunk(decoder.decode(chunk, {stream: true}));
          } catch (error) {
            fail(error);
          }
        });
        stream.on('error', fail);
        stream.on('end', () => {
          if (failed) return;
          try {
            const rest = decoder.decode();
            if (rest) onChunk(rest);
            resolve();
          } catch (error) {
            fail(error);
          }
        });
      });
    },
  };
}
