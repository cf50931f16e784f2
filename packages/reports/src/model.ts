import type {BlockPlace, ReadabilityResult, Severity} from '@helder/core';

/**
 * The shape every report writer reads: one file entry of `helder check --format json` (docs/dev/json-format.md).
 * The writers are pure functions of these entries, so a json run read back from disk feeds them just as well as
 * a live batch.
 */
export interface ReportFinding {
  ruleId: string;
  line: number;
  column: number;
  offset: number;
  length: number;
  actual: string;
  expected: string[];
  message: string;
  severity: Severity;
  entryId?: string;
  endLine: number;
  endColumn: number;
  url: string;
  location?: ReportLocation;
  /** The sentence the finding sits in, white space made single (added in issue 9; older runs lack it). */
  sentence?: string;
  /** Stable id of the finding across runs: see fingerprint.ts. */
  fingerprint?: string;
}

export interface ReportLocation {
  block: number;
  label: string;
  part: string;
  place: BlockPlace;
  start: number;
  end: number;
  quote: string;
}

export type ReportReadability = Omit<ReadabilityResult, 'sentences'> | {fleschDouma: null; brouwer: null; lint: null};

export interface CheckedEntry {
  path: string;
  findings: ReportFinding[];
  readability: ReportReadability;
  stats: {words: number; sentences: number; paragraphs: number};
  suppressed: number;
  notices?: string[];
}

export interface UnreadableEntry {
  path: string;
  error: string;
}

export type ReportEntry = CheckedEntry | UnreadableEntry;

export const isUnreadable = (entry: ReportEntry): entry is UnreadableEntry => (entry as UnreadableEntry).error !== undefined;

/** What a run was: written at the end of the json report so a trend can be drawn from a folder of runs. */
export interface RunInfo {
  /** ISO 8601 date and time of the run's start. */
  date: string;
  helderVersion: string;
  /** The config's targetLevel (A2, B1, B2). */
  target: string;
}

/** The place of a finding as a person reads it: "tabel 1, rij 2, cel 1" for a document, "regel 15" for a text. */
export const placeOf = (finding: ReportFinding): string => finding.location?.label ?? `regel ${finding.line}`;
