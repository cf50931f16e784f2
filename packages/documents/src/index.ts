import {extname} from 'node:path';
import type {HelderDocument, TextBlock} from '@helder/core';
import {decodeLetter, documentFormatOf, LetterFileError, type DocumentFormat} from '@helder/node';
import {DocumentError, maxDocumentBytes, reasons} from './errors.js';
import {openZip} from './zip.js';
import {readWordArchive} from './docx.js';
import {readOpenDocumentArchive} from './odt.js';
import {readHtml} from './html.js';
import {readEmail} from './eml.js';
import {BlockBuilder} from './block.js';

export {DocumentError, maxDocumentBytes, reasons, type DocumentErrorCode} from './errors.js';
export {zipLimits} from './zip.js';

export type {DocumentFormat} from '@helder/node';

/** The reader for a file name, or undefined when Helder does not read this kind of file (the table is in @helder/node). */
export const formatOf = documentFormatOf;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
const isOle = (bytes: Uint8Array) => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE container with these streams is an Office file protected with a password (also when it is named .docx). */
function isEncryptedOle(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.includes(Buffer.from('EncryptedPackage', 'utf16le')) || buffer.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

/** What a file really is, in words for the reason of a wrong-type error. */
function describeContent(bytes: Uint8Array): string {
  if (isZip(bytes)) return 'Het is een zip-bestand, maar geen bestand van Word of LibreOffice.';
  if (isOle(bytes)) return 'Het is een oud Office-bestand.';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'Het is een PDF-bestand.';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'Het is een RTF-bestand.';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) return 'Het is een plaatje.';
  return 'Het lijkt een tekstbestand.';
}

/**
 * Read a file into Helder's document model. Never throws anything but a DocumentError for a bad file; the
 * reason is plain Dutch and says what to do.
 */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<HelderDocument> {
  const format = formatOf(fileName);
  const extension = extname(fileName).toLowerCase();
  if (!format) throw new DocumentError(fileName, 'unknown-format', reasons.unknownFormat(extension));
  if (bytes.length === 0) throw new DocumentError(fileName, 'empty', reasons.empty());
  if (bytes.length > maxDocumentBytes) throw new DocumentError(fileName, 'too-large', reasons.tooLarge(bytes.length));
  if (isOle(bytes)) {
    if (isEncryptedOle(bytes)) throw new DocumentError(fileName, 'encrypted', reasons.encrypted());
    if (format === 'word' || format === 'old-word') throw new DocumentError(fileName, 'old-word', reasons.oldWord());
    throw new DocumentError(fileName, 'wrong-type', reasons.wrongType(extension, describeContent(bytes)));
  }
  if (format === 'old-word') {
    // A .doc that is no OLE file: Word also saves RTF, HTML or even .docx under this name.
    if (isZip(bytes)) return readArchive(bytes, fileName, 'word');
    throw new DocumentError(fileName, 'old-word', reasons.oldWord());
  }
  if (format === 'word' || format === 'opendocument') {
    if (!isZip(bytes)) throw new DocumentError(fileName, 'wrong-type', reasons.wrongType(extension, describeContent(bytes)));
    return readArchive(bytes, fileName, format);
  }
  if (isZip(bytes)) throw new DocumentError(fileName, 'wrong-type', reasons.wrongType(extension, 'Het is een Word-bestand of een ander zip-bestand.'));
  if (format === 'email') return {blocks: await readEmail(bytes, fileName), textFormat: 'text', notices: []};
  const letter = decodeText(bytes, fileName);
  if (format === 'html') return {blocks: readHtml(letter.text), textFormat: 'text', notices: letter.notices};
  // Plain text and Markdown: one block, parsed by the core as it parses these files from disk.
  const builder = new BlockBuilder({part: 'text', paragraph: 1});
  builder.append(letter.text, 'text', 0);
  const block = builder.build();
  return {blocks: block ? [block] : [], textFormat: letter.format, notices: letter.notices};
}

function decodeText(bytes: Uint8Array, fileName: string): ReturnType<typeof decodeLetter> {
  try {
    return decodeLetter(fileName, bytes);
  } catch (error) {
    if (error instanceof LetterFileError) throw new DocumentError(fileName, 'not-text', reasons.notText());
    throw error;
  }
}

async function readArchive(bytes: Uint8Array, fileName: string, format: 'word' | 'opendocument'): Promise<HelderDocument> {
  const zip = await openZip(bytes, fileName);
  try {
    const isOpenDocument = zip.has('content.xml') && zip.has('mimetype');
    const isWord = zip.has('word/document.xml') || zip.has('_rels/.rels');
    let blocks: TextBlock[];
    if (format === 'word') {
      if (!isWord && isOpenDocument) throw new DocumentError(fileName, 'wrong-type', reasons.wrongType(extname(fileName).toLowerCase(), 'Het is een bestand van LibreOffice (.odt).'));
      blocks = await readWordArchive(zip, fileName);
    } else {
      if (!isOpenDocument && isWord) throw new DocumentError(fileName, 'wrong-type', reasons.wrongType(extname(fileName).toLowerCase(), 'Het is een Word-bestand (.docx).'));
      blocks = await readOpenDocumentArchive(zip, fileName);
    }
    return {blocks, textFormat: 'text', notices: []};
  } finally {
    zip.close();
  }
}

export {annotateWord, annotateOpenDocument, annotateReasons, type AnnotateOptions, type AnnotatedCopy} from './annotate/index.js';
