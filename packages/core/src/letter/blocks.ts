import type {LineInfo} from './structure.js';

/**
 * Lines that are not running text, though they have no sentence end: list items (any bullet, a number, a check
 * box), headings, labels ("Naam: J. Jansen") and table-like rows. Each of them ends a sentence, so a heading does not
 * run into the next line and a list of check boxes is not one long sentence.
 *
 * @param text the original text; `masked` is the text as the parser sees it (same length).
 * Returns, per line, the key of the segment it belongs to: lines with the same key may form one sentence.
 */
export function markBlockLines(text: string, masked: string, lines: LineInfo[]): string[] {
  // Bullets and columns are read in the original (Markdown blanks "- ", HTML tags become spaces); the rest as parsed.
  const content = (info: LineInfo) => masked.slice(info.start, info.end);
  for (const [index, info] of lines.entries()) {
    if (info.kind !== 'prose') continue;
    const line = content(info);
    const original = text.slice(info.start, info.end);
    if (bullet.test(original)) info.kind = 'list-item';
    else if (tableRow.test(original) || scheduleRow(text, lines, index)) info.kind = 'table-row';
    // "[titel]: Uw aanvraag is toegekend" is a message after a placeholder, not a label: the label is written out.
    else if (isLabel(line) && /^\s{0,8}\p{L}/u.test(original)) info.kind = 'label';
    else if (isHeading(line, lines[index - 1] && content(lines[index - 1]!), lines[index - 1]?.kind, lines[index + 1] && content(lines[index + 1]!))) info.kind = 'heading';
  }
  // A wrapped list item: the next line, indented or going on in lower case, belongs to the item.
  const keys: string[] = [];
  let run = 0;
  let previousEndsSentence = false;
  for (const [index, info] of lines.entries()) {
    const line = content(info);
    const previous = lines[index - 1];
    if (info.kind === 'prose' && previous?.kind === 'list-item' && /^(?:\s{2,}|\s{0,8}\p{Ll})/u.test(line)) {
      info.kind = 'list-item';
      keys.push(keys[index - 1]!);
      continue;
    }
    if (info.kind === 'prose') {
      // After a line that ends with a colon ("Dat kan op 2 manieren:"), the next line starts a new sentence.
      if (previousEndsSentence) run++;
      keys.push(`prose ${run}`);
      previousEndsSentence = /:\s*$/.test(line);
    } else {
      if (info.kind !== 'blank') run++;
      keys.push(`line ${index}`);
      previousEndsSentence = false;
    }
  }
  return keys;
}

// "- ", "* ", "• ", "□ ", "☐", "☑", "▪", "1. ", "1) ", "a) ", "(2) ": bounded white space, so the scan is linear.
const bullet = /^\s{0,8}(?:[•▪▫■□☐☑☒◦○●✓✔➢➤►→]\s{0,4}\S|[-*–·]\s{1,4}\S|\(?(?:\d{1,3}|[a-z])[.)]\s{1,4}\S)/u;
// Columns: a tab between words, three spaces or more between words, or cells between bars.
const tableRow = /\S(?:[ \t]{0,8}\t[ \t]{0,8}| {3,8})\S|^\s{0,8}\|.{0,400}\|/;
// "19.45 uur  Presentatie van het plan", "09:00 - 12:00 inloop": a line of a programme starts with a time.
const timeAtStart = /^\s{0,8}\d{1,2}[.:]\d{2}(?:\s?(?:uur|u))?(?:\s?[-–]\s?\d{1,2}[.:]\d{2}(?:\s?(?:uur|u))?)?\s{1,8}\p{L}/u;

/** A line of a programme: it starts with a time, and so does the line before or after it (one such line is prose). */
function scheduleRow(text: string, lines: LineInfo[], index: number): boolean {
  const starts = (at: number) => lines[at] !== undefined && timeAtStart.test(text.slice(lines[at]!.start, lines[at]!.end));
  return starts(index) && (starts(index - 1) || starts(index + 1));
}

const labelPattern = /^\s{0,8}\p{Lu}[\p{L}\d'’()/\- ]{0,40}:\s{1,8}\S/u;

/** "Naam: J. Jansen", "Bedrag: € 120": a short line with a label and a value, without a sentence end. */
function isLabel(line: string): boolean {
  return labelPattern.test(line) && !/[.!?]\s*$/.test(line) && wordCount(line) <= 12;
}

/**
 * A heading: a short line without a sentence end, above the text it introduces (the next line is not empty and does
 * not go on in lower case), after an empty line or a line that is not running text.
 */
function isHeading(line: string, previous: string | undefined, previousKind: LineInfo['kind'] | undefined, next: string | undefined): boolean {
  const trimmed = line.trim();
  // A colon inside makes it a label or a message after a placeholder ("[titel]: Uw aanvraag"), not a heading.
  if (!/^[\p{Lu}\d]/u.test(trimmed) || /[.!?,;:]$/.test(trimmed) || trimmed.includes(': ') || wordCount(trimmed) > 8) return false;
  if (next === undefined || next.trim() === '' || /^\s{0,8}\p{Ll}/u.test(next)) return false;
  return previous === undefined || previous.trim() === '' || previousKind !== 'prose' || /[.!?:]\s*$/.test(previous);
}

function wordCount(line: string): number {
  let count = 0;
  for (const part of line.split(/\s/)) if (part !== '') count++;
  return count;
}
