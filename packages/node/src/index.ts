import {check as coreCheck, type HelderOptions, type CheckResult} from '@helder/core';
import {createNodeLoader} from './loader.js';

export {createNodeLoader, defaultRulesDir, coreDataDir, describeRuleFile, readRuleFile, listRuleFolders, maxRuleFileBytes, type NodeLoaderOptions, type NodeLoader} from './loader.js';
export {cacheDir, fileCache, fileStamp} from './cache.js';
export {createSharedAnswerSet, createSharedAnswerBuffers, sharedAnswers, sharedAnswerKinds, type SharedAnswerBuffers} from './shared-answers.js';
export {readRegularFile, readCappedStream, UnreadableFileError} from './safe-read.js';
export {readLetterFile, decodeLetter, formatOf, textExtensions, LetterFileError, maxFileBytes, type LetterText} from './files.js';
export {textFileKinds, documentFileFormats, editorLanguageKinds, extensionOf, isCheckedFile, documentFormatOf, textFileGlob, type TextKind, type CommentStyle, type DocumentFormat} from './formats.js';
export {findConfigFile, loadConfigFile, ruleDirsOf, configFileNames, maxConfigBytes, type LoadedConfig} from './config.js';

let sharedLoader: ReturnType<typeof createNodeLoader> | undefined;

/** check() with Helder's own rules and data from disk; loaded once per process. */
export function check(text: string, options: HelderOptions = {}): Promise<CheckResult> {
  if (!options.loader && !options.resources) sharedLoader ??= createNodeLoader();
  return coreCheck(text, {loader: sharedLoader, ...options});
}
