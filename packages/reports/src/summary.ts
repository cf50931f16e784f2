import type {Severity} from '@helder/core';
import {isUnreadable, type CheckedEntry, type ReportEntry, type ReportFinding} from './model.js';

/** One line per checked file: all a report keeps of a file that is not among the worst. */
export interface FileSummary {
  path: string;
  level: number | null;
  score: number | null;
  reached: boolean | null;
  words: number;
  findings: number;
}

export interface WordCount {
  word: string;
  count: number;
  files: number;
  expected: string[];
  message: string;
}

/** The totals a run carries at the end of its json report; the trend report reads only these. */
export interface RunTotals {
  files: number;
  unreadable: number;
  words: number;
  findings: Record<Severity, number>;
  /** Files per LiNT level 1-4; files without a level (no prose) are not counted. */
  levels: {1: number; 2: number; 3: number; 4: number};
  /** Files that reach the target level (B1 by default), of those with a level. */
  atTarget: number;
  scored: number;
  /** All findings per 1,000 words (null without words). */
  findingsPerThousandWords: number | null;
}

export interface Summary {
  totals: RunTotals;
  files: FileSummary[];
  /** The worst files, worst first, with their findings. */
  worst: CheckedEntry[];
  hardWords: WordCount[];
  unreadable: {path: string; error: string}[];
}

/** Checks whose findings are words with better words: they make the organisation's list of difficult words. */
const wordChecks = new Set(['moeilijk-woord', 'afschrikwoord']);

/** Worst first: highest level, then highest LiNT score, then most findings per word. Files without a level last. */
export function worseThan(a: FileSummary, b: FileSummary): number {
  const level = (b.level ?? 0) - (a.level ?? 0);
  if (level !== 0) return level;
  const score = (b.score ?? 0) - (a.score ?? 0);
  if (score !== 0) return score;
  return b.findings / Math.max(1, b.words) - a.findings / Math.max(1, a.words);
}

export function summariseFile(entry: CheckedEntry): FileSummary {
  const lint = entry.readability.lint;
  const verdict = 'verdict' in entry.readability ? entry.readability.verdict : null;
  return {path: entry.path, level: lint?.level ?? null, score: lint ? Math.round(lint.score * 10) / 10 : null, reached: verdict ? verdict.reached : null, words: entry.stats.words, findings: entry.findings.length};
}

/**
 * Folds entries one by one into what a management report needs. It keeps a line per file, the counts of difficult
 * words and the findings of only the `keepWorst` worst files so far: a batch of thousands of files never holds all
 * its findings.
 */
export function createSummary(keepWorst = 20) {
  const totals: RunTotals = {files: 0, unreadable: 0, words: 0, findings: {error: 0, warning: 0, info: 0}, levels: {1: 0, 2: 0, 3: 0, 4: 0}, atTarget: 0, scored: 0, findingsPerThousandWords: null};
  const files: FileSummary[] = [];
  const unreadable: {path: string; error: string}[] = [];
  const words = new Map<string, WordCount & {lastFile: string}>();
  let worst: {summary: FileSummary; entry: CheckedEntry}[] = [];
  return {
    add(entry: ReportEntry): void {
      if (isUnreadable(entry)) {
        totals.unreadable++;
        unreadable.push({path: entry.path, error: entry.error});
        return;
      }
      const summary = summariseFile(entry);
      totals.files++;
      totals.words += entry.stats.words;
      for (const finding of entry.findings) {
        totals.findings[finding.severity]++;
        if (wordChecks.has(finding.ruleId)) countWord(words, entry.path, finding);
      }
      if (summary.level !== null) {
        totals.scored++;
        totals.levels[summary.level as 1 | 2 | 3 | 4]++;
        if (summary.reached) totals.atTarget++;
      }
      files.push(summary);
      if (keepWorst > 0 && (worst.length < keepWorst || worseThan(summary, worst[worst.length - 1]!.summary) < 0)) {
        worst.push({summary, entry});
        worst.sort((a, b) => worseThan(a.summary, b.summary));
        if (worst.length > keepWorst) worst = worst.slice(0, keepWorst);
      }
    },
    result(): Summary {
      const all = totals.findings.error + totals.findings.warning + totals.findings.info;
      const done = {...totals, findingsPerThousandWords: totals.words > 0 ? Math.round((all / totals.words) * 10_000) / 10 : null};
      const hardWords = [...words.values()]
        .sort((a, b) => b.count - a.count || b.files - a.files || a.word.localeCompare(b.word, 'nl'))
        .map(({lastFile: _lastFile, ...word}) => word);
      return {totals: done, files, worst: worst.map((item) => item.entry), hardWords, unreadable};
    },
  };
}

function countWord(words: Map<string, WordCount & {lastFile: string}>, path: string, finding: ReportFinding): void {
  // Grouped by curated rule: "middels" and "Middels" are one difficult word.
  const key = `${finding.ruleId}/${finding.entryId ?? finding.actual.toLowerCase()}`;
  const known = words.get(key);
  if (known) {
    known.count++;
    if (known.lastFile !== path) known.files++;
    known.lastFile = path;
    return;
  }
  words.set(key, {word: finding.actual.toLowerCase(), count: 1, files: 1, expected: finding.expected, message: finding.message, lastFile: path});
}

/** The share (0-100, one decimal) of files that reach the target, or null when no file has a level. */
export const shareAtTarget = (totals: RunTotals): number | null => (totals.scored === 0 ? null : Math.round((totals.atTarget / totals.scored) * 1000) / 10);
