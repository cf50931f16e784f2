import {dirname} from 'node:path';
import {checkIds, defaultConfig, mergeConfig, validateConfig, type ConfigError, type HelderConfig} from '@helder/core';
import {findConfigFile, loadConfigFile, maxConfigBytes, readRegularFile, ruleDirsOf, type LoadedConfig} from '@helder/node';
import type {HelderSettings} from './protocol.js';

/** The fields of the editor settings that are server options, not part of the core's config. */
const serverFields = ['extraRuleDirs', 'feedbackFile', 'feedbackStudioUrl', 'feedbackStudioToken', 'docsBaseUrl'] as const;

export interface ResolvedConfig {
  config: HelderConfig;
  settings: HelderSettings;
  /** The helder.config.json (or .helderrc) that applies, if any. */
  configPath?: string;
  /** Problems in the editor settings (named "instellingen"). */
  settingErrors: ConfigError[];
  /** Problems in the config file. */
  fileErrors: ConfigError[];
  fileText?: string;
}

export type SettingsSource = (scopeUri: string | undefined) => Promise<unknown>;

/**
 * The config for one document: Helder's defaults, then the editor settings, then the project's config file.
 * The config file wins because it holds the agreements of the whole team; lists of words add up.
 */
export class ConfigResolver {
  private settingsCache = new Map<string, Promise<unknown>>();
  private fileCache = new Map<string, Promise<{loaded?: LoadedConfig; text?: string}>>();

  constructor(private readonly readSettings: SettingsSource) {}

  /** Forget the editor settings (after workspace/didChangeConfiguration). */
  clearSettings(): void {
    this.settingsCache.clear();
  }

  /** Forget what was read from config files (after a config file changed). */
  clearFiles(): void {
    this.fileCache.clear();
  }

  async settingsFor(scopeUri: string | undefined): Promise<HelderSettings> {
    const key = scopeUri ?? '';
    let promise = this.settingsCache.get(key);
    if (!promise) {
      promise = this.readSettings(scopeUri).catch(() => undefined);
      this.settingsCache.set(key, promise);
    }
    const value = await promise;
    return isObject(value) ? (value as HelderSettings) : {};
  }

  async resolve(uri: string, documentPath: string | undefined): Promise<ResolvedConfig> {
    const settings = await this.settingsFor(uri);
    const {config: fromSettings, errors: settingErrors} = validateConfig(coreFieldsOf(settings), 'instellingen', checkIds);
    let config = mergeConfig(defaultConfig(), fromSettings);
    const file = documentPath ? await this.configFileFor(dirname(documentPath)) : {};
    if (file.loaded) config = mergeConfig(config, file.loaded.config);
    return {
      config,
      settings,
      settingErrors,
      fileErrors: file.loaded?.errors ?? [],
      ...(file.loaded ? {configPath: file.loaded.path} : {}),
      ...(file.text !== undefined ? {fileText: file.text} : {}),
    };
  }

  /** The extra rule folders that the config file for a folder names ("ruleDirs"), as the CLI reads them. */
  async ruleDirsFor(dir: string): Promise<string[]> {
    const file = await this.configFileFor(dir);
    return file.loaded ? ruleDirsOf(file.loaded) : [];
  }

  private configFileFor(dir: string): Promise<{loaded?: LoadedConfig; text?: string}> {
    let promise = this.fileCache.get(dir);
    if (!promise) {
      promise = (async () => {
        const path = await findConfigFile(dir);
        if (!path) return {};
        const loaded = await loadConfigFile(path);
        // Not a plain readFile: a config "file" that is a FIFO would keep this promise, and every check, waiting.
        const text = await readRegularFile(path, maxConfigBytes).then((bytes) => new TextDecoder('utf-8').decode(bytes), () => undefined);
        return text === undefined ? {loaded} : {loaded, text};
      })();
      this.fileCache.set(dir, promise);
    }
    return promise;
  }
}

/** Only the fields the core knows, without empty values that editors fill in for settings nobody set. */
export function coreFieldsOf(settings: HelderSettings): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if ((serverFields as readonly string[]).includes(key)) continue;
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (isObject(value) && Object.keys(value as object).length === 0) continue;
    result[key] = value;
  }
  return result;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
