import {pathToFileURL} from 'node:url';
import {ErrorCodes, MessageType, ResponseError} from 'vscode-languageserver';
import {TextDocument} from 'vscode-languageserver-textdocument';
import {analyse, type Analysis} from '../analysis.js';
import {diagnosticsOf} from '../diagnostics.js';
import {listLetters, readLetter} from '../folder.js';
import {documentKind, pathOfUri} from '../formats.js';
import {nl} from '../messages.js';
import {docsBaseUrlFor} from '../paths.js';
import type {CheckFolderResult} from '../protocol.js';
import type {ServerContext} from './context.js';

/** Check a file as it is on disk; its diagnostics are published unless the file is open (then the editor's text wins). */
export async function checkFileFromDisk(context: ServerContext, uri: string): Promise<Analysis | {reason: string} | undefined> {
  const path = pathOfUri(uri);
  if (!path) return undefined;
  const kind = documentKind(uri, undefined);
  const resources = await context.rules.ready();
  if (!kind || !resources) return undefined;
  const letter = await readLetter(path);
  if ('reason' in letter) return letter;
  const resolved = await context.resolver.resolve(uri, path);
  const analysis = await analyse(uri, 0, letter.text, kind.format, resolved.config, resources, docsBaseUrlFor(context.paths, resolved.settings.docsBaseUrl));
  if (!context.documents.get(uri)) {
    const snapshot = TextDocument.create(uri, 'plaintext', 0, letter.text);
    void context.connection.sendDiagnostics({uri, diagnostics: diagnosticsOf(snapshot, analysis)});
  }
  return analysis;
}

/** The folder check: every letter in a folder from disk, with progress the clerk can cancel. */
export async function checkFolder(context: ServerContext, folderUri: string): Promise<CheckFolderResult> {
  const {connection} = context;
  const folder = pathOfUri(folderUri);
  if (!folder) throw new ResponseError(ErrorCodes.InvalidParams, nl.folderNotLocal);
  const unreadableFolders: Array<{path: string; reason: string}> = [];
  const files = await listLetters(folder, unreadableFolders);
  const progress = context.support.workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
  progress?.begin(nl.folderProgress, 0, nl.folderProgressStep(0, files.length), true);
  const result: CheckFolderResult = {folder, files: 0, findings: 0, failed: unreadableFolders.map(({path, reason}) => ({uri: pathToFileURL(path).href, reason})), message: ''};
  for (const [index, path] of files.entries()) {
    if (context.shuttingDown || progress?.token.isCancellationRequested) break;
    const uri = pathToFileURL(path).href;
    const outcome = await checkFileFromDisk(context, uri);
    if (outcome && 'reason' in outcome) result.failed.push({uri, reason: outcome.reason});
    else if (outcome) {
      result.files++;
      result.findings += outcome.findings.length;
      context.folderChecked.add(uri);
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
  context.showMessage(MessageType.Info, result.message);
  return result;
}
