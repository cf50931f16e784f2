import {HostError, type DocumentHost, type HostBlock, type TextRange} from './host.js';
import {labels} from '../labels.js';

/**
 * A document in memory: paragraphs of plain text, settings in the browser's localStorage under the document's
 * name (so an ignored finding stays hidden after a reload, as it does in a Word file). Used by the tests and by
 * the pane opened outside Office.
 */
export class MemoryDocument implements DocumentHost {
  readonly name = 'Voorbeeld';
  readonly canSelect = true;
  selection: TextRange | undefined;
  private paragraphs: string[] = [];
  private listeners = new Set<() => void>();

  constructor(private readonly documentName = 'voorbeeld', private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage) {}

  /** Open a letter: paragraphs are separated by an empty line. */
  open(text: string): void {
    this.paragraphs = text.split(/\n{2,}/);
    this.selection = undefined;
    this.changed();
  }

  get text(): string {
    return this.paragraphs.join('\n\n');
  }

  /** Type text at the end of a paragraph, as a clerk does. */
  type(paragraph: number, text: string): void {
    if (this.paragraphs[paragraph] === undefined) throw new HostError(labels.noParagraph(paragraph + 1));
    this.paragraphs[paragraph] += text;
    this.changed();
  }

  async readBlocks(): Promise<HostBlock[]> {
    return this.paragraphs.map((text, index) => ({id: `body:${index}`, text, place: {part: 'body', paragraph: index + 1}, placeholders: []}));
  }

  async select(range: TextRange): Promise<void> {
    this.paragraphAt(range);
    this.selection = range;
  }

  async replace(range: TextRange, text: string): Promise<void> {
    const index = this.paragraphAt(range);
    const paragraph = this.paragraphs[index]!;
    this.paragraphs[index] = paragraph.slice(0, range.start) + text + paragraph.slice(range.end);
    this.changed();
  }

  watch(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async readSetting(key: string): Promise<string | undefined> {
    return this.storage?.getItem(`helder:${this.documentName}:${key}`) ?? undefined;
  }

  async writeSetting(key: string, value: string): Promise<void> {
    this.storage?.setItem(`helder:${this.documentName}:${key}`, value);
  }

  private paragraphAt(range: TextRange): number {
    const index = Number(range.blockId.replace(/^body:/, ''));
    const paragraph = this.paragraphs[index];
    if (paragraph === undefined || paragraph.slice(range.start, range.end) !== range.text) {
      throw new HostError(labels.changed);
    }
    return index;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
