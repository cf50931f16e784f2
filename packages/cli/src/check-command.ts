import {resolve} from 'node:path';
import {atOrAbove, type Severity} from '@helder/core';
import {decodeLetter, UnreadableFileError, describeRuleFile, type LetterText} from '@helder/node';
import {loadSettings} from './settings.js';
import type {CheckArgs} from './args.js';
import {expandInputs} from './inputs.js';
import {createReportSink, loadBaseline, loadTheme, type ReportSink} from './report-sink.js';
import {cacheKey, lookUpAll, openCache, type CachedResult, type ResultCache} from './cache.js';
import {openOutput} from './output.js';
import {helderVersion} from './version.js';
import {emptyTotals, formatComparisonText, formatFileText, formatTotals, printablePath, styleOf, type FileOutcome, type FileResult} from '@helder/reports';
import {docsBaseUrl} from './docs.js';
import {checkInOrder, createFileChecker, jobsFor} from './pool.js';
import {createProgress, progressEnabled} from './progress.js';

export interface Io {
  /** May return a promise that resolves when the output can take more (a slow pipe). */
  stdout: (text: string) => void | Promise<void>;
  /** Bytes (UTF-8) for standard output, in order with `stdout`; without it they are decoded and go to `stdout`. */
  stdoutBytes?: (bytes: Uint8Array) => void | Promise<void>;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  cwd: string;
  /** Whether stderr is a terminal: only then a progress line is drawn. */
  stderrIsTTY?: boolean;
  /**
   * Register what to do on Ctrl-C. The handler writes the end of the report and returns the exit code; the
   * results of the files already checked are written by then.
   */
  onInterrupt?: (handler: () => number) => void;
}

/** Exit code after Ctrl-C, as shells use for a stop by SIGINT. */
export const interruptedExitCode = 130;

export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const loaded = await loadSettings(args, io.cwd, io.stderr);
  if (!loaded) return 2;
  const {config, extraRuleDirs, configPath, reportSettings} = loaded;
  if (args.failOn) config.failOn = args.failOn;
  const startedAt = new Date().toISOString();
  let baseline;
  if (args.baseline) {
    try {
      baseline = await loadBaseline(resolve(io.cwd, args.baseline));
    } catch (error) {
      io.stderr(`helder: ${args.baseline}: ${(error as Error).message} Geef bij --baseline een bestand van helder check --format json.\n`);
      return 2;
    }
  }
  const {theme, errors} = args.format === 'html' ? await loadTheme(reportSettings, configPath) : {theme: undefined, errors: []};
  for (const error of errors) io.stderr(`helder: ${configPath}: ${error}\n`);
  // The text report has no sink of its own; with --baseline it gets one for the comparison, shown at the end.
  const sinkFormat = args.format === 'text' ? (baseline ? 'csv' : undefined) : args.format;
  const run = {date: startedAt, helderVersion: helderVersion(), target: config.targetLevel};
  const sink: ReportSink | undefined = sinkFormat ? createReportSink({format: sinkFormat, run, ...(theme ? {theme} : {}), ...(baseline ? {baseline} : {})}) : undefined;
  let cache: ResultCache | undefined;
  // The report file itself is never one of the inputs (a report written into the folder that is checked).
  const outputPath = args.output ? resolve(io.cwd, args.output) : undefined;
  const items = (await expandInputs(args.inputs, io.cwd)).filter((item) => item.path === '-' || resolve(io.cwd, item.path) !== outputPath);
  let output: ReturnType<typeof openOutput> | undefined;
  try {
    if (args.output) output = openOutput(outputPath!);
  } catch (error) {
    io.stderr(`helder: ${args.output}: Helder kan dit bestand niet maken (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Bestaat de map, en mag u daarin schrijven?\n`);
    return 2;
  }
  const write = output ? output.write : io.stdout;
  const style = styleOf(args.color && !args.output);
  const totals = emptyTotals();
  const progress = createProgress(io.stderr, items.length, progressEnabled({isTTY: io.stderrIsTTY === true, quiet: args.quiet, env: process.env}));
  // The progress line is wiped before any other output, so it never ends up in the middle of a report line.
  const stdout = (text: string) => {
    progress.clear();
    return write(text);
  };
  // Bytes as they are (a json entry from the cache) when the output takes them, else decoded.
  const writeBytes = output ? output.write : (io.stdoutBytes ?? ((bytes: Uint8Array) => io.stdout(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'))));
  const stdoutBytes = (bytes: Uint8Array) => {
    progress.clear();
    return writeBytes(bytes);
  };
  const stderr = (text: string) => {
    progress.clear();
    io.stderr(text);
  };
  let failing = false;
  let written = 0;
  let finished = false;
  const finish = (): void => {
    finished = true;
    progress.clear();
    if (args.format !== 'text') void write(sink!.end(written));
    else {
      void write(formatTotals(totals, style, config.failOn));
      const comparison = sink?.comparison();
      if (comparison) void write(formatComparisonText(comparison));
    }
    const comparison = args.format === 'csv' || args.format === 'sarif' ? sink?.comparison() : undefined;
    if (comparison) io.stderr(formatComparisonText(comparison));
    output?.close();
    cache?.save();
  };
  io.onInterrupt?.(() => {
    if (!finished) {
      finish();
      const done = totals.files + totals.unreadable;
      io.stderr(`helder: gestopt met Ctrl-C. ${done} van de ${items.length} bestanden ${done === 1 ? 'is' : 'zijn'} klaar; de uitkomst daarvan staat hierboven.\n`);
    }
    return interruptedExitCode;
  });
  if (sink && args.format !== 'text') await stdout(sink.start());

  // Each result is written as soon as its file is done and then let go: a batch of large letters never holds all
  // parse results, and Ctrl-C or a crash later in the batch keeps what was already written.
  let ruleErrorsShown = false;
  const report = async (outcome: FileOutcome): Promise<void> => {
    if (finished) return;
    const ruleErrors = outcome.result?.ruleErrors ?? [];
    if (!ruleErrorsShown && ruleErrors.length > 0) {
      ruleErrorsShown = true;
      for (const error of ruleErrors) {
        const place = describeRuleFile(error.file, {extraRuleDirs});
        // A folder that cannot be read has no line or column to point at.
        if (error.file.endsWith('/')) stderr(`helder: map met regels ${place}: ${error.message}\n`);
        else stderr(`helder: fout in regelbestand ${place}:${error.line}:${error.column} ${error.field}: ${error.message}\n`);
      }
      stderr('helder: de andere regels zijn wel gebruikt. Controleer de regels met: helder rules lint\n');
    }
    if (outcome.error !== undefined) {
      totals.unreadable++;
      stderr(`helder: ${printablePath(outcome.path)}: niet gecontroleerd: ${outcome.error}\n`);
    } else if (outcome.result && args.format === 'text') {
      await stdout(formatFileText(outcome as FileOutcome & {result: FileResult}, style, totals));
    } else {
      totals.files++;
      for (const finding of outcome.result?.findings ?? []) totals.findings[finding.severity]++;
    }
    const hit = cached.get(outcome.path);
    // A json entry from the cache is written as it was stored, not made again from the outcome.
    const stored = hit?.outcome === outcome && sink?.storedEntry ? hit.json : undefined;
    const text = stored ? sink!.storedEntry!(outcome, written) : sink?.entry(outcome, written);
    // A file just checked goes into the cache with its json entry as written (when the report is json); so does a
    // file from the cache whose json entry was not kept yet (the run before wrote another format).
    const fromCacheWithoutJson = hit?.outcome === outcome && !hit.json && sink?.lastEntryText?.() !== undefined;
    const hash = fromCacheWithoutJson ? hashes.get(outcome.path) : checked.get(outcome);
    if (hash !== undefined) cache?.store(outcome.path, hash, outcome, sink?.lastEntryText?.());
    if (text && args.format !== 'text') await stdout(text);
    if (stored) await stdoutBytes(stored);
    written++;
    if (outcome.result?.findings.some((finding) => atOrAbove(finding.severity, config.failOn as Severity))) failing = true;
    const level = outcome.result?.readability?.lint?.level;
    if (args.maxLevel !== undefined && level !== undefined && level > args.maxLevel) {
      failing = true;
      stderr(`helder: ${printablePath(outcome.path)}: niveau ${level}. Dat is hoger dan ${args.maxLevel}, de grens van --max-level.\n`);
    }
    const {error, warning, info} = totals.findings;
    progress.update(totals.files + totals.unreadable, error + warning + info);
  };

  const settings = {config, extraRuleDirs};
  // With --cache, first the content hash of every file: files found in the cache need no worker at all.
  let hashes = new Map<string, string>();
  let cached = new Map<string, CachedResult>();
  // The files checked in this run, with their content hash: report() stores them in the cache.
  const checked = new WeakMap<FileOutcome, string>();
  if (args.cacheLocation) {
    cache = openCache(resolve(io.cwd, args.cacheLocation), await cacheKey(settings, helderVersion()));
    ({hashes, cached} = await lookUpAll(cache, items.filter((item) => !item.error && item.path !== '-').map((item) => item.path)));
  }
  const toCheck = items.filter((item) => !item.error && item.path !== '-' && !cached.has(item.path)).length;
  const checker = createFileChecker(settings, jobsFor(args.jobs, toCheck));
  const start = async (item: (typeof items)[number]): Promise<FileOutcome> => {
    if (item.error) return {path: item.path, error: item.error};
    const hit = cached.get(item.path);
    if (hit) return hit.outcome;
    if (item.path !== '-') {
      const outcome = await checker.check(item.path);
      const hash = hashes.get(item.path);
      if (hash !== undefined) checked.set(outcome, hash);
      return outcome;
    }
    let letter: LetterText;
    try {
      letter = decodeLetter('-', await io.readStdin());
    } catch (error) {
      return {path: item.path, error: error instanceof UnreadableFileError ? error.reason : String(error)};
    }
    return checker.checkText('-', letter.text, letter.notices);
  };
  try {
    await checkInOrder(items, start, report, checker.window, () => finished);
  } finally {
    await checker.close();
  }
  if (finished) return interruptedExitCode;
  finish();
  await io.stdout('');

  if (totals.unreadable > 0) return 2;
  return failing ? 1 : 0;
}
