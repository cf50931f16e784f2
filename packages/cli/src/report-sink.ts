import {readFile} from 'node:fs/promises';
import {extname, resolve, dirname} from 'node:path';
import {
  createComparison,
  createSarifWriter,
  createSummary,
  csvHeader,
  csvRows,
  htmlReport,
  readBaseline,
  reportStyles,
  BaselineError,
  jsonFileEntry,
  jsonReportEnd,
  jsonEntrySeparator,
  jsonEntryTextOf,
  jsonReportStart,
  type Comparison,
  type FileOutcome,
  type ReportEntry,
  type ReportTheme,
  type RunInfo,
} from '@helder/reports';
import type {CheckFormat} from './args.js';

/**
 * The machine and management formats as one stream: `start` before the first file, `entry` as each file is done
 * (in input order), `end` after the last one or on Ctrl-C. What a writer keeps between calls is its own: csv and
 * sarif keep nothing per file, json keeps the totals, html a line per file and the findings of the 20 worst files.
 */
export interface ReportSink {
  start(): string;
  entry(outcome: FileOutcome, index: number): string;
  /**
   * The json report only: an entry whose text an earlier run wrote (from the cache). The outcome counts in the
   * totals; what is returned goes before the stored text, which the caller writes as it is.
   */
  storedEntry?(outcome: FileOutcome, index: number): string;
  /** The json report only: the text of the last entry made by `entry`, without the separator, for the cache. */
  lastEntryText?(): string | undefined;
  end(written: number): string;
  comparison(): Comparison | undefined;
}

export interface SinkContext {
  format: Exclude<CheckFormat, 'text'>;
  run: RunInfo;
  theme?: ReportTheme;
  baseline?: ReturnType<typeof readBaseline>;
}

export function createReportSink(context: SinkContext): ReportSink {
  const summary = createSummary(context.format === 'html' ? 20 : 0);
  const comparison = context.baseline ? createComparison(context.baseline) : undefined;
  const sarif = context.format === 'sarif' ? createSarifWriter({version: context.run.helderVersion}) : undefined;
  const add = (outcome: FileOutcome): ReportEntry => {
    const entry = jsonFileEntry(outcome) as ReportEntry;
    summary.add(entry);
    comparison?.add(entry);
    return entry;
  };
  let compared: Comparison | undefined;
  const finishComparison = () => (compared ??= comparison?.result());
  switch (context.format) {
    case 'json': {
      let last: string | undefined;
      return {
        start: () => jsonReportStart,
        entry: (outcome, index) => {
          last = jsonEntryTextOf(add(outcome));
          return `${jsonEntrySeparator(index)}${last}`;
        },
        storedEntry: (outcome, index) => {
          add(outcome);
          last = undefined;
          return jsonEntrySeparator(index);
        },
        lastEntryText: () => last,
        end: (written) => jsonReportEnd(written, context.run, summary.result().totals, finishComparison()),
        comparison: finishComparison,
      };
    }
    case 'csv':
      return {start: csvHeader, entry: (outcome) => csvRows(add(outcome)), end: () => '', comparison: finishComparison};
    case 'sarif':
      return {start: () => sarif!.start(), entry: (outcome) => sarif!.entry(add(outcome)), end: () => sarif!.end(), comparison: finishComparison};
    case 'html':
      return {
        start: () => '',
        entry: (outcome) => {
          add(outcome);
          return '';
        },
        end: () => htmlReport(summary.result(), context.run, context.theme ?? {styles: reportStyles()}, finishComparison()),
        comparison: finishComparison,
      };
  }
}

/** Reads --baseline; a Dutch reason that names the file when it is not an earlier json run. */
export async function loadBaseline(path: string): Promise<ReturnType<typeof readBaseline>> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(code === 'ENOENT' ? 'Dit bestand bestaat niet.' : `Helder kan dit bestand niet lezen als json: ${(error as Error).message}`);
  }
  return readBaseline(value);
}

/** The `report` field of the config file: a municipality's name, logo and theme for the html reports. */
export interface ReportSettings {
  organisation?: string;
  logo?: string;
  logoAlt?: string;
  themeCss?: string;
  themeClass?: string;
}

/** The report settings of a loaded config file (validated by the core's validateConfig). */
export const reportSettingsOf = (config: object): ReportSettings | undefined => (config as {report?: ReportSettings}).report;

const imageTypes: Record<string, string> = {'.png': 'image/png', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp'};

/** The theme for a report: files named in the config are read from the config file's folder and inlined. */
export async function loadTheme(settings: ReportSettings | undefined, configPath: string | undefined): Promise<{theme: ReportTheme; errors: string[]}> {
  const theme: ReportTheme = {styles: reportStyles()};
  const errors: string[] = [];
  if (!settings) return {theme, errors};
  const base = configPath ? dirname(configPath) : process.cwd();
  if (settings.organisation) theme.organisation = settings.organisation;
  if (settings.themeClass) theme.themeClass = settings.themeClass;
  if (settings.logo) {
    const path = resolve(base, settings.logo);
    const type = imageTypes[extname(path).toLowerCase()];
    if (!type) errors.push(`report.logo: ${path}: dit soort plaatje kent Helder niet. Gebruik een .png, .svg of .jpg.`);
    else {
      try {
        const bytes = await readFile(path);
        theme.logo = {dataUri: `data:${type};base64,${bytes.toString('base64')}`, alt: settings.logoAlt ?? settings.organisation ?? 'Logo'};
      } catch (error) {
        errors.push(`report.logo: ${path}: Helder kan dit plaatje niet lezen (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
      }
    }
  }
  if (settings.themeCss) {
    const path = resolve(base, settings.themeCss);
    try {
      theme.themeCss = await readFile(path, 'utf8');
    } catch (error) {
      errors.push(`report.themeCss: ${path}: Helder kan dit bestand niet lezen (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    }
  }
  return {theme, errors};
}
