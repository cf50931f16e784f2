import {parseDutch} from './letter/parse.js';
import type {Root, Sentence as NlcstSentence, Paragraph as NlcstParagraph} from 'nlcst';
import {toString} from 'nlcst-to-string';
import type {Position} from './types.js';
import {findPlaceholders, findSpecialTokens, type PlaceholderRange} from './letter/placeholders.js';
import {scanDirectives, computeLineStarts, lineOfOffset, type Suppression} from './letter/suppress.js';
import {findMarkup, type TextFormat} from './letter/markup.js';
import {classifyLines, isProseKind, isWordCheckedKind, type LineInfo, type LineKind} from './letter/structure.js';
import {normalizeWord} from './rules/engine.js';
import {fillRange, blank, RangeSet, type Range} from './letter/ranges.js';

export type TokenKind = 'word' | 'placeholder' | 'number' | 'special';

export interface Token {
  text: string; // exactly as in the original text
  lower: string; // lowercase, typographic apostrophes made plain: the key for word lists
  start: number;
  end: number;
  kind: TokenKind;
  /** Punctuation or symbols between the previous word of the sentence and this one ('' when only space). */
  punctBefore: string;
  /** Index of this token in its sentence's `words`. */
  index: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  words: Token[];
  /** Line kind of the sentence: prose, list-item or a part of the letter's frame. */
  kind: LineKind;
  /** Scored as prose (readability, sentence length, grammar checks). */
  prose: boolean;
  /** Checked by word rules (hard words, spelling). */
  wordChecked: boolean;
  paragraph: number;
  /** Text after the last word up to the sentence end, e.g. "." or "?". */
  closing: string;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  sentences: Sentence[];
}

export interface TextModel {
  text: string;
  format: TextFormat;
  lineStarts: number[];
  lines: LineInfo[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  placeholders: PlaceholderRange[];
  suppressions: Suppression[];
  position(offset: number): Position;
  /** The nlcst tree of the masked text; positions are offsets into the original text. */
  tree: Root;
}

// Control characters (except tab and line breaks) and lone surrogates are not text: parse them as spaces.
const nonText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function buildModel(text: string, format: TextFormat = 'text'): TextModel {
  const lineStarts = computeLineStarts(text);
  const chars = text.split('');
  for (const match of text.matchAll(nonText)) chars[match.index] = ' ';

  const markup = findMarkup(text, format);
  for (const range of markup.blanks) fillRange(chars, range, blank);

  const {suppressions, directiveRanges} = scanDirectives(text, lineStarts);
  for (const range of directiveRanges) fillRange(chars, range, blank);

  const placeholders = findPlaceholders(text).filter((range) => chars[range.start] !== ' ');
  for (const range of placeholders) {
    // A placeholder parses as one opaque word of the same length ("Xxxxxxx"), or as space for template logic.
    fillRange(chars, range, range.logic ? blank : (index) => (index === 0 ? 'X' : 'x'));
  }
  const masked = chars.join('');
  const placeholderSetAll = new RangeSet(placeholders);
  const lines = classifyLines(masked, lineStarts, (start, end) => placeholderSetAll.covers(start, end, text));
  const specials = new RangeSet(findSpecialTokens(text));
  const placeholderSet = new RangeSet(placeholders.filter((range) => !range.logic));
  const breakOffsets = markup.breaks.map((range) => range.start).sort((a, b) => a - b);

  const tree = parseDutch(masked);
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];

  for (const paragraphNode of tree.children) {
    if (paragraphNode.type !== 'ParagraphNode') continue;
    const paragraph: Paragraph = {
      index: paragraphs.length,
      start: paragraphNode.position!.start.offset!,
      end: paragraphNode.position!.end.offset!,
      sentences: [],
    };
    paragraphs.push(paragraph);
    for (const sentenceNode of (paragraphNode as NlcstParagraph).children) {
      if (sentenceNode.type !== 'SentenceNode') continue;
      splitSentence(sentenceNode, text, lines, lineStarts, breakOffsets, specials, placeholderSet, paragraph, sentences);
    }
  }
  return {
    text,
    format,
    lineStarts,
    lines,
    sentences,
    paragraphs,
    placeholders,
    suppressions,
    tree,
    position(offset) {
      const line = lineOfOffset(lineStarts, offset);
      return {line, column: offset - lineStarts[line - 1]! + 1, offset};
    },
  };
}

/**
 * One parsed sentence may run over a frame line (a salutation without an end mark) or a list item. Split it
 * into segments that each have one line kind, so frame lines are never counted as prose.
 */
function splitSentence(
  node: NlcstSentence,
  text: string,
  lines: LineInfo[],
  lineStarts: number[],
  breakOffsets: number[],
  specials: RangeSet,
  placeholders: RangeSet,
  paragraph: Paragraph,
  out: Sentence[],
): void {
  let current: Sentence | undefined;
  let currentKey = '';
  let punct = '';
  let lastEnd = node.position!.start.offset!;
  const finish = () => {
    if (!current) return;
    current.closing = punct.trim();
    if (current.words.length > 0) {
      current.end = Math.max(current.end, lastEnd);
      out.push(current);
      paragraph.sentences.push(current);
    }
    current = undefined;
  };
  for (const child of node.children) {
    const start = child.position!.start.offset!;
    let end = child.position!.end.offset!;
    if (child.type === 'WhiteSpaceNode') continue;
    const info = lines[lineOfOffset(lineStarts, start) - 1]!;
    const key = info.kind === 'prose' ? 'prose' : `${info.kind}:${info.line}`;
    if (child.type !== 'WordNode') {
      // Punctuation belongs to the current segment only on the same kind of line: a list bullet starts the next one.
      if (key !== currentKey) continue;
      punct += text.slice(start, end);
      lastEnd = end;
      if (current) current.end = end;
      continue;
    }
    const crossesBreak = current !== undefined && hasBreakBetween(breakOffsets, current.end, start);
    if (!current || key !== currentKey || crossesBreak) {
      finish();
      punct = '';
      current = {
        index: out.length,
        start,
        end,
        words: [],
        kind: info.kind,
        prose: isProseKind(info.kind),
        wordChecked: isWordCheckedKind(info.kind),
        paragraph: paragraph.index,
        closing: '',
      };
      currentKey = key;
    }
    let raw = text.slice(start, end);
    // retext may glue a following period to a masked placeholder ("{{naam}}. een"): the token is the placeholder only.
    const placeholderEnd = placeholders.endOf(start);
    let glued = '';
    if (placeholderEnd !== undefined && placeholderEnd < end) {
      glued = text.slice(placeholderEnd, end);
      end = placeholderEnd;
      raw = text.slice(start, end);
    }
    const kind: TokenKind = placeholders.overlaps(start, end)
      ? 'placeholder'
      : specials.overlaps(start, end)
        ? 'special'
        : /^[\d€$]/.test(raw)
          ? 'number'
          : 'word';
    current.words.push({text: raw, lower: normalizeWord(raw), start, end, kind, punctBefore: current.words.length === 0 ? '' : punct, index: current.words.length});
    current.end = child.position!.end.offset!;
    lastEnd = current.end;
    punct = glued;
  }
  finish();
}

/** Whether a block break lies in [from, to): binary search, so long HTML stays linear. */
function hasBreakBetween(breakOffsets: number[], from: number, to: number): boolean {
  let low = 0;
  let high = breakOffsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (breakOffsets[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < breakOffsets.length && breakOffsets[low]! < to;
}

export type {Range, LineInfo, LineKind, TextFormat};
