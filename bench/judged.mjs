// The hand-judged findings of bench/review/judged.tsv (issue 14), counted per check: per round, the latest round,
// and all rounds summed. Used by bench/rule-quality.mjs for the usefulness table of docs/rule-quality.md.
import {readFileSync, existsSync} from 'node:fs';

/**
 * Rounds keep the order in which they first appear in the file (each new round is appended), so a check's latest
 * round is the last one with a verdict for that check. Returns undefined when the file does not exist, and
 * {error} when its columns are missing.
 */
export function judgedUsefulness(path) {
  if (!existsSync(path)) return undefined;
  const [header, ...rows] = readFileSync(path, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '').map((line) => line.split('\t'));
  const col = (name) => header.findIndex((cell) => cell.trim().toLowerCase() === name);
  const [checkAt, verdictAt, roundAt] = [col('check'), col('verdict'), col('round')];
  if (checkAt < 0 || verdictAt < 0) return {error: `has no columns "check" and "verdict" (found: ${header.join(', ')}).`};
  const rounds = [];
  const perCheck = new Map();
  for (const row of rows) {
    const verdict = (row[verdictAt] ?? '').trim().toLowerCase();
    if (verdict !== 'nuttig' && verdict !== 'niet-nuttig') continue;
    const round = roundAt < 0 ? '' : (row[roundAt] ?? '').trim();
    if (!rounds.includes(round)) rounds.push(round);
    const id = row[checkAt].trim();
    const stat = perCheck.get(id) ?? {useful: 0, total: 0, rounds: new Map()};
    const ofRound = stat.rounds.get(round) ?? {useful: 0, total: 0};
    for (const count of [stat, ofRound]) {
      count.total++;
      if (verdict === 'nuttig') count.useful++;
    }
    stat.rounds.set(round, ofRound);
    perCheck.set(id, stat);
  }
  for (const stat of perCheck.values()) stat.latest = rounds.filter((round) => stat.rounds.has(round)).at(-1);
  return {rounds, perCheck};
}
