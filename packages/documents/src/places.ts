import type {BlockPlace, DocumentPart} from '@helder/core';

interface Container {
  part: DocumentPart;
  partNumber?: number;
  paragraphs: number;
  tables: number;
  tableStack: Array<{table: number; row: number; cell: number}>;
}

/**
 * Where the next paragraph sits: the part, note or text box it belongs to (each counts its own paragraphs and
 * tables) and the table cell, for the XML readers of Word and OpenDocument alike.
 */
export class PlaceTracker {
  private readonly containers: Container[] = [];

  get inside(): boolean {
    return this.containers.length > 0;
  }

  enter(part: DocumentPart, partNumber?: number): void {
    this.containers.push({part, ...(partNumber !== undefined ? {partNumber} : {}), paragraphs: 0, tables: 0, tableStack: []});
  }

  leave(): void {
    this.containers.pop();
  }

  openTable(): void {
    const container = this.containers.at(-1);
    container?.tableStack.push({table: ++container.tables, row: 0, cell: 0});
  }

  closeTable(): void {
    this.containers.at(-1)?.tableStack.pop();
  }

  openRow(): void {
    const table = this.containers.at(-1)?.tableStack.at(-1);
    if (!table) return;
    table.row++;
    table.cell = 0;
  }

  /** @param span cells this element stands for (ODF repeats covered cells). */
  openCell(span = 1): void {
    const table = this.containers.at(-1)?.tableStack.at(-1);
    if (table) table.cell += span;
  }

  /** The place of a new paragraph, counted in its container; undefined outside any container. */
  nextParagraph(): BlockPlace | undefined {
    const container = this.containers.at(-1);
    if (!container) return undefined;
    const place: BlockPlace = {part: container.part, paragraph: ++container.paragraphs};
    if (container.partNumber !== undefined) place.partNumber = container.partNumber;
    const table = container.tableStack.at(-1);
    if (table) place.table = {table: table.table, row: table.row, cell: table.cell};
    return place;
  }
}

/** The open elements of a SAX walk, and the subtree that is being skipped (deleted text, a fallback copy). */
export class ElementStack {
  readonly names: string[] = [];
  private skipUntil = -1;

  get skipping(): boolean {
    return this.skipUntil !== -1;
  }

  /** Push an element; returns its depth. */
  push(name: string): number {
    this.names.push(name);
    return this.names.length - 1;
  }

  /** Pop an element; returns whether it was inside a skipped subtree (then the caller ignores it). */
  pop(): boolean {
    const depth = this.names.length - 1;
    this.names.pop();
    if (this.skipUntil === -1) return false;
    if (depth === this.skipUntil) this.skipUntil = -1;
    return true;
  }

  skip(depth: number): void {
    this.skipUntil = depth;
  }

  /** The name of the element `levels` above the one at `depth`. */
  above(depth: number, levels = 1): string | undefined {
    return this.names[depth - levels];
  }
}
