import type {TextBlock} from '@helder/core';
import {ElementStack, PlaceTracker} from './places.js';
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

/** Walks content.xml or styles.xml of an OpenDocument text; one block per text:p or text:h. */
class OdfWalker implements XmlHandler {
  readonly blocks: TextBlock[] = [];
  private readonly elements = new ElementStack();
  private readonly places = new PlaceTracker();
  private readonly paragraphs: BlockBuilder[] = [];
  private deferredNotes: TextBlock[] = [];
  private deferred: TextBlock[] = [];
  private readonly fields: Array<{name: string; start: number; builder: BlockBuilder | undefined; element: string}> = [];
  /** Tags seen so far (a start tag and an end tag count one each): the text after the n-th tag is node `#xn`. */
  private markup = 0;
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
    if (!styles) this.places.enter('body');
  }

  open(name: string, attributes: Record<string, string>): void {
    this.markup++;
    const depth = this.elements.push(name);
    if (this.elements.skipping) return;
    if (name === 'style:style') this.styleName = attributes['style:name'] ?? '';
    else if (name === 'style:text-properties' && attributes['text:display'] === 'none' && this.styleName) this.hiddenStyles.add(this.styleName);
    if (name === 'text:span' && this.hiddenStyles.has(attributes['text:style-name'] ?? '')) {
      this.elements.skip(depth);
      return;
    }
    const paragraph = this.paragraphs.at(-1);
    switch (name) {
      case 'text:tracked-changes': // deleted text lives here, apart from the body
      case 'office:annotation':
      case 'text:note-citation':
      case 'text:hidden-paragraph':
      case 'text:bookmark-ref':
        this.elements.skip(depth);
        return;
      case 'style:header':
      case 'style:header-first':
      case 'style:header-left':
        this.places.enter('header', ++this.headers);
        return;
      case 'style:footer':
      case 'style:footer-first':
      case 'style:footer-left':
        this.places.enter('footer', ++this.footers);
        return;
      case 'text:note': {
        const part = attributes['text:note-class'] === 'endnote' ? 'endnote' : 'footnote';
        this.places.enter(part, ++this.notes[part]);
        return;
      }
      case 'draw:text-box':
      case 'draw:custom-shape': // a text box from Word arrives as a shape with its own paragraphs
        this.places.enter('textbox', ++this.frames);
        return;
      case 'table:table':
        this.places.openTable();
        return;
      case 'table:table-row':
        this.places.openRow();
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        this.places.openCell(Number(attributes['table:number-columns-repeated'] ?? 1) || 1);
        return;
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
    }
  }

  close(name: string): void {
    this.markup++;
    if (this.elements.pop()) return;
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
        this.places.leave();
        return;
      case 'table:table':
        this.places.closeTable();
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
    if (this.elements.skipping) return;
    const paragraph = this.paragraphs.at(-1);
    if (!paragraph) return;
    const node = `${this.partPath}#x${this.markup}`;
    // One stretch of text between two tags may come in more than one piece: the offset goes on.
    if (node !== this.textNodeId) {
      this.textNodeId = node;
      this.textOffset = 0;
    }
    // ODF collapses white space in text like HTML does; text:s stands for the spaces that are meant.
    const collapsed = text.replace(/[ \t\r\n]+/g, ' ');
    if (collapsed.length === text.length) paragraph.append(text, this.textNodeId, this.textOffset);
    else paragraph.appendSynthetic(collapsed);
    this.textOffset += text.length;
  }

  private openParagraph(): void {
    // Outside a header or footer (styles.xml) the paragraph is collected and dropped: it is a style sample.
    this.paragraphs.push(new BlockBuilder(this.places.nextParagraph() ?? {part: 'body', paragraph: 0}));
  }

  private closeParagraph(): void {
    const builder = this.paragraphs.pop()!;
    // A paragraph outside any header or footer in styles.xml is a style sample, not letter text.
    const block = this.places.inside || !this.styles ? builder.build() : undefined;
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
