/**
 * Helder for VS Code: a thin client. All checking happens in the bundled language server; this file starts it,
 * shows the summary in the status bar and offers the two commands.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node';
import {editorLanguageKinds, textFileGlob} from '@helder/node/formats';
import type {DocumentSummary, serverCommands as protocolCommands, summaryNotification as protocolSummaryNotification} from '@helder/language-server/protocol';
import {nl} from './messages';

/** Names of the protocol, checked against @helder/language-server's types; written out so the bundle stays small. */
const serverCommands = {
  checkDocument: 'helder.server.checkDocument',
  checkFolder: 'helder.server.checkFolder',
} as const satisfies Pick<typeof protocolCommands, 'checkDocument' | 'checkFolder'>;
const summaryNotification: typeof protocolSummaryNotification = 'helder/summary';

/** The kinds of files Helder checks, from the one table in @helder/node: letters as text, Markdown, HTML and templates. */
const documentSelector = [
  ...Object.keys(editorLanguageKinds).flatMap((language) => [
    {scheme: 'file', language},
    {scheme: 'untitled', language},
  ]),
  {scheme: 'file', pattern: textFileGlob()},
];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.mjs'));
  const serverOptions: ServerOptions = {
    run: {module: serverModule, transport: TransportKind.stdio},
    debug: {module: serverModule, transport: TransportKind.stdio},
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: {
      configurationSection: 'helder',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{helder.config.json,.helderrc,.helderrc.json}'),
    },
    diagnosticCollectionName: 'helder',
  };
  client = new LanguageClient('helder', 'Helder', serverOptions, clientOptions);

  const summaries = new Map<string, DocumentSummary>();
  const status = vscode.window.createStatusBarItem('helder.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Helder';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(status);

  const showStatus = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const summary = uri ? summaries.get(uri) : undefined;
    if (!summary) {
      status.hide();
      return;
    }
    status.text = summary.label;
    status.tooltip = `${summary.tooltip}\n\n${nl.statusClick}`;
    status.show();
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(showStatus),
    vscode.workspace.onDidCloseTextDocument((document) => {
      summaries.delete(document.uri.toString());
      showStatus();
    }),
    vscode.commands.registerCommand('helder.checkDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) {
        void vscode.window.showInformationMessage(nl.openLetterFirst);
        return;
      }
      try {
        const summary = (await client.sendRequest('workspace/executeCommand', {
          command: serverCommands.checkDocument,
          arguments: [{uri: editor.document.uri.toString()}],
        })) as DocumentSummary | null;
        if (summary) {
          summaries.set(summary.uri, summary);
          showStatus();
          void vscode.window.showInformationMessage(nl.checked(summary.label, summary.findings));
        } else {
          void vscode.window.showInformationMessage(nl.notChecked);
        }
      } catch (error) {
        void vscode.window.showErrorMessage(nl.documentFailed((error as Error).message));
      }
    }),
    vscode.commands.registerCommand('helder.checkFolder', async (folder?: vscode.Uri) => {
      const target = folder ?? folderOfActiveEditor() ?? vscode.workspace.workspaceFolders?.[0]?.uri;
      if (!target || !client) {
        void vscode.window.showInformationMessage(nl.openFolderFirst);
        return;
      }
      await vscode.window.withProgress(
        {location: vscode.ProgressLocation.Notification, title: nl.folderProgress},
        async () => {
          try {
            await client!.sendRequest('workspace/executeCommand', {command: serverCommands.checkFolder, arguments: [{uri: target.toString()}]});
            await vscode.commands.executeCommand('workbench.actions.view.problems');
          } catch (error) {
            void vscode.window.showErrorMessage(nl.folderFailed((error as Error).message));
          }
        },
      );
    }),
  );

  // Registered before start, so the summary of the first document is never missed.
  context.subscriptions.push(
    client.onNotification(summaryNotification, (summary: DocumentSummary) => {
      summaries.set(summary.uri, summary);
      showStatus();
    }),
  );
  await client.start();
  showStatus();
}

function folderOfActiveEditor(): vscode.Uri | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri?.scheme === 'file' ? vscode.Uri.file(path.dirname(uri.fsPath)) : undefined;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
