import type {CheckResult, DocumentFinding, Finding} from '@helder/core';
import type {FileOutcome, FileResult} from './outcome.js';
import {fingerprintsOf} from './fingerprint.js';
import type {Comparison} from './baseline.js';
import type {RunInfo} from './model.js';

/**
 * The JSON contract of `helder check --format json` (docs/dev/json-format.md). Fields are only ever added,
 * never renamed or removed: other parts and outside scripts rely on them.
 */
export function toJsonReport(outcomes: FileOutcome[]) {
  return {files: outcomes.map(jsonFileEntry)};
}

/**
 * The report written file by file, so a batch never holds all results (or one huge string) in memory. The text is
 * exactly what JSON.stringify(toJsonReport(all), null, 2) gives.
 */
export const jsonReportStart = '{\n  "files": [';

/**
 * The end of the report with the run's date and totals (for `helder trend`) and, with --baseline, the comparison.
 * Still exactly JSON.stringify of the whole object with two spaces.
 */
export function jsonReportEnd(entries: number, run: RunInfo, totals: object, comparison?: Comparison): string {
  const tail = JSON.stringify({run, totals, ...(comparison ? {comparison} : {})}, null, 2).slice(1);
  return `${entries === 0 ? ']' : '\n  ]'},${tail}\n`;
}

/** What JSON.stringify with two spaces puts before and after an entry inside `{"files": [...]}`. */
const entryBefore = '{\n  "files": [\n    '.length;
const entryAfter = '\n  ]\n}'.length;

/**
 * An entry of the report as it is written, without what joins it to the one before: the same for every place in
 * the report, so a cache can keep it and give it back to `jsonReportEntry`.
 */
export function jsonEntryText(outcome: FileOutcome): string {
  return jsonEntryTextOf(jsonFileEntry(outcome));
}

/** The same from an entry made already (jsonFileEntry), which the summary of the run also reads. */
export function jsonEntryTextOf(entry: object): string {
  // Stringified where it sits in the report, so it is indented as it should be without a second pass over the text.
  return JSON.stringify({files: [entry]}, null, 2).slice(entryBefore, -entryAfter);
}

/** What goes before an entry's text: a comma after the entry before it, then the entry's indent. */
export const jsonEntrySeparator = (index: number): string => (index === 0 ? '\n    ' : ',\n    ');

export function jsonReportEntry(outcome: FileOutcome, index: number): string {
  return `${jsonEntrySeparator(index)}${jsonEntryText(outcome)}`;
}

export function jsonFileEntry(outcome: FileOutcome) {
  if (outcome.error !== undefined || !outcome.result) return {path: outcome.path, error: outcome.error ?? 'onbekende fout'};
  const result: FileResult = outcome.result;
  // Set by the checker; computed here only for results made without it (a cache of an older version, a test).
  const fingerprints = result.findings.every((finding) => 'fingerprint' in finding) ? undefined : fingerprintsOf(outcome.path, result.findings.map((finding) => withLocation(outcome, finding)));
  return {
    path: outcome.path,
    findings: result.findings.map((finding, index) => {
      const position = outcome.document ? documentPosition(finding as DocumentFinding) : textPosition(finding);
      return {
        ruleId: finding.ruleId,
        line: position.line,
        column: position.column,
        offset: finding.offset,
        length: finding.length,
        actual: finding.actual,
        expected: finding.expected,
        message: finding.message,
        severity: finding.severity,
        ...(finding.entryId ? {entryId: finding.entryId} : {}),
        endLine: position.endLine,
        endColumn: position.endColumn,
        url: finding.url,
        ...(outcome.document ? {location: documentLocation(finding as DocumentFinding)} : {}),
        // The sentence (set by the checker) and the id that matches this finding in a later run (--baseline).
        ...('sentence' in finding ? {sentence: (finding as {sentence: string}).sentence} : {}),
        fingerprint: fingerprints?.[index] ?? (finding as Finding & {fingerprint: string}).fingerprint,
      };
    }),
    readability: readabilityBlock(result.readability),
    stats: result.stats,
    suppressed: result.suppressed,
    ...(outcome.notices && outcome.notices.length > 0 ? {notices: outcome.notices} : {}),
  };
}

/**
 * For a document, `line` is the block number (1-based: paragraph, table cell, header... in reading order) and the
 * columns count inside that block, so a SARIF-like reader gets a stable position. The field order is kept.
 */
function documentPosition(finding: DocumentFinding): Position {
  const {block, start, end} = finding.location;
  return {line: block + 1, column: start + 1, endLine: block + 1, endColumn: end + 1};
}

interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const textPosition = (finding: Finding): Position => ({line: finding.line, column: finding.column, endLine: finding.end.line, endColumn: finding.end.column});

function documentLocation(finding: DocumentFinding) {
  const {block, start, end, place, label} = finding.location;
  return {block, label, part: place.part, place, start, end, quote: finding.quote};
}

function readabilityBlock(readability: CheckResult['readability']) {
  if (!readability) return {fleschDouma: null, brouwer: null, lint: null};
  // Per-sentence details stay out of the file report; the language server and API give them.
  const {sentences: _sentences, ...rest} = readability;
  return rest;
}

/** What the fingerprint reads of a finding: its words, sentence and (for a document) the quote. */
function withLocation(outcome: FileOutcome, finding: Finding) {
  const sentence = (finding as {sentence?: string}).sentence;
  return {...finding, ...(sentence === undefined ? {} : {sentence}), ...(outcome.document ? {location: documentLocation(finding as DocumentFinding)} : {})};
}
