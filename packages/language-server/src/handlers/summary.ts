import {summarise} from '../analysis.js';
import {uriArgument} from '../client.js';
import {summaryRequest, type DocumentSummary} from '../protocol.js';
import type {ServerContext} from './context.js';

/** helder/summary as a request: the summary of one open document, after its newest check. */
export function registerSummary(context: ServerContext): void {
  context.connection.onRequest(summaryRequest, async (params: unknown): Promise<DocumentSummary | null> => {
    const analysis = await context.scheduler.fresh(uriArgument(params));
    return analysis ? summarise(analysis) : null;
  });
}
