import type {Finding} from '@helder/core';
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver';
import type {TextDocument} from 'vscode-languageserver-textdocument';
import {maxCheckedCharacters, type Analysis} from './analysis.js';
import {nl} from './messages.js';

export const diagnosticSource = 'helder';

/** Kept in Diagnostic.data, so a client that returns it with a code action request gives the finding back. */
export interface DiagnosticData {
  ruleId: string;
  entryId?: string;
  offset: number;
  length: number;
}

const severities = {error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information} as const;

export function rangeOf(document: Pick<TextDocument, 'positionAt'>, finding: Pick<Finding, 'offset' | 'length'>): Range {
  return {start: document.positionAt(finding.offset), end: document.positionAt(finding.offset + finding.length)};
}

/** The message with the best suggestions in it, unless the core's message already names the first one. */
export function messageWithSuggestion(finding: Finding): string {
  const suggestions = finding.expected.slice(0, 3);
  if (suggestions.length === 0 || finding.message.includes(`"${suggestions[0]}"`) || finding.message.includes(`'${suggestions[0]}'`)) return finding.message;
  const quoted = suggestions.map((item) => `"${item}"`);
  const list = quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} ${nl.or} ${quoted.at(-1)}`;
  return `${finding.message} ${nl.suggestion(list)}`;
}

export function toDiagnostic(document: Pick<TextDocument, 'positionAt'>, finding: Finding): Diagnostic {
  const data: DiagnosticData = {ruleId: finding.ruleId, offset: finding.offset, length: finding.length, ...(finding.entryId ? {entryId: finding.entryId} : {})};
  return {
    range: rangeOf(document, finding),
    severity: severities[finding.severity],
    code: finding.ruleId,
    ...(finding.url && /^[a-z][a-z0-9+.-]*:/i.test(finding.url) ? {codeDescription: {href: finding.url}} : {}),
    source: diagnosticSource,
    message: messageWithSuggestion(finding),
    data,
  };
}

/**
 * A remark about the whole document, at its first line with severity Information: it sits in the Problems list
 * with the findings of this version and goes away with the next check that does not need it. A pop-up would
 * come back on every key stroke.
 */
function documentNote(message: string): Diagnostic {
  return {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity: DiagnosticSeverity.Information, source: diagnosticSource, message};
}

export function diagnosticsOf(document: Pick<TextDocument, 'positionAt'>, analysis: Analysis): Diagnostic[] {
  if (analysis.skipped) return [documentNote(analysis.skipped === 'too-large' ? nl.documentTooLarge(maxCheckedCharacters / 1_000_000) : nl.documentNotText)];
  return [...analysis.notes.map(documentNote), ...analysis.findings.map((finding) => toDiagnostic(document, finding))];
}
