/**
 * Dutch syllable count. A first version counts vowel groups; the readability work replaces it with
 * hyphenation patterns.
 */
const vowelGroup = /[aeiouyàáâäèéêëìíîïòóôöùúûü]+/g;

export function countSyllables(word: string): number {
  const groups = word.toLowerCase().match(vowelGroup);
  return Math.max(1, groups ? groups.length : 0);
}
