import {CodeActionKind} from 'vscode-languageserver';
import {codeActionsFor, findingsIn} from '../code-actions.js';
import {documentKind} from '../formats.js';
import type {ServerContext} from './context.js';

/** Quick fixes for the findings under the cursor: the suggestion, a disable comment, a word for the config. */
export function registerCodeActions(context: ServerContext): void {
  const {connection, documents, scheduler} = context;
  connection.onCodeAction(async (params, token) => {
    const uri = params.textDocument.uri;
    if (!documents.get(uri)) return [];
    // Only quick fixes here: a request for other kinds (source actions, refactorings) gets none.
    const only = params.context?.only;
    if (only && !only.some((kind) => kind === '' || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`))) return [];
    const analysis = await scheduler.fresh(uri);
    const document = documents.get(uri);
    if (!analysis || !document || document.version !== analysis.version || token.isCancellationRequested) return [];
    const kind = documentKind(uri, document.languageId);
    return codeActionsFor(document, findingsIn(document, analysis, params.range), {comment: kind?.comment ?? 'plain', documentChanges: context.support.documentChanges});
  });
}
