import {dirname} from 'node:path';
import {ErrorCodes, MessageType, ResponseError} from 'vscode-languageserver';
import {summarise} from '../analysis.js';
import {uriArgument} from '../client.js';
import {pathOfUri} from '../formats.js';
import {nl} from '../messages.js';
import {serverCommands} from '../protocol.js';
import {ConfigWriteError, addWordToConfig, appendFeedback, feedbackPath, feedbackRecord, projectFolder, sendFeedbackToStudio} from '../workspace-files.js';
import type {ServerContext} from './context.js';
import {checkFolder} from './folder-check.js';

type Argument = Record<string, unknown>;

/** workspace/executeCommand: check now, check a folder, add a word, record feedback. */
export function registerCommands(context: ServerContext): void {
  context.connection.onExecuteCommand(async (params) => {
    const argument = (params.arguments?.[0] ?? {}) as Argument;
    switch (params.command) {
      case serverCommands.checkDocument:
        return checkDocumentNow(context, argument);
      case serverCommands.checkFolder:
        return checkFolder(context, uriArgument(argument));
      case serverCommands.addWord:
        return addWord(context, argument);
      case serverCommands.feedback:
        return recordFeedback(context, argument);
      default:
        throw new ResponseError(ErrorCodes.MethodNotFound, nl.unknownCommand(params.command));
    }
  });
}

async function checkDocumentNow(context: ServerContext, argument: Argument) {
  const uri = uriArgument(argument);
  if (!context.documents.get(uri)) throw new ResponseError(ErrorCodes.InvalidParams, nl.documentNotOpen);
  context.scheduler.invalidate(uri);
  const analysis = await context.scheduler.fresh(uri);
  return analysis ? summarise(analysis) : null;
}

function documentDirOf(uri: string): string | undefined {
  const documentPath = pathOfUri(uri);
  return documentPath ? dirname(documentPath) : undefined;
}

async function addWord(context: ServerContext, argument: Argument) {
  const uri = uriArgument(argument);
  const word = typeof argument.word === 'string' ? argument.word.trim() : '';
  if (!word) throw new ResponseError(ErrorCodes.InvalidParams, nl.noWord);
  const documentDir = documentDirOf(uri);
  try {
    const {path, added} = await addWordToConfig(word, documentDir, await projectFolder(documentDir, context.workspaceFolders));
    context.resolver.clearFiles();
    context.recheckAll();
    context.showMessage(MessageType.Info, added ? nl.wordAdded(word, path) : nl.wordAlreadyThere(word, path));
    return {path, added};
  } catch (error) {
    const message = error instanceof ConfigWriteError ? error.message : nl.wordNotAdded((error as Error).message);
    context.showMessage(MessageType.Error, message);
    throw new ResponseError(ErrorCodes.InternalError, message);
  }
}

async function recordFeedback(context: ServerContext, argument: Argument) {
  const uri = uriArgument(argument);
  const ruleId = typeof argument.ruleId === 'string' ? argument.ruleId : '';
  if (!ruleId) throw new ResponseError(ErrorCodes.InvalidParams, nl.feedbackNoAdvice);
  const entryId = typeof argument.entryId === 'string' ? argument.entryId : undefined;
  const words = typeof argument.words === 'string' ? argument.words : '';
  const settings = await context.resolver.settingsFor(uri);
  const path = feedbackPath(settings.feedbackFile, await projectFolder(documentDirOf(uri), context.workspaceFolders), context.workspaceFolders);
  if (!path) throw new ResponseError(ErrorCodes.InvalidParams, nl.feedbackNoPlace);
  const record = feedbackRecord(ruleId, entryId, words, new Date(), argument.sentenceStart === true);
  try {
    await appendFeedback(path, record);
  } catch (error) {
    const message = nl.feedbackNotSaved(path, (error as Error).message);
    context.showMessage(MessageType.Error, message);
    throw new ResponseError(ErrorCodes.InternalError, message);
  }
  const studioUrl = settings.feedbackStudioUrl?.trim();
  const studioToken = settings.feedbackStudioToken?.trim();
  if (studioUrl && studioToken) {
    const problem = await sendFeedbackToStudio(studioUrl, studioToken, record);
    context.showMessage(problem ? MessageType.Warning : MessageType.Info, problem ? nl.feedbackNotSent(path, studioUrl, problem) : nl.feedbackSent(path, studioUrl));
    return {path, record, sent: problem === undefined};
  }
  context.showMessage(MessageType.Info, nl.feedbackSaved(path));
  return {path, record};
}
