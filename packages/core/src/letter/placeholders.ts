import type {Range} from './ranges.js';

export interface PlaceholderRange extends Range {
  /** Template logic such as {{#if}} or {% endif %}: not a word at all, masked as white space. */
  logic: boolean;
}

// Every pattern has a bounded, non-nested body so matching is linear and cannot hang on hostile input.
const placeholderPattern = new RegExp(
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
 * amounts, dates, case numbers, postcodes, phone numbers.
 */
const specialPattern = new RegExp(
  [
    String.raw`[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}`, // e-mail
    String.raw`\b(?:https?:\/\/|www\.)[^\s<>"')\]]{1,500}`, // web address
    String.raw`\b[a-z0-9\-]{2,63}\.(?:nl|com|org|eu|net|info)(?:\/[^\s<>"')\]]{0,300})?\b`, // gemeente.nl/zorg
    String.raw`\b\d{4} ?[A-Z]{2}\b`, // postcode
    String.raw`\b\d{1,2}[\-\/.]\d{1,2}[\-\/.]\d{2,4}\b`, // date 12-03-2025
    String.raw`\b\d{2,4}[\-\/.]\d{2,}(?:[\-\/.]\d+){0,4}\b`, // case number 2019-000775
    String.raw`\b(?:0\d{1,3}[\- ]?\d{6,8}|14 ?\d{3,4})\b`, // phone number
    String.raw`[€$]\s?\d[\d.,\-]{0,20}`, // amount
  ].join('|'),
  'g',
);

export function findSpecialTokens(text: string): Range[] {
  const found: Range[] = [];
  for (const match of text.matchAll(specialPattern)) {
    found.push({start: match.index, end: match.index + match[0].length});
  }
  return found;
}
