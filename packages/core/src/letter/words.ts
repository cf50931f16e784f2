const typographicQuote = /[’‘`]/g;

/** The key of a word for word lists and rules (Token.lower): lowercase, typographic apostrophes made plain. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') || lower.includes('‘') || lower.includes('`') ? lower.replace(typographicQuote, "'") : lower;
}
