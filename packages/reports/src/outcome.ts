import type {CheckResult} from '@helder/core';

/** What a report uses of a check: no vfile or text model, so a result crosses to the main thread as plain data. */
export type FileResult = Omit<CheckResult, 'file' | 'model'>;

/** One checked (or unreadable) file as the text and json writers take it, straight from the checker. */
export interface FileOutcome {
  path: string;
  text?: string;
  notices?: string[];
  /** For a document (`document: true`) the findings are DocumentFindings: with a place and a quote, and no `text`. */
  result?: FileResult;
  error?: string;
  document?: boolean;
  /** The text is empty or only white space: nothing was checked (a notice says so). */
  empty?: boolean;
}
