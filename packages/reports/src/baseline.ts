import {fingerprintsOf} from './fingerprint.js';
import {isUnreadable, placeOf, type ReportEntry, type ReportFinding, type RunInfo} from './model.js';

/** What a run keeps of each file of the earlier run: enough to compare, not the whole report. */
interface EarlierFile {
  level: number | null;
  findings: number;
  /** Fingerprint -> how the finding read, for the list of findings that are gone. */
  byFingerprint: Map<string, FindingNote>;
}

export interface FindingNote {
  path: string;
  ruleId: string;
  actual: string;
  place: string;
  sentence: string;
  message: string;
}

export interface FileChange {
  path: string;
  before: {level: number | null; findings: number};
  after: {level: number | null; findings: number};
}

export interface Comparison {
  previous: RunInfo | null;
  better: FileChange[];
  worse: FileChange[];
  newFindings: FindingNote[];
  goneFindings: FindingNote[];
  newFiles: string[];
  goneFiles: string[];
}

export class BaselineError extends Error {}

/** Reads an earlier `helder check --format json` report; throws a BaselineError with a Dutch reason otherwise. */
export function readBaseline(value: unknown): {files: Map<string, EarlierFile>; run: RunInfo | null} {
  const files = (value as {files?: unknown})?.files;
  if (!Array.isArray(files)) throw new BaselineError('Dit is geen uitvoer van helder check --format json: het veld "files" ontbreekt.');
  const earlier = new Map<string, EarlierFile>();
  for (const entry of files as ReportEntry[]) {
    if (!entry || typeof entry.path !== 'string' || isUnreadable(entry) || !Array.isArray(entry.findings)) continue;
    const byFingerprint = new Map<string, FindingNote>();
    const computed = fingerprintsOf(entry.path, entry.findings);
    entry.findings.forEach((finding, index) => byFingerprint.set(finding.fingerprint ?? computed[index]!, noteOf(entry.path, finding)));
    earlier.set(entry.path, {level: entry.readability?.lint?.level ?? null, findings: entry.findings.length, byFingerprint});
  }
  const run = (value as {run?: RunInfo}).run;
  return {files: earlier, run: run && typeof run.date === 'string' ? run : null};
}

const noteOf = (path: string, finding: ReportFinding): FindingNote => ({
  path,
  ruleId: finding.ruleId,
  actual: finding.actual,
  place: placeOf(finding),
  sentence: finding.sentence ?? finding.location?.quote ?? '',
  message: finding.message,
});

/**
 * Compares the files of this run, one by one as they are checked, with an earlier run. Findings match by
 * fingerprint (file, check, words, sentence), so an edit elsewhere in a template does not make old findings new.
 */
export function createComparison(baseline: ReturnType<typeof readBaseline>) {
  const seen = new Set<string>();
  const comparison: Comparison = {previous: baseline.run, better: [], worse: [], newFindings: [], goneFindings: [], newFiles: [], goneFiles: []};
  return {
    add(entry: ReportEntry): void {
      if (isUnreadable(entry)) return;
      seen.add(entry.path);
      const earlier = baseline.files.get(entry.path);
      if (!earlier) {
        comparison.newFiles.push(entry.path);
        return;
      }
      const now = new Set<string>();
      const computed = fingerprintsOf(entry.path, entry.findings);
      for (const [index, finding] of entry.findings.entries()) {
        const fingerprint = finding.fingerprint ?? computed[index]!;
        now.add(fingerprint);
        if (!earlier.byFingerprint.has(fingerprint)) comparison.newFindings.push(noteOf(entry.path, finding));
      }
      for (const [fingerprint, note] of earlier.byFingerprint) if (!now.has(fingerprint)) comparison.goneFindings.push(note);
      const change: FileChange = {path: entry.path, before: {level: earlier.level, findings: earlier.findings}, after: {level: entry.readability.lint?.level ?? null, findings: entry.findings.length}};
      const direction = compareChange(change);
      if (direction < 0) comparison.better.push(change);
      else if (direction > 0) comparison.worse.push(change);
    },
    result(): Comparison {
      for (const path of baseline.files.keys()) if (!seen.has(path)) comparison.goneFiles.push(path);
      return comparison;
    },
  };
}

/** Below 0: the file got better (a lower level, or the same level with fewer findings); above 0: worse. */
function compareChange({before, after}: FileChange): number {
  if (before.level !== null && after.level !== null && before.level !== after.level) return after.level - before.level;
  return after.findings - before.findings;
}

/** The comparison in a few lines of plain Dutch for the terminal. */
export function formatComparisonText(comparison: Comparison): string {
  const count = (items: unknown[], one: string, many: string) => `${items.length} ${items.length === 1 ? one : many}`;
  const lines = [
    `Vergeleken met de vorige keer${comparison.previous ? ` (${comparison.previous.date.slice(0, 10)})` : ''}:`,
    `  ${count(comparison.better, 'bestand is', 'bestanden zijn')} beter geworden, ${count(comparison.worse, 'bestand is', 'bestanden zijn')} slechter geworden.`,
    `  ${count(comparison.newFindings, 'advies is', 'adviezen zijn')} nieuw, ${count(comparison.goneFindings, 'advies is', 'adviezen zijn')} weg.`,
  ];
  for (const change of comparison.worse) lines.push(`  slechter: ${change.path} (niveau ${change.before.level ?? '-'} naar ${change.after.level ?? '-'}, adviezen ${change.before.findings} naar ${change.after.findings})`);
  for (const change of comparison.better) lines.push(`  beter: ${change.path} (niveau ${change.before.level ?? '-'} naar ${change.after.level ?? '-'}, adviezen ${change.before.findings} naar ${change.after.findings})`);
  if (comparison.newFiles.length > 0) lines.push(`  nieuw: ${comparison.newFiles.join(', ')}`);
  if (comparison.goneFiles.length > 0) lines.push(`  weg: ${comparison.goneFiles.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
