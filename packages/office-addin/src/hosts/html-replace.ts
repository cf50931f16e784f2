import {HostError} from './host.js';
import {labels} from '../labels.js';

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '};

interface Segment {
  /** Offset of the segment in the HTML. */
  at: number;
  raw: string;
  /** The text as shown, non-breaking spaces as spaces; `rawOffsets[i]` is where its character i starts in raw. */
  text: string;
  rawOffsets: number[];
}

/** The text between the tags of an HTML body, outside head, style, script and comments. */
function textSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  const token = /<!--[\s\S]*?-->|<(head|style|script|title)\b[\s\S]*?<\/\1\s*>|<[^>]*>/gi;
  let last = 0;
  const add = (from: number, to: number) => {
    if (to <= from) return;
    const raw = html.slice(from, to);
    let text = '';
    const rawOffsets: number[] = [];
    for (let index = 0; index < raw.length; ) {
      const entity = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(raw.slice(index, index + 12));
      let char: string;
      let size = 1;
      if (entity) {
        const name = entity[1]!;
        char = name[0] === '#' ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : entities[name.toLowerCase()] ?? entity[0];
        size = entity[0].length;
      } else char = raw[index]!;
      if (char === '\u00a0') char = ' ';
      for (let unit = 0; unit < char.length; unit++) rawOffsets.push(index);
      text += char;
      index += size;
    }
    rawOffsets.push(raw.length);
    segments.push({at: from, raw, text: text.replace(/\s/g, ' '), rawOffsets});
  };
  for (const match of html.matchAll(token)) {
    add(last, match.index);
    last = match.index + match[0].length;
  }
  add(last, html.length);
  return segments;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Replace occurrence `occurrence` (0-based) of `words` in the shown text of an HTML body, and nothing else: every
 * other character of the HTML stays as it was. Words that run across a tag (half of them bold) are not replaced.
 */
export function replaceInHtml(html: string, words: string, occurrence: number, replacement: string): string {
  const wanted = words.replace(/\s/g, ' ');
  let seen = 0;
  for (const segment of textSegments(html)) {
    for (let at = segment.text.indexOf(wanted); at !== -1; at = segment.text.indexOf(wanted, at + wanted.length)) {
      if (seen++ !== occurrence) continue;
      const from = segment.at + segment.rawOffsets[at]!;
      const to = segment.at + segment.rawOffsets[at + wanted.length]!;
      return html.slice(0, from) + escapeHtml(replacement) + html.slice(to);
    }
  }
  throw new HostError(labels.markupInWords);
}
