import type {ChangeAuthor} from './word-rewrite.js';

export interface AnnotateOptions {
  /** Safe one-word replacements as tracked changes the owner accepts or rejects. */
  suggestChanges?: boolean;
  /** Who the comments and changes are from; "Helder". */
  author?: string;
  /** When; now. */
  date?: Date;
}

export interface AnnotatedCopy {
  bytes: Buffer;
  comments: number;
  changes: number;
  /** Comments about a header, footer or note: those sit at the start of the letter and name the place. */
  elsewhere: number;
}

export const utf8 = (bytes: Buffer) => new TextDecoder('utf-8').decode(bytes);

/** Who and when, as Word writes it: an ISO date without milliseconds. */
export const authorOf = (options: AnnotateOptions): ChangeAuthor => ({author: options.author ?? 'Helder', date: (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z')});
