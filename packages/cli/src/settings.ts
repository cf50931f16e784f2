import {resolve} from 'node:path';
import {defaultConfig, mergeConfig, type HelderConfig} from '@helder/core';
import {findConfigFile, loadConfigFile, ruleDirsOf} from '@helder/node';
import {reportSettingsOf, type ReportSettings} from './report-sink.js';

export interface LoadedSettings {
  config: HelderConfig;
  extraRuleDirs: string[];
  /** The config file that was read, if any. */
  configPath?: string;
  /** The `report` section of that file (logo, theme), for the html report. */
  reportSettings?: ReportSettings;
}

/**
 * The config of a run: the file given with --config, or the nearest helder.config.json / .helderrc above the
 * working folder, plus --rules-dir. Problems are told on stderr; undefined means the run must stop (exit 2).
 */
export async function loadSettings(options: {config?: string; rulesDir?: string}, cwd: string, stderr: (text: string) => void): Promise<LoadedSettings | undefined> {
  const configPath = options.config ? resolve(cwd, options.config) : await findConfigFile(cwd);
  let config: HelderConfig = defaultConfig();
  let extraRuleDirs: string[] = [];
  let reportSettings: ReportSettings | undefined;
  if (configPath) {
    const loaded = await loadConfigFile(configPath);
    if (options.config && loaded.errors.some((error) => error.field === '(file)')) {
      stderr(`helder: ${configPath}: ${loaded.errors[0]!.message}\n`);
      return undefined;
    }
    for (const error of loaded.errors) stderr(`helder: ${error.file}: ${error.field}: ${error.message}\n`);
    if (loaded.errors.some((error) => error.field === '(json)')) return undefined;
    config = mergeConfig(config, loaded.config);
    extraRuleDirs = ruleDirsOf(loaded);
    reportSettings = reportSettingsOf(loaded.config);
  }
  if (options.rulesDir) extraRuleDirs.push(resolve(cwd, options.rulesDir));
  return {config, extraRuleDirs, ...(configPath ? {configPath} : {}), ...(reportSettings ? {reportSettings} : {})};
}
