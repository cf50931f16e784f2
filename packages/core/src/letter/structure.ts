/**
 * Letter structure: which lines are prose and which are the letter's frame (address, date, reference lines,
 * salutation, closing, signature). The frame is not scored as prose.
 */
import type {TextLists} from './text-lists.js';

export type LineKind = 'prose' | 'blank' | 'field' | 'address' | 'date' | 'reference' | 'subject' | 'salutation' | 'closing' | 'signature' | 'list-item' | 'heading' | 'label' | 'table-row';

export interface LineInfo {
  line: number; // 1-based
  start: number;
  end: number; // offset of the line end (without the newline)
  kind: LineKind;
}

/** The Dutch month names, in lower case (dates in the letter's frame, and dates that count as one word). */
export const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const months = monthNames.join('|');
export const datePattern = new RegExp(
  String.raw`^(?:[A-Z][\p{L}\- ]{1,40},\s{0,5})?(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s{1,5})?\d{1,2}\s{1,5}(?:${months})\s{1,5}\d{4}\.?$|^\d{1,2}[\-/.]\d{1,2}[\-/.]\d{2,4}$`,
  'iu',
);
const referencePattern =
  /^(?:datum|ons kenmerk|uw kenmerk|kenmerk|zaaknummer|zaak|dossiernummer|behandeld door|contactpersoon|telefoon(?:nummer)?|doorkiesnummer|e-?mail(?:adres)?|bijlagen?|bijlage\(n\)|verzenddatum|verzonden|klantnummer|cliëntnummer|burgerservicenummer|bsn|referentie|uw brief van|onze referentie|afdeling|team|relatienummer|documentnummer)\s*:/i;
const subjectPattern = /^(?:onderwerp|betreft|inzake)\s*:/i;
const addressPattern = /^(?:postbus\s+\d+|\d{4}\s?[A-Z]{2}\b.*|[A-Z][\p{L}'.\- ]{1,60}\s\d{1,5}(?:\s?[a-zA-Z]{1,2})?(?:[\-\s]\d{1,4})?)$/u;
const listItemPattern = /^\s{0,8}(?:[-*•–·]|\d{1,3}[.)]|[a-z][.)])\s+\S/;

/**
 * @param lists the salutation and closing words (data/woordenlijsten/aanheffen.yaml, slotgroeten.yaml).
 * @param onlyPlaceholders whether a stretch of the text holds nothing but placeholders (a line "{{naam}}" is a field
 * of the template, not a sentence).
 */
export function classifyLines(text: string, lineStarts: number[], lists: TextLists, onlyPlaceholders: (start: number, end: number) => boolean = () => false): LineInfo[] {
  const lines: LineInfo[] = lineStarts.map((start, index) => {
    const next = lineStarts[index + 1];
    let end = next === undefined ? text.length : next - 1;
    if (end > start && text[end - 1] === '\r') end -= 1;
    return {line: index + 1, start, end, kind: 'prose' as LineKind};
  });
  let salutationIndex = -1;
  let closingIndex = -1;
  for (const [index, info] of lines.entries()) {
    const content = text.slice(info.start, info.end).trim();
    if (content === '') info.kind = 'blank';
    else if (onlyPlaceholders(info.start + (text.slice(info.start, info.end).length - text.slice(info.start, info.end).trimStart().length), info.start + text.slice(info.start, info.end).trimEnd().length)) info.kind = 'field';
    else if (content.length > 400) info.kind = 'prose';
    else if (subjectPattern.test(content)) info.kind = 'subject';
    else if (referencePattern.test(content)) info.kind = 'reference';
    else if (datePattern.test(content)) info.kind = 'date';
    else if (salutationIndex === -1 && closingIndex === -1 && lists.salutation.test(content)) {
      info.kind = 'salutation';
      salutationIndex = index;
    } else if (closingIndex === -1 && lists.closing.test(content)) {
      info.kind = 'closing';
      closingIndex = index;
    } else if (closingIndex !== -1 && index - closingIndex <= 8 && isFrameLine(content)) info.kind = 'signature';
    else if (listItemPattern.test(content)) info.kind = 'list-item';
    else if (addressPattern.test(content) && isFrameLine(content)) info.kind = 'address';
  }
  // Before the salutation, short lines without a sentence ending are the address block and letterhead.
  if (salutationIndex > 0) {
    for (let index = 0; index < salutationIndex; index++) {
      const info = lines[index]!;
      if (info.kind !== 'prose') continue;
      const content = text.slice(info.start, info.end).trim();
      if (isFrameLine(content)) info.kind = 'address';
    }
  }
  return lines;
}

/** A short line that does not read as a sentence: no end mark, at most eight words. */
function isFrameLine(content: string): boolean {
  if (/[.!?:]$/.test(content) && !/\b(?:[A-Z]\.|b\.v\.|nr\.)$/.test(content)) return false;
  return content.split(/\s+/).length <= 8;
}

/** Kinds whose words are checked by word rules (hard words, spelling) although they are not prose. */
export function isWordCheckedKind(kind: LineKind): boolean {
  return kind === 'prose' || kind === 'list-item' || kind === 'subject' || kind === 'salutation' || kind === 'closing' || kind === 'heading' || kind === 'label' || kind === 'table-row';
}

export function isProseKind(kind: LineKind): boolean {
  return kind === 'prose' || kind === 'list-item';
}
