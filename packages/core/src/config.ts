import type {HelderConfig, HelderConfigInput, Severity, SeveritySetting, TargetLevel, Thresholds} from './types.js';
import {highestLevelFor} from './readability/formulas.js';

export const defaultThresholds: Thresholds = {
  sentenceWords: 20,
  paragraphSentences: 6,
  paragraphWords: 90,
  wordSyllables: 6,
  wordLetters: 20,
  rareWordCount: 4,
};

export function defaultConfig(): HelderConfig {
  return {targetLevel: 'B1', rules: {}, thresholds: {...defaultThresholds}, words: [], failOn: 'warning', disabledEntries: []};
}

export interface ConfigError {
  file: string;
  field: string;
  message: string;
}

/** The severities by name, in English and in the Dutch a clerk reads in Helder's own output. */
const severityWords: Record<string, SeveritySetting> = {error: 'error', fout: 'error', warning: 'warning', waarschuwing: 'warning', info: 'info', tip: 'info', off: 'off', uit: 'off'};

/** "fout", "waarschuwing", "tip", "uit" or their English names; undefined for anything else. */
export function severityFromWord(word: unknown): SeveritySetting | undefined {
  return typeof word === 'string' && Object.hasOwn(severityWords, word.trim().toLowerCase()) ? severityWords[word.trim().toLowerCase()] : undefined;
}
const levels = new Set<string>(Object.keys(highestLevelFor));

/** Merge a partial config over another; arrays of words add up, maps merge. */
export function mergeConfig(base: HelderConfig, extra: HelderConfigInput | undefined): HelderConfig {
  if (!extra) return base;
  return {
    targetLevel: extra.targetLevel ?? base.targetLevel,
    rules: {...base.rules, ...extra.rules},
    thresholds: {...base.thresholds, ...extra.thresholds},
    words: [...new Set([...base.words, ...(extra.words ?? [])])],
    failOn: extra.failOn ?? base.failOn,
    disabledEntries: [...new Set([...base.disabledEntries, ...(extra.disabledEntries ?? [])])],
  };
}

/**
 * Validate a config object read from helder.config.json or .helderrc. Unknown or wrong fields are errors that
 * name the field; the valid part is still used.
 */
export function validateConfig(value: unknown, file: string, knownChecks: readonly string[]): {config: HelderConfigInput; errors: ConfigError[]} {
  const errors: ConfigError[] = [];
  const config: HelderConfigInput = {};
  const fail = (field: string, message: string) => errors.push({file, field, message});
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('(file)', 'De instellingen moeten een JSON-object zijn, bijvoorbeeld {"rules": {"lang-woord": "off"}}.');
    return {config, errors};
  }
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    switch (key) {
      case '$schema':
        break;
      case 'targetLevel':
        if (typeof field === 'string' && levels.has(field)) config.targetLevel = field as TargetLevel;
        else fail(key, 'Kies voor targetLevel "A2", "B1" of "B2".');
        break;
      case 'failOn':
        {
          const failOn = severityFromWord(field);
          if (failOn && failOn !== 'off') config.failOn = failOn;
          else fail(key, 'Kies voor failOn "fout", "waarschuwing" of "tip" (of: "error", "warning", "info").');
        }
        break;
      case 'rules': {
        if (typeof field !== 'object' || field === null || Array.isArray(field)) {
          fail(key, 'Schrijf rules zo: {"lang-woord": "off"}.');
          break;
        }
        const rules: Record<string, SeveritySetting> = {};
        for (const [ruleId, setting] of Object.entries(field as Record<string, unknown>)) {
          if (!knownChecks.includes(ruleId)) fail(`rules.${ruleId}`, `Onbekende controle "${ruleId}". Deze controles zijn er: ${knownChecks.join(', ')}.`);
          else if (severityFromWord(setting)) rules[ruleId] = severityFromWord(setting)!;
          else if (typeof setting === 'boolean') rules[ruleId] = setting ? 'warning' : 'off';
          else fail(`rules.${ruleId}`, 'Kies "uit", "tip", "waarschuwing" of "fout" (of: "off", "info", "warning", "error").');
        }
        config.rules = rules;
        break;
      }
      case 'thresholds': {
        if (typeof field !== 'object' || field === null) {
          fail(key, 'Schrijf thresholds zo: {"sentenceWords": 20}.');
          break;
        }
        const thresholds: Partial<Thresholds> = {};
        for (const [name, number] of Object.entries(field as Record<string, unknown>)) {
          if (!(name in defaultThresholds)) fail(`thresholds.${name}`, `Onbekende grens. Deze grenzen zijn er: ${Object.keys(defaultThresholds).join(', ')}.`);
          else if (typeof number === 'number' && Number.isInteger(number) && number > 0 && number < 10_000) thresholds[name as keyof Thresholds] = number;
          else fail(`thresholds.${name}`, 'Een grens is een heel getal boven 0.');
        }
        config.thresholds = thresholds;
        break;
      }
      case 'ruleDirs':
        // Read by the Node side (CLI, language server): folders with an organisation's own rule files.
        if (Array.isArray(field) && field.every((item) => typeof item === 'string')) (config as {ruleDirs?: string[]}).ruleDirs = field as string[];
        else fail(key, 'ruleDirs is een lijst met namen van mappen.');
        break;
      case 'report': {
        // Read by the CLI for the html reports: the municipality's name, logo and theme (docs/instellingen.md).
        const known = ['organisation', 'logo', 'logoAlt', 'themeCss', 'themeClass'];
        if (!field || typeof field !== 'object' || Array.isArray(field)) {
          fail(key, `report is een groep met velden: ${known.join(', ')}.`);
          break;
        }
        const report: Record<string, string> = {};
        for (const [name, item] of Object.entries(field as Record<string, unknown>)) {
          if (!known.includes(name)) fail(`report.${name}`, `Onbekend veld. Deze velden kent Helder bij report: ${known.join(', ')}.`);
          else if (typeof item !== 'string' || item.trim() === '') fail(`report.${name}`, 'Dit veld is een tekst.');
          else report[name] = item;
        }
        (config as {report?: Record<string, string>}).report = report;
        break;
      }
      case 'words':
      case 'disabledEntries':
        if (Array.isArray(field) && field.every((item) => typeof item === 'string')) config[key] = field as string[];
        else fail(key, `${key} is een lijst met woorden.`);
        break;
      default:
        fail(key, `Onbekend veld "${key}". Deze velden kent Helder: targetLevel, rules, thresholds, words, failOn, disabledEntries, ruleDirs, report.`);
    }
  }
  return {config, errors};
}
