import {dirname, resolve} from 'node:path';
import {check, defaultConfig, mergeConfig, atOrAbove, type CheckResult, type HelderConfig, type Severity} from '@helder/core';
import {createNodeLoader, readLetterFile, decodeLetter, findConfigFile, loadConfigFile, LetterFileError, formatOf, describeRuleFile, type LetterText} from '@helder/node';
import type {CheckArgs} from './args.js';
import {expandInputs} from './inputs.js';
import {formatTextReport, type FileOutcome} from './format-text.js';
import {toJsonReport} from './format-json.js';
import {docsBaseUrl} from './docs.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  cwd: string;
}

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
  const outcomes: FileOutcome[] = [];
  let ruleErrorsShown = false;
  for (const item of items) {
    if (item.error) {
      outcomes.push({path: item.path, error: item.error});
      continue;
    }
    let letter: LetterText;
    try {
      letter = item.path === '-' ? decodeLetter('-', await io.readStdin()) : await readLetterFile(item.path);
    } catch (error) {
      outcomes.push({path: item.path, error: error instanceof LetterFileError ? error.message.slice(item.path.length + 2) : String(error)});
      continue;
    }
    let result: CheckResult;
    try {
      result = await check(letter.text, {loader, config, format: item.path === '-' ? 'text' : formatOf(item.path), docsBaseUrl});
    } catch (error) {
      // One broken file never stops the batch.
      outcomes.push({path: item.path, error: `Helder kon dit bestand niet controleren: ${(error as Error).message}`});
      continue;
    }
    if (!ruleErrorsShown && result.ruleErrors.length > 0) {
      ruleErrorsShown = true;
      for (const error of result.ruleErrors) {
        io.stderr(`helder: fout in regelbestand ${describeRuleFile(error.file, {extraRuleDirs})}:${error.line}:${error.column} ${error.field}: ${error.message}\n`);
      }
      io.stderr('helder: de andere regels zijn wel gebruikt. Controleer de regels met: helder rules lint\n');
    }
    outcomes.push({path: item.path, text: letter.text, notices: letter.notices, result});
  }

  if (args.format === 'json') io.stdout(`${JSON.stringify(toJsonReport(outcomes), null, 2)}\n`);
  else io.stdout(formatTextReport(outcomes, {color: args.color, failOn: config.failOn}));

  if (outcomes.some((outcome) => outcome.error !== undefined)) return 2;
  const failing = outcomes.some((outcome) => outcome.result?.findings.some((finding) => atOrAbove(finding.severity, config.failOn as Severity)));
  return failing ? 1 : 0;
}
