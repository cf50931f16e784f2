import type {Range} from './ranges.js';

export interface PlaceholderRange extends Range {
  /** Template logic such as {{#if}} or {% endif %}: not a word at all, masked as white space. */
  logic: boolean;
}

// Every pattern has a bounded, non-nested body so matching is linear and cannot hang on hostile input.
export const placeholderPattern = new RegExp(
  [
    String.raw`\{\{\{?[^{}\n]{1,120}\}\}\}?`, // {{naam}}, {{{html}}}, {{#if x}}
    String.raw`\{%[^{}\n]{0,200}%\}`, // {% if %}
    String.raw`\{#[^{}\n]{0,200}#\}`, // {# comment #}
    String.raw`\$\{[^{}\n]{1,120}\}`, // ${naam}
    String.raw`\{[A-Za-z_][\w.\-]{0,80}\}`, // {naam}
    String.raw`\[[A-Za-z_][\w .\-]{0,80}\]`, // [naam], [zaak.identificatie]
    String.raw`«[^«»\n]{1,120}»`, // «Naam»
    String.raw`<<[^<>\n]{1,120}>>`, // <<naam>>
    String.raw`%[A-Za-z_][\w.]{0,60}%`, // %naam%
    String.raw`\$[A-Z_][A-Z0-9_]{0,60}\$`, // $DATUM$ (round r63), capitals only: "$5" is no field
  ].join('|'),
  'g',
);

const logicPattern = /^(\{\{\{?\s*[#/^!>&]|\{\{\s*else\b|\{%|\{#)/;

/** Template placeholders: opaque names that are never checked as words. */
export function findPlaceholders(text: string): PlaceholderRange[] {
  const found: PlaceholderRange[] = [];
  for (const match of text.matchAll(placeholderPattern)) {
    const start = match.index;
    found.push({start, end: start + match[0].length, logic: logicPattern.test(match[0])});
  }
  return found;
}

/**
 * Things that look odd to a spelling checker but are correct in a letter: e-mail addresses, web addresses,
 * amounts, dates, case numbers, postcodes, phone numbers. Each pattern only runs when a cheap test shows the
 * text can hold it: this scan runs on every key stroke in an editor.
 */
const specialPatterns: Array<[RegExp, RegExp]> = [
  [/https?:|www\./i, /\b(?:https?:\/\/|www\.)[^\s<>"')\]]{1,500}/gi], // web address
  [
    /\d/,
    // postcode, date 12-03-2025, case number 2019-000775, phone number, amount. Every repeat is bounded: recheck
    // cannot model the lookbehind and, fuzzing, sometimes called the unbounded case-number part polynomial.
    /(?<![\w])(?:\d{4} ?[A-Z]{2}\b|\d{1,2}[\-\/.]\d{1,2}[\-\/.]\d{2,4}\b|\d{2,4}[\-\/.]\d{2,20}(?:[\-\/.]\d{1,20}){0,4}\b|0\d{1,3}[\- ]?\d{6,8}\b|14 ?\d{3,4}\b)|[€$]\s?\d[\d.,\-]{0,20}/g,
  ],
  // A bank account number (IBAN): "NL12 BANK 0123 4567 89", "NL12BANK0123456789". "BANK" is no abbreviation.
  [/[A-Z]{2}\d{2}/, /\b[A-Z]{2}\d{2} ?[A-Z]{4}(?: ?\d{1,4}){2,6}\b/g],
];

const localPart = /[\w.+\-]/;
const domainAfterAt = /[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}/y;
const topLevel = /\.(?:nl|com|org|eu|net|info)\b(?:\/[^\s<>"')\]]{0,300})?/gi;
const hostPart = /[a-z0-9\-]/i;

/**
 * E-mail addresses and bare domains are found from their anchor ("@", ".nl") outwards: a pattern that starts
 * with a character class would be tried at every position of the text.
 */
function findAddresses(text: string, found: Range[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && localPart.test(text[start - 1]!)) start--;
    domainAfterAt.lastIndex = at + 1;
    const domain = domainAfterAt.exec(text);
    if (start < at && domain) found.push({start, end: domain.index + domain[0].length});
  }
  for (const match of text.matchAll(topLevel)) {
    let start = match.index;
    while (start > 0 && match.index - start < 63 && (hostPart.test(text[start - 1]!) || (text[start - 1] === '.' && start - 1 > 0 && hostPart.test(text[start - 2]!)))) start--;
    if (match.index - start >= 2) found.push({start, end: match.index + match[0].length});
  }
}

export function findSpecialTokens(text: string): Range[] {
  const found: Range[] = [];
  findAddresses(text, found);
  for (const [mayContain, pattern] of specialPatterns) {
    if (!mayContain.test(text)) continue;
    for (const match of text.matchAll(pattern)) found.push({start: match.index, end: match.index + match[0].length});
  }
  return found;
}

/**
 * The placeholders found in the text plus the ones a document reader marked. A marked range wins where both
 * overlap ("«Naam»" shown by a merge field is found twice); the result is sorted and does not overlap.
 */
export function withExtraPlaceholders(found: PlaceholderRange[], extra: PlaceholderRange[]): PlaceholderRange[] {
  const marked = [...extra].filter((range) => range.end > range.start).sort((a, b) => a.start - b.start);
  const kept: PlaceholderRange[] = [];
  let cursor = -1;
  for (const range of marked) {
    if (range.start < cursor) continue; // overlapping marks: the first one covers it
    kept.push({start: range.start, end: range.end, logic: range.logic});
    cursor = range.end;
  }
  const markedSet = kept.slice();
  const overlapsMarked = (range: Range) => {
    let low = 0;
    let high = markedSet.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (markedSet[middle]!.end <= range.start) low = middle + 1;
      else high = middle;
    }
    return low < markedSet.length && markedSet[low]!.start < range.end;
  };
  for (const range of found) if (!overlapsMarked(range)) kept.push(range);
  return kept.sort((a, b) => a.start - b.start);
}
