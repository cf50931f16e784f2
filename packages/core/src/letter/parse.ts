import {ParseDutch} from 'parse-dutch';
import type {Root, Node, Paragraph as NlcstParagraph} from 'nlcst';
import {BoundedCache} from '../bounded-cache.js';

/**
 * retext-dutch (parse-latin) slows down more than linearly on very long texts: 1 MB takes seconds, 5 MB
 * minutes. Letters are short, but a batch may hold a pasted book. Long texts are parsed in chunks that end at
 * a blank line (a paragraph boundary, where the parser would split anyway) and the trees are joined with their
 * positions shifted. Only a paragraph longer than a chunk is cut elsewhere (at a line break or a space).
 */
const chunkSize = 32_768;

export function parseDutch(text: string): Root {
  if (text.length <= chunkSize) return new ParseDutch().parse(text) as Root;
  const root: Root = {type: 'RootNode', children: [], position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}};
  parseDutchChildren(text, (child) => root.children.push(child as Root['children'][number]));
  const last = root.children.at(-1)?.position?.end;
  if (last) root.position!.end = {...last};
  return root;
}

/**
 * The children of the root (paragraphs and white space), chunk by chunk: the caller reads each one and may drop
 * it, so a long text never holds its whole parse tree (about 110 bytes per character) at once.
 */
export function parseDutchChildren(text: string, visit: (child: Node) => void): void {
  let start = 0;
  let line = 1;
  while (start < text.length) {
    const end = text.length <= chunkSize ? text.length : chunkEnd(text, start);
    const tree = new ParseDutch().parse(text.slice(start, end)) as Root;
    if (start > 0) shift(tree, start, line - 1);
    for (const child of tree.children) visit(child);
    for (let index = start; index < end; index++) if (text.charCodeAt(index) === 10) line++;
    start = end;
  }
}

function chunkEnd(text: string, start: number): number {
  const limit = start + chunkSize;
  if (limit >= text.length) return text.length;
  const window = text.slice(start, limit);
  const blank = window.lastIndexOf('\n\n');
  if (blank > chunkSize / 4) return start + blank + 2;
  const newline = window.lastIndexOf('\n');
  if (newline > chunkSize / 4) return start + newline + 1;
  const space = window.lastIndexOf(' ');
  if (space > chunkSize / 4) return start + space + 1;
  return limit;
}

function shift(node: Node, offset: number, lines: number): void {
  const position = node.position;
  if (position) {
    // The parser shares point objects between a node and its first or last child: make new ones, never mutate.
    node.position = {
      start: {line: position.start.line + lines, column: position.start.column, offset: (position.start.offset ?? 0) + offset},
      end: {line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset},
    };
  }
  const children = (node as {children?: Node[]}).children;
  if (children) for (const child of children) shift(child, offset, lines);
}

/** What the text model reads of a parsed paragraph: offsets only, relative to the start of the piece it came from. */
export interface ParsedParagraph {
  start: number;
  end: number;
  sentences: ParsedSentence[];
}

export interface ParsedSentence {
  start: number;
  /** The sentence's children as triples: kind (see `nodeKind`), start, end. */
  nodes: Int32Array;
}

export const nodeKind = {space: 0, word: 1, other: 2} as const;

/** A blank line: the parser always ends a paragraph there (break-implicit-sentences), whatever comes next. */
const blankLine = /(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))+/g;
/** How much of the pieces before and after is read with a piece: their last and first words. */
const contextLength = 12;
/** A text of marks without words ("-\n\n-\n\n...") must not make every piece read all of it: the context stops here. */
const maxContext = 8 * contextLength;
/** Longer pieces are rare (a pasted document without blank lines) and not kept. */
const cachedPieceLength = 8_192;
/**
 * Parsed pieces by their text. An editor checks the same letter after every key stroke and a batch checks letters
 * made from the same templates: most paragraphs were parsed before. About 12 bytes per token are kept.
 */
const pieces = new BoundedCache<ParsedParagraph[]>(4_000);

/**
 * The paragraphs of a text, piece by piece between blank lines. Each piece is parsed on its own (and remembered), which
 * gives the same paragraphs, sentences and words as a parse of the whole text. `visit` gets offsets relative to
 * `base`: add it to get offsets into the text.
 */
export function parseDutchParagraphs(text: string, visit: (paragraph: ParsedParagraph, base: number) => void): void {
  let start = 0;
  blankLine.lastIndex = 0;
  for (;;) {
    const separator = blankLine.exec(text);
    const end = separator ? separator.index : text.length;
    const next = separator ? end + separator[0].length : text.length;
    if (end > start) parsePiece(text, start, end, next, visit);
    if (!separator) break;
    start = next;
  }
}

/**
 * The parser reads across a blank line before it splits there: whether the next paragraph starts with a small letter
 * or a digit changes how the last sentence before it ends ("1." stays one word, "zin." before a small letter), and
 * a paragraph that starts with a mark ("! Wij") is read as the tail of the sentence before it. So a piece is parsed
 * with the text around it (to the first word on both sides, across other blank lines), and keyed by all of it.
 */
function parsePiece(text: string, start: number, end: number, next: number, visit: (paragraph: ParsedParagraph, base: number) => void): void {
  const from = contextStart(text, start);
  const to = contextEnd(text, next);
  const cacheable = end - start <= cachedPieceLength;
  const key = cacheable ? `${start - from}:${text.slice(from, to)}` : '';
  let parsed = cacheable ? pieces.get(key) : undefined;
  if (!parsed) {
    parsed = [];
    const found = parsed;
    const first = start - from;
    const last = end - from;
    parseDutchChildren(text.slice(from, to), (child) => {
      if (child.type !== 'ParagraphNode') return;
      const at = child.position!.start.offset!;
      if (at >= first && at < last) found.push(compact(child as NlcstParagraph, -first));
    });
    if (cacheable) pieces.set(key, parsed);
  }
  for (const paragraph of parsed) visit(paragraph, start);
}

const wordCharacter = /[\p{L}\p{N}]/u;

/** Where the context before a piece starts: `contextLength` characters back, and further until it holds a word. */
function contextStart(text: string, start: number): number {
  let from = Math.max(0, start - contextLength);
  while (from > start - maxContext && from > 0 && !wordCharacter.test(text.slice(from, start))) from = Math.max(0, from - contextLength);
  return from;
}

/** Where the context after a piece ends: `contextLength` characters on, and further until it holds a word. */
function contextEnd(text: string, next: number): number {
  let to = Math.min(text.length, next + contextLength);
  while (to < next + maxContext && to < text.length && !wordCharacter.test(text.slice(next, to))) to = Math.min(text.length, to + contextLength);
  return to;
}

/** The offsets the model reads of one parsed paragraph node (exported for the test that compares both parses). */
export function compact(paragraph: NlcstParagraph, shift = 0): ParsedParagraph {
  const sentences: ParsedSentence[] = [];
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue;
    const nodes = new Int32Array(sentence.children.length * 3);
    sentence.children.forEach((child, index) => {
      nodes[index * 3] = child.type === 'WhiteSpaceNode' ? nodeKind.space : child.type === 'WordNode' ? nodeKind.word : nodeKind.other;
      nodes[index * 3 + 1] = child.position!.start.offset! + shift;
      nodes[index * 3 + 2] = child.position!.end.offset! + shift;
    });
    sentences.push({start: sentence.position!.start.offset! + shift, nodes});
  }
  return {start: paragraph.position!.start.offset! + shift, end: paragraph.position!.end.offset! + shift, sentences};
}
