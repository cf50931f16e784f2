const typographicQuote = /[’‘`]/g;

/**
 * A full stop without a space between a word in lower case and a word with a capital: "leidinggevende.U". The model
 * splits such a word into two sentences; the spelling check reports the missing space.
 */
export const gluedStop = /^(\p{Ll}{2,})\.(\p{Lu}\p{Ll}*)$/u;

/** The key of a word for word lists and rules (Token.lower): lowercase, typographic apostrophes made plain. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') || lower.includes('‘') || lower.includes('`') ? lower.replace(typographicQuote, "'") : lower;
}

/**
 * The first words of a stretch of text, to name a sentence or paragraph in a message: "Wij hebben uw aanvraag ...".
 * Punctuation at the end of the last word shown is left off.
 */
export function openingWords(text: string, start: number, end: number, count = 4): string {
  const words = text.slice(start, Math.min(end, start + 400)).split(/\s+/).filter((word) => word !== '');
  const opening = words.slice(0, count).join(' ').replace(/[,.:;!?]{1,8}$/, '');
  return words.length > count ? `${opening} ...` : opening;
}

/** How many letters two words share at the start: "meedeeld" and "meedelen" share 5. */
export function commonPrefix(word: string, other: string): number {
  let index = 0;
  while (index < word.length && word[index] === other[index]) index++;
  return index;
}
