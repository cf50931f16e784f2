/**
 * The small part of Office.js the hosts use, typed structurally (the names and shapes of the documented API), so
 * the same code runs against Office.js and against the fakes in the tests.
 */
export interface WordRange {
  text: string;
  load(properties: string): WordRange;
  select(mode?: 'Select' | 'Start' | 'End'): void;
  insertText(text: string, location: 'Replace' | 'Start' | 'End' | 'Before' | 'After'): WordRange;
  expandTo(range: WordRange): WordRange;
}
export interface WordRangeCollection {
  items: WordRange[];
  load(properties: string): WordRangeCollection;
}
export interface WordSearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchWildcards?: boolean;
}
export interface WordContentControl {
  text: string;
  tag: string;
  title: string;
}
export interface WordField {
  result: WordRange;
  code: string;
}
export interface WordTableCell {
  isNullObject: boolean;
  load(properties: string): WordTableCell;
  rowIndex: number;
  cellIndex: number;
}
export interface WordParagraph extends WordRange {
  tableNestingLevel: number;
  search(text: string, options?: WordSearchOptions): WordRangeCollection;
  contentControls: {items: WordContentControl[]; load(properties: string): unknown};
  fields?: {items: WordField[]; load(properties: string): unknown};
  parentTableCellOrNullObject: WordTableCell;
}
export interface WordParagraphCollection {
  items: WordParagraph[];
  load(properties: string): WordParagraphCollection;
}
export interface WordBody {
  paragraphs: WordParagraphCollection;
  /** WordApi 1.5. */
  footnotes?: WordNoteCollection;
  endnotes?: WordNoteCollection;
  /** WordApiDesktop 1.2: shapes anchored in the body; a text box has a body of its own. */
  shapes?: WordShapeCollection;
}
export interface WordNoteCollection {
  items: Array<{body: WordBody}>;
  load(properties: string): WordNoteCollection;
}
export interface WordShapeCollection {
  items: Array<{type: string; body: WordBody}>;
  load(properties: string): WordShapeCollection;
}
export interface WordSection {
  getHeader(type: 'Primary' | 'FirstPage' | 'EvenPages'): WordBody;
  getFooter(type: 'Primary' | 'FirstPage' | 'EvenPages'): WordBody;
}
export interface WordContext {
  document: {body: WordBody; sections: {items: WordSection[]; load(properties: string): unknown}};
  sync(): Promise<void>;
}
export interface WordApi {
  run<T>(batch: (context: WordContext) => Promise<T>): Promise<T>;
}

export interface AsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: {message: string};
}
export type Callback<T> = (result: AsyncResult<T>) => void;

export interface OfficeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: Callback<void>): void;
}

export interface OfficeDocument {
  settings: OfficeSettings;
  addHandlerAsync(eventType: string, handler: () => void, callback?: Callback<void>): void;
  removeHandlerAsync?(eventType: string, options?: unknown, callback?: Callback<void>): void;
}

export interface MailBody {
  getAsync(coercionType: 'text' | 'html', callback: Callback<string>): void;
  setAsync(data: string, options: {coercionType: 'text' | 'html'}, callback: Callback<void>): void;
}
export interface CustomProperties {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: Callback<void>): void;
}
export interface MailItem {
  body: MailBody;
  loadCustomPropertiesAsync(callback: Callback<CustomProperties>): void;
}

/** Promise form of Office's callback style. */
export function promised<T>(start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) => (result.status === 'succeeded' ? resolve(result.value) : reject(new Error(result.error?.message ?? 'Office-fout')))),
  );
}
