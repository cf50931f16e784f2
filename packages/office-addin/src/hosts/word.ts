import {HostError, occurrenceAt, type DocumentHost, type Placeholder, type TextBlock, type TextRange} from './host.js';
import {labels} from '../labels.js';
import type {OfficeDocument, WordApi, WordContext, WordParagraph, WordRange} from './office-types.js';

/** Word's search takes at most 255 characters (longer strings fail with SearchStringInvalidOrTooLong). */
export const searchLimit = 255;

const changed = () => new HostError(labels.changed);

/** `^` starts a special character in Word's search (^p, ^t): a literal one is written twice. */
const escapeSearch = (text: string) => text.replace(/\^/g, '^^');

interface Part {
  kind: 'body' | 'header' | 'footer';
  section: number;
}

function partOf(blockId: string): Part & {index: number} {
  const [kind, section, index] = blockId.split(':');
  if (kind !== 'body' && kind !== 'header' && kind !== 'footer') throw changed();
  return {kind, section: Number(section), index: Number(index)};
}

function paragraphsOf(context: WordContext, part: Part, sections?: {getHeader: (type: 'Primary') => {paragraphs: WordContext['document']['body']['paragraphs']}; getFooter: (type: 'Primary') => {paragraphs: WordContext['document']['body']['paragraphs']}}) {
  if (part.kind === 'body') return context.document.body.paragraphs;
  if (!sections) throw changed();
  return part.kind === 'header' ? sections.getHeader('Primary').paragraphs : sections.getFooter('Primary').paragraphs;
}

/** Content controls and merge fields in a paragraph, found by their text in the paragraph's text, in order. */
function placeholdersIn(paragraph: WordParagraph, fieldsLoaded: boolean): Placeholder[] {
  const found: Placeholder[] = [];
  const mark = (text: string, name: string) => {
    if (!text) return;
    let from = 0;
    for (;;) {
      const at = paragraph.text.indexOf(text, from);
      if (at === -1) return;
      if (!found.some((item) => item.start < at + text.length && at < item.end)) {
        found.push({start: at, end: at + text.length, name});
        return;
      }
      from = at + 1;
    }
  };
  for (const control of paragraph.contentControls.items) mark(control.text, control.tag || control.title || 'inhoud');
  if (fieldsLoaded && paragraph.fields) {
    for (const field of paragraph.fields.items) mark(field.result.text, /MERGEFIELD\s+"?([^\s"\\]+)/i.exec(field.code)?.[1] ?? 'veld');
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Word through Office.js (WordApi 1.3, which Office 2019/2021/LTSC have; merge fields need WordApi 1.4 and are
 * read when it is there). Every call is batched: load what is needed, then one context.sync().
 */
export class WordDocument implements DocumentHost {
  readonly name = 'Word';
  readonly canSelect = true;

  constructor(
    private readonly word: WordApi,
    private readonly document: OfficeDocument,
    private readonly supportsFields: boolean,
  ) {}

  readBlocks(): Promise<TextBlock[]> {
    return this.word.run(async (context) => {
      const body = context.document.body.paragraphs.load('items/text,items/tableNestingLevel');
      const sections = context.document.sections;
      sections.load('items');
      await context.sync();
      const parts: Array<{part: Part; paragraphs: ReturnType<typeof paragraphsOf>}> = [{part: {kind: 'body', section: 0}, paragraphs: body}];
      sections.items.forEach((section, index) => {
        for (const kind of ['header', 'footer'] as const) parts.push({part: {kind, section: index}, paragraphs: paragraphsOf(context, {kind, section: index}, section)});
      });
      for (const {part, paragraphs} of parts) if (part.kind !== 'body') paragraphs.load('items/text,items/tableNestingLevel');
      await context.sync();
      for (const {paragraphs} of parts) {
        for (const paragraph of paragraphs.items) {
          paragraph.contentControls.load('items/text,items/tag,items/title');
          if (this.supportsFields) paragraph.fields?.load('items/code,items/result/text');
          if (paragraph.tableNestingLevel > 0) paragraph.parentTableCellOrNullObject.load('rowIndex,cellIndex');
        }
      }
      await context.sync();
      const blocks: TextBlock[] = [];
      let bodyNumber = 0;
      for (const {part, paragraphs} of parts) {
        paragraphs.items.forEach((paragraph, index) => {
          let place: string;
          if (part.kind !== 'body') place = `${part.kind === 'header' ? 'koptekst' : 'voettekst'}${sections.items.length > 1 ? ` van deel ${part.section + 1}` : ''}`;
          else if (paragraph.tableNestingLevel > 0 && !paragraph.parentTableCellOrNullObject.isNullObject) {
            const cell = paragraph.parentTableCellOrNullObject;
            place = `tabel, rij ${cell.rowIndex + 1}, kolom ${cell.cellIndex + 1}`;
          } else place = `alinea ${++bodyNumber}`;
          blocks.push({id: `${part.kind}:${part.section}:${index}`, text: paragraph.text, place, placeholders: placeholdersIn(paragraph, this.supportsFields)});
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
    let headerFooter;
    if (part.kind !== 'body') {
      const sections = context.document.sections;
      sections.load('items');
      await context.sync();
      headerFooter = sections.items[part.section];
    }
    const paragraphs = paragraphsOf(context, part, headerFooter).load('items/text');
    await context.sync();
    const paragraph = paragraphs.items[part.index];
    if (!paragraph || paragraph.text.slice(range.start, range.end) !== range.text) throw changed();
    const text = paragraph.text;
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
