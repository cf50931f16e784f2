import yazl from 'yazl';
import type {ZipArchive} from '../zip.js';

/**
 * The archive again, in the same order, with the changed parts; new parts go at the end. `stored` parts are
 * written without compression and without extra fields: an OpenDocument file's `mimetype` must be (ODF 1.2, part 3).
 */
export function writeZip(zip: ZipArchive, changed: Map<string, Buffer>, stored: ReadonlySet<string> = new Set()): Promise<Buffer> {
  const out = new yazl.ZipFile();
  const mtime = new Date();
  const optionsOf = (name: string) => (stored.has(name) ? {mtime, compress: false, forceDosTimestamp: true} : {mtime});
  for (const name of zip.names) {
    if (name.endsWith('/')) out.addEmptyDirectory(name, {mtime});
    else out.addBuffer(changed.get(name) ?? zip.readBytes(name), name, optionsOf(name));
  }
  for (const [name, data] of changed) if (!zip.has(name)) out.addBuffer(data, name, optionsOf(name));
  out.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    out.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    out.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    out.outputStream.on('error', reject);
  });
}
