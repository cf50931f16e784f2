/**
 * Helder's additions to the Language Server Protocol. Clients (the VS Code extension, tests, other editors) import
 * these names; docs/dev/language-server.md describes them for clients in other languages.
 */
import type {TargetLevel} from '@helder/core';

/** Server -> client notification after every check of an open document. */
export const summaryNotification = 'helder/summary';
/** Client -> server request: the summary of one document ({uri}); null when the server does not know it. */
export const summaryRequest = 'helder/summary';

/** Commands the server runs through workspace/executeCommand. */
export const serverCommands = {
  /** [{uri}]: check this open document now, without waiting. */
  checkDocument: 'helder.server.checkDocument',
  /** [{uri}]: check all letters in a folder (and its sub folders) from disk; diagnostics per file. */
  checkFolder: 'helder.server.checkFolder',
  /** [{uri, word}]: add a word to the "words" list of the nearest helder.config.json. */
  addWord: 'helder.server.addWord',
  /** [{uri, ruleId, entryId?, words}]: record "dit advies helpt hier niet" in the feedback file. */
  feedback: 'helder.server.feedback',
} as const;

/** The core's target levels: one union, named once. */
export type {TargetLevel};

export interface DocumentSummary {
  uri: string;
  /** The document version that was checked. */
  version: number;
  /** Short text for a status bar, e.g. "Helder: B1 ✓", "Helder: niveau 3" or "Helder: 4 adviezen". */
  label: string;
  /** Longer Dutch text for a tooltip: level, verdict, counts per check. */
  tooltip: string;
  targetLevel: TargetLevel;
  /** LiNT-II score and level (1-4) of the whole document; null when the core gave no score. */
  lint: {score: number; level: 1 | 2 | 3 | 4} | null;
  /** Whether the text is at or below the target level (B1 by default); null when there is no level. */
  meetsTarget: boolean | null;
  fleschDouma: number | null;
  brouwer: number | null;
  /** Number of findings per check id, only checks with findings. */
  counts: Record<string, number>;
  /** Same counts with the Dutch title of each check, most findings first. */
  checks: Array<{id: string; title: string; count: number}>;
  findings: number;
  /** Findings switched off with a helder-disable comment. */
  suppressed: number;
  words: number;
  sentences: number;
  /** The core's reasons for its verdict (level, what made the text hard), plain Dutch; only when the core gives them. */
  reasons?: string[];
  /** Set when the document was not checked: too large or not text. */
  skipped?: 'too-large' | 'not-text';
}

export interface CheckFolderResult {
  folder: string;
  files: number;
  findings: number;
  /** Files that could not be read, with a Dutch reason. */
  failed: Array<{uri: string; reason: string}>;
  /** Dutch sentence for a message to the user. */
  message: string;
}

/** One line of the feedback file (JSON Lines). Nothing else of the letter is written. */
export type {FeedbackRecord} from '@helder/core';

/** The settings in section "helder" of workspace/configuration. */
export interface HelderSettings {
  targetLevel?: TargetLevel;
  rules?: Record<string, 'off' | 'info' | 'warning' | 'error' | boolean>;
  thresholds?: Record<string, number>;
  words?: string[];
  disabledEntries?: string[];
  /** Folders with the organisation's own rule files, added to Helder's rules. */
  extraRuleDirs?: string[];
  /** Where "dit advies helpt hier niet" is recorded; default helder-feedback.jsonl beside the config file. */
  feedbackFile?: string;
  /**
   * Opt-in: the address of the organisation's Rules Studio. When it and feedbackStudioToken are set, each feedback
   * record (rule id, at most a few words, the day) is also sent there; nothing else of the letter ever is.
   */
  feedbackStudioUrl?: string;
  /** The key the Studio gave for editors (its feedbackToken); sent as a bearer token. */
  feedbackStudioToken?: string;
  /** Base of the links to the rule pages; the page is `${docsBaseUrl}${ruleId}.md`. */
  docsBaseUrl?: string;
}
