import type {TextFormat} from '@helder/core';
import {extensionOf, textFileKinds} from './formats.js';
import {UnreadableFileError, readRegularFile, subjectOf, tooLargeReason} from './safe-read.js';

export interface LetterText {
  path: string;
  text: string;
  format: TextFormat;
  /** Things the reader of a report should know, e.g. that the file was not UTF-8. */
  notices: string[];
}

/** A file that cannot be checked, with a reason a clerk can act on. */
export class LetterFileError extends UnreadableFileError {}

/** The core's format of each text file extension (see formats.ts, the one table). */
export const textExtensions: Readonly<Record<string, TextFormat>> = Object.fromEntries(Object.entries(textFileKinds).map(([extension, kind]) => [extension, kind.format]));

export function formatOf(path: string): TextFormat {
  return textFileKinds[extensionOf(path)]?.format ?? 'text';
}

export const maxFileBytes = 20 * 1024 * 1024;

/** Read a letter from disk: UTF-8, or Windows-1252 when it is not valid UTF-8 (old Word exports). */
export async function readLetterFile(path: string): Promise<LetterText> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, maxFileBytes);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new LetterFileError(path, error.reason);
    throw error;
  }
  return decodeLetter(path, bytes);
}

export function decodeLetter(path: string, bytes: Uint8Array): LetterText {
  const notices: string[] = [];
  const subject = subjectOf(path);
  const Subject = subject[0]!.toUpperCase() + subject.slice(1);
  if (bytes.length > maxFileBytes) throw new LetterFileError(path, tooLargeReason(bytes.length, maxFileBytes, path));
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    throw new LetterFileError(
      path,
      path === '-'
        ? 'de invoer via stdin is een Word-bestand of ander zip-bestand. Geef Helder de naam van het bestand (bijvoorbeeld brief.docx), dan leest Helder het wel'
        : 'dit is een Word-bestand of ander zip-bestand, maar de naam zegt dat het tekst is. Geef het de goede naam (bijvoorbeeld .docx), dan leest Helder het wel',
    );
  // UTF-16 from Windows (Notepad's "Unicode") starts with a byte-order mark; its many nul bytes are not binary.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    try {
      return {path, text: new TextDecoder(utf16, {fatal: true}).decode(bytes), format: formatOf(path), notices};
    } catch {
      throw new LetterFileError(path, `${subject} begint als UTF-16, maar de tekens daarna kloppen niet`);
    }
  }
  let nul = 0;
  const probe = Math.min(bytes.length, 8192);
  for (let index = 0; index < probe; index++) if (bytes[index] === 0) nul++;
  if (probe > 0 && nul / probe > 0.1) throw new LetterFileError(path, path === '-' ? 'de invoer via stdin lijkt geen tekst (er staan veel nul-tekens in)' : 'dit lijkt geen tekstbestand (er staan veel nul-tekens in)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    notices.push(`${Subject} is geen UTF-8. Helder heeft het gelezen als Windows-1252.`);
  }
  if (nul > 0) notices.push(`${Subject} heeft ${nul} nul-tekens. Helder slaat die over.`);
  return {path, text, format: formatOf(path), notices};
}
