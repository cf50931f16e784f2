import {dirname, join, relative, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import {defaultConfig} from '@helder/core';
import {configFileNames} from '@helder/node';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  ErrorCodes,
  MessageType,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import {TextDocument} from 'vscode-languageserver-textdocument';
import {analyse, summarise, type Analysis} from './analysis.js';
import {codeActionsFor, findingsIn} from './code-actions.js';
import {diagnosticSource, diagnosticsOf} from './diagnostics.js';
import {listLetters, readLetter} from './folder.js';
import {documentKind, pathOfUri} from './formats.js';
import {hoverFor} from './hover.js';
import {findDataPaths, docsBaseUrlFor, type DataPaths} from './paths.js';
import {serverCommands, summaryNotification, summaryRequest, type CheckFolderResult, type DocumentSummary, type HelderSettings} from './protocol.js';
import {RuleManager, fileUri, type RulesOutcome} from './rules.js';
import {CheckScheduler} from './scheduler.js';
import {ConfigResolver, type ResolvedConfig} from './settings.js';
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

interface ClientSupport {
  configuration: boolean;
  dynamicConfiguration: boolean;
  markdownHover: boolean;
  documentChanges: boolean;
  workDoneProgress: boolean;
}

/** Wire Helder into an LSP connection. The connection is started here (listen). */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const found = options.paths ?? findDataPaths();
  const paths: DataPaths = options.rulesDir ? {...found, ruleDir: options.rulesDir} : found;
  const documents = new TextDocuments(TextDocument);
  let support: ClientSupport = {configuration: false, dynamicConfiguration: false, markdownHover: false, documentChanges: false, workDoneProgress: false};
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
      reportConfigProblems(resolved);
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

  const ruleProblemFiles = new Set<string>();
  const reportRules = (outcome: RulesOutcome) => {
    const byFile = new Map<string, Diagnostic[]>();
    for (const problem of outcome.problems) {
      const line = Math.max(0, problem.line - 1);
      const character = Math.max(0, problem.column - 1);
      const list = byFile.get(problem.path) ?? [];
      list.push({
        range: {start: {line, character}, end: {line, character: character + 1}},
        severity: DiagnosticSeverity.Error,
        source: diagnosticSource,
        code: 'regelbestand',
        message: `Fout in het regelbestand (${problem.field}${problem.ruleId ? `, regel ${problem.ruleId}` : ''}): ${problem.message}`,
      });
      byFile.set(problem.path, list);
    }
    for (const path of ruleProblemFiles) if (!byFile.has(path)) void connection.sendDiagnostics({uri: fileUri(path), diagnostics: []});
    ruleProblemFiles.clear();
    for (const [path, diagnostics] of byFile) {
      ruleProblemFiles.add(path);
      void connection.sendDiagnostics({uri: fileUri(path), diagnostics});
    }
    if (outcome.failure) {
      showMessage(MessageType.Error, `Helder kan de regels niet lezen. ${outcome.failure} Helder gebruikt de regels die het al had.`);
    } else if (!outcome.accepted && outcome.problems.length > 0) {
      const names = [...byFile.keys()].map((path) => path.split(sep).at(-1)).join(', ');
      showMessage(
        MessageType.Warning,
        `Er staat een fout in een regelbestand (${names}). Helder gebruikt de regels van daarvoor, tot de fout is opgelost. De fout staat in het bestand zelf.`,
      );
    }
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
      recheckAll();
    },
  );

  const configProblemFiles = new Map<string, string>(); // path -> last reported text
  let lastSettingProblems = '';
  const reportConfigProblems = (resolved: ResolvedConfig) => {
    if (resolved.configPath) {
      const diagnostics: Diagnostic[] = resolved.fileErrors.map((error) => {
        const line = lineOfField(resolved.fileText ?? '', error.field);
        return {
          range: {start: {line, character: 0}, end: {line, character: 1000}},
          severity: DiagnosticSeverity.Error,
          source: diagnosticSource,
          code: 'configbestand',
          message: `Fout in het configbestand van Helder (${error.field}): ${error.message} Helder slaat dit deel over.`,
        };
      });
      const key = JSON.stringify(diagnostics);
      if (configProblemFiles.get(resolved.configPath) !== key) {
        configProblemFiles.set(resolved.configPath, key);
        void connection.sendDiagnostics({uri: fileUri(resolved.configPath), diagnostics});
      }
    }
    const settingText = resolved.settingErrors.map((error) => `helder.${error.field}: ${error.message}`).join(' ');
    if (settingText !== lastSettingProblems) {
      lastSettingProblems = settingText;
      if (settingText) showMessage(MessageType.Warning, `Een instelling van Helder klopt niet. Helder slaat die instelling over. ${settingText}`);
    }
  };

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
    if (rules.setExtraRuleDirs(extra)) {
      ruleWatchers.set(rules.ruleDirs);
      await reloadRules();
    }
  };

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
      recheckAll();
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
        if (!documents.get(uri)) throw new ResponseError(ErrorCodes.InvalidParams, 'Dit document is niet open in de editor. Open het en probeer het opnieuw.');
        scheduler.invalidate(uri);
        const analysis = await scheduler.fresh(uri);
        return analysis ? summarise(analysis) : null;
      }
      case serverCommands.checkFolder:
        return checkFolder(uriArgument(argument));
      case serverCommands.addWord: {
        const uri = uriArgument(argument);
        const word = typeof argument.word === 'string' ? argument.word.trim() : '';
        if (!word) throw new ResponseError(ErrorCodes.InvalidParams, 'Er is geen woord om toe te voegen.');
        const documentPath = pathOfUri(uri);
        const documentDir = documentPath ? dirname(documentPath) : undefined;
        try {
          const {path, added} = await addWordToConfig(word, documentDir, await projectFolder(documentDir, workspaceFolders));
          resolver.clearFiles();
          recheckAll();
          showMessage(MessageType.Info, added ? `"${word}" staat nu in de woordenlijst (${path}).` : `"${word}" stond al in de woordenlijst (${path}).`);
          return {path, added};
        } catch (error) {
          const message = error instanceof ConfigWriteError ? error.message : `Helder kan het woord niet toevoegen: ${(error as Error).message}`;
          showMessage(MessageType.Error, message);
          throw new ResponseError(ErrorCodes.InternalError, message);
        }
      }
      case serverCommands.feedback: {
        const uri = uriArgument(argument);
        const ruleId = typeof argument.ruleId === 'string' ? argument.ruleId : '';
        if (!ruleId) throw new ResponseError(ErrorCodes.InvalidParams, 'Helder weet niet over welk advies dit gaat.');
        const entryId = typeof argument.entryId === 'string' ? argument.entryId : undefined;
        const words = typeof argument.words === 'string' ? argument.words : '';
        const documentPath = pathOfUri(uri);
        const documentDir = documentPath ? dirname(documentPath) : undefined;
        const settings = await resolver.settingsFor(uri);
        const path = feedbackPath(settings.feedbackFile, await projectFolder(documentDir, workspaceFolders), workspaceFolders);
        if (!path) throw new ResponseError(ErrorCodes.InvalidParams, 'Helder weet niet waar de melding moet komen. Open eerst een map, of stel helder.feedbackFile in.');
        const record = feedbackRecord(ruleId, entryId, words);
        try {
          await appendFeedback(path, record);
        } catch (error) {
          const message = `Helder kan uw melding niet bewaren in ${path}: ${(error as Error).message}`;
          showMessage(MessageType.Error, message);
          throw new ResponseError(ErrorCodes.InternalError, message);
        }
        showMessage(MessageType.Info, `Bedankt. Helder heeft uw melding bewaard in ${path}. Er staat niets anders uit uw brief in.`);
        return {path, record};
      }
      default:
        throw new ResponseError(ErrorCodes.MethodNotFound, `Helder kent de opdracht "${params.command}" niet.`);
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
    if (!folder) throw new ResponseError(ErrorCodes.InvalidParams, 'Helder kan alleen mappen op deze computer controleren.');
    const files = await listLetters(folder);
    const progress = support.workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Helder controleert de brieven', 0, `0 van ${files.length}`, true);
    const result: CheckFolderResult = {folder, files: 0, findings: 0, failed: [], message: ''};
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
      progress?.report(Math.round(((index + 1) / files.length) * 100), `${index + 1} van ${files.length}`);
      // Let edits and requests in between two letters.
      await new Promise((resolve) => setImmediate(resolve));
    }
    progress?.done();
    const letters = result.files === 1 ? '1 brief' : `${result.files} brieven`;
    const advice = result.findings === 1 ? '1 advies' : `${result.findings} adviezen`;
    result.message =
      files.length === 0
        ? `Helder vond geen brieven in ${folder}. Helder kijkt naar bestanden met .txt, .md, .html, .hbs, .mustache, .j2 en .jinja.`
        : `Helder heeft ${letters} gecontroleerd en vond ${advice}. U ziet ze bij Problemen.${result.failed.length > 0 ? ` ${result.failed.length} bestanden kon Helder niet lezen.` : ''}`;
    showMessage(MessageType.Info, result.message);
    return result;
  }

  documents.listen(connection);
  connection.listen();
}

function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  return {
    configuration: capabilities.workspace?.configuration === true,
    dynamicConfiguration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    markdownHover: capabilities.textDocument?.hover?.contentFormat?.includes('markdown') ?? false,
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    workDoneProgress: capabilities.window?.workDoneProgress === true,
  };
}

/** Settings pushed by the client: {helder: {...}} or the section itself. */
function helderSection(settings: unknown): HelderSettings | undefined {
  if (typeof settings !== 'object' || settings === null) return undefined;
  const section = (settings as Record<string, unknown>).helder;
  if (typeof section === 'object' && section !== null) return section as HelderSettings;
  return settings as HelderSettings;
}

function uriArgument(value: unknown): string {
  const uri = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).uri : undefined;
  if (typeof uri !== 'string' || uri === '') throw new ResponseError(ErrorCodes.InvalidParams, 'Helder mist het adres (uri) van het document.');
  return uri;
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** The 0-based line of a field like "rules.lang-woord" in a JSON text, by its last key; 0 when not found. */
function lineOfField(text: string, field: string): number {
  const key = field.split('.').at(-1) ?? field;
  if (key.startsWith('(')) return 0;
  const at = text.indexOf(`"${key}"`);
  return at === -1 ? 0 : text.slice(0, at).split('\n').length - 1;
}
