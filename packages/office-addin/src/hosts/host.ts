import type {TextBlock} from '@helder/core';

/**
 * The one seam between the pane and Office. Every Office.js call lives behind this interface, so the pane is a
 * plain web app that runs the same against Word, Outlook or a document in memory (tests).
 *
 * A host reads the document into the core's document model (the same blocks the batch readers make), with an id
 * per block so it can find the block again.
 */
export interface HostBlock extends TextBlock {
  /** Stable for one read of the document: the host finds the block again by it ("body:14", "header:0:2"). */
  id: string;
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
  readBlocks(): Promise<HostBlock[]>;
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
