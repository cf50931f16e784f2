import {readFile, writeFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {glob, isDynamicPattern} from 'tinyglobby';
import {findConfigFile, loadConfigFile} from '@helder/node';
import {trendReport, trendRunOf, type TrendRun} from '@helder/reports';
import type {TrendArgs} from './args.js';
import type {Io} from './check-command.js';
import {loadTheme, reportSettingsOf} from './report-sink.js';

/**
 * `helder trend run-*.json --output trend.html`: the share of templates at the target level and the findings per
 * 1,000 words over time, from the totals at the end of earlier json runs. A file that is not such a run is named
 * with its reason; the others still make the chart.
 */
export async function runTrend(args: TrendArgs, io: Io): Promise<number> {
  const paths: string[] = [];
  for (const input of args.inputs) {
    if (isDynamicPattern(input)) paths.push(...(await glob(input, {cwd: io.cwd})).sort());
    else paths.push(input);
  }
  const runs: TrendRun[] = [];
  let failed = false;
  for (const path of paths) {
    try {
      runs.push(trendRunOf(JSON.parse(await readFile(resolve(io.cwd, path), 'utf8'))));
    } catch (error) {
      failed = true;
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr(`helder: ${path}: ${code === 'ENOENT' ? 'dit bestand bestaat niet.' : (error as Error).message}\n`);
    }
  }
  if (runs.length === 0) {
    io.stderr('helder: geen enkel bestand was bruikbaar, dus er is geen verloop gemaakt.\n');
    return 2;
  }
  const configPath = args.config ? resolve(io.cwd, args.config) : await findConfigFile(io.cwd);
  const loaded = configPath ? await loadConfigFile(configPath) : undefined;
  const {theme, errors} = await loadTheme(loaded ? reportSettingsOf(loaded.config) : undefined, configPath);
  for (const error of errors) io.stderr(`helder: ${configPath}: ${error}\n`);
  try {
    await writeFile(resolve(io.cwd, args.output), trendReport(runs, theme));
  } catch (error) {
    io.stderr(`helder: ${args.output}: Helder kan dit bestand niet maken (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).\n`);
    return 2;
  }
  return failed ? 2 : 0;
}
