import type {BlockPlace, DocumentPlaceholder, SourceSegment, TextBlock} from '@helder/core';

/** Collects one block's text while a reader walks the source, with the way back to each source node. */
export class BlockBuilder {
  text = '';
  readonly segments: SourceSegment[] = [];
  readonly placeholders: DocumentPlaceholder[] = [];
  constructor(readonly place: BlockPlace) {}

  get length(): number {
    return this.text.length;
  }

  /** Text from a source node; `offset` is where it starts inside that node's text. */
  append(text: string, node: string, offset: number): void {
    if (text === '') return;
    const last = this.segments.at(-1);
    if (last && last.node === node && last.end === this.text.length && last.offset + (last.end - last.start) === offset) last.end += text.length;
    else this.segments.push({start: this.text.length, end: this.text.length + text.length, node, offset});
    this.text += text;
  }

  /** Text that stands for something in the source without being its text: a space for a tab, «Naam» for an empty field. */
  appendSynthetic(text: string): void {
    this.text += text;
  }

  placeholder(start: number, end: number, name: string, kind: DocumentPlaceholder['kind'], logic = false): void {
    if (end <= start) return;
    this.placeholders.push(logic ? {start, end, name, kind, logic} : {start, end, name, kind});
  }

  /** The block, or nothing when it holds only white space (an empty paragraph). */
  build(): TextBlock | undefined {
    if (!/\S/.test(this.text)) return undefined;
    this.placeholders.sort((a, b) => a.start - b.start);
    return {text: this.text, place: this.place, placeholders: this.placeholders, source: {segments: this.segments}};
  }
}
