import {defaultConfig} from '@helder/core';
import {CodeActionKind, TextDocumentSyncKind, TextDocuments, type Connection, type InitializeResult, type MessageType} from 'vscode-languageserver';
import {TextDocument} from 'vscode-languageserver-textdocument';
import {analyse} from './analysis.js';
import {clientSupport, helderSection, noSupport, withTimeout} from './client.js';
import {pathOfUri} from './formats.js';
import {registerCodeActions} from './handlers/code-actions.js';
import {registerCommands} from './handlers/commands.js';
import type {ServerContext} from './handlers/context.js';
import {createScheduler, registerDocuments} from './handlers/documents.js';
import {registerHover} from './handlers/hover.js';
import {registerSettings} from './handlers/settings.js';
import {registerSummary} from './handlers/summary.js';
import {findDataPaths, type DataPaths} from './paths.js';
import {ProblemReporter} from './problems.js';
import {serverCommands} from './protocol.js';
import {RuleManager} from './rules.js';
import {ConfigResolver} from './settings.js';

export const serverVersion = '0.1.0';

export interface ServerOptions {
  /** Use these rule files instead of Helder's own (for curators trying rules, and for tests). */
  rulesDir?: string;
  paths?: DataPaths;
}

/** How long the server waits for the client's settings before it goes on with the defaults. */
const settingsTimeoutMs = 3000;

/**
 * Wire Helder into an LSP connection. The connection is started here (listen). Each kind of request has its own
 * module in handlers/; they share one ServerContext.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const found = options.paths ?? findDataPaths();
  const paths: DataPaths = options.rulesDir ? {...found, ruleDir: options.rulesDir} : found;
  const documents = new TextDocuments(TextDocument);
  const resolver = new ConfigResolver(async (scopeUri) => {
    if (!context.support.configuration) return helderSection(context.pushedSettings);
    const request = connection.workspace.getConfiguration({...(scopeUri ? {scopeUri} : {}), section: 'helder'});
    return withTimeout(request, settingsTimeoutMs, undefined);
  });
  const shared: Omit<ServerContext, 'scheduler'> = {
    connection,
    documents,
    paths,
    resolver,
    rules: new RuleManager(paths, [], paths.ruleDir),
    problems: new ProblemReporter(connection),
    support: noSupport,
    workspaceFolders: [],
    pushedSettings: undefined,
    shuttingDown: false,
    folderChecked: new Set(),
    log: (message) => connection.console.log(message),
    showMessage: (type: MessageType, message: string) => void connection.sendNotification('window/showMessage', {type, message}),
    recheckAll: () => {
      for (const document of documents.all()) context.scheduler.invalidate(document.uri);
    },
  };
  // The handlers read and set the changing fields (support, workspaceFolders ...) on this one object.
  const context: ServerContext = {...shared, scheduler: createScheduler(shared)};

  const settings = registerSettings(context);
  registerDocuments(context, settings.openDocumentsChanged);
  registerCodeActions(context);
  registerHover(context);
  registerSummary(context);
  registerCommands(context);

  connection.onInitialize((params): InitializeResult => {
    context.support = clientSupport(params.capabilities);
    context.workspaceFolders = (params.workspaceFolders ?? [])
      .map((folder) => pathOfUri(folder.uri))
      .filter((path): path is string => path !== undefined);
    if (context.workspaceFolders.length === 0 && params.rootUri) {
      const root = pathOfUri(params.rootUri);
      if (root) context.workspaceFolders.push(root);
    }
    const init = params.initializationOptions as Record<string, unknown> | undefined;
    context.pushedSettings = init?.settings ?? init;
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        hoverProvider: true,
        executeCommandProvider: {commands: Object.values(serverCommands)},
      },
      serverInfo: {name: 'helder-language-server', version: serverVersion},
    };
  });

  connection.onInitialized(() => {
    void settings
      .start()
      .then(() => warmUp(context))
      .catch((error) => connection.console.error(`Helder: starting failed: ${(error as Error).stack ?? String(error)}`));
  });

  connection.onShutdown(() => {
    context.shuttingDown = true;
    settings.close();
    for (const document of documents.all()) context.scheduler.closed(document.uri);
  });

  documents.listen(connection);
  connection.listen();
}

/** Load the lazy parts (the spelling dictionary takes about a second) before the clerk types the first word. */
async function warmUp(context: ServerContext): Promise<void> {
  const resources = await context.rules.ready();
  if (!resources) return;
  const started = performance.now();
  try {
    await analyse('helder:warm-up', 0, 'Beste meneer Jansen,\n\nWij hebben uw brief ontvangen. Dank u wel.\n', 'text', defaultConfig(), resources, undefined);
    context.log(`Helder: ready in ${Math.round(performance.now() - started)} ms (dictionary loaded).`);
  } catch (error) {
    context.connection.console.error(`Helder: warming up failed: ${(error as Error).message}`);
  }
}
