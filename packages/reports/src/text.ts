import type {DocumentFinding, Finding, Severity} from '@helder/core';
import {atOrAbove} from '@helder/core';
import type {FileOutcome, FileResult} from './outcome.js';

const severityLabel: Record<Severity, string> = {error: 'fout', warning: 'waarschuwing', info: 'tip'};

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
}

const ansi = (code: number) => (text: string) => `\u001B[${code}m${text}\u001B[0m`;
const plain: Style = {bold: (t) => t, dim: (t) => t, red: (t) => t, yellow: (t) => t, blue: (t) => t, green: (t) => t};
const colored: Style = {bold: ansi(1), dim: ansi(2), red: ansi(31), yellow: ansi(33), blue: ansi(34), green: ansi(32)};

export interface Totals {
  findings: Record<Severity, number>;
  files: number;
  unreadable: number;
  /** Of `files`: how many had no text to check. */
  empty: number;
}

export const emptyTotals = (): Totals => ({findings: {error: 0, warning: 0, info: 0}, files: 0, unreadable: 0, empty: 0});

export function styleOf(color: boolean): Style {
  return color ? colored : plain;
}

/** A file name as it may be shown in a terminal: control characters (a newline, an escape code) written as \xNN. */
export function printablePath(path: string): string {
  return (path === '-' ? '(invoer)' : path).replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** The block for one checked file: its name, notices, findings and readability; adds to the totals. */
export function formatFileText(outcome: FileOutcome & {result: FileResult}, style: Style, totals: Totals): string {
  const out: string[] = [style.bold(printablePath(outcome.path))];
  totals.files++;
  for (const notice of outcome.notices ?? []) out.push(`  ${style.blue('let op')}: ${notice}`);
  const {result, text} = outcome;
  if (outcome.empty) {
    // No "Geen adviezen." and no word counts: that would read as a letter that was checked and found fine.
    totals.empty++;
    return `${out.join('\n')}\n\n`;
  }
  if (result.findings.length === 0) out.push(`  ${style.green('Geen adviezen.')}`);
  for (const finding of result.findings) {
    totals.findings[finding.severity]++;
    out.push(...(outcome.document ? formatDocumentFinding(finding as DocumentFinding, style) : formatFinding(finding, text ?? '', style)));
  }
  out.push(...formatSummary(result, style));
  out.push('');
  return `${out.join('\n')}\n`;
}

/** The last lines: all findings, and how many files could not be checked. Never a check mark when one could not. */
export function formatTotals(totals: Totals, style: Style, failOn: Severity): string {
  const counts = totals.findings;
  const count = counts.error + counts.warning + counts.info;
  const parts = [`${counts.error} ${counts.error === 1 ? 'fout' : 'fouten'}`, `${counts.warning} ${counts.warning === 1 ? 'waarschuwing' : 'waarschuwingen'}`, `${counts.info} ${counts.info === 1 ? 'tip' : 'tips'}`];
  const all = totals.files + totals.unreadable;
  const files = all === 1 ? '1 bestand' : `${all} bestanden`;
  const failing = (Object.keys(counts) as Severity[]).some((severity) => counts[severity] > 0 && atOrAbove(severity, failOn));
  // No check mark when nothing was checked: every file was empty.
  const mark = failing || totals.unreadable > 0 ? style.red('✖') : totals.empty === totals.files && totals.files > 0 ? style.yellow('!') : style.green('✔');
  const out = [`${mark} ${count} ${count === 1 ? 'advies' : 'adviezen'} (${parts.join(', ')}) in ${files}.`];
  if (totals.empty > 0) out.push(style.yellow(`${totals.empty} ${totals.empty === 1 ? 'bestand was' : 'bestanden waren'} leeg: daarin is niets nagekeken.`));
  if (totals.unreadable > 0) out.push(style.red(`${totals.unreadable} ${totals.unreadable === 1 ? 'bestand kon' : 'bestanden konden'} niet gecontroleerd worden.`));
  return `${out.join('\n')}\n`;
}

/** Readable Dutch terminal output: per finding the place, the advice, the line with the marked words and the suggestion. */
export function formatTextReport(outcomes: FileOutcome[], options: {color: boolean; failOn: Severity}): string {
  const style = styleOf(options.color);
  const totals = emptyTotals();
  let out = '';
  for (const outcome of outcomes) {
    if (outcome.error !== undefined || !outcome.result || (outcome.text === undefined && !outcome.document)) {
      totals.unreadable++;
      out += `${style.bold(printablePath(outcome.path))}\n  ${style.red('niet gecontroleerd')}: ${outcome.error}\n\n`;
      continue;
    }
    out += formatFileText({...outcome, result: outcome.result}, style, totals);
  }
  return out + formatTotals(totals, style, options.failOn);
}

function formatFinding(finding: Finding, text: string, style: Style): string[] {
  const {excerpt, markStart, markLength} = excerptOf(text, finding);
  return findingLines(finding, `${finding.line}:${finding.column}`, excerpt, markStart, markLength, style);
}

/** A finding in a document: the place ("tabel 2, rij 3") instead of line:column, and the quote around it. */
function formatDocumentFinding(finding: DocumentFinding, style: Style): string[] {
  const quote = finding.quote.replace(/[\u0000-\u001F\u007F]/g, ' ');
  const actual = finding.actual.replace(/\s+/g, ' ');
  return findingLines(finding, finding.location.label, quote, markIn(quote, actual), actual.length, style);
}

/**
 * Where the marked words sit in a quote. The quote has at most five words after them, so the right one of several
 * equal words is the first one followed by no more than five words.
 */
function markIn(quote: string, actual: string): number {
  let found = quote.indexOf(actual);
  for (let at = found; at !== -1; at = quote.indexOf(actual, at + 1)) {
    found = at;
    if (quote.slice(at + actual.length).trim().split(/\s+/).length <= 5) break;
  }
  return Math.max(0, found);
}

function findingLines(finding: Finding, where: string, excerpt: string, markStart: number, markLength: number, style: Style): string[] {
  const color = finding.severity === 'error' ? style.red : finding.severity === 'warning' ? style.yellow : style.blue;
  const id = finding.entryId ? `${finding.ruleId}/${finding.entryId}` : finding.ruleId;
  const lines = [`  ${style.dim(where)}  ${color(severityLabel[finding.severity])}  ${finding.message}  ${style.dim(id)}`];
  lines.push(`      ${style.dim('│')} ${excerpt}`);
  lines.push(`      ${style.dim('│')} ${' '.repeat(markStart)}${color('^'.repeat(Math.max(1, markLength)))}`);
  if (finding.expected.length > 0) lines.push(`      ${style.dim('│')} ${finding.expected.length === 1 ? 'Suggestie' : 'Suggesties'}: ${finding.expected.map((item) => style.green(item)).join(', ')}`);
  return lines;
}

const maxWidth = 100;

/** The line of the finding, cut to a window around the marked words. Widths count UTF-16 units, like offsets. */
function excerptOf(text: string, finding: Finding): {excerpt: string; markStart: number; markLength: number} {
  const lineStart = finding.offset - (finding.column - 1);
  let lineEnd = text.indexOf('\n', finding.offset);
  if (lineEnd === -1) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '').replace(/\t/g, ' ');
  let markStart = finding.column - 1;
  let markLength = Math.min(finding.length, line.length - markStart);
  let from = 0;
  if (line.length > maxWidth) {
    from = Math.max(0, Math.min(markStart - 30, line.length - maxWidth));
  }
  let excerpt = line.slice(from, from + maxWidth);
  markStart -= from;
  markLength = Math.min(markLength, excerpt.length - markStart);
  if (from > 0) {
    excerpt = `…${excerpt}`;
    markStart += 1;
  }
  if (from + maxWidth < line.length) excerpt = `${excerpt}…`;
  // Control characters would move the marker: show them as spaces.
  excerpt = excerpt.replace(/[\u0000-\u001F\u007F]/g, ' ');
  return {excerpt, markStart, markLength};
}

function formatSummary(result: FileResult, style: Style): string[] {
  const lines: string[] = [];
  const {stats, readability} = result;
  const counts = `${stats.words} woorden in ${stats.sentences} ${stats.sentences === 1 ? 'zin' : 'zinnen'}`;
  if (readability?.lint) {
    const {lint, verdict} = readability;
    lines.push(
      // A short text has no share of readers (null): the level alone, without a percentage that would mislead.
      `  Leesbaarheid: niveau ${lint.level} van 4 (LiNT ${lint.score.toFixed(0)}).${readability.readersWhoFindItHard === null ? '' : ` Ongeveer ${readability.readersWhoFindItHard}% van de volwassenen vindt zo'n tekst moeilijk.`}${verdict ? ` ${verdict.summary}` : ''}`,
    );
    // Why the target is not reached: what a clerk can change. The level itself is already on the line above.
    if (verdict && !verdict.reached) {
      for (const reason of verdict.reasons) if (reason.kind !== 'level' && reason.kind !== 'target') lines.push(`    - ${reason.text}`);
    }
    lines.push(`  ${style.dim(`Flesch-Douma ${readability.fleschDouma.toFixed(0)}, Brouwer ${readability.brouwer.toFixed(0)}, ${counts}`)}`);
  } else lines.push(`  ${style.dim(counts)}`);
  if (result.suppressed > 0) lines.push(`  ${style.dim(`${result.suppressed} ${result.suppressed === 1 ? 'advies staat' : 'adviezen staan'} uit met helder-disable.`)}`);
  return lines;
}
