/**
 * A small LSP client for the tests and bench/lsp.mjs: it starts helder-language-server over stdio, answers the
 * requests a real editor answers (workspace/configuration, progress, registrations) and collects what the server
 * publishes. Plain JavaScript so the benchmark runs it on Node 20 without a build; types in lsp-client.d.mts.
 */
import {spawn} from 'node:child_process';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {dirname, join} from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  ExitNotification,
  PublishDiagnosticsNotification,
  ConfigurationRequest,
  RegistrationRequest,
  WorkDoneProgressCreateRequest,
  ShowMessageNotification,
  LogMessageNotification,
  DidOpenTextDocumentNotification,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const serverBin = join(repoRoot, 'packages', 'language-server', 'dist', 'bin.js');
export const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const fixtureRules = join(fixtures, 'rules');

/** @type {import('vscode-languageserver-protocol').ClientCapabilities} */
export const defaultCapabilities = {
  workspace: {configuration: true, workspaceEdit: {documentChanges: true}, didChangeConfiguration: {dynamicRegistration: true}, workspaceFolders: true},
  textDocument: {
    synchronization: {dynamicRegistration: false},
    publishDiagnostics: {relatedInformation: false, versionSupport: true, codeDescriptionSupport: true, dataSupport: true},
    hover: {contentFormat: ['markdown', 'plaintext']},
    codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix']}}, isPreferredSupport: true},
  },
  window: {workDoneProgress: true, showMessage: {}},
};

export class TestClient {
  diagnostics = new Map();
  messages = [];
  logs = [];
  summaries = [];
  stderr = '';
  #waiters = [];

  constructor(options = {}) {
    this.options = options;
    const args = [...(options.nodeArgs ?? []), options.serverPath ?? serverBin, '--stdio', ...(options.rulesDir ? ['--rules-dir', options.rulesDir] : [])];
    this.process = spawn(process.execPath, args, {stdio: 'pipe'});
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.process.stderr.on('data', (chunk) => (this.stderr += chunk.toString()));
    this.settings = options.settings ?? {};
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'helder' ? this.settings : null)));
    this.connection.onRequest(RegistrationRequest.type, () => null);
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => null);
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
      this.notify();
    });
    this.connection.onNotification(LogMessageNotification.type, (params) => this.logs.push(params.message));
    this.connection.onNotification('helder/summary', (params) => {
      this.summaries.push(params);
      this.notify();
    });
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, {...params, receivedAt: performance.now()});
      this.notify();
    });
    this.connection.listen();
  }

  notify() {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) waiter();
  }

  /** Wait until `condition` holds, re-tested after every message from the server. */
  async until(condition, what, timeoutMs = 15_000) {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const value = condition();
      if (value) return value;
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}. Server stderr:\n${this.stderr}\nLogs:\n${this.logs.join('\n')}`);
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  diagnosticsFor(uri, version) {
    return this.until(() => {
      const event = this.diagnostics.get(uri);
      return event && (version === undefined || event.version === version) ? event.diagnostics : undefined;
    }, `diagnostics for ${uri}${version !== undefined ? ` version ${version}` : ''}`);
  }

  async initialize() {
    const folder = this.options.workspaceFolder;
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: this.options.processId === undefined ? process.pid : this.options.processId,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{uri: pathToFileURL(folder).href, name: 'brieven'}] : null,
      capabilities: this.options.capabilities ?? defaultCapabilities,
      clientInfo: {name: 'helder-test-client'},
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async open(uri, text, languageId = 'plaintext', version = 1) {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version, text}});
  }

  async close() {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((resolve) => setTimeout(resolve, 3000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // the server is gone already
    }
    const code = await Promise.race([this.exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 5000))]);
    if (code === 'timeout') {
      this.process.kill();
      return null;
    }
    this.connection.dispose();
    return code;
  }
}

/** Offset -> LSP position for a text, for building didChange ranges. */
export function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return {line, character: offset - (before.lastIndexOf('\n') + 1)};
}
