/**
 * A helder-disable comment with a misspelt id ("moeilijk-wrd") switches nothing off, and nobody would notice:
 * each unknown id gets a note with the nearest valid ids. Valid are the check ids, the curated rule ids and
 * "check/rule" (see suppressionLookup in suppress.ts).
 */

/** At most this many unknown ids are named: a text full of directives must not give a note per word. */
const maxReported = 5;

export function unknownDirectiveIdNotes(named: Map<string, number>, checkIds: readonly string[], ruleIds: Iterable<string>): string[] {
  if (named.size === 0) return [];
  const known = new Set<string>([...checkIds, ...ruleIds]);
  const isKnown = (id: string) => {
    if (known.has(id)) return true;
    const slash = id.indexOf('/');
    return slash > 0 && checkIds.includes(id.slice(0, slash)) && known.has(id.slice(slash + 1));
  };
  const notes: string[] = [];
  let unknown = 0;
  for (const [id, line] of named) {
    if (isKnown(id)) continue;
    unknown++;
    if (notes.length === maxReported) continue;
    const near = nearest(id, known);
    const advice = near.length > 0 ? ` Bedoelt u ${near.map((item) => `"${item}"`).join(' of ')}?` : ' Zie docs/uitzetten.md voor de namen die Helder kent.';
    notes.push(`Op regel ${line} noemt een helder-disable of helder-enable "${id}". Die naam kent Helder niet, dus daar staat niets uit.${advice}`);
  }
  if (unknown > maxReported) notes.push(`Er staan nog ${unknown - maxReported} andere namen in helder-disable of helder-enable die Helder niet kent.`);
  return notes;
}

/** Up to three known ids closest to `id` by edit distance, when close enough to be a typing error. */
export function nearest(id: string, known: Iterable<string>): string[] {
  const limit = Math.max(2, Math.floor(id.length / 3));
  const scored: Array<[string, number]> = [];
  for (const candidate of known) {
    if (Math.abs(candidate.length - id.length) > limit) continue;
    const distance = editDistance(id, candidate, limit);
    if (distance <= limit) scored.push([candidate, distance]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, 3).map(([candidate]) => candidate);
}

/** Levenshtein distance with swapped neighbours counting as one edit; stops early above `limit`. Ids are short. */
function editDistance(a: string, b: string, limit: number): number {
  if (a.length > 64 || b.length > 64) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({length: b.length + 1}, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
