import {parseDutch, parseDutchParagraphs, nodeKind, type ParsedSentence} from './letter/parse.js';
import type {Root} from 'nlcst';
import type {Position} from './types.js';
import {findPlaceholders, findSpecialTokens, withExtraPlaceholders, type PlaceholderRange} from './letter/placeholders.js';
import {scanDirectives, computeLineStarts, lineOfOffset, type Suppression} from './letter/suppress.js';
import {findMarkup, type TextFormat} from './letter/markup.js';
import {markBlockLines} from './letter/blocks.js';
import {classifyLines, isProseKind, isWordCheckedKind, type LineInfo, type LineKind} from './letter/structure.js';
import {gluedStop, normalizeWord} from './letter/words.js';
import {RangeSet, type Range} from './letter/ranges.js';
import type {TextLists} from './letter/text-lists.js';

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
  /** The text as the parser saw it: markup, comments and template logic blanked, placeholders as "Xxxx". Same length. */
  masked: string;
  format: TextFormat;
  lineStarts: number[];
  lines: LineInfo[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  placeholders: PlaceholderRange[];
  suppressions: Suppression[];
  /** The ids named in helder-disable and helder-enable comments, with the line where each is first named. */
  directiveIds: Map<string, number>;
  /** What the user should know about how the text was read (in Dutch), e.g. Markdown read as plain text. */
  notes: string[];
  position(offset: number): Position;
  /** The lists the text was read with (from the resources). */
  lists: TextLists;
}

interface Mask extends Range {
  fill: 'space' | 'word';
}

/**
 * The text the parser sees: same length and same line breaks as the original, so every offset, line and
 * column of the parse is valid for the original text.
 */
function applyMasks(text: string, masks: Mask[]): string {
  if (masks.length === 0) return text;
  masks.sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const mask of masks) {
    const start = Math.max(mask.start, cursor);
    if (mask.end <= start) continue;
    out += text.slice(cursor, start);
    const part = text.slice(start, mask.end);
    out += mask.fill === 'space' || start !== mask.start ? part.replace(/[^\r\n]/g, ' ') : `X${part.slice(1).replace(/[^\r\n]/g, 'x')}`;
    cursor = mask.end;
  }
  return out + text.slice(cursor);
}

const maybeNonText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/;
const maybeInlineBullet = /[•▪●◦■☐☑☒]/;
const inlineBullet = /[^\s][^\S\n]{1,8}[•▪●◦■☐☑☒](?=\s)/g;

// Control characters (except tab and line breaks) and lone surrogates are not text: parse them as spaces.
const nonText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * @param lists abbreviations, salutations and closings from data: `resources.textLists` (loadResources fills it).
 * @param extraPlaceholders ranges the caller already knows are placeholders (the merge fields of a Word file).
 */
export function buildModel(text: string, lists: TextLists, format: TextFormat = 'text', extraPlaceholders: PlaceholderRange[] = []): TextModel {
  const lineStarts = computeLineStarts(text);
  const masks: Mask[] = [];
  if (maybeNonText.test(text)) for (const match of text.matchAll(nonText)) masks.push({start: match.index, end: match.index + match[0].length, fill: 'space'});

  const markup = findMarkup(text, format);
  for (const range of markup.blanks) masks.push({...range, fill: 'space'});

  const {suppressions, directiveRanges, namedIds} = text.includes('helder-') ? scanDirectives(text, lineStarts) : {suppressions: [], directiveRanges: [], namedIds: new Map<string, number>()};
  for (const range of directiveRanges) masks.push({...range, fill: 'space'});

  const blanked = new RangeSet(masks);
  const found = findPlaceholders(text).filter((range) => !blanked.overlaps(range.start, range.start + 1));
  const placeholders = extraPlaceholders.length > 0 ? withExtraPlaceholders(found, extraPlaceholders) : found;
  // A placeholder parses as one opaque word of the same length ("Xxxxxxx"), or as space for template logic.
  for (const range of placeholders) masks.push({start: range.start, end: range.end, fill: range.logic ? 'space' : 'word'});
  const masked = applyMasks(text, masks);
  const placeholderSetAll = new RangeSet(placeholders);
  const lines = classifyLines(masked, lineStarts, lists, (start, end) => placeholderSetAll.covers(start, end, text));
  const segmentKeys = markBlockLines(text, masked, lines);
  const specials = new RangeSet(findSpecialTokens(text));
  const placeholderSet = new RangeSet(placeholders.filter((range) => !range.logic));
  const breakOffsets = markup.breaks.map((range) => range.start);
  // A bullet inside a line ("... is essentieel • De economie stimuleren • ...") starts a list item there too: the
  // break is right after the bullet, which the sentence before it takes as its punctuation.
  if (maybeInlineBullet.test(text)) for (const match of text.matchAll(inlineBullet)) breakOffsets.push(match.index + match[0].length);
  breakOffsets.sort((a, b) => a - b);

  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  const lineAt = lineCursor(lineStarts);
  // The parse is read paragraph by paragraph and only its offsets are kept (and remembered per paragraph text).
  parseDutchParagraphs(masked, (parsed, base) => {
    const paragraph: Paragraph = {index: paragraphs.length, start: parsed.start + base, end: parsed.end + base, sentences: []};
    paragraphs.push(paragraph);
    for (const sentence of parsed.sentences) {
      splitSentence(sentence, base, text, lines, segmentKeys, lineAt, breakOffsets, specials, placeholderSet, lists.abbreviations, paragraph, sentences);
    }
  });
  return {
    text,
    masked,
    format,
    lineStarts,
    lines,
    sentences,
    paragraphs,
    placeholders,
    suppressions,
    directiveIds: namedIds,
    notes: markup.note ? [markup.note] : [],
    lists,
    position(offset) {
      const line = lineOfOffset(lineStarts, offset);
      return {line, column: offset - lineStarts[line - 1]! + 1, offset};
    },
  };
}

/** Abbreviations that end a name or a list, never start what follows: after them a capital starts a sentence. */
const phraseEnders = new Set(['b.v.', 'n.v.', 'v.o.f.', 'enz.', 'etc.', 'e.d.', 'e.a.', 'c.s.']);

/**
 * One parsed sentence may run over a frame line (a salutation without an end mark) or a list item. Split it
 * into segments that each have one line kind, so frame lines are never counted as prose.
 */
function splitSentence(
  node: ParsedSentence,
  base: number,
  text: string,
  lines: LineInfo[],
  segmentKeys: string[],
  lineAt: (offset: number) => number,
  breakOffsets: number[],
  specials: RangeSet,
  placeholders: RangeSet,
  abbreviations: ReadonlySet<string>,
  paragraph: Paragraph,
  out: Sentence[],
): void {
  let current: Sentence | undefined;
  const falsePeriod = new Set<Token>();
  // Prose lines form one segment together; any other line (salutation, list item, heading) is a segment of its own
  // (markBlockLines gives the keys; a wrapped list item keeps the key of its first line).
  let currentKey: string | undefined;
  let punct = '';
  const sentenceStart = node.start + base;
  let lastEnd = sentenceStart;
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
  const nodes = withGluedStops(node.nodes, base, text, abbreviations);
  const gluedStarts = nodes === node.nodes ? undefined : gluedStopStarts(nodes, node.nodes, base);
  for (let at = 0; at < nodes.length; at += 3) {
    const type = nodes[at]!;
    const start = nodes[at + 1]! + base;
    const childEnd = nodes[at + 2]! + base;
    let end = childEnd;
    if (type === nodeKind.space) continue;
    const line = lineAt(start) - 1;
    const info = lines[line]!;
    const key = segmentKeys[line]!;
    if (type !== nodeKind.word) {
      // Punctuation belongs to the current segment only on the same kind of line: a list bullet starts the next one.
      if (key !== currentKey) continue;
      punct += text.slice(start, end);
      lastEnd = end;
      if (current) current.end = end;
      continue;
    }
    const crossesBreak = current !== undefined && hasBreakBetween(breakOffsets, current.end, start);
    const previous = current?.words.at(-1);
    // An amount is one word: retext splits "€ 1.250,00" into "€", "1.250", ",", "00", and "3,5" into "3", ",", "5".
    const special = specials.containing(start);
    const sameSpecial = special !== undefined && previous?.kind === 'special' && previous.start >= special.start && previous.end < special.end;
    const decimalPart = previous?.kind === 'number' && /^\d/.test(text.slice(start, start + 1)) && /^[.,]$/.test(text.slice(previous.end, start));
    if (current && previous && key === currentKey && !crossesBreak && (sameSpecial || decimalPart)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
      previous.lower = normalizeWord(previous.text);
      current.end = end;
      lastEnd = end;
      punct = '';
      continue;
    }
    // retext keeps a period on words it knows as abbreviations ("op.", "1."); before a capital it ends a sentence.
    const afterFalseAbbreviation = previous !== undefined && (previous.kind === 'number' || falsePeriod.has(previous)) && (/[.!?]\s*$/.test(punct) || /^\d+\.$/.test(previous.text)) && /^\p{Lu}/u.test(text.slice(start, start + 1));
    // A phone number or a company form keeps the full stop that ends the sentence: "bel 14 020. Actuele ...",
    // "door Van Dijk Infra B.V. Het werk ..." (round r62). Before a capital the sentence ends there.
    const afterOwnStop =
      previous !== undefined && previous.text.endsWith('.') && (previous.kind === 'special' || phraseEnders.has(previous.lower)) && /^\p{Lu}/u.test(text.slice(start, start + 1));
    const afterGluedStop = gluedStarts?.has(start) === true || afterOwnStop;
    if (!current || key !== currentKey || crossesBreak || afterFalseAbbreviation || afterGluedStop) {
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
    // The currency sign before an amount belongs to it, not to the punctuation before the word.
    let prefix = 0;
    if (special && special.start < start && !/\s/.test(text[special.start]!)) {
      const sign = text.slice(special.start, start).replace(/\s/g, '');
      const before = current.words.at(-1);
      if (before ? special.start >= before.end && punct.endsWith(sign) : special.start >= sentenceStart) {
        if (before) punct = punct.slice(0, punct.length - sign.length);
        else current.start = special.start;
        prefix = start - special.start;
      }
    }
    let raw = text.slice(start, end);
    // Only the abbreviations of data/afkortingen.yaml keep a period retext left on a word ("dhr.", "bijv."); any
    // other ("op." at the end of "Wij schorten de betaling op.") is a word followed by a full stop.
    let strippedPeriod = false;
    if (raw.length > 2 && raw.endsWith('.') && /^\p{L}+\.$/u.test(raw) && !abbreviations.has(raw.slice(0, -1).toLowerCase())) {
      end -= 1;
      raw = raw.slice(0, -1);
      strippedPeriod = true;
    }
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
    if (prefix > 0) raw = text.slice(start - prefix, end);
    current.words.push({text: raw, lower: normalizeWord(raw), start: start - prefix, end, kind, punctBefore: current.words.length === 0 ? '' : punct, index: current.words.length});
    current.end = childEnd;
    lastEnd = current.end;
    punct = strippedPeriod ? '.' : glued;
    if (strippedPeriod) falsePeriod.add(current.words.at(-1)!);
  }
  finish();
}

/**
 * A full stop without a space after it, between a word in lower case and a word with a capital ("leidinggevende.U
 * krijgt", "erbij.In dit gesprek"): the parser reads one word, but the writer ended a sentence and forgot the
 * space. Such a word is split into the two words and the stop, so the sentences are counted apart; the offsets stay
 * those of the text. Not a web or e-mail address (one dot only, and the part after it is a word with a capital:
 * "amsterdam.nl" stays) and not an abbreviation of the data ("dhr.Jansen").
 */

function withGluedStops(nodes: ParsedSentence['nodes'], base: number, text: string, abbreviations: ReadonlySet<string>): ParsedSentence['nodes'] {
  let out: number[] | undefined;
  for (let at = 0; at < nodes.length; at += 3) {
    const type = nodes[at]!;
    const start = nodes[at + 1]!;
    const end = nodes[at + 2]!;
    // Most words have no full stop inside: only those are cut out of the text and matched.
    const glued = type === nodeKind.word && end - start >= 4 && hasStop(text, start + base + 2, end + base - 1) ? gluedStop.exec(text.slice(start + base, end + base)) : null;
    if (glued && !abbreviations.has(glued[1]!)) {
      out ??= Array.from(nodes.slice(0, at));
      const dot = start + glued[1]!.length;
      out.push(nodeKind.word, start, dot, nodeKind.other, dot, dot + 1, nodeKind.word, dot + 1, end);
    } else out?.push(type, start, end);
  }
  return out ? Int32Array.from(out) : nodes;
}

/** Whether a full stop stands in text[from, to). */
function hasStop(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === 46) return true;
  return false;
}

/** The starts (in the text) of the words that follow a glued stop: each starts a sentence. */
function gluedStopStarts(split: ParsedSentence['nodes'], original: ParsedSentence['nodes'], base: number): Set<number> {
  const before = new Set<number>();
  for (let at = 0; at < original.length; at += 3) before.add(original[at + 1]!);
  const starts = new Set<number>();
  for (let at = 0; at < split.length; at += 3) if (split[at] === nodeKind.word && !before.has(split[at + 1]!)) starts.add(split[at + 1]! + base);
  return starts;
}

/** 1-based line of an offset, for offsets that mostly go up: moves a cursor instead of searching. */
function lineCursor(lineStarts: number[]): (offset: number) => number {
  let index = 0;
  return (offset) => {
    if (offset < lineStarts[index]!) return lineOfOffset(lineStarts, offset);
    while (index + 1 < lineStarts.length && lineStarts[index + 1]! <= offset) index++;
    return index + 1;
  };
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

/** The nlcst tree of the masked text (positions are offsets into the original), for unified pipelines only. */
export function parseModelTree(model: TextModel): Root {
  return parseDutch(model.masked);
}

export type {Range, LineInfo, LineKind, TextFormat};
