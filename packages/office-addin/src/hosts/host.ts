/**
 * The one seam between the pane and Office. Every Office.js call lives behind this interface, so the pane is a
 * plain web app that runs the same against Word, Outlook or a document in memory (tests).
 *
 * The block shape is the add-in's own until the core's document model (HelderDocument) lands; it carries what
 * that model carries (text, place, placeholders), so mapping it onto the core later is a rename.
 */
export interface Placeholder {
  /** Offsets inside the block's text. */
  start: number;
  end: number;
  /** A content control's tag or title, or a merge field's name. */
  name: string;
}

export interface TextBlock {
  /** Stable for one read of the document: the host finds the block again by it ("body:14", "header:0:2"). */
  id: string;
  text: string;
  /** Where the block sits, in Dutch for the clerk: "alinea 14", "koptekst", "tabel 2, rij 3". */
  place: string;
  placeholders: Placeholder[];
}

export interface TextRange {
  blockId: string;
  start: number;
  end: number;
  /** The text between start and end when the document was read; a host checks it before it changes anything. */
  text: string;
}

export interface DocumentHost {
  /** "Word", "Outlook" or "Voorbeeld" (in memory): shown in the pane. */
  readonly name: string;
  /** Whether select() can show the words in the document (Outlook cannot select in a message body). */
  readonly canSelect: boolean;
  readBlocks(): Promise<TextBlock[]>;
  select(range: TextRange): Promise<void>;
  /** Replace only the characters of the range, so the formatting around it stays. */
  replace(range: TextRange, text: string): Promise<void>;
  /** Call the listener when the text may have changed; returns a function that stops watching. */
  watch(listener: () => void): () => void;
  readSetting(key: string): Promise<string | undefined>;
  writeSetting(key: string, value: string): Promise<void>;
}

/** A problem a clerk can act on: the message is plain Dutch and shown as it is. */
export class HostError extends Error {}

/**
 * Which occurrence of `text` starts at `start`, counting without overlap as a search in Word or in a message body
 * does; -1 when none starts there.
 */
export function occurrenceAt(haystack: string, text: string, start: number): number {
  let count = 0;
  for (let at = haystack.indexOf(text); at !== -1 && at <= start; at = haystack.indexOf(text, at + text.length), count++) {
    if (at === start) return count;
  }
  return -1;
}

/** How often `text` occurs in `haystack` before `end`, counted without overlap as Word's search counts. */
export function occurrencesBefore(haystack: string, text: string, end: number): number {
  let count = 0;
  for (let at = haystack.indexOf(text); at !== -1 && at < end; at = haystack.indexOf(text, at + text.length)) count++;
  return count;
}
