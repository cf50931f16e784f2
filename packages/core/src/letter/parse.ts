import {ParseDutch} from 'parse-dutch';
import type {Root, Node} from 'nlcst';

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
