import {analyse, summarise} from '../analysis.js';
import {diagnosticsOf} from '../diagnostics.js';
import {documentKind, pathOfUri} from '../formats.js';
import {docsBaseUrlFor} from '../paths.js';
import {summaryNotification} from '../protocol.js';
import {CheckScheduler} from '../scheduler.js';
import type {ServerContext} from './context.js';
import {checkFileFromDisk} from './folder-check.js';

/** The scheduler that checks open documents and publishes their diagnostics and summary. */
export function createScheduler(context: Omit<ServerContext, 'scheduler'>): CheckScheduler {
  const {connection, documents, rules, resolver, problems, paths} = context;
  return new CheckScheduler({
    versionOf: (uri) => documents.get(uri)?.version,
    run: async (uri) => {
      const opened = documents.get(uri);
      if (!opened) return undefined;
      const kind = documentKind(uri, opened.languageId);
      if (!kind) return undefined;
      const resources = await rules.ready();
      if (!resources) return undefined;
      const resolved = await resolver.resolve(uri, pathOfUri(uri));
      problems.config(resolved);
      // Read the text after the waits above: the newest version is the one worth checking.
      const document = documents.get(uri);
      if (!document) return undefined;
      return analyse(uri, document.version, document.getText(), kind.format, resolved.config, resources, docsBaseUrlFor(paths, resolved.settings.docsBaseUrl));
    },
    publish: (analysis) => {
      const document = documents.get(analysis.uri);
      if (!document) return;
      void connection.sendDiagnostics({uri: analysis.uri, version: analysis.version, diagnostics: diagnosticsOf(document, analysis)});
      void connection.sendNotification(summaryNotification, summarise(analysis));
    },
    onError: (uri, error) => {
      connection.console.error(`Helder: checking ${uri} failed: ${(error as Error).stack ?? String(error)}`);
    },
  });
}

/** Open, edit and close: check again, and keep the config watchers on the folders of the open documents. */
export function registerDocuments(context: ServerContext, openDocumentsChanged: () => void): void {
  const {connection, documents, scheduler} = context;
  documents.onDidOpen((event) => {
    openDocumentsChanged();
    scheduler.changed(event.document.uri);
  });
  documents.onDidChangeContent((event) => scheduler.changed(event.document.uri));
  documents.onDidClose((event) => {
    const {uri} = event.document;
    scheduler.closed(uri);
    openDocumentsChanged();
    if (context.folderChecked.has(uri)) void checkFileFromDisk(context, uri);
    else void connection.sendDiagnostics({uri, diagnostics: []});
  });
}

