import {check, checkDocument, type Finding, type HelderConfig, type HelderOptions} from '@helder/core';
import {createNodeLoader, documentFormatOf, readLetterFile, readRegularFile, formatOf, UnreadableFileError, type SharedAnswerBuffers} from '@helder/node';
import {docsBaseUrl} from './docs.js';
import {fingerprintsOf, sentenceAround, type FileOutcome} from '@helder/reports';

/** What a check needs besides the file: plain data, so a worker thread gets the same by structured clone. */
export interface CheckSettings {
  config: HelderConfig;
  extraRuleDirs: string[];
  /** The answer tables the worker threads of a pool share (createSharedAnswerSet); none when checking in process. */
  sharedAnswers?: Record<string, SharedAnswerBuffers>;
}

/**
 * Files read through @helder/documents. .txt, .md and the template text formats (.hbs, .j2, ...) keep the text
 * reader; an old .doc goes to the documents reader only to get its reason (how to convert it).
 */
const documentFormats = new Set(['word', 'opendocument', 'html', 'email', 'old-word']);
export const isDocumentPath = (path: string): boolean => documentFormats.has(documentFormatOf(path) ?? '');

/** The core's options for these settings; the loader caches what it loaded, so call this once per thread. */
export function optionsFor(settings: CheckSettings): HelderOptions {
  return {loader: createNodeLoader({extraRuleDirs: settings.extraRuleDirs, sharedAnswers: settings.sharedAnswers}), config: settings.config, docsBaseUrl};
}

export function createChecker(settings: CheckSettings, options = optionsFor(settings)): (path: string) => Promise<FileOutcome> {
  return (path) => (isDocumentPath(path) ? checkDocumentFile(path, options) : checkTextFile(path, options));
}

async function checkTextFile(path: string, options: HelderOptions): Promise<FileOutcome> {
  let letter;
  try {
    letter = await readLetterFile(path);
  } catch (error) {
    return {path, error: error instanceof UnreadableFileError ? error.reason : String(error)};
  }
  return checkText(path, letter.text, letter.notices, options);
}

/** The notice for a letter without text: a report must not look as if it was checked and found fine. */
export const emptyNotice = (path: string): string =>
  path === '-' ? 'De invoer via stdin is leeg. Helder heeft niets nagekeken.' : 'Dit bestand is leeg of heeft alleen spaties. Helder heeft niets nagekeken.';

export async function checkText(path: string, text: string, notices: string[], options: HelderOptions): Promise<FileOutcome> {
  if (text.trim() === '') notices = [...notices, emptyNotice(path)];
  try {
    const {file: _file, model: _model, ...result} = await check(text, {...options, format: path === '-' ? 'text' : formatOf(path)});
    addSentences(path, result.findings, text);
    // The core's notes (Markdown read as plain text, a speller that did not load) are told like the reader's notices.
    return {path, text, notices: [...notices, ...result.notes], result, ...(text.trim() === '' ? {empty: true} : {})};
  } catch (error) {
    // One broken file never stops the batch.
    return {path, error: `Helder kon dit bestand niet controleren: ${(error as Error).message}`};
  }
}

// The document readers (zip, XML, HTML and mail parsers) cost about 200 ms to load: only a batch with documents pays it.
let documents: Promise<typeof import('@helder/documents')> | undefined;

async function checkDocumentFile(path: string, options: HelderOptions): Promise<FileOutcome> {
  const {readDocument, DocumentError, maxDocumentBytes} = await (documents ??= import('@helder/documents'));
  let document;
  try {
    document = await readDocument(await readRegularFile(path, maxDocumentBytes), path);
  } catch (error) {
    if (error instanceof DocumentError || error instanceof UnreadableFileError) return {path, error: error.reason};
    return {path, error: `Helder kon dit bestand niet lezen: ${(error as Error).message}`};
  }
  try {
    const {text, blockStarts: _starts, file: _file, model: _model, ...result} = await checkDocument(document, options);
    addSentences(path, result.findings, text);
    // The joined text is not kept: a document's findings carry their place and quote, which is all a report shows.
    return {path, notices: [...document.notices, ...result.notes], result, document: true};
  } catch (error) {
    return {path, error: `Helder kon dit bestand niet controleren: ${(error as Error).message}`};
  }
}

/**
 * Each finding gets the sentence it sits in (while the text is still at hand): the reports quote it, and the
 * fingerprint that matches findings across runs is made from it here, in the worker, where it costs no time of
 * the main thread (nor of a run whose results come from the cache). Blocks are joined with a blank line, which a
 * sentence never crosses.
 */
function addSentences(path: string, findings: Finding[], text: string): void {
  for (const finding of findings) (finding as Finding & {sentence?: string}).sentence = sentenceAround(text, finding.offset, finding.offset + finding.length);
  const fingerprints = fingerprintsOf(path, findings);
  findings.forEach((finding, index) => ((finding as Finding & {fingerprint?: string}).fingerprint = fingerprints[index]));
}

/** A file to read and check, or text read elsewhere (standard input): what a worker thread gets. */
export type WorkerTask = string | {path: string; text: string; notices: string[]};

/**
 * A checker of tasks for one thread that checks (a worker thread, or the main thread next to them): the rules and
 * word lists are loaded once, and every outcome is slim (slimOutcome), as a worker thread sends it back.
 */
export function createTaskChecker(settings: CheckSettings, options = optionsFor(settings)): (task: WorkerTask) => Promise<FileOutcome> {
  const checkFile = createChecker(settings, options);
  return async (task) => slimOutcome(await (typeof task === 'string' ? checkFile(task) : checkText(task.path, task.text, task.notices, options)));
}

/**
 * What the reports of `helder check` read of an outcome, kept by the cache and sent back by a worker thread (less to
 * copy between threads): not the per-sentence readability (half of a result, and
 * left out of every report) nor a curated rule's explanation and provenance (shown by the editors, not the CLI).
 */
export function slimOutcome(outcome: FileOutcome): FileOutcome {
  if (!outcome.result) return outcome;
  const {readability, findings} = outcome.result;
  return {
    ...outcome,
    result: {
      ...outcome.result,
      readability: readability ? {...readability, sentences: []} : readability,
      findings: findings.map(({explanation: _explanation, provenance: _provenance, ...finding}) => finding),
    },
  };
}
