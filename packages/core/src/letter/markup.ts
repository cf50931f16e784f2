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
export function findMarkup(text: string, format: TextFormat): {blanks: Range[]; breaks: Range[]} {
  if (format === 'markdown') return markdownMarkup(text);
  if (format === 'html') return htmlMarkup(text);
  return {blanks: [], breaks: []};
}

function markdownMarkup(text: string): {blanks: Range[]; breaks: Range[]} {
  if (!fromMarkdown) throw new Error("Helder: call `await prepareFormat('markdown')` before building a model of Markdown.");
  const tree = fromMarkdown(text);
  const keep: Range[] = [];
  const breaks: Range[] = [];
  const visit = (node: {type: string; position?: {start: {offset?: number}; end: {offset?: number}}; children?: unknown[]}) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'text' && start !== undefined && end !== undefined) keep.push({start, end});
    if ((node.type === 'heading' || node.type === 'listItem' || node.type === 'tableCell') && end !== undefined) {
      breaks.push({start: end, end: end});
    }
    if (node.children) for (const child of node.children) visit(child as typeof node);
  };
  visit(tree as unknown as Parameters<typeof visit>[0]);
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
  for (const match of text.matchAll(/<!--[\s\S]{0,10000}?-->|<(script|style)\b[^]{0,100000}?<\/\1\s*>|<\/?[A-Za-z][^<>]{0,2000}>|&[a-zA-Z]{2,8};|&#\d{1,6};/g)) {
    const start = match.index;
    const end = start + match[0].length;
    blanks.push({start, end});
    if (blockTag.test(match[0])) breaks.push({start, end});
  }
  return {blanks, breaks};
}
