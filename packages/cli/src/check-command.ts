import {resolve} from 'node:path';
import {defaultConfig, mergeConfig, atOrAbove, type HelderConfig, type Severity} from '@helder/core';
import {decodeLetter, findConfigFile, loadConfigFile, ruleDirsOf, UnreadableFileError, describeRuleFile, type LetterText} from '@helder/node';
import type {FileOutcome, FileResult} from './format-text.js';
import type {CheckArgs} from './args.js';
import {expandInputs} from './inputs.js';
import {emptyTotals, formatFileText, formatTotals, printablePath, styleOf} from './format-text.js';
import {jsonReportEnd, jsonReportEntry, jsonReportStart} from './format-json.js';
import {checkInOrder, createFileChecker, jobsFor} from './pool.js';
import {createProgress, progressEnabled} from './progress.js';

export interface Io {
  /** May return a promise that resolves when the output can take more (a slow pipe). */
  stdout: (text: string) => void | Promise<void>;
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
  // Config: the file given with --config, or the nearest helder.config.json / .helderrc above the working folder.
  const configPath = args.config ? resolve(io.cwd, args.config) : await findConfigFile(io.cwd);
  let config: HelderConfig = defaultConfig();
  let extraRuleDirs: string[] = [];
  if (configPath) {
    const loaded = await loadConfigFile(configPath);
    if (args.config && loaded.errors.some((error) => error.field === '(file)')) {
      io.stderr(`helder: ${configPath}: ${loaded.errors[0]!.message}\n`);
      return 2;
    }
    for (const error of loaded.errors) io.stderr(`helder: ${error.file}: ${error.field}: ${error.message}\n`);
    if (loaded.errors.some((error) => error.field === '(json)')) return 2;
    config = mergeConfig(config, loaded.config);
    extraRuleDirs = ruleDirsOf(loaded);
  }
  if (args.rulesDir) extraRuleDirs.push(resolve(io.cwd, args.rulesDir));
  if (args.failOn) config.failOn = args.failOn;
  const items = await expandInputs(args.inputs, io.cwd);
  const style = styleOf(args.color);
  const totals = emptyTotals();
  const progress = createProgress(io.stderr, items.length, progressEnabled({isTTY: io.stderrIsTTY === true, quiet: args.quiet, env: process.env}));
  // The progress line is wiped before any other output, so it never ends up in the middle of a report line.
  const stdout = (text: string) => {
    progress.clear();
    return io.stdout(text);
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
    if (args.format === 'json') void io.stdout(jsonReportEnd(written));
    else void io.stdout(formatTotals(totals, style, config.failOn));
  };
  io.onInterrupt?.(() => {
    if (!finished) {
      finish();
      const done = totals.files + totals.unreadable;
      io.stderr(`helder: gestopt met Ctrl-C. ${done} van de ${items.length} bestanden ${done === 1 ? 'is' : 'zijn'} klaar; de uitkomst daarvan staat hierboven.\n`);
    }
    return interruptedExitCode;
  });
  if (args.format === 'json') await stdout(jsonReportStart);

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
    if (args.format === 'json') await stdout(jsonReportEntry(outcome, written));
    written++;
    if (outcome.result?.findings.some((finding) => atOrAbove(finding.severity, config.failOn as Severity))) failing = true;
    const {error, warning, info} = totals.findings;
    progress.update(totals.files + totals.unreadable, error + warning + info);
  };

  const settings = {config, extraRuleDirs};
  const toCheck = items.filter((item) => !item.error && item.path !== '-').length;
  const checker = createFileChecker(settings, jobsFor(args.jobs, toCheck));
  const start = async (item: (typeof items)[number]): Promise<FileOutcome> => {
    if (item.error) return {path: item.path, error: item.error};
    if (item.path !== '-') return checker.check(item.path);
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
