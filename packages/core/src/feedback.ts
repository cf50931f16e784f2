/**
 * "Dit advies helpt niet": what every surface (editor, Word pane) keeps for the curation panel, and what the Rules
 * Studio imports. Only the advice and a few of its own words, never more of the letter.
 */
export interface FeedbackRecord {
  ruleId: string;
  entryId?: string;
  /** The words the advice was about (the matched text), nothing around them. */
  words: string;
  /** Day of the feedback, YYYY-MM-DD. */
  date: string;
}

/** More words than this and the matched text may hold personal details: then only the number of words is kept. */
export const maxFeedbackWords = 6;

/** A longer "word" is not a word a curator needs (a pasted line without spaces); it is not stored. */
export const maxFeedbackWordLength = 40;

/**
 * The record for one "dit advies helpt niet". At most a few short words are kept; a word with a capital inside a
 * sentence may be a name (a surname flagged as a long word) and is replaced by "[naam]". `sentenceStart` says the
 * words begin a sentence or a line.
 */
export function feedbackRecord(
  ruleId: string,
  entryId: string | undefined,
  words: string,
  now: Date = new Date(),
  sentenceStart = false,
): FeedbackRecord & {wordCount: number} {
  const clean = words.replace(/\s+/g, ' ').trim();
  const list = clean === '' ? [] : clean.split(' ');
  const kept = list.map((word, index) => {
    if (word.length > maxFeedbackWordLength) return '[lang woord]';
    if (looksLikeName(word) && !(index === 0 && sentenceStart)) return '[naam]';
    return word;
  });
  return {
    ruleId,
    ...(entryId ? {entryId} : {}),
    words: list.length <= maxFeedbackWords ? kept.join(' ') : '',
    wordCount: list.length,
    date: now.toISOString().slice(0, 10),
  };
}

/** A capital followed by small letters somewhere in the word (Jansen, De Vries's "Vries", McDonald); not AOW or WMO. */
function looksLikeName(word: string): boolean {
  return /\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

/** Whether the words at `start` begin a sentence or a line of `text` (then a capital is no sign of a name). */
export function startsSentence(text: string, start: number): boolean {
  const from = Math.max(0, start - 200);
  const before = text.slice(from, start);
  if (from === 0 && before.trim() === '') return true;
  if ('.!?:'.includes(before.trimEnd().slice(-1) || 'x')) return true;
  // A new line, perhaps after list or quote marks: "- Jansen", "> Middels".
  let at = before.length;
  while (at > 0 && ' \t>#*+-'.includes(before[at - 1]!)) at--;
  return at > 0 && before[at - 1] === '\n';
}
