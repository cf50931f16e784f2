import type {BlockPlace, DocumentPart, TextBlock} from '@helder/core';
import {BlockBuilder} from './block.js';
import {DocumentError, reasons} from './errors.js';
import {createXmlParser, type XmlHandler} from './xml.js';
import type {ZipArchive} from './zip.js';

/** Fields that show data the template fills in: database (mail merge) fields, variables, dates, page numbers. */
const fieldElements = new Set([
  'text:database-display',
  'text:database-name',
  'text:user-field-get',
  'text:user-defined',
  'text:variable-get',
  'text:sequence-ref',
  'text:placeholder',
  'text:drop-down',
  'text:conditional-text',
  'text:hidden-text',
  'text:date',
  'text:time',
  'text:page-number',
  'text:page-count',
  'text:sender-firstname',
  'text:sender-lastname',
  'text:author-name',
  'text:title',
  'text:subject',
  'text:file-name',
  'loext:content-control', // a Word content control, as LibreOffice 7.5 and later keep it
]);

interface Container {
  part: DocumentPart;
  partNumber?: number;
  paragraphs: number;
  tables: number;
  tableStack: Array<{table: number; row: number; cell: number}>;
}

/** Walks content.xml or styles.xml of an OpenDocument text; one block per text:p or text:h. */
class OdfWalker implements XmlHandler {
  readonly blocks: TextBlock[] = [];
  private readonly names: string[] = [];
  private skipUntil = -1;
  private readonly containers: Container[] = [];
  private readonly paragraphs: BlockBuilder[] = [];
  private deferredNotes: TextBlock[] = [];
  private deferred: TextBlock[] = [];
  private readonly fields: Array<{name: string; start: number; builder: BlockBuilder | undefined; element: string}> = [];
  private textNodes = 0;
  private textNodeId = '';
  private textOffset = 0;
  private frames = 0;
  private notes: Record<'footnote' | 'endnote', number> = {footnote: 0, endnote: 0};
  private headers = 0;
  /** Automatic text styles with text:display="none": hidden text, not checked. */
  private readonly hiddenStyles = new Set<string>();
  private styleName = '';
  private footers = 0;
  /** In styles.xml only the master pages' headers and footers hold letter text. */
  constructor(
    private readonly partPath: string,
    private readonly styles: boolean,
  ) {
    if (!styles) this.containers.push({part: 'body', paragraphs: 0, tables: 0, tableStack: []});
  }

  private get container(): Container | undefined {
    return this.containers.at(-1);
  }

  open(name: string, attributes: Record<string, string>): void {
    const depth = this.names.length;
    this.names.push(name);
    if (name === 'text:p' || name === 'text:h' || name === 'text:span' || name === 'text:a') this.textNodes++;
    if (this.skipUntil !== -1) return;
    if (name === 'style:style') this.styleName = attributes['style:name'] ?? '';
    else if (name === 'style:text-properties' && attributes['text:display'] === 'none' && this.styleName) this.hiddenStyles.add(this.styleName);
    if (name === 'text:span' && this.hiddenStyles.has(attributes['text:style-name'] ?? '')) {
      this.skipUntil = depth;
      return;
    }
    const paragraph = this.paragraphs.at(-1);
    switch (name) {
      case 'text:tracked-changes': // deleted text lives here, apart from the body
      case 'office:annotation':
      case 'text:note-citation':
      case 'text:hidden-paragraph':
      case 'text:bookmark-ref':
        this.skipUntil = depth;
        return;
      case 'style:header':
      case 'style:header-first':
      case 'style:header-left':
        this.containers.push({part: 'header', partNumber: ++this.headers, paragraphs: 0, tables: 0, tableStack: []});
        return;
      case 'style:footer':
      case 'style:footer-first':
      case 'style:footer-left':
        this.containers.push({part: 'footer', partNumber: ++this.footers, paragraphs: 0, tables: 0, tableStack: []});
        return;
      case 'text:note': {
        const part = attributes['text:note-class'] === 'endnote' ? 'endnote' : 'footnote';
        this.containers.push({part, partNumber: ++this.notes[part], paragraphs: 0, tables: 0, tableStack: []});
        return;
      }
      case 'draw:text-box':
      case 'draw:custom-shape': // a text box from Word arrives as a shape with its own paragraphs
        this.containers.push({part: 'textbox', partNumber: ++this.frames, paragraphs: 0, tables: 0, tableStack: []});
        return;
      case 'table:table':
        if (this.container) this.container.tableStack.push({table: ++this.container.tables, row: 0, cell: 0});
        return;
      case 'table:table-row': {
        const table = this.container?.tableStack.at(-1);
        if (table) {
          table.row++;
          table.cell = 0;
        }
        return;
      }
      case 'table:table-cell':
      case 'table:covered-table-cell': {
        const table = this.container?.tableStack.at(-1);
        if (table) table.cell += Number(attributes['table:number-columns-repeated'] ?? 1) || 1;
        return;
      }
      case 'text:p':
      case 'text:h':
        this.openParagraph();
        return;
      case 'text:s':
        paragraph?.appendSynthetic(' '.repeat(Math.min(1000, Number(attributes['text:c'] ?? 1) || 1)));
        return;
      case 'text:tab':
        paragraph?.appendSynthetic(' ');
        return;
      case 'text:line-break':
        paragraph?.appendSynthetic('\n');
        return;
    }
    if (fieldElements.has(name) && paragraph) {
      const fieldName = attributes['text:column-name'] ?? attributes['loext:tag'] ?? attributes['loext:alias'] ?? attributes['text:name'] ?? attributes['text:description'] ?? name.slice(name.indexOf(':') + 1);
      this.fields.push({name: fieldName, start: paragraph.length, builder: paragraph, element: name});
    } else if (name === 'text:span' || name === 'text:a' || name === 'text:p' || name === 'text:h') {
      this.textNodeId = `${this.partPath}#n${this.textNodes - 1}`;
      this.textOffset = 0;
    }
  }

  close(name: string): void {
    const depth = this.names.length - 1;
    this.names.pop();
    if (this.skipUntil !== -1) {
      if (depth === this.skipUntil) this.skipUntil = -1;
      return;
    }
    switch (name) {
      case 'style:header':
      case 'style:header-first':
      case 'style:header-left':
      case 'style:footer':
      case 'style:footer-first':
      case 'style:footer-left':
      case 'draw:text-box':
      case 'draw:custom-shape':
      case 'text:note':
        this.containers.pop();
        return;
      case 'table:table':
        this.container?.tableStack.pop();
        return;
      case 'text:p':
      case 'text:h':
        this.closeParagraph();
        return;
    }
    const field = this.fields.at(-1);
    if (field && field.element === name) {
      this.fields.pop();
      const builder = field.builder;
      if (!builder) return;
      if (builder.length === field.start) builder.appendSynthetic(`«${field.name}»`);
      builder.placeholder(field.start, builder.length, field.name, name === 'text:database-display' ? 'merge-field' : name === 'loext:content-control' ? 'content-control' : 'field');
    }
  }

  text(text: string): void {
    if (this.skipUntil !== -1) return;
    const paragraph = this.paragraphs.at(-1);
    if (!paragraph) return;
    // ODF collapses white space in text like HTML does; text:s stands for the spaces that are meant.
    const collapsed = text.replace(/[ \t\r\n]+/g, ' ');
    if (collapsed.length === text.length) paragraph.append(text, this.textNodeId, this.textOffset);
    else paragraph.appendSynthetic(collapsed);
    this.textOffset += text.length;
  }

  private openParagraph(): void {
    const container = this.container;
    if (!container) {
      this.paragraphs.push(new BlockBuilder({part: 'body', paragraph: 0}));
      return;
    }
    const table = container.tableStack.at(-1);
    const place: BlockPlace = {part: container.part, paragraph: ++container.paragraphs};
    if (container.partNumber !== undefined) place.partNumber = container.partNumber;
    if (table) place.table = {...table};
    this.paragraphs.push(new BlockBuilder(place));
  }

  private closeParagraph(): void {
    const builder = this.paragraphs.pop()!;
    // A paragraph outside any header or footer in styles.xml is a style sample, not letter text.
    const block = this.container || !this.styles ? builder.build() : undefined;
    if (this.paragraphs.length > 0) {
      if (block) (block.place.part === 'footnote' || block.place.part === 'endnote' ? this.deferredNotes : this.deferred).push(block);
      return;
    }
    if (block) this.blocks.push(block);
    this.blocks.push(...this.deferred);
    this.deferred = [];
  }

  /** Notes come after the body, as in a Word file's footnotes part. */
  takeNotes(): TextBlock[] {
    const notes = this.deferredNotes;
    this.deferredNotes = [];
    return notes;
  }
}

async function walk(zip: ZipArchive, fileName: string, path: string, styles: boolean): Promise<OdfWalker> {
  const walker = new OdfWalker(path, styles);
  const parser = createXmlParser(fileName, path, walker);
  await zip.readText(path, (chunk) => parser.write(chunk));
  parser.close();
  return walker;
}

/** Read an .odt/.ott: headers (styles.xml), body with text boxes after their paragraph, notes, footers. */
export async function readOpenDocumentArchive(zip: ZipArchive, fileName: string): Promise<TextBlock[]> {
  if (!zip.has('content.xml')) throw new DocumentError(fileName, 'no-document', reasons.noDocument());
  if (zip.has('META-INF/manifest.xml')) {
    let manifest = '';
    await zip.readText('META-INF/manifest.xml', (chunk) => {
      manifest += chunk;
    });
    if (manifest.includes('encryption-data')) throw new DocumentError(fileName, 'encrypted', reasons.encrypted());
  }
  const content = await walk(zip, fileName, 'content.xml', false);
  const styles = zip.has('styles.xml') ? await walk(zip, fileName, 'styles.xml', true) : undefined;
  const headers = styles?.blocks.filter((block) => block.place.part === 'header') ?? [];
  const footers = styles?.blocks.filter((block) => block.place.part === 'footer') ?? [];
  return [...headers, ...content.blocks, ...content.takeNotes(), ...footers];
}
