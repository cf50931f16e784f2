import type {DocumentPart, TextBlock} from '@helder/core';
import {ElementStack, PlaceTracker} from './places.js';
import {BlockBuilder} from './block.js';
import {DocumentError, reasons} from './errors.js';
import {createXmlParser, type XmlHandler} from './xml.js';
import type {ZipArchive} from './zip.js';
import {classifyField, fieldPlaceholderName} from './fields.js';

interface OpenField {
  instruction: string;
  phase: 'instruction' | 'result';
  builder: BlockBuilder | undefined;
  resultStart: number;
}

interface OpenControl {
  name: string;
  showingPlaceholder: boolean;
  /** A control inside a paragraph is one placeholder; one around paragraphs holds real text unless it shows its prompt. */
  inline: boolean;
  builder: BlockBuilder | undefined;
  start: number;
}

/**
 * Walks one WordprocessingML part (document, header, footer, footnotes, endnotes) as SAX events and emits one
 * block per paragraph with text. Text boxes come right after the paragraph that holds them.
 */
class WordPartWalker implements XmlHandler {
  readonly blocks: TextBlock[] = [];
  /** r:id of headers and footers in the order the sections name them. */
  readonly headerIds: string[] = [];
  readonly footerIds: string[] = [];
  private readonly elements = new ElementStack();
  private readonly places = new PlaceTracker();
  private readonly alternates: boolean[] = []; // per open mc:AlternateContent: a choice was taken
  private readonly paragraphs: BlockBuilder[] = [];
  private deferred: TextBlock[] = [];
  private readonly fields: OpenField[] = [];
  private readonly controls: OpenControl[] = [];
  private textNodes = 0;
  private inText = false;
  private textNodeId = '';
  private textOffset = 0;
  private inInstruction = false;
  private runHidden = false;
  private noteNumber = 0;
  private textboxNumber = 0;

  constructor(
    private readonly partPath: string,
    part: DocumentPart,
    partNumber?: number,
  ) {
    this.places.enter(part, partNumber);
  }

  private get paragraph(): BlockBuilder | undefined {
    return this.paragraphs.at(-1);
  }

  /** Text counts only outside field instructions: `{ MERGEFIELD Naam }` is code, its result is what Word shows. */
  private get showingText(): boolean {
    return !this.runHidden && this.fields.every((field) => field.phase === 'result');
  }

  open(name: string, attributes: Record<string, string>): void {
    const depth = this.elements.push(name);
    if (name === 'w:t') this.textNodes++;
    if (this.elements.skipping) return;
    switch (name) {
      case 'w:del':
      case 'w:moveFrom':
      case 'w:comments':
        this.elements.skip(depth);
        return;
      case 'mc:AlternateContent':
        this.alternates.push(false);
        return;
      case 'mc:Choice':
      case 'mc:Fallback':
        // A text box is stored twice, as a shape and as an old drawing: read the first form only.
        if (this.alternates.at(-1)) this.elements.skip(depth);
        else if (this.alternates.length > 0) this.alternates[this.alternates.length - 1] = true;
        return;
      case 'w:footnote':
      case 'w:endnote': {
        const type = attributes['w:type'];
        if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') {
          this.elements.skip(depth);
          return;
        }
        this.places.enter(name === 'w:footnote' ? 'footnote' : 'endnote', ++this.noteNumber);
        return;
      }
      case 'w:txbxContent':
        this.places.enter('textbox', ++this.textboxNumber);
        return;
      case 'w:tbl':
        this.places.openTable();
        return;
      case 'w:tr':
        this.places.openRow();
        return;
      case 'w:tc':
        this.places.openCell();
        return;
      case 'w:p':
        this.openParagraph();
        return;
      case 'w:r':
        this.runHidden = false;
        return;
      case 'w:vanish':
        if (this.elements.above(depth) === 'w:rPr' && this.elements.above(depth, 2) === 'w:r' && !isOff(attributes['w:val'])) this.runHidden = true;
        return;
      case 'w:t':
        this.inText = true;
        this.textNodeId = `${this.partPath}#t${this.textNodes - 1}`;
        this.textOffset = 0;
        return;
      case 'w:instrText':
        this.inInstruction = true;
        return;
      case 'w:tab':
      case 'w:ptab':
        if (this.elements.above(depth) === 'w:r') this.synthetic(' ');
        return;
      case 'w:br':
      case 'w:cr':
        this.synthetic('\n');
        return;
      case 'w:noBreakHyphen':
        this.synthetic('-');
        return;
      case 'w:fldSimple':
        this.fields.push({instruction: attributes['w:instr'] ?? '', phase: 'result', builder: this.paragraph, resultStart: this.paragraph?.length ?? 0});
        return;
      case 'w:fldChar':
        this.fieldChar(attributes['w:fldCharType']);
        return;
      case 'w:sdt':
        this.controls.push({name: '', showingPlaceholder: false, inline: this.paragraph !== undefined, builder: undefined, start: 0});
        return;
      case 'w:alias':
      case 'w:tag': {
        const control = this.controls.at(-1);
        // The tag is the name a template system uses; the title (alias) is what Word shows.
        if (control && this.elements.above(depth) === 'w:sdtPr' && (name === 'w:tag' || control.name === '')) control.name = attributes['w:val'] ?? control.name;
        return;
      }
      case 'w:showingPlcHdr': {
        const control = this.controls.at(-1);
        if (control && !isOff(attributes['w:val'])) control.showingPlaceholder = true;
        return;
      }
      case 'w:sdtContent': {
        const control = this.controls.at(-1);
        if (control?.inline) {
          control.builder = this.paragraph;
          control.start = this.paragraph?.length ?? 0;
        }
        return;
      }
      case 'w:headerReference':
      case 'w:footerReference': {
        const id = attributes['r:id'];
        const list = name === 'w:headerReference' ? this.headerIds : this.footerIds;
        if (id && !list.includes(id)) list.push(id);
        return;
      }
    }
  }

  close(name: string): void {
    if (this.elements.pop()) return;
    switch (name) {
      case 'mc:AlternateContent':
        this.alternates.pop();
        return;
      case 'w:footnote':
      case 'w:endnote':
      case 'w:txbxContent':
        this.places.leave();
        return;
      case 'w:tbl':
        this.places.closeTable();
        return;
      case 'w:p':
        this.closeParagraph();
        return;
      case 'w:r':
        this.runHidden = false;
        return;
      case 'w:t':
        this.inText = false;
        return;
      case 'w:instrText':
        this.inInstruction = false;
        return;
      case 'w:fldSimple':
        this.finishField(this.fields.pop());
        return;
      case 'w:sdt':
        this.finishControl(this.controls.pop());
        return;
    }
  }

  text(text: string): void {
    if (this.elements.skipping) return;
    if (this.inText) {
      if (this.showingText && this.paragraph) this.paragraph.append(text, this.textNodeId, this.textOffset);
      this.textOffset += text.length;
    } else if (this.inInstruction) {
      const field = this.fields.at(-1);
      if (field && field.phase === 'instruction') field.instruction += text;
    }
  }

  private synthetic(text: string): void {
    if (this.showingText && this.paragraph) this.paragraph.appendSynthetic(text);
  }

  private openParagraph(): void {
    const builder = new BlockBuilder(this.places.nextParagraph()!);
    this.paragraphs.push(builder);
    // A field or control that runs over a paragraph break goes on at the start of the new paragraph.
    for (const field of this.fields) if (field.phase === 'result' && !field.builder) Object.assign(field, {builder, resultStart: 0});
    for (const control of this.controls) if (control.inline && !control.builder) Object.assign(control, {builder, start: 0});
  }

  private closeParagraph(): void {
    const builder = this.paragraphs.pop();
    if (!builder) return;
    for (const field of this.fields) {
      if (field.builder !== builder) continue;
      this.markField(field, builder);
      field.builder = undefined;
    }
    for (const control of this.controls) {
      if (control.builder !== builder) continue;
      builder.placeholder(control.start, builder.length, control.name, 'content-control');
      control.builder = undefined;
    }
    // Paragraphs inside a control that still shows its prompt ("Klik hier om tekst in te voeren") are the prompt.
    const prompt = this.controls.find((control) => !control.inline && control.showingPlaceholder);
    if (prompt) builder.placeholder(0, builder.length, prompt.name, 'content-control');
    const block = builder.build();
    if (this.paragraphs.length > 0) {
      if (block) this.deferred.push(block);
      return;
    }
    if (block) this.blocks.push(block);
    if (this.deferred.length > 0) {
      this.blocks.push(...this.deferred);
      this.deferred = [];
    }
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fields.push({instruction: '', phase: 'instruction', builder: undefined, resultStart: 0});
    else if (type === 'separate') {
      const field = this.fields.at(-1);
      if (field && field.phase === 'instruction') {
        // The result shows only when every enclosing field shows its result too.
        field.phase = 'result';
        if (this.showingText) {
          field.builder = this.paragraph;
          field.resultStart = this.paragraph?.length ?? 0;
        }
      }
    } else if (type === 'end') this.finishField(this.fields.pop());
  }

  private finishField(field: OpenField | undefined): void {
    if (!field) return;
    const builder = field.builder ?? (field.phase === 'instruction' && this.showingText ? this.paragraph : undefined);
    if (!builder) return;
    if (field.phase === 'instruction') field.resultStart = builder.length; // a field without a result
    this.markField(field, builder);
  }

  /** Mark the field's result as a placeholder; a merge field without a shown result gets «Naam» as Word shows it. */
  private markField(field: OpenField, builder: BlockBuilder): void {
    const kind = classifyField(field.instruction);
    if (kind === 'text') return;
    const name = fieldPlaceholderName(field.instruction);
    if (builder.length === field.resultStart && kind === 'merge-field') builder.appendSynthetic(`«${name}»`);
    builder.placeholder(field.resultStart, builder.length, name, kind);
  }

  private finishControl(control: OpenControl | undefined): void {
    if (!control?.inline || !control.builder) return;
    const builder = control.builder;
    if (builder.length === control.start) builder.appendSynthetic(`«${control.name || 'invulveld'}»`);
    builder.placeholder(control.start, builder.length, control.name || 'invulveld', 'content-control');
  }
}

function isOff(value: string | undefined): boolean {
  return value === 'false' || value === '0' || value === 'off';
}

async function walkPart(zip: ZipArchive, fileName: string, path: string, part: DocumentPart, partNumber?: number): Promise<WordPartWalker> {
  const walker = new WordPartWalker(path, part, partNumber);
  const parser = createXmlParser(fileName, path, walker);
  await zip.readText(path, (chunk) => parser.write(chunk));
  parser.close();
  return walker;
}

/** Relationship id -> part path, from a part's .rels file. */
async function readRelationships(zip: ZipArchive, fileName: string, partPath: string): Promise<Map<string, string>> {
  const slash = partPath.lastIndexOf('/');
  const folder = partPath.slice(0, slash + 1);
  const relsPath = `${folder}_rels/${partPath.slice(slash + 1)}.rels`;
  const targets = new Map<string, string>();
  if (!zip.has(relsPath)) return targets;
  const parser = createXmlParser(fileName, relsPath, {
    open(name, attributes) {
      if (name === 'Relationship' && attributes.Id && attributes.Target && attributes.TargetMode !== 'External') targets.set(attributes.Id, resolvePath(folder, attributes.Target));
    },
    close() {},
    text() {},
  });
  await zip.readText(relsPath, (chunk) => parser.write(chunk));
  parser.close();
  return targets;
}

export function resolvePath(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

export async function mainDocumentPath(zip: ZipArchive, fileName: string): Promise<string> {
  if (zip.has('_rels/.rels')) {
    let found: string | undefined;
    const parser = createXmlParser(fileName, '_rels/.rels', {
      open(name, attributes) {
        if (name === 'Relationship' && attributes.Type?.endsWith('/officeDocument') && attributes.Target) found ??= resolvePath('', attributes.Target);
      },
      close() {},
      text() {},
    });
    await zip.readText('_rels/.rels', (chunk) => parser.write(chunk));
    parser.close();
    if (found && zip.has(found)) return found;
  }
  if (zip.has('word/document.xml')) return 'word/document.xml';
  throw new DocumentError(fileName, 'no-document', reasons.noDocument());
}

/** Read a .docx/.dotx/.docm: headers, body (text boxes after their paragraph), footnotes, endnotes, footers. */
export async function readWordArchive(zip: ZipArchive, fileName: string): Promise<TextBlock[]> {
  const documentPath = await mainDocumentPath(zip, fileName);
  const body = await walkPart(zip, fileName, documentPath, 'body');
  const relationships = await readRelationships(zip, fileName, documentPath);
  const folder = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
  const partsOf = async (ids: string[], part: DocumentPart) => {
    const blocks: TextBlock[] = [];
    const paths = [...new Set(ids.map((id) => relationships.get(id)).filter((path): path is string => path !== undefined && zip.has(path)))];
    for (const [index, path] of paths.entries()) blocks.push(...(await walkPart(zip, fileName, path, part, paths.length > 1 ? index + 1 : undefined)).blocks);
    return blocks;
  };
  const headers = await partsOf(body.headerIds, 'header');
  const footers = await partsOf(body.footerIds, 'footer');
  const notes: TextBlock[] = [];
  for (const name of ['footnotes.xml', 'endnotes.xml']) {
    if (zip.has(folder + name)) notes.push(...(await walkPart(zip, fileName, folder + name, name === 'footnotes.xml' ? 'footnote' : 'endnote')).blocks);
  }
  return [...headers, ...body.blocks, ...notes, ...footers];
}
