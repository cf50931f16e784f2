import type {BlockPlace, DocumentPlaceholder} from '@helder/core';
import {HostError, occurrenceAt, type DocumentHost, type HostBlock, type TextRange} from './host.js';
import {labels} from '../labels.js';
import type {OfficeDocument, WordApi, WordBody, WordContext, WordParagraph, WordRange} from './office-types.js';

/** Word's search takes at most 255 characters (longer strings fail with SearchStringInvalidOrTooLong). */
export const searchLimit = 255;

const changed = () => new HostError(labels.changed);

/** `^` starts a special character in Word's search (^p, ^t): a literal one is written twice. */
const escapeSearch = (text: string) => text.replace(/\^/g, '^^');

/** A manual line break (Shift+Enter) is a vertical tab in Word's text: a line end for the core, same length. */
const plainText = (text: string) => text.replace(/\u000b/g, '\n');

/** The stories of a Word document that hold text a letter shows. */
type PartKind = 'body' | 'header' | 'footer' | 'footnote' | 'endnote' | 'textbox';
const partKinds: readonly string[] = ['body', 'header', 'footer', 'footnote', 'endnote', 'textbox'];

interface Part {
  kind: PartKind;
  /** The section of a header or footer; the note or text box number (0-based) otherwise. */
  section: number;
}

/** What this Word can read beyond WordApi 1.3; main.ts asks Office.context.requirements. */
export interface WordSupport {
  /** WordApi 1.4: merge fields (paragraph.fields). */
  fields: boolean;
  /** WordApi 1.5: footnotes and endnotes (body.footnotes, body.endnotes). */
  notes: boolean;
  /** WordApiDesktop 1.2: text boxes (body.shapes, shape.body). */
  textBoxes: boolean;
}

function partOf(blockId: string): Part & {index: number} {
  const [kind, section, index] = blockId.split(':');
  if (!kind || !partKinds.includes(kind)) throw changed();
  return {kind: kind as PartKind, section: Number(section), index: Number(index)};
}

/** The bodies of one kind, loaded in the batch that `load` queues; read them after the next context.sync(). */
function bodiesOf(context: WordContext, kind: PartKind, support: WordSupport): () => WordBody[] {
  const body = context.document.body;
  if (kind === 'body') return () => [body];
  if (kind === 'header' || kind === 'footer') {
    const sections = context.document.sections;
    sections.load('items');
    return () => sections.items.map((section) => (kind === 'header' ? section.getHeader('Primary') : section.getFooter('Primary')));
  }
  if (kind === 'textbox') {
    if (!support.textBoxes || !body.shapes) return () => [];
    const shapes = body.shapes.load('items/type');
    return () => shapes.items.filter((shape) => shape.type === 'TextBox').map((shape) => shape.body);
  }
  const notes = support.notes ? (kind === 'footnote' ? body.footnotes : body.endnotes) : undefined;
  if (!notes) return () => [];
  notes.load('items');
  return () => notes.items.map((note) => note.body);
}

/** Content controls and merge fields in a paragraph, found by their text in the paragraph's text, in order. */
function placeholdersIn(paragraph: WordParagraph, fieldsLoaded: boolean): DocumentPlaceholder[] {
  const found: DocumentPlaceholder[] = [];
  const mark = (text: string, name: string, kind: DocumentPlaceholder['kind']) => {
    if (!text) return;
    let from = 0;
    for (;;) {
      const at = paragraph.text.indexOf(text, from);
      if (at === -1) return;
      if (!found.some((item) => item.start < at + text.length && at < item.end)) {
        found.push({start: at, end: at + text.length, name, kind});
        return;
      }
      from = at + 1;
    }
  };
  for (const control of paragraph.contentControls.items) mark(control.text, control.tag || control.title || 'inhoud', 'content-control');
  if (fieldsLoaded && paragraph.fields) {
    for (const field of paragraph.fields.items) {
      const merge = /MERGEFIELD\s+"?([^\s"\\]+)/i.exec(field.code)?.[1];
      mark(field.result.text, merge ?? 'veld', merge ? 'merge-field' : 'field');
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Word through Office.js (WordApi 1.3, which Office 2019/2021/LTSC have). Merge fields (WordApi 1.4), footnotes
 * and endnotes (WordApi 1.5) and text boxes (WordApiDesktop 1.2) are read when this Word has them. Every call is batched: load what is needed, then one context.sync().
 */
export class WordDocument implements DocumentHost {
  readonly name = 'Word';
  readonly canSelect = true;

  constructor(
    private readonly word: WordApi,
    private readonly document: OfficeDocument,
    private readonly support: WordSupport = {fields: false, notes: false, textBoxes: false},
  ) {}

  readBlocks(): Promise<HostBlock[]> {
    return this.word.run(async (context) => {
      const pending = partKinds.map((kind) => ({kind: kind as PartKind, bodies: bodiesOf(context, kind as PartKind, this.support)}));
      await context.sync();
      const parts = pending.flatMap(({kind, bodies}) => bodies().map((body, section) => ({part: {kind, section}, paragraphs: body.paragraphs.load('items/text,items/tableNestingLevel')})));
      await context.sync();
      for (const {paragraphs} of parts) {
        for (const paragraph of paragraphs.items) {
          paragraph.contentControls.load('items/text,items/tag,items/title');
          if (this.support.fields) paragraph.fields?.load('items/code,items/result/text');
          if (paragraph.tableNestingLevel > 0) paragraph.parentTableCellOrNullObject.load('rowIndex,cellIndex');
        }
      }
      await context.sync();
      const sectionCount = parts.filter(({part}) => part.kind === 'header').length;
      const blocks: HostBlock[] = [];
      let bodyNumber = 0;
      for (const {part, paragraphs} of parts) {
        let tableNumber = 0;
        let inTable = false;
        paragraphs.items.forEach((paragraph, index) => {
          const place: BlockPlace = {part: part.kind, paragraph: index + 1};
          if (part.kind === 'body') place.paragraph = ++bodyNumber;
          else if (part.kind === 'footnote' || part.kind === 'endnote' || part.kind === 'textbox' || sectionCount > 1) place.partNumber = part.section + 1;
          const cell = paragraph.tableNestingLevel > 0 ? paragraph.parentTableCellOrNullObject : undefined;
          if (cell && !cell.isNullObject) {
            // Word always keeps a paragraph between two tables: a paragraph in a table after one outside starts a new table.
            if (!inTable) tableNumber++;
            place.table = {table: tableNumber, row: cell.rowIndex + 1, cell: cell.cellIndex + 1};
          }
          inTable = place.table !== undefined;
          // An empty paragraph (the anchor of a text box, a blank line) has nothing to check; it keeps its number.
          if (paragraph.text.trim() === '') return;
          blocks.push({id: `${part.kind}:${part.section}:${index}`, text: plainText(paragraph.text), place, placeholders: placeholdersIn(paragraph, this.support.fields)});
        });
      }
      return blocks;
    });
  }

  select(range: TextRange): Promise<void> {
    return this.word.run(async (context) => {
      (await this.rangeOf(context, range)).select('Select');
      await context.sync();
    });
  }

  replace(range: TextRange, text: string): Promise<void> {
    return this.word.run(async (context) => {
      // insertText on the range of the matched words only: the formatting of the words around them stays.
      (await this.rangeOf(context, range)).insertText(text, 'Replace');
      await context.sync();
    });
  }

  watch(listener: () => void): () => void {
    // Word 2019/2021 have no "text changed" event; the selection moves with every key stroke, so this one serves.
    this.document.addHandlerAsync('documentSelectionChanged', listener);
    return () => this.document.removeHandlerAsync?.('documentSelectionChanged', {handler: listener});
  }

  async readSetting(key: string): Promise<string | undefined> {
    const value = this.document.settings.get(key);
    return typeof value === 'string' ? value : undefined;
  }

  writeSetting(key: string, value: string): Promise<void> {
    this.document.settings.set(key, value);
    // Settings are kept in the document itself when it is saved.
    return new Promise((resolve, reject) => this.document.settings.saveAsync((result) => (result.status === 'succeeded' ? resolve() : reject(new HostError(labels.settingFailed)))));
  }

  /** The Word range of exactly these characters: searched in their paragraph, by which occurrence they are. */
  private async rangeOf(context: WordContext, range: TextRange): Promise<WordRange> {
    const part = partOf(range.blockId);
    const bodies = bodiesOf(context, part.kind, this.support);
    await context.sync();
    const body = bodies()[part.section];
    if (!body) throw changed();
    const paragraphs = body.paragraphs.load('items/text');
    await context.sync();
    const paragraph = paragraphs.items[part.index];
    if (!paragraph || plainText(paragraph.text).slice(range.start, range.end) !== range.text) throw changed();
    const text = plainText(paragraph.text);
    // Longer than Word can search: find the first and the last 255 characters and take the range between them.
    const head = range.text.slice(0, searchLimit);
    const tail = range.text.length > searchLimit ? range.text.slice(-searchLimit) : undefined;
    const headIndex = occurrenceAt(text, head, range.start);
    const tailIndex = tail ? occurrenceAt(text, tail, range.end - tail.length) : -1;
    const options = {matchCase: true, matchWildcards: false};
    const heads = paragraph.search(escapeSearch(head), options).load('items');
    const tails = tail ? paragraph.search(escapeSearch(tail), options).load('items') : undefined;
    await context.sync();
    const start = heads.items[headIndex];
    if (headIndex < 0 || !start) throw changed();
    if (!tails) return start;
    const end = tails.items[tailIndex];
    if (tailIndex < 0 || !end) throw changed();
    return start.expandTo(end);
  }
}
