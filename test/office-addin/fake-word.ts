/**
 * A small fake of Word's JavaScript API that keeps the documented rules that matter to the add-in (office-addin-mock
 * has no collections such as paragraphs):
 * - proxy objects: a property can be read only after load() and context.sync(), else PropertyNotLoaded;
 * - commands (select, insertText, search) are queued and run at the next context.sync();
 * - Range.search fails for a search string longer than 255 characters (SearchStringInvalidOrTooLong), `^^` is a
 *   literal `^`, and it finds every occurrence without overlap, also the same word twice in one paragraph;
 * - a paragraph's text holds the shown result of its fields and the text of its content controls.
 * Text is kept as runs with a format, so a test can see that a replacement leaves the formatting around it alone.
 */
export interface Run {
  text: string;
  bold?: boolean;
}
export interface FakeParagraphData {
  runs: Run[];
  contentControls?: Array<{text: string; tag: string}>;
  fields?: Array<{code: string; result: string}>;
  cell?: {rowIndex: number; cellIndex: number};
}
export interface FakeWordData {
  body: FakeParagraphData[];
  headers?: FakeParagraphData[][];
  footers?: FakeParagraphData[][];
  /** WordApi 1.5: the paragraphs of each footnote and endnote. */
  footnotes?: FakeParagraphData[][];
  endnotes?: FakeParagraphData[][];
  /** WordApiDesktop 1.2: shapes in the body; only a text box (and a geometric shape) has paragraphs. */
  shapes?: Array<{type: 'TextBox' | 'Picture' | 'GeometricShape'; paragraphs: FakeParagraphData[]}>;
}

const textOf = (paragraph: FakeParagraphData) => paragraph.runs.map((run) => run.text).join('');

class Proxy {
  protected loaded = new Set<string>();
  private pending = new Set<string>();
  constructor(protected readonly context: FakeContext) {}
  load(properties: string): this {
    for (const name of properties.split(',')) this.pending.add(name.trim().split('/')[0] === 'items' ? 'items' : name.trim());
    this.context.queue(() => {
      for (const name of this.pending) this.loaded.add(name);
      this.pending.clear();
      this.onLoad(properties);
    });
    return this;
  }
  protected onLoad(_properties: string): void {}
  protected need(name: string): void {
    if (!this.loaded.has(name)) throw new Error(`PropertyNotLoaded: ${name} was not loaded and synced`);
  }
}

export class FakeRange extends Proxy {
  constructor(
    context: FakeContext,
    readonly paragraph: FakeParagraph,
    readonly start: number,
    readonly end: number,
  ) {
    super(context);
  }
  get text(): string {
    this.need('text');
    return textOf(this.paragraph.data).slice(this.start, this.end);
  }
  select(): void {
    this.context.queue(() => {
      this.context.word.selection = {paragraph: this.paragraph.data, start: this.start, end: this.end, text: textOf(this.paragraph.data).slice(this.start, this.end)};
    });
  }
  insertText(text: string, location: string): FakeRange {
    if (location !== 'Replace') throw new Error('the fake only replaces');
    this.context.queue(() => replaceInRuns(this.paragraph.data, this.start, this.end, text));
    return new FakeRange(this.context, this.paragraph, this.start, this.start + text.length);
  }
  expandTo(range: FakeRange): FakeRange {
    if (range.paragraph !== this.paragraph) throw new Error('the fake expands inside one paragraph');
    return new FakeRange(this.context, this.paragraph, Math.min(this.start, range.start), Math.max(this.end, range.end));
  }
}

/** Replace characters inside the runs: the new text takes the format of the run where the range starts. */
function replaceInRuns(paragraph: FakeParagraphData, start: number, end: number, text: string): void {
  const starts: number[] = [];
  let at = 0;
  for (const run of paragraph.runs) {
    starts.push(at);
    at += run.text.length;
  }
  let target = paragraph.runs.findIndex((run, index) => start >= starts[index]! && start < starts[index]! + run.text.length);
  if (target === -1) target = paragraph.runs.length - 1;
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  paragraph.runs.forEach((run, index) => {
    const from = clamp(start - starts[index]!, run.text.length);
    const to = clamp(end - starts[index]!, run.text.length);
    run.text = run.text.slice(0, from) + (index === target ? text : '') + run.text.slice(to);
  });
}

class FakeCollection<T> extends Proxy {
  constructor(
    context: FakeContext,
    private readonly make: () => T[],
  ) {
    super(context);
  }
  private values: T[] | undefined;
  protected override onLoad(properties: string): void {
    this.values ??= this.make();
    // Loading "items/text" loads that property on every item, as Office.js does.
    const nested = properties.split(',').filter((name) => name.startsWith('items/')).map((name) => name.slice('items/'.length));
    for (const value of this.values) if (value instanceof Proxy && nested.length > 0) (value as unknown as {markLoaded(names: string[]): void}).markLoaded(nested);
  }
  get items(): T[] {
    this.need('items');
    return this.values!;
  }
}

export class FakeParagraph extends Proxy {
  readonly contentControls: FakeCollection<{text: string; tag: string; title: string}>;
  readonly fields: FakeCollection<{code: string; result: {text: string}}>;
  readonly parentTableCellOrNullObject: {isNullObject: boolean; rowIndex: number; cellIndex: number; load(): unknown};
  constructor(
    context: FakeContext,
    readonly data: FakeParagraphData,
  ) {
    super(context);
    this.contentControls = new FakeCollection(context, () => (data.contentControls ?? []).map((control) => ({...control, title: ''})));
    this.fields = new FakeCollection(context, () => (data.fields ?? []).map((field) => ({code: field.code, result: {text: field.result}})));
    const cell = data.cell;
    this.parentTableCellOrNullObject = {isNullObject: !cell, rowIndex: cell?.rowIndex ?? 0, cellIndex: cell?.cellIndex ?? 0, load: () => this.parentTableCellOrNullObject};
  }
  markLoaded(names: string[]): void {
    for (const name of names) this.loaded.add(name.split('/')[0]!);
  }
  get text(): string {
    this.need('text');
    return textOf(this.data);
  }
  get tableNestingLevel(): number {
    this.need('tableNestingLevel');
    return this.data.cell ? 1 : 0;
  }
  search(text: string, options: {matchCase?: boolean; matchWildcards?: boolean} = {}): FakeCollection<FakeRange> {
    const collection = new FakeCollection(this.context, () => {
      if (text.length > 255) throw new Error('SearchStringInvalidOrTooLong: the search string is longer than 255 characters');
      if (options.matchWildcards) throw new Error('the fake has no wildcards');
      const literal = text.replace(/\^\^/g, '^');
      const haystack = options.matchCase ? textOf(this.data) : textOf(this.data).toLowerCase();
      const needle = options.matchCase ? literal : literal.toLowerCase();
      const found: FakeRange[] = [];
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(new FakeRange(this.context, this, at, at + needle.length));
      return found;
    });
    return collection;
  }
}

export class FakeContext {
  private queued: Array<() => void> = [];
  constructor(readonly word: FakeWord) {}
  queue(command: () => void): void {
    this.queued.push(command);
  }
  async sync(): Promise<void> {
    this.word.syncs++;
    const commands = this.queued;
    this.queued = [];
    for (const command of commands) command();
  }
  get document() {
    const word = this.word;
    const body = (paragraphs: FakeParagraphData[]) => ({paragraphs: new FakeCollection(this, () => paragraphs.map((data) => new FakeParagraph(this, data)))});
    const notes = (list: FakeParagraphData[][] | undefined) => new FakeCollection(this, () => (list ?? []).map((paragraphs) => ({body: body(paragraphs)})));
    const mainBody = {
      ...body(word.data.body),
      footnotes: notes(word.data.footnotes),
      endnotes: notes(word.data.endnotes),
      shapes: new FakeCollection(this, () => (word.data.shapes ?? []).map((shape) => ({type: shape.type, body: body(shape.paragraphs)}))),
    };
    const sections = new FakeCollection(this, () =>
      (word.data.headers ?? [[]]).map((_, index) => ({
        getHeader: () => body(word.data.headers?.[index] ?? []),
        getFooter: () => body(word.data.footers?.[index] ?? []),
      })),
    );
    return {body: mainBody, sections};
  }
}

export class FakeWord {
  syncs = 0;
  selection: {paragraph: FakeParagraphData; start: number; end: number; text: string} | undefined;
  constructor(readonly data: FakeWordData) {}
  run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    return batch(new FakeContext(this));
  }
  text(paragraph: FakeParagraphData): string {
    return textOf(paragraph);
  }
}

/** Office.context.document: settings kept in the document, saved with saveAsync. */
export class FakeOfficeDocument {
  saved: Record<string, unknown> = {};
  private values: Record<string, unknown> = {};
  handlers: Array<() => void> = [];
  settings = {
    get: (name: string) => this.values[name] ?? null,
    set: (name: string, value: unknown) => void (this.values[name] = value),
    saveAsync: (callback?: (result: {status: 'succeeded'; value: undefined}) => void) => {
      this.saved = {...this.values};
      callback?.({status: 'succeeded', value: undefined});
    },
  };
  addHandlerAsync(_type: string, handler: () => void): void {
    this.handlers.push(handler);
  }
}
