/**
 * The document model: what every reader of a file that is not plain text produces (the batch readers in
 * @helder/documents, the Office add-in). A document is an ordered list of text blocks; each block knows its place
 * in the document and how to get back from an offset in its text to the source.
 */
import type {TextFormat} from '../letter/markup.js';

/**
 * Parts of a document that hold text. Comments are never read: they are not part of the letter. 'text' is a whole
 * plain-text or Markdown file as one block; its findings are placed by line ("regel 12").
 */
export type DocumentPart = 'body' | 'header' | 'footer' | 'footnote' | 'endnote' | 'textbox' | 'email' | 'subject' | 'text';

export interface TablePlace {
  /** 1-based number of the table in its part. */
  table: number;
  /** 1-based row and cell. */
  row: number;
  cell: number;
}

export interface BlockPlace {
  part: DocumentPart;
  /** 1-based number of the paragraph in its part (in the body: in the whole body, tables included). */
  paragraph: number;
  /** 1-based number of the header, footer, note or text box when a document has more than one. */
  partNumber?: number;
  table?: TablePlace;
}

export interface DocumentPlaceholder {
  /** Offsets inside the block's text. */
  start: number;
  end: number;
  /** The field or content control name, e.g. "Voornaam" for MERGEFIELD Voornaam. */
  name: string;
  kind: 'merge-field' | 'field' | 'content-control' | 'template';
  /** Template logic (IF): masked as white space instead of as one word. */
  logic?: boolean;
}

/** Where a stretch of a block's text comes from: the reader decides what `node` means (an XML text node id). */
export interface SourceSegment {
  /** Offsets inside the block's text. */
  start: number;
  end: number;
  /** The source node, e.g. "word/document.xml#t37" (the 38th w:t element of that part). */
  node: string;
  /** Offset inside that node's text where this segment starts. */
  offset: number;
}

export interface BlockSource {
  segments: SourceSegment[];
}

export interface TextBlock {
  text: string;
  place: BlockPlace;
  placeholders: DocumentPlaceholder[];
  /** The way back to the source; opaque to the core. */
  source?: BlockSource;
}

export interface HelderDocument {
  blocks: TextBlock[];
  /** How the core parses each block's text: 'text' for Word and e-mail, 'markdown' for a .md file. */
  textFormat: TextFormat;
  /** Things a report reader should know about the file, e.g. that it was not UTF-8. Plain Dutch. */
  notices: string[];
}

const partNames: Record<DocumentPart, string> = {
  body: 'alinea',
  header: 'koptekst',
  footer: 'voettekst',
  footnote: 'voetnoot',
  endnote: 'eindnoot',
  textbox: 'tekstvak',
  email: 'e-mail',
  subject: 'onderwerp',
  text: 'tekst',
};

/**
 * The place in words a clerk recognises: "alinea 14", "tabel 2, rij 3, cel 1", "koptekst", "voetnoot 2".
 * `line` (1-based, inside the block) places a finding in a whole-file block: "regel 12".
 */
export function placeLabel(place: BlockPlace, line?: number): string {
  if (place.part === 'text') return line === undefined ? partNames.text : `regel ${line}`;
  const table = place.table ? `tabel ${place.table.table}, rij ${place.table.row}, cel ${place.table.cell}` : '';
  if (place.part === 'body') return table || `alinea ${place.paragraph}`;
  let label = partNames[place.part];
  if (place.partNumber !== undefined && (place.part === 'footnote' || place.part === 'endnote' || place.partNumber > 1)) label += ` ${place.partNumber}`;
  if (table) label += `, ${table}`;
  else if (place.paragraph > 1) label += `, alinea ${place.paragraph}`;
  return label;
}
