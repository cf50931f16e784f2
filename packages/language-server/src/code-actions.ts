import {parseDirective, startsSentence as startsSentenceIn, type Finding} from '@helder/core';
import {CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver';
import type {TextDocument} from 'vscode-languageserver-textdocument';
import type {Analysis} from './analysis.js';
import {toDiagnostic, rangeOf} from './diagnostics.js';
import {commentFor, type CommentStyle} from './formats.js';
import {nl} from './messages.js';
import {serverCommands} from './protocol.js';

export interface CodeActionOptions {
  comment: CommentStyle;
  /** The client understands versioned document edits (documentChanges). */
  documentChanges: boolean;
}

/** Checks whose advice goes away when the word is in the organisation's word list. */
export function acceptsWords(ruleId: string): boolean {
  return ruleId === 'lang-woord' || ruleId === 'afkorting' || ruleId.startsWith('spel');
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  // Touching counts: a cursor right after a word still gets its fixes.
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** The findings under a range (a cursor or a selection). */
export function findingsIn(document: TextDocument, analysis: Analysis, range: Range): Finding[] {
  return analysis.findings.filter((finding) => overlaps(rangeOf(document, finding), range));
}

export function codeActionsFor(document: TextDocument, findings: Finding[], options: CodeActionOptions): CodeAction[] {
  const fixes: CodeAction[] = [];
  const others: CodeAction[] = [];
  const seenDisable = new Set<string>();
  const edit = (edits: TextEdit[]): WorkspaceEdit =>
    options.documentChanges
      ? {documentChanges: [{textDocument: {uri: document.uri, version: document.version}, edits}]}
      : {changes: {[document.uri]: edits}};

  for (const finding of findings) {
    const diagnostic = toDiagnostic(document, finding);
    for (const [index, suggestion] of finding.expected.entries()) {
      fixes.push({
        title: nl.replaceBy(suggestion),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(index === 0 ? {isPreferred: true} : {}),
        edit: edit([{range: diagnostic.range, newText: suggestion}]),
      });
    }
    const id = finding.entryId ?? finding.ruleId;
    const line = document.positionAt(finding.offset).line;
    if (!seenDisable.has(`${id}:${line}`)) {
      seenDisable.add(`${id}:${line}`);
      others.push({
        title: nl.disableHere(id),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: edit([disableEdit(document, line, id, options.comment)]),
      });
    }
    if (acceptsWords(finding.ruleId) && /^[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u.test(finding.actual)) {
      others.push({
        title: nl.addToWordList(finding.actual),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: {title: nl.addWordCommand, command: serverCommands.addWord, arguments: [{uri: document.uri, word: finding.actual}]},
      });
    }
    others.push({
      title: nl.notHelpful,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: {
        title: nl.notHelpfulCommand,
        command: serverCommands.feedback,
        arguments: [
          {uri: document.uri, ruleId: finding.ruleId, ...(finding.entryId ? {entryId: finding.entryId} : {}), words: finding.actual, sentenceStart: startsSentence(document, finding.offset)},
        ],
      },
    });
  }
  return [...fixes, ...others];
}

/** Whether the text at `offset` begins a sentence or a line: there a capital letter does not point to a name. */
export function startsSentence(document: TextDocument, offset: number): boolean {
  return startsSentenceIn(document.getText(), offset);
}

/**
 * The edit that switches advice `id` off for one line, in the file's own comment syntax. An existing
 * helder-disable-next-line on the line above gets the id added. In Markdown, a comment line inside a paragraph
 * would split the paragraph, so there the comment goes at the end of the line itself (helder-disable-line).
 */
export function disableEdit(document: TextDocument, line: number, id: string, style: CommentStyle): TextEdit {
  const lineText = (at: number) => document.getText({start: {line: at, character: 0}, end: {line: at + 1, character: 0}}).replace(/\r?\n$/, '');
  if (line > 0) {
    // Read as the core reads it, so the edit lands where the checker looks.
    const directive = parseDirective(lineText(line - 1));
    if (directive?.kind === 'disable-next-line') {
      // Without ids the line above already switches every check off.
      if (directive.ids.length === 0 || directive.ids.includes(id)) return {range: {start: {line, character: 0}, end: {line, character: 0}}, newText: ''};
      const at = directive.idsEnd;
      return {range: {start: {line: line - 1, character: at}, end: {line: line - 1, character: at}}, newText: ` ${id}`};
    }
  }
  const text = lineText(line);
  const insideParagraph = line > 0 && lineText(line - 1).trim() !== '';
  if (style === 'markdown' && insideParagraph) {
    const end = text.length;
    return {range: {start: {line, character: end}, end: {line, character: end}}, newText: ` ${commentFor('markdown', `helder-disable-line ${id}`)}`};
  }
  const indent = /^[ \t]*/.exec(text)![0];
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  return {range: {start: {line, character: 0}, end: {line, character: 0}}, newText: `${indent}${commentFor(style, `helder-disable-next-line ${id}`)}${eol}`};
}

export type {Diagnostic};
