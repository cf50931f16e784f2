import {createHash} from 'node:crypto';
import type {ReportFinding} from './model.js';

/** Words with a full stop that do not end a sentence: "dhr. Jansen", "art. 35", "t.a.v. de heer". */
const abbreviations = new Set(['dhr', 'mevr', 'mw', 'mr', 'mrs', 'dr', 'drs', 'ir', 'ing', 'prof', 'nr', 'art', 'blz', 'bijv', 'bv', 'ca', 'jl', 'st', 'tel', 'vgl', 'zgn']);

/** Whether the . ! or ? at `at` ends a sentence: not after an abbreviation or an initial ("J. de Vries"). */
function endsSentence(text: string, at: number): boolean {
  if (text[at] !== '.') return true;
  let from = at;
  while (from > 0 && at - from < 12 && /\p{L}/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, at);
  // One capital is an initial; one small letter is a word ("Dat vragen wij u.").
  if (word.length === 1) return word === word.toLowerCase();
  return !abbreviations.has(word.toLowerCase());
}

/**
 * The sentence around [start, end) in a text: from the end of the previous sentence to the end of this one, never
 * across a blank line (blocks of a document are joined with one) or a line break before a capital or digit (the
 * address and reference lines of a letter). A sentence ends at . ! or ? followed by white space and a capital, and
 * not after an abbreviation, so "o.a. de", "art. 35" and "dhr. Jansen" do not end it. At most `reach` characters
 * on each side: the loops are bounded, whatever the text.
 */
export function sentenceAround(text: string, start: number, end: number, reach = 400): string {
  let from = start;
  const lowest = Math.max(0, start - reach);
  while (from > lowest) {
    const before = text[from - 1]!;
    if (before === '\n' && (text[from - 2] === '\n' || /[\p{Lu}\d]/u.test(text[from] ?? ''))) break;
    if (/\s/.test(before) && /[.!?]/.test(text[from - 2] ?? '') && /\p{Lu}/u.test(text[from] ?? '') && endsSentence(text, from - 2)) break;
    from--;
  }
  let to = end;
  const highest = Math.min(text.length, end + reach);
  while (to < highest) {
    const here = text[to]!;
    if (here === '\n' && (text[to + 1] === '\n' || /[\p{Lu}\d]/u.test(text[to + 1] ?? ''))) break;
    to++;
    if (/[.!?]/.test(here) && /\s/.test(text[to] ?? ' ') && /\p{Lu}/u.test(text[to + 1] ?? 'A') && endsSentence(text, to - 1)) break;
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** Lower case, single spaces, no punctuation: a changed comma or an extra space is not a new finding. */
export function normaliseSentence(sentence: string): string {
  return sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A finding's id across runs: file, check, curated rule, marked words and its normalised sentence, never offsets,
 * so a paragraph added above it does not turn an old finding into a new one. Runs without `sentence` (older json)
 * fall back to the quote around the words.
 */
export function fingerprintOf(path: string, finding: FingerprintFields, occurrence = 0): string {
  return createHash('sha256').update(`${fingerprintKey(path, finding)}\u0000${occurrence}`).digest('hex').slice(0, 32);
}

type FingerprintFields = Pick<ReportFinding, 'ruleId' | 'entryId' | 'actual' | 'sentence' | 'location'>;

function fingerprintKey(path: string, finding: FingerprintFields): string {
  const context = normaliseSentence(finding.sentence ?? finding.location?.quote ?? '');
  return [path, finding.ruleId, finding.entryId ?? '', finding.actual.replace(/\s+/g, ' ').toLowerCase(), context].join('\u0000');
}

/**
 * The fingerprints of a file's findings, in order. The same words twice in one sentence get the occurrence number
 * (0, 1, ...) in their fingerprint, so each finding keeps an id of its own and an edit elsewhere changes none.
 */
export function fingerprintsOf(path: string, findings: FingerprintFields[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = fingerprintKey(path, finding);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return fingerprintOf(path, finding, occurrence);
  });
}
