import {findingsIn} from '../code-actions.js';
import {hoverFor} from '../hover.js';
import type {ServerContext} from './context.js';

/** The explanation of the findings under the mouse, with who chose the advice. */
export function registerHover(context: ServerContext): void {
  const {connection, documents, scheduler, rules} = context;
  connection.onHover(async (params, token) => {
    const uri = params.textDocument.uri;
    if (!documents.get(uri)) return null;
    const analysis = await scheduler.fresh(uri);
    const document = documents.get(uri);
    if (!analysis || !document || document.version !== analysis.version || token.isCancellationRequested) return null;
    const at = params.position;
    const findings = findingsIn(document, analysis, {start: at, end: at});
    return hoverFor(document, findings, (id) => rules.entry(id), context.support.markdownHover);
  });
}
