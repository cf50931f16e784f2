import {Parser} from 'htmlparser2';
import type {DocumentPart, TextBlock} from '@helder/core';
import {BlockBuilder} from './block.js';

/** Elements that start and end a block: their text never runs into the text around them. */
const blockElements = new Set([
  'p', 'div', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'caption', 'blockquote', 'pre',
  'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'figure', 'figcaption', 'address', 'table',
  'tr', 'ul', 'ol', 'dl', 'form', 'fieldset', 'legend', 'body', 'hr',
]);
const skippedElements = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'select']);

/**
 * Blocks from an HTML letter or e-mail body. Each segment points back to the character offset in the
 * HTML source (node "html@<offset>"), so an entity such as &eacute; maps to its whole source range.
 */
export function readHtml(html: string, part: DocumentPart = 'body'): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph = 0;
  let table = 0;
  let row = 0;
  let cell = 0;
  let builder: BlockBuilder | undefined;
  let skipDepth = 0;
  const flush = () => {
    const block = builder?.build();
    if (block) blocks.push(block);
    builder = undefined;
  };
  const current = () => {
    if (!builder) {
      builder = new BlockBuilder({part, paragraph: ++paragraph, ...(table > 0 && cell > 0 ? {table: {table, row, cell}} : {})});
    }
    return builder;
  };
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (skippedElements.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (name === 'br') {
          if (builder) builder.appendSynthetic('\n');
          return;
        }
        if (name === 'img') return;
        if (blockElements.has(name)) flush();
        if (name === 'table') {
          table++;
          row = 0;
        } else if (name === 'tr') {
          row++;
          cell = 0;
        } else if (name === 'td' || name === 'th') cell++;
      },
      onclosetag(name) {
        if (skippedElements.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (blockElements.has(name)) flush();
      },
      ontext(text) {
        if (skipDepth > 0) return;
        const start = parser.startIndex;
        const sourceLength = parser.endIndex + 1 - start;
        // A line break in HTML source is a space: it never ends a sentence.
        if (!builder && !/\S/.test(text)) return;
        const target = current();
        // Same length, so every offset still maps to the source; an entity (&eacute;) is shorter than its source.
        if (sourceLength === text.length) target.append(text.replace(/[\t\r\n]/g, ' '), `html@${start}`, 0);
        else target.appendSynthetic(text.replace(/[\t\r\n]/g, ' '));
      },
    },
    {decodeEntities: true, lowerCaseTags: true},
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}
