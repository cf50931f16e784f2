import {access} from 'node:fs/promises';
import {dirname, join, resolve} from 'node:path';
import {checkIds, validateConfig, type ConfigError, type HelderConfigInput} from '@helder/core';
import {UnreadableFileError, readRegularFile} from './safe-read.js';

/** A config file is a few lines; more than this is not a config file. */
export const maxConfigBytes = 1024 * 1024;

export const configFileNames = ['helder.config.json', '.helderrc', '.helderrc.json'];

/** The nearest config file at or above `startDir`, or undefined. */
export async function findConfigFile(startDir: string): Promise<string | undefined> {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of configFileNames) {
      const candidate = join(dir, name);
      try {
        await access(candidate);
        return candidate;
      } catch {
        // not here
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface LoadedConfig {
  path: string;
  config: HelderConfigInput;
  errors: ConfigError[];
}

/** Read and validate a config file. JSON errors name the line and column. */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  let text: string;
  try {
    // Windows editors may write a byte-order mark; JSON.parse does not accept one.
    text = new TextDecoder('utf-8').decode(await readRegularFile(path, maxConfigBytes));
  } catch (error) {
    const reason = error instanceof UnreadableFileError ? error.reason : (error as Error).message;
    return {path, config: {}, errors: [{file: path, field: '(file)', message: `Helder kan het bestand met instellingen niet lezen: ${reason}`}]};
  }
  let value: unknown;
  try {
    value = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    let place = '';
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      place = ` (regel ${line}, kolom ${before.length - before.lastIndexOf('\n')})`;
    }
    return {path, config: {}, errors: [{file: path, field: '(json)', message: `Het bestand met instellingen is geen geldige JSON${place}: ${message}`}]};
  }
  const {config, errors} = validateConfig(value, path, checkIds);
  return {path, config, errors};
}

/** The extra rule folders a config file names ("ruleDirs"), as paths from the folder of the config file. */
export function ruleDirsOf(loaded: LoadedConfig): string[] {
  const dirs = (loaded.config as {ruleDirs?: unknown}).ruleDirs;
  if (!Array.isArray(dirs)) return [];
  return dirs.filter((dir): dir is string => typeof dir === 'string').map((dir) => resolve(dirname(loaded.path), dir));
}
