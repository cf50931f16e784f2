import {dirname, join, relative, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import {defaultConfig} from '@helder/core';
import {configFileNames} from '@helder/node';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  ErrorCodes,
  MessageType,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import {TextDocument} from 'vscode-languageserver-textdocument';
import {analyse, summarise, type Analysis} from './analysis.js';
import {clientSupport, helderSection, noSupport, uriArgument, withTimeout, type ClientSupport} from './client.js';
import {codeActionsFor, findingsIn} from './code-actions.js';
import {diagnosticsOf} from './diagnostics.js';
import {listLetters, readLetter} from './folder.js';
import {documentKind, pathOfUri} from './formats.js';
import {hoverFor} from './hover.js';
import {nl} from './messages.js';
import {findDataPaths, docsBaseUrlFor, type DataPaths} from './paths.js';
import {serverCommands, summaryNotification, summaryRequest, type CheckFolderResult, type DocumentSummary} from './protocol.js';
import {ProblemReporter} from './problems.js';
import {RuleManager, type RulesOutcome} from './rules.js';
import {CheckScheduler} from './scheduler.js';
import {ConfigResolver} from './settings.js';
import {FolderWatchers} from './watch.js';
import {ConfigWriteError, addWordToConfig, appendFeedback, feedbackPath, feedbackRecord, projectFolder} from './workspace-files.js';

export const serverVersion = '0.1.0';

export interface ServerOptions {
  /** Use these rule files instead of Helder's own (for curators trying rules, and for tests). */
  rulesDir?: string;
  paths?: DataPaths;
}

/** How long the server waits for the client's settings before it goes on with the defaults. */
const settingsTimeoutMs = 3000;

/** Wire Helder into an LSP connection. The connection is started here (listen). */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const found = options.paths ?? findDataPaths();
  const paths: DataPaths = options.rulesDir ? {...found, ruleDir: options.rulesDir} : found;
  const documents = new TextDocuments(TextDocument);
  let support: ClientSupport = noSupport;
  let workspaceFolders: string[] = [];
  let pushedSettings: unknown;
  let shuttingDown = false;

  const log = (message: string) => connection.console.log(message);
  const showMessage = (type: MessageType, message: string) => void connection.sendNotification('window/showMessage', {type, message});

  const resolver = new ConfigResolver(async (scopeUri) => {
    if (!support.configuration) return helderSection(pushedSettings);
    const request = connection.workspace.getConfiguration({...(scopeUri ? {scopeUri} : {}), section: 'helder'});
    return withTimeout(request, settingsTimeoutMs, undefined);
  });
  const rules = new RuleManager(paths, [], paths.ruleDir);
  /** Open documents that were also checked from disk by a folder check: on close their disk result comes back. */
  const folderChecked = new Set<string>();

  // ---- checking -------------------------------------------------------------------------------------------------

  const scheduler = new CheckScheduler({
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

  const recheckAll = () => {
    for (const document of documents.all()) scheduler.invalidate(document.uri);
  };

  // ---- rules and config files --------------------------------------------------------------------------------------

  const problems = new ProblemReporter(connection);
  const reportRules = (outcome: RulesOutcome) => {
    problems.rules(outcome);
    log(`Helder: rules read from ${rules.ruleDirs.join(', ')}: ${rules.resources?.entries.length ?? 0} rules, ${outcome.problems.length} problems${outcome.accepted ? '' : ' (kept the rules from before)'}.`);
  };

  const reloadRules = async () => {
    const outcome = await rules.reload();
    reportRules(outcome);
    if (outcome.accepted) recheckAll();
  };

  const ruleWatchers = new FolderWatchers((name) => /\.ya?ml$/.test(name), () => void reloadRules());
  const configWatchers = new FolderWatchers(
    (name) => configFileNames.includes(name),
    () => {
      resolver.clearFiles();
      void configFileChanged();
    },
  );

  /** Watch the folders where a config file for the open documents can be: the document's folder and those above it. */
  const updateConfigWatchers = () => {
    const dirs = new Set<string>();
    for (const document of documents.all()) {
      const path = pathOfUri(document.uri);
      if (!path) continue;
      let dir = dirname(path);
      for (let depth = 0; depth < 6; depth++) {
        dirs.add(dir);
        if (workspaceFolders.includes(dir)) break;
        const parent = dirname(dir);
        if (parent === dir) break;
        dir = parent;
      }
    }
    configWatchers.set([...dirs]);
  };

  const applyGlobalSettings = async () => {
    const settings = await resolver.settingsFor(workspaceFolders[0] ? pathToFileURL(workspaceFolders[0]).href : undefined);
    const base = workspaceFolders[0];
    const extra = (Array.isArray(settings.extraRuleDirs) ? settings.extraRuleDirs : [])
      .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
      .map((item) => (base && !item.startsWith('/') ? join(base, item) : item));
    // The project's config file adds its own rule folders, as it does for the CLI.
    if (base) extra.push(...(await resolver.ruleDirsFor(base)));
    if (rules.setExtraRuleDirs(extra)) {
      ruleWatchers.set(rules.ruleDirs);
      await reloadRules();
    }
  };

  /** A config file may name other rule folders: read those first, then check again. */
  const configFileChanged = () =>
    applyGlobalSettings()
      .catch((error) => connection.console.error(String(error)))
      .finally(recheckAll);

  // ---- LSP handlers ----------------------------------------------------------------------------------------------

  connection.onInitialize((params): InitializeResult => {
    support = clientSupport(params.capabilities);
    workspaceFolders = (params.workspaceFolders ?? [])
      .map((folder) => pathOfUri(folder.uri))
      .filter((path): path is string => path !== undefined);
    if (workspaceFolders.length === 0 && params.rootUri) {
      const root = pathOfUri(params.rootUri);
      if (root) workspaceFolders.push(root);
    }
    const init = params.initializationOptions as Record<string, unknown> | undefined;
    pushedSettings = init?.settings ?? init;
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
    if (support.dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, {section: 'helder'});
    ruleWatchers.set(rules.ruleDirs);
    void (async () => {
      await applyGlobalSettings().catch((error) => connection.console.error(String(error)));
      if (!rules.resources) reportRules(await rules.reload());
      recheckAll();
      await warmUp();
    })();
  });

  connection.onDidChangeConfiguration((params) => {
    const settings = helderSection(params.settings);
    if (settings !== undefined) pushedSettings = settings;
    resolver.clearSettings();
    void applyGlobalSettings()
      .catch((error) => connection.console.error(String(error)))
      .finally(recheckAll);
  });

  connection.onDidChangeWatchedFiles((params) => {
    let config = false;
    let ruleFile = false;
    for (const change of params.changes) {
      const path = pathOfUri(change.uri) ?? '';
      if (configFileNames.some((name) => path.endsWith(`${sep}${name}`))) config = true;
      if (/\.ya?ml$/.test(path) && rules.ruleDirs.some((dir) => !relative(dir, path).startsWith('..'))) ruleFile = true;
    }
    if (config) {
      resolver.clearFiles();
      void configFileChanged();
    }
    if (ruleFile) void reloadRules();
  });

  documents.onDidOpen((event) => {
    updateConfigWatchers();
    scheduler.changed(event.document.uri);
  });
  documents.onDidChangeContent((event) => scheduler.changed(event.document.uri));
  documents.onDidClose((event) => {
    const {uri} = event.document;
    scheduler.closed(uri);
    updateConfigWatchers();
    if (folderChecked.has(uri)) void checkFileFromDisk(uri);
    else void connection.sendDiagnostics({uri, diagnostics: []});
  });

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
    return codeActionsFor(document, findingsIn(document, analysis, params.range), {comment: kind?.comment ?? 'plain', documentChanges: support.documentChanges});
  });

  connection.onHover(async (params, token) => {
    const uri = params.textDocument.uri;
    if (!documents.get(uri)) return null;
    const analysis = await scheduler.fresh(uri);
    const document = documents.get(uri);
    if (!analysis || !document || document.version !== analysis.version || token.isCancellationRequested) return null;
    const at = params.position;
    const findings = findingsIn(document, analysis, {start: at, end: at});
    return hoverFor(document, findings, (id) => rules.entry(id), support.markdownHover);
  });

  connection.onRequest(summaryRequest, async (params: unknown): Promise<DocumentSummary | null> => {
    const uri = uriArgument(params);
    const analysis = await scheduler.fresh(uri);
    return analysis ? summarise(analysis) : null;
  });

  connection.onExecuteCommand(async (params) => {
    const argument = (params.arguments?.[0] ?? {}) as Record<string, unknown>;
    switch (params.command) {
      case serverCommands.checkDocument: {
        const uri = uriArgument(argument);
        if (!documents.get(uri)) throw new ResponseError(ErrorCodes.InvalidParams, nl.documentNotOpen);
        scheduler.invalidate(uri);
        const analysis = await scheduler.fresh(uri);
        return analysis ? summarise(analysis) : null;
      }
      case serverCommands.checkFolder:
        return checkFolder(uriArgument(argument));
      case serverCommands.addWord: {
        const uri = uriArgument(argument);
        const word = typeof argument.word === 'string' ? argument.word.trim() : '';
        if (!word) throw new ResponseError(ErrorCodes.InvalidParams, nl.noWord);
        const documentPath = pathOfUri(uri);
        const documentDir = documentPath ? dirname(documentPath) : undefined;
        try {
          const {path, added} = await addWordToConfig(word, documentDir, await projectFolder(documentDir, workspaceFolders));
          resolver.clearFiles();
          recheckAll();
          showMessage(MessageType.Info, added ? nl.wordAdded(word, path) : nl.wordAlreadyThere(word, path));
          return {path, added};
        } catch (error) {
          const message = error instanceof ConfigWriteError ? error.message : nl.wordNotAdded((error as Error).message);
          showMessage(MessageType.Error, message);
          throw new ResponseError(ErrorCodes.InternalError, message);
        }
      }
      case serverCommands.feedback: {
        const uri = uriArgument(argument);
        const ruleId = typeof argument.ruleId === 'string' ? argument.ruleId : '';
        if (!ruleId) throw new ResponseError(ErrorCodes.InvalidParams, nl.feedbackNoAdvice);
        const entryId = typeof argument.entryId === 'string' ? argument.entryId : undefined;
        const words = typeof argument.words === 'string' ? argument.words : '';
        const documentPath = pathOfUri(uri);
        const documentDir = documentPath ? dirname(documentPath) : undefined;
        const settings = await resolver.settingsFor(uri);
        const path = feedbackPath(settings.feedbackFile, await projectFolder(documentDir, workspaceFolders), workspaceFolders);
        if (!path) throw new ResponseError(ErrorCodes.InvalidParams, nl.feedbackNoPlace);
        const record = feedbackRecord(ruleId, entryId, words, new Date(), argument.sentenceStart === true);
        try {
          await appendFeedback(path, record);
        } catch (error) {
          const message = nl.feedbackNotSaved(path, (error as Error).message);
          showMessage(MessageType.Error, message);
          throw new ResponseError(ErrorCodes.InternalError, message);
        }
        showMessage(MessageType.Info, nl.feedbackSaved(path));
        return {path, record};
      }
      default:
        throw new ResponseError(ErrorCodes.MethodNotFound, nl.unknownCommand(params.command));
    }
  });

  connection.onShutdown(() => {
    shuttingDown = true;
    ruleWatchers.close();
    configWatchers.close();
    for (const document of documents.all()) scheduler.closed(document.uri);
  });

  /** Load the lazy parts (the spelling dictionary takes about a second) before the clerk types the first word. */
  async function warmUp(): Promise<void> {
    const resources = await rules.ready();
    if (!resources) return;
    const started = performance.now();
    try {
      await analyse('helder:warm-up', 0, 'Beste meneer Jansen,\n\nWij hebben uw brief ontvangen. Dank u wel.\n', 'text', defaultConfig(), resources, undefined);
      log(`Helder: ready in ${Math.round(performance.now() - started)} ms (dictionary loaded).`);
    } catch (error) {
      connection.console.error(`Helder: warming up failed: ${(error as Error).message}`);
    }
  }

  // ---- folder check ------------------------------------------------------------------------------------------------

  async function checkFileFromDisk(uri: string): Promise<Analysis | {reason: string} | undefined> {
    const path = pathOfUri(uri);
    if (!path) return undefined;
    const kind = documentKind(uri, undefined);
    const resources = await rules.ready();
    if (!kind || !resources) return undefined;
    const letter = await readLetter(path);
    if ('reason' in letter) return letter;
    const resolved = await resolver.resolve(uri, path);
    const analysis = await analyse(uri, 0, letter.text, kind.format, resolved.config, resources, docsBaseUrlFor(paths, resolved.settings.docsBaseUrl));
    if (!documents.get(uri)) {
      const snapshot = TextDocument.create(uri, 'plaintext', 0, letter.text);
      void connection.sendDiagnostics({uri, diagnostics: diagnosticsOf(snapshot, analysis)});
    }
    return analysis;
  }

  async function checkFolder(folderUri: string): Promise<CheckFolderResult> {
    const folder = pathOfUri(folderUri);
    if (!folder) throw new ResponseError(ErrorCodes.InvalidParams, nl.folderNotLocal);
    const unreadableFolders: Array<{path: string; reason: string}> = [];
    const files = await listLetters(folder, unreadableFolders);
    const progress = support.workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin(nl.folderProgress, 0, nl.folderProgressStep(0, files.length), true);
    const result: CheckFolderResult = {folder, files: 0, findings: 0, failed: unreadableFolders.map(({path, reason}) => ({uri: pathToFileURL(path).href, reason})), message: ''};
    for (const [index, path] of files.entries()) {
      if (shuttingDown || progress?.token.isCancellationRequested) break;
      const uri = pathToFileURL(path).href;
      const outcome = await checkFileFromDisk(uri);
      if (outcome && 'reason' in outcome) result.failed.push({uri, reason: outcome.reason});
      else if (outcome) {
        result.files++;
        result.findings += outcome.findings.length;
        folderChecked.add(uri);
      }
      progress?.report(Math.round(((index + 1) / files.length) * 100), nl.folderProgressStep(index + 1, files.length));
      // Let edits and requests in between two letters.
      await new Promise((resolve) => setImmediate(resolve));
    }
    progress?.done();
    result.message =
      files.length === 0 && result.failed.length === 0
        ? nl.folderNoLetters(folder)
        : `${nl.folderDone(result.files, result.findings)}${result.failed.length > 0 ? ` ${nl.folderUnreadable(result.failed.length)}` : ''}`;
    showMessage(MessageType.Info, result.message);
    return result;
  }

  documents.listen(connection);
  connection.listen();
}
