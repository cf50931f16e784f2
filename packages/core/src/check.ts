import {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {runAllChecks, type HelderOptions} from './pipeline.js';
import {helderDataOf} from './messages.js';
import type {Finding, Report, TextStats, Severity} from './types.js';
import type {TextModel} from './model.js';
import type {RuleFileError} from './rules/schema.js';
import {checkIds} from './checks/registry.js';
import {unknownDirectiveIdNotes} from './letter/directive-ids.js';

export interface CheckResult extends Report {
  /** Findings switched off by a helder-disable comment: counted, so nothing disappears unseen. */
  suppressed: number;
  /** Problems in the rule files; the valid rules were still used. */
  ruleErrors: RuleFileError[];
  /**
   * What the user should know about this result, in Dutch: a check that could not run (the dictionary did not
   * load) or a text read in a simpler way (Markdown too deeply nested: read as plain text).
   */
  notes: string[];
  /** The vfile with all messages, for unified users. */
  file: VFile;
  model: TextModel;
}

const severityRank: Record<Severity, number> = {info: 0, warning: 1, error: 2};

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return severityRank[severity] >= severityRank[threshold];
}


/** Check a Dutch letter. The text is never changed and never leaves this process. */
export async function check(text: string, options: HelderOptions = {}): Promise<CheckResult> {
  if (typeof text !== 'string') throw new TypeError('Helder: check(text) needs a string.');
  const file = new VFile({value: text, data: {helderFormat: options.format ?? 'text'}});
  const state = await runAllChecks(file, options);
  const model = state.model;
  // The messages are already in text order, without the suppressed ones: the message stage (messages.ts) did that.
  const findings: Finding[] = [];
  for (const message of file.messages) {
    const finding = toFinding(message, model);
    if (finding) findings.push(finding);
  }
  return {
    findings,
    readability: file.data.readability ?? null,
    stats: statsOf(model),
    suppressed: file.data.helderSuppressed ?? 0,
    ruleErrors: state.resources.ruleErrors,
    notes: [
      ...model.notes,
      ...(file.data.helderNotes ?? []),
      // The rule ids are only read when the text has a helder-disable comment (5,000 rules: no array per check).
      ...unknownDirectiveIdNotes(model.directiveIds, checkIds, idsOf(state.resources.entries)),
    ],
    file,
    model,
  };
}

/** The ids of all rules (also those not active: their ids are known names), read lazily. */
function* idsOf(entries: readonly {id: string}[]): Iterable<string> {
  for (const entry of entries) yield entry.id;
}

export function toFinding(message: VFileMessage, model: TextModel): Finding | undefined {
  const data = helderDataOf(message);
  if (!data || !message.ruleId) return undefined;
  const start = model.position(data.start);
  // Built field by field: this runs for every finding on every key stroke in an editor.
  const finding: Finding = {
    ruleId: message.ruleId,
    severity: data.severity,
    line: start.line,
    column: start.column,
    offset: data.start,
    length: data.end - data.start,
    end: model.position(data.end),
    actual: message.actual ?? '',
    expected: message.expected ?? [],
    message: message.reason,
    url: message.url ?? '',
  };
  if (data.entryId) finding.entryId = data.entryId;
  if (message.note) finding.explanation = message.note;
  if (data.provenance) finding.provenance = data.provenance;
  return finding;
}

/** Counts over the prose only: the letter's frame (address, date, salutation) is not counted. */
export function statsOf(model: TextModel): TextStats {
  const prose = model.sentences.filter((sentence) => sentence.prose);
  return {
    words: prose.reduce((sum, sentence) => sum + sentence.words.length, 0),
    sentences: prose.length,
    paragraphs: new Set(prose.map((sentence) => sentence.paragraph)).size,
  };
}

