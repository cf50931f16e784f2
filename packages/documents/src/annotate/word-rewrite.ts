import {decodeText, escapeAttribute, escapeText, type XmlToken} from './xml-scan.js';

/** A w:t element that can take a comment mark or a suggested change. */
export interface TextNode {
  /** The text as the reader saw it. */
  text: string;
  /** Inside a tracked change already (w:ins, w:moveTo): a new change there would nest changes. */
  inChange: boolean;
}

/** Markup that goes at a place in the text: between two runs, made by splitting the run there. */
export interface PointEdit {
  node: number;
  offset: number;
  /** At the same place, the end of one comment comes before the start of the next. */
  rank: 0 | 1;
  xml: string;
}

/**
 * One stretch of a w:t as a tracked deletion, followed by the inserted word when this is the last piece of the
 * replaced word (a word split over runs is deleted run by run, and the new word follows the last piece).
 */
export interface ReplaceEdit {
  node: number;
  start: number;
  end: number;
  deleteId: number;
  insert?: {text: string; id: number};
}

export interface PartEdits {
  points: PointEdit[];
  replaces: ReplaceEdit[];
}

export interface ChangeAuthor {
  author: string;
  /** ISO date without milliseconds, as Word writes it. */
  date: string;
}

const changeElements = new Set(['w:ins', 'w:moveTo', 'w:del', 'w:moveFrom']);

/**
 * The w:t elements that hold plain text directly in a run, by their number in the part. The numbering counts
 * every w:t in document order, exactly as the reader numbers its source segments.
 */
export function scanTextNodes(xml: string, tokens: XmlToken[]): Map<number, TextNode> {
  const nodes = new Map<number, TextNode>();
  const stack: string[] = [];
  let changes = 0;
  let count = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'open' || token.kind === 'empty') {
      if (token.name === 'w:t') {
        const node = count++;
        const content = textContent(tokens, index);
        if (token.kind === 'open' && stack.at(-1) === 'w:r' && content) nodes.set(node, {text: decodeText(xml.slice(content.start, content.end)), inChange: changes > 0});
      }
      if (token.kind === 'open') {
        stack.push(token.name);
        if (changeElements.has(token.name)) changes++;
      }
    } else if (token.kind === 'close') {
      const name = stack.pop();
      if (name !== undefined && changeElements.has(name)) changes--;
    }
  }
  return nodes;
}

/** The text between an open w:t and its close: one text token or none; anything else (CDATA, a comment) is left alone. */
function textContent(tokens: XmlToken[], open: number): {start: number; end: number; close: number} | undefined {
  const next = tokens[open + 1];
  if (next?.kind === 'close' && next.name === 'w:t') return {start: next.start, end: next.start, close: open + 1};
  const after = tokens[open + 2];
  if (next?.kind === 'text' && after?.kind === 'close' && after.name === 'w:t') return {start: next.start, end: next.end, close: open + 2};
  return undefined;
}

interface OpenRun {
  /** Where the run's start tag begins in the source. */
  start: number;
  open: string;
  properties: string;
  propertiesStart: number;
  /** Where the run's content after its properties begins. */
  contentStart: number;
}

/**
 * The part with the edits made. A run is split where markup goes in: it is closed, the markup follows, and a run
 * with the same properties opens again, so the formatting of every character stays the same. All other source
 * is copied as it was.
 */
export function rewritePart(xml: string, tokens: XmlToken[], edits: PartEdits, change: ChangeAuthor): string {
  const byNode = new Map<number, Array<PointEdit | ReplaceEdit>>();
  for (const edit of [...edits.points, ...edits.replaces]) {
    const list = byNode.get(edit.node) ?? [];
    list.push(edit);
    byNode.set(edit.node, list);
  }
  const out: string[] = [];
  let copied = 0;
  const runs: OpenRun[] = [];
  const stack: string[] = [];
  let count = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'close') {
      stack.pop();
      if (token.name === 'w:r') runs.pop();
      else if (token.name === 'w:rPr' && stack.at(-1) === 'w:r' && runs.length > 0) {
        const run = runs.at(-1)!;
        run.properties = xml.slice(run.propertiesStart, token.end);
        run.contentStart = token.end;
      }
      continue;
    }
    if (token.kind !== 'open' && token.kind !== 'empty') continue;
    const parent = stack.at(-1);
    if (token.kind === 'open') stack.push(token.name);
    if (token.name === 'w:r' && token.kind === 'open') runs.push({start: token.start, open: xml.slice(token.start, token.end), properties: '', propertiesStart: 0, contentStart: token.end});
    else if (token.name === 'w:rPr' && parent === 'w:r' && runs.length > 0) {
      if (token.kind === 'empty') Object.assign(runs.at(-1)!, {properties: xml.slice(token.start, token.end), contentStart: token.end});
      else runs.at(-1)!.propertiesStart = token.start;
    } else if (token.name === 'w:t') {
      const node = count++;
      const nodeEdits = byNode.get(node);
      const content = token.kind === 'open' ? textContent(tokens, index) : undefined;
      if (!nodeEdits || !content || parent !== 'w:r' || runs.length === 0) continue;
      const run = runs.at(-1)!;
      // A run with nothing before this w:t is taken apart from its start tag on, so no empty run stays behind.
      const fromStart = copied <= run.start && xml.slice(run.contentStart, token.start).trim() === '';
      out.push(xml.slice(copied, fromStart ? run.start : token.start));
      const split = splitText(decodeText(xml.slice(content.start, content.end)), nodeEdits, run, change, !fromStart);
      out.push(split.xml);
      copied = tokens[content.close]!.end;
      index = content.close;
      stack.pop();
      if (!split.open) {
        // The run was closed after the last markup: drop its end tag when nothing follows, else open it again.
        const next = tokens[index + 1];
        if (next?.kind === 'close' && next.name === 'w:r') {
          copied = next.end;
          index++;
          stack.pop();
          runs.pop();
        } else out.push(run.open + run.properties);
      }
    }
  }
  out.push(xml.slice(copied));
  return out.join('');
}

function splitText(text: string, edits: Array<PointEdit | ReplaceEdit>, run: OpenRun, change: ChangeAuthor, startOpen: boolean): {xml: string; open: boolean} {
  const key = (edit: PointEdit | ReplaceEdit) => ('offset' in edit ? [edit.offset, edit.rank] : [edit.start, 2]);
  const sorted = [...edits].sort((a, b) => key(a)[0]! - key(b)[0]! || key(a)[1]! - key(b)[1]!);
  const reopen = run.open + run.properties;
  const parts: string[] = [];
  let position = 0;
  let open = startOpen; // whether a run is open in the output
  const piece = (value: string) => {
    if (value === '') return;
    if (!open) parts.push(reopen);
    open = true;
    parts.push(`<w:t xml:space="preserve">${escapeText(value)}</w:t>`);
  };
  const between = (markup: string) => {
    if (open) parts.push('</w:r>');
    open = false;
    parts.push(markup);
  };
  for (const edit of sorted) {
    if ('offset' in edit) {
      piece(text.slice(position, edit.offset));
      position = Math.max(position, edit.offset);
      between(edit.xml);
    } else {
      piece(text.slice(position, edit.start));
      const attributes = (id: number) => `w:id="${id}" w:author="${escapeAttribute(change.author)}" w:date="${change.date}"`;
      between(
        `<w:del ${attributes(edit.deleteId)}>${reopen}<w:delText xml:space="preserve">${escapeText(text.slice(edit.start, edit.end))}</w:delText></w:r></w:del>` +
          (edit.insert ? `<w:ins ${attributes(edit.insert.id)}>${reopen}<w:t xml:space="preserve">${escapeText(edit.insert.text)}</w:t></w:r></w:ins>` : ''),
      );
      position = edit.end;
    }
  }
  piece(text.slice(position));
  return {xml: parts.join(''), open};
}
