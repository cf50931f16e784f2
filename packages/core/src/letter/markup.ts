import type {fromMarkdown as FromMarkdown} from 'mdast-util-from-markdown';
import type {Range} from './ranges.js';

export type TextFormat = 'text' | 'markdown' | 'html';

// The Markdown parser is large (a tenth of a cold start): load it only when a Markdown text comes in.
let fromMarkdown: typeof FromMarkdown | undefined;

/** Load what parsing this format needs. check() does this; call it yourself before buildModel() on Markdown. */
export async function prepareFormat(format: TextFormat): Promise<void> {
  if (format === 'markdown' && !fromMarkdown) fromMarkdown = (await import('mdast-util-from-markdown')).fromMarkdown;
}

/**
 * Ranges of markup that are not prose: Markdown syntax, code, link targets, HTML tags. The ranges are
 * blanked before parsing; text offsets stay the same. Block boundaries are returned as breaks, where the
 * model starts a new sentence, so a heading or list item never runs into the next one.
 */
export function findMarkup(text: string, format: TextFormat): {blanks: Range[]; breaks: Range[]; note?: string} {
  if (format === 'markdown') {
    if (tooComplexForMarkdown(text)) return {blanks: [], breaks: [], note: markdownTooComplexNote};
    return markdownMarkup(text);
  }
  if (format === 'html') return htmlMarkup(text);
  return htmlTagsInText(text);
}

/** The names of HTML elements a template or a copy from a web page leaves in plain text. */
const knownTag = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|tbody|thead|section|article|header|footer|blockquote|span|a|b|i|u|em|strong|small|font|img|hr|sup|sub)(?=[\s>/])[^<>]{0,2000}>/giy;

/**
 * HTML tags in plain text ("<ul style=...>", "</p>" in a text copied from a web page or an e-mail template) are
 * no prose: blanked, and a block tag ends the sentence. Only tags with the name of an HTML element count, so
 * a placeholder such as "<naam>" stays what it is.
 */
function htmlTagsInText(text: string): {blanks: Range[]; breaks: Range[]} {
  const blanks: Range[] = [];
  const breaks: Range[] = [];
  for (let start = text.indexOf('<'); start !== -1; start = text.indexOf('<', start + 1)) {
    knownTag.lastIndex = start;
    if (!knownTag.test(text)) continue;
    addTag(text, start, knownTag.lastIndex, blanks, breaks);
    start = knownTag.lastIndex - 1;
  }
  return {blanks, breaks};
}

/** Markup is blanked; a block tag ("<p>", "</li>") also ends the sentence. */
function addTag(text: string, start: number, end: number, blanks: Range[], breaks: Range[]): void {
  blanks.push({start, end});
  if (blockTag.test(text.slice(start, Math.min(end, start + 13)))) breaks.push({start, end});
}

export const markdownTooComplexNote =
  'Deze Markdown is te lang, te diep genest of heeft te veel * en _ in één alinea. Helder heeft de tekst daarom als gewone tekst gecontroleerd.';

/**
 * The Markdown parser (micromark) takes 10 to 40 ms per 1,000 characters, and more for two shapes (measured with
 * bench/adversarial.mjs on this machine): lists nested deep (400 levels, 160 KB: 4.4 s; 800 levels, 640 KB: 46 s)
 * quotes nested deep (10,000 ">": 0.5 s, 20,000: 3 s, 40,000: 28 s) and thousands of * or _ in one paragraph (it
 * matches every opener with every closer: 40,000 took minutes). No letter comes near these bounds; beyond them
 * the text is checked as plain text, with a note, so the words are still checked and the time stays linear.
 */
const markdownLimits = {length: 500_000, indent: 100, markersPerBlock: 1000} as const;

function tooComplexForMarkdown(text: string): boolean {
  if (text.length > markdownLimits.length) return true;
  let markers = 0;
  let lineStart = true;
  let indent = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) {
      // An empty line ends the paragraph: emphasis never crosses it.
      if (lineStart) markers = 0;
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      // The white space and ">" before a line's text are how deep it is nested (a tab counts as four columns).
      if (code === 32 || code === 9 || code === 62) {
        indent += code === 9 ? 4 : 1;
        continue;
      }
      if (indent > markdownLimits.indent) return true;
      lineStart = false;
    }
    if ((code === 42 || code === 95) && ++markers > markdownLimits.markersPerBlock) return true;
  }
  return false;
}

function markdownMarkup(text: string): {blanks: Range[]; breaks: Range[]} {
  if (!fromMarkdown) throw new Error("Helder: call `await prepareFormat('markdown')` before building a model of Markdown.");
  const tree = fromMarkdown(text);
  const keep: Range[] = [];
  const breaks: Range[] = [];
  type MdNode = {type: string; position?: {start: {offset?: number}; end: {offset?: number}}; children?: MdNode[]};
  // A stack, not recursion: 10,000 nested ">" would overflow the call stack.
  const stack: MdNode[] = [tree as unknown as MdNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text' && start !== undefined && end !== undefined) keep.push({start, end});
    if ((node.type === 'heading' || node.type === 'listItem' || node.type === 'tableCell') && end !== undefined) {
      breaks.push({start: end, end: end});
    }
    if (node.children) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  keep.sort((a, b) => a.start - b.start);
  const blanks: Range[] = [];
  let cursor = 0;
  for (const range of keep) {
    if (range.start > cursor) blanks.push({start: cursor, end: range.start});
    cursor = Math.max(cursor, range.end);
  }
  if (cursor < text.length) blanks.push({start: cursor, end: text.length});
  return {blanks, breaks};
}

const blockTag = /^<\/?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote)\b/i;

function htmlMarkup(text: string): {blanks: Range[]; breaks: Range[]} {
  const blanks: Range[] = [];
  const breaks: Range[] = [];
  const commentEnd = nextMatch(text, /-->/g);
  const elementEnd = {script: nextMatch(text, /<\/script\s*>/g), style: nextMatch(text, /<\/style\s*>/g)};
  // One pass from left to right. A comment, script or style without its end is not masked (as before), and the
  // search for that end is never repeated: nextMatch remembers it, so "<script " 80,000 times stays linear.
  const opener = /[<&]/g;
  let found: RegExpExecArray | null;
  while ((found = opener.exec(text))) {
    const start = found.index;
    const end = markupEnd(text, start, commentEnd, elementEnd);
    if (end === -1) continue;
    addTag(text, start, end, blanks, breaks);
    opener.lastIndex = end;
  }
  return {blanks, breaks};
}

/** Where the markup that starts at `start` ends, or -1 when it is prose. */
function markupEnd(text: string, start: number, commentEnd: NextMatch, elementEnd: Record<'script' | 'style', NextMatch>): number {
  if (text[start] === '&') {
    const entity = /&(?:[a-zA-Z]{2,8}|#\d{1,6});/y;
    entity.lastIndex = start;
    return entity.test(text) ? entity.lastIndex : -1;
  }
  if (text.startsWith('<!--', start)) {
    const close = commentEnd(start + 4);
    if (close && close.index - (start + 4) <= 10_000) return close.index + 3;
  }
  const element = /<(script|style)(?![A-Za-z0-9_])/y;
  element.lastIndex = start;
  const name = element.exec(text)?.[1] as 'script' | 'style' | undefined;
  if (name) {
    const close = elementEnd[name](element.lastIndex);
    if (close && close.index - element.lastIndex <= 100_000) return close.index + close[0].length;
  }
  // A tag: "<" or "</", a letter, at most 2,000 characters without "<" or ">", then ">".
  const tag = /<\/?[A-Za-z][^<>]{0,2000}>/y;
  tag.lastIndex = start;
  return tag.test(text) ? tag.lastIndex : -1;
}

type NextMatch = (from: number) => RegExpExecArray | null;

/** The first match at or after `from`, for `from` that never decreases: each part of the text is searched once. */
function nextMatch(text: string, pattern: RegExp): NextMatch {
  let found: RegExpExecArray | null | undefined;
  return (from) => {
    if (found === null) return null;
    if (found === undefined || found.index < from) {
      pattern.lastIndex = from;
      found = pattern.exec(text);
    }
    return found;
  };
}
