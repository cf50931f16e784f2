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
    const before = text.charCodeAt(from - 1);
    if (before === newline && (text.charCodeAt(from - 2) === newline || capitalOrDigit(text, from))) break;
    if (isSpace(before) && isStop(text.charCodeAt(from - 2)) && capital(text, from) && endsSentence(text, from - 2)) break;
    from--;
  }
  let to = end;
  const highest = Math.min(text.length, end + reach);
  while (to < highest) {
    const here = text.charCodeAt(to);
    if (here === newline && (text.charCodeAt(to + 1) === newline || capitalOrDigit(text, to + 1))) break;
    to++;
    if (isStop(here) && (to >= text.length || isSpace(text.charCodeAt(to))) && (to + 1 >= text.length || capital(text, to + 1)) && endsSentence(text, to - 1)) break;
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

// Character tests of the loops above, without a regular expression per character (the reports make the sentence of
// every finding): plain ASCII is decided by its code, anything else by the Unicode classes.
const newline = 10;
const isStop = (code: number): boolean => code === 46 /* . */ || code === 33 /* ! */ || code === 63; /* ? */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(String.fromCharCode(code));
}
/** Whether text[at] is a capital (false past the end); one UTF-16 unit, as `text[at]` is. */
function capital(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  return !Number.isNaN(code) && /\p{Lu}/u.test(String.fromCharCode(code));
}
/** A capital or an ASCII digit. */
const capitalOrDigit = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return (code >= 48 && code <= 57) || capital(text, at);
};

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
  return fingerprintFromKey(fingerprintKey(path, finding), occurrence);
}

const fingerprintFromKey = (key: string, occurrence: number): string => createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);

type FingerprintFields = Pick<ReportFinding, 'ruleId' | 'entryId' | 'actual' | 'sentence' | 'location'>;

function fingerprintKey(path: string, finding: FingerprintFields, normalise = normaliseSentence): string {
  const context = normalise(finding.sentence ?? finding.location?.quote ?? '');
  return [path, finding.ruleId, finding.entryId ?? '', finding.actual.replace(/\s+/g, ' ').toLowerCase(), context].join('\u0000');
}

/**
 * The fingerprints of a file's findings, in order. The same words twice in one sentence get the occurrence number
 * (0, 1, ...) in their fingerprint, so each finding keeps an id of its own and an edit elsewhere changes none.
 * Findings in one sentence share its normalised form.
 */
export function fingerprintsOf(path: string, findings: FingerprintFields[]): string[] {
  const seen = new Map<string, number>();
  const normalised = new Map<string, string>();
  const normalise = (sentence: string): string => {
    let known = normalised.get(sentence);
    if (known === undefined) normalised.set(sentence, (known = normaliseSentence(sentence)));
    return known;
  };
  return findings.map((finding) => {
    const key = fingerprintKey(path, finding, normalise);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return fingerprintFromKey(key, occurrence);
  });
}
