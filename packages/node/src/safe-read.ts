import {constants} from 'node:fs';
import {lstat, open, stat} from 'node:fs/promises';

/** A file Helder will not read, with a Dutch reason a clerk can act on (without the path; the caller names it). */
export class UnreadableFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** How a reason names what was read: "-" is the text piped in, not a file. */
export const subjectOf = (path: string): string => (path === '-' ? 'de invoer via stdin' : 'het bestand');

export function tooLargeReason(size: number, maxBytes: number, path = ''): string {
  const shown = size > maxBytes && megabytes(size) <= megabytes(maxBytes) ? `meer dan ${megabytes(maxBytes)}` : String(megabytes(size));
  return `${subjectOf(path)} is te groot (${shown} MB, de grens is ${megabytes(maxBytes)} MB)`;
}

/** The Dutch reason for a failed stat or open. */
async function reasonOf(path: string, error: NodeJS.ErrnoException): Promise<string> {
  switch (error.code) {
    case 'ENOENT': {
      // stat follows links; lstat tells a missing file from a link to nothing.
      const link = await lstat(path).catch(() => undefined);
      return link?.isSymbolicLink() ? 'de snelkoppeling wijst naar een bestand dat er niet is' : 'bestand niet gevonden';
    }
    case 'ELOOP':
      return 'de snelkoppeling wijst in een kring naar zichzelf';
    case 'EISDIR':
      return 'dit is een map, geen bestand';
    case 'EACCES':
    case 'EPERM':
      return 'geen toegang tot dit bestand';
    case 'ENOTDIR':
      return 'een deel van het pad is geen map';
    default:
      return `Helder kan dit bestand niet lezen (${error.code ?? error.message})`;
  }
}

function kindReason(info: {isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isFile(): boolean}): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'dit is een map, geen bestand';
  if (info.isFIFO()) return "dit is een pijp tussen programma's (FIFO), geen gewoon bestand; Helder leest alleen gewone bestanden";
  if (info.isSocket()) return "dit is een verbinding tussen programma's, geen gewoon bestand; Helder leest alleen gewone bestanden";
  return 'dit is een apparaat, geen gewoon bestand; Helder leest alleen gewone bestanden';
}

/**
 * Read a regular file, at most `maxBytes`. A FIFO, socket or device (/dev/zero) is refused before it is opened, so
 * it can neither block nor fill the memory; a file that grows while it is read is cut off at maxBytes + 1 bytes.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new UnreadableFileError(path, await reasonOf(path, error as NodeJS.ErrnoException));
  }
  const kind = kindReason(info);
  if (kind) throw new UnreadableFileError(path, kind);
  if (info.size > maxBytes) throw new UnreadableFileError(path, tooLargeReason(info.size, maxBytes));
  let handle;
  try {
    // O_NONBLOCK: should the file be swapped for a FIFO after the stat, opening it still does not wait.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new UnreadableFileError(path, await reasonOf(path, error as NodeJS.ErrnoException));
  }
  try {
    const opened = await handle.stat();
    const openedKind = kindReason(opened);
    if (openedKind) throw new UnreadableFileError(path, openedKind);
    return await readCapped(handle, Math.min(maxBytes + 1, Math.max(opened.size + 1, 64 * 1024)), maxBytes, path);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(path, await reasonOf(path, error as NodeJS.ErrnoException));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function readCapped(handle: import('node:fs/promises').FileHandle, firstSize: number, maxBytes: number, path: string): Promise<Buffer> {
  let buffer = Buffer.alloc(firstSize);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) break;
      const bigger = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const {bytesRead} = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  if (length > maxBytes) throw new UnreadableFileError(path, tooLargeReason(length, maxBytes));
  return buffer.subarray(0, length);
}

/** Read a stream (standard input) up to maxBytes; more than that is refused without reading it all. */
export async function readCappedStream(stream: AsyncIterable<Uint8Array> & {destroy?(): void}, maxBytes: number, name: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    length += chunk.length;
    if (length > maxBytes) {
      stream.destroy?.();
      throw new UnreadableFileError(name, tooLargeReason(length, maxBytes, name));
    }
  }
  return Buffer.concat(chunks, length);
}
