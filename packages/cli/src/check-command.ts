import {dirname, resolve} from 'node:path';
import {check, defaultConfig, mergeConfig, atOrAbove, type CheckResult, type HelderConfig, type Severity} from '@helder/core';
import {createNodeLoader, readLetterFile, decodeLetter, findConfigFile, loadConfigFile, UnreadableFileError, formatOf, describeRuleFile, type LetterText} from '@helder/node';
import type {FileOutcome} from './format-text.js';
import type {CheckArgs} from './args.js';
import {expandInputs} from './inputs.js';
import {emptyTotals, formatFileText, formatTotals, printablePath, styleOf} from './format-text.js';
import {jsonReportEnd, jsonReportEntry, jsonReportStart} from './format-json.js';
import {docsBaseUrl} from './docs.js';

export interface Io {
  /** May return a promise that resolves when the output can take more (a slow pipe). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  cwd: string;
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
    extraRuleDirs = (loaded.config as {ruleDirs?: string[]}).ruleDirs?.map((dir) => resolve(dirname(configPath), dir)) ?? [];
  }
  if (args.rulesDir) extraRuleDirs.push(resolve(io.cwd, args.rulesDir));
  if (args.failOn) config.failOn = args.failOn;
  const loader = createNodeLoader({extraRuleDirs});

  const items = await expandInputs(args.inputs);
  const style = styleOf(args.color);
  const totals = emptyTotals();
  let failing = false;
  let written = 0;
  let finished = false;
  const finish = (): void => {
    finished = true;
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
  if (args.format === 'json') await io.stdout(jsonReportStart);

  // Each result is written as soon as its file is done and then let go: a batch of large letters never holds all
  // parse results, and Ctrl-C or a crash later in the batch keeps what was already written.
  const report = async (outcome: FileOutcome): Promise<void> => {
    if (finished) return;
    if (outcome.error !== undefined) {
      totals.unreadable++;
      io.stderr(`helder: ${printablePath(outcome.path)}: niet gecontroleerd: ${outcome.error}\n`);
    } else if (outcome.result && outcome.text !== undefined && args.format === 'text') {
      await io.stdout(formatFileText({...outcome, result: outcome.result, text: outcome.text}, style, totals));
    } else totals.files++;
    if (args.format === 'json') await io.stdout(jsonReportEntry(outcome, written));
    written++;
    if (outcome.result?.findings.some((finding) => atOrAbove(finding.severity, config.failOn as Severity))) failing = true;
  };

  let ruleErrorsShown = false;
  for (const item of items) {
    if (finished) break;
    if (item.error) {
      await report({path: item.path, error: item.error});
      continue;
    }
    let letter: LetterText;
    try {
      letter = item.path === '-' ? decodeLetter('-', await io.readStdin()) : await readLetterFile(item.path);
    } catch (error) {
      await report({path: item.path, error: error instanceof UnreadableFileError ? error.reason : String(error)});
      continue;
    }
    let result: CheckResult;
    try {
      result = await check(letter.text, {loader, config, format: item.path === '-' ? 'text' : formatOf(item.path), docsBaseUrl});
    } catch (error) {
      // One broken file never stops the batch.
      await report({path: item.path, error: `Helder kon dit bestand niet controleren: ${(error as Error).message}`});
      continue;
    }
    if (!ruleErrorsShown && result.ruleErrors.length > 0) {
      ruleErrorsShown = true;
      for (const error of result.ruleErrors) {
        io.stderr(`helder: fout in regelbestand ${describeRuleFile(error.file, {extraRuleDirs})}:${error.line}:${error.column} ${error.field}: ${error.message}\n`);
      }
      io.stderr('helder: de andere regels zijn wel gebruikt. Controleer de regels met: helder rules lint\n');
    }
    await report({path: item.path, text: letter.text, notices: letter.notices, result});
  }
  if (finished) return interruptedExitCode;
  finish();
  await io.stdout('');

  if (totals.unreadable > 0) return 2;
  return failing ? 1 : 0;
}
