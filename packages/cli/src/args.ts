import {parseArgs} from 'node:util';
import {nearest, severityFromWord} from '@helder/core';

export class UsageError extends Error {}

export interface CheckArgs {
  command: 'check';
  inputs: string[];
  format: CheckFormat;
  config?: string;
  failOn?: 'error' | 'warning' | 'info';
  color: boolean;
  rulesDir?: string;
  /** Worker threads; undefined: one per core. */
  jobs?: number;
  /** No progress line. */
  quiet: boolean;
  /** Write the report to this file instead of standard output (needed for html). */
  output?: string;
  /** An earlier json run to compare with. */
  baseline?: string;
  /** Exit 1 when a file's LiNT level is above this (1-4). */
  maxLevel?: number;
  /** Reuse the results of unchanged files from this cache file (--cache, --cache-location). */
  cacheLocation?: string;
}
export type CheckFormat = 'text' | 'json' | 'csv' | 'sarif' | 'html';
export const checkFormats: readonly CheckFormat[] = ['text', 'json', 'csv', 'sarif', 'html'];
/** The cache file when --cache is given without --cache-location, like ESLint's .eslintcache. */
export const defaultCacheLocation = '.heldercache';
export interface TrendArgs {
  command: 'trend';
  inputs: string[];
  output: string;
  config?: string;
}
export interface RulesArgs {
  command: 'rules';
  action: 'test' | 'lint' | 'list';
  format: 'text' | 'json';
  rulesDir?: string;
}
export type Args = CheckArgs | RulesArgs | TrendArgs | {command: 'help'} | {command: 'version'};

const checkOptions = {
  format: {type: 'string', short: 'f'},
  config: {type: 'string', short: 'c'},
  'fail-on': {type: 'string'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  'rules-dir': {type: 'string'},
  jobs: {type: 'string', short: 'j'},
  quiet: {type: 'boolean', short: 'q'},
  help: {type: 'boolean', short: 'h'},
  output: {type: 'string', short: 'o'},
  baseline: {type: 'string'},
  'max-level': {type: 'string'},
  cache: {type: 'boolean'},
  'cache-location': {type: 'string'},
} as const;

export function parseCommandLine(argv: string[], isTTY: boolean): Args {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return {command: 'help'};
  if (command === '--version' || command === '-v') return {command: 'version'};
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: checkOptions,
    });
  } catch (error) {
    throw new UsageError(dutchParseError(error as Error & {code?: string}));
  }
  const {values, positionals} = parsed;
  if (values.help) return {command: 'help'};
  const format = (values.format ?? 'text') as CheckFormat;
  const formats: readonly string[] = command === 'check' ? checkFormats : ['text', 'json'];
  if (!formats.includes(format)) throw new UsageError(`Onbekend formaat "${format}". Kies --format ${formats.slice(0, -1).join(', ')} of ${formats.at(-1)}.`);
  const rulesDir = values['rules-dir'];
  if (command === 'check') {
    if (positionals.length === 0) throw new UsageError('Geef een of meer bestanden, mappen of patronen op. Of gebruik - voor tekst via stdin.');
    const failOn = values['fail-on'];
    const failLevel = failOn === undefined ? undefined : severityFromWord(failOn);
    if (failOn !== undefined && (!failLevel || failLevel === 'off'))
      throw new UsageError(`Onbekende waarde "${failOn}" voor --fail-on. Kies fout, waarschuwing of tip (of: error, warning, info).`);
    const jobs = values.jobs;
    if (jobs !== undefined && !/^[1-9]\d{0,3}$/.test(jobs)) throw new UsageError(`Onbekende waarde "${jobs}" voor --jobs. Geef een heel getal vanaf 1, bijvoorbeeld --jobs 2.`);
    const maxLevel = values['max-level'];
    if (maxLevel !== undefined && !/^[1-4]$/.test(maxLevel)) throw new UsageError(`Onbekende waarde "${maxLevel}" voor --max-level. Kies 1, 2, 3 of 4. Voor B1 is dat 2.`);
    if (format === 'html' && !values.output) throw new UsageError('Een rapport in html komt in een bestand. Geef de naam op met --output, bijvoorbeeld --output rapport.html.');
    const cacheLocation = values['cache-location'] ?? (values.cache ? defaultCacheLocation : undefined);
    return {
      command: 'check',
      ...(values.output ? {output: values.output} : {}),
      ...(values.baseline ? {baseline: values.baseline} : {}),
      ...(maxLevel ? {maxLevel: Number(maxLevel)} : {}),
      ...(cacheLocation ? {cacheLocation} : {}),
      quiet: values.quiet ?? false,
      ...(jobs ? {jobs: Number(jobs)} : {}),
      inputs: positionals,
      format,
      ...(values.config ? {config: values.config} : {}),
      ...(failLevel && failLevel !== 'off' ? {failOn: failLevel} : {}),
      color: values['no-color'] ? false : (values.color ?? (isTTY && !process.env.NO_COLOR)),
      ...(rulesDir ? {rulesDir} : {}),
    };
  }
  if (command === 'rules') {
    const action = positionals[0] ?? 'lint';
    if (action !== 'test' && action !== 'lint' && action !== 'list') throw new UsageError(`Onbekende opdracht "rules ${action}". Kies rules test, rules lint of rules list.`);
    if (format !== 'text' && format !== 'json') throw new UsageError(`Onbekend formaat "${format}". Kies --format text of --format json.`);
    return {command: 'rules', action, format, ...(rulesDir ? {rulesDir} : {})};
  }
  if (command === 'trend') {
    if (positionals.length === 0) throw new UsageError('Geef de json-bestanden van eerdere keren op, bijvoorbeeld: helder trend run-*.json --output trend.html');
    if (!values.output) throw new UsageError('Geef met --output op in welk bestand het verloop moet komen, bijvoorbeeld --output trend.html.');
    return {command: 'trend', inputs: positionals, output: values.output, ...(values.config ? {config: values.config} : {})};
  }
  throw new UsageError(`Onbekende opdracht "${command}". Kies check, annotate, rules of trend.`);
}

const optionNames = Object.keys(checkOptions).map((name) => `--${name}`);
const optionExamples: Record<string, string> = {'--format': 'json', '--config': 'helder.config.json', '--fail-on': 'fout', '--rules-dir': 'regels', '--jobs': '2', '--output': 'rapport.html', '--baseline': 'vorige.json', '--max-level': '2', '--cache-location': '.helder-cache'};

/** node:util parseArgs speaks English; a clerk gets the same in Dutch, with the option that was probably meant. */
function dutchParseError(error: Error & {code?: string}): string {
  const message = String(error.message);
  const named = /'(-\w, )?(--?[\w-]+)/.exec(message)?.[2] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = nearest(named.replace(/^-(?!-)/, '--'), optionNames);
    return `Onbekende optie "${named}".${near.length > 0 ? ` Bedoelt u ${near[0]}?` : ''} Begint de naam van een bestand met -? Zet dan -- voor de naam.`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const long = /--[\w-]+/.exec(message)?.[0] ?? named;
    if (/argument missing/.test(message)) return `Na ${long} hoort een waarde, bijvoorbeeld ${long} ${optionExamples[long] ?? '...'}.`;
    if (/does not take an argument/.test(message)) return `Achter ${long} hoort geen waarde. Schrijf alleen ${long}.`;
  }
  return `Helder begrijpt de opties niet (${message.replace(/^TypeError \[\w+\]: /, '')}).`;
}

export const helpText = `helder: controleer brieven op duidelijke taal (B1)

Gebruik:
  helder check <bestanden | mappen | patronen | -> [opties]
  helder annotate <bestanden | mappen> --output <map>
                         zet de adviezen in een kopie van elk Word- en LibreOffice-bestand
  helder rules test      test de voorbeelden van alle regels
  helder rules lint      controleer de regelbestanden
  helder rules list      toon alle regels
  helder trend <json-bestanden> --output trend.html
                         maak een grafiek van eerdere keren

Helder leest Word (.docx, .dotx, .docm), LibreOffice (.odt, .ott), webpagina's (.html), e-mail (.eml), .txt en .md.
In een map slaat Helder over wat in .helderignore staat (zoals bij .gitignore).

Opties bij check:
  --format text|json|csv|sarif|html
                         uitvoer voor mensen (text), voor programma's (json),
                         voor Excel (csv), voor code-tools (sarif) of een
                         rapport als webpagina (html)
  --output <bestand>     zet de uitvoer in dit bestand (nodig bij html)
  --baseline <bestand>   vergelijk met een eerdere keer (een json-bestand)
  --max-level <1-4>      de uitkomst is 1 als een bestand een hoger niveau
                         heeft (voor B1: 2)
  --cache                kijk alleen bestanden na die anders zijn dan de
                         vorige keer
  --cache-location <bestand>
                         waar Helder dat onthoudt (standaard: .heldercache)
  --config <bestand>     gebruik dit bestand met instellingen
  --fail-on fout|waarschuwing|tip
                         vanaf welk niveau de uitkomst 1 is (standaard: waarschuwing;
                         error, warning en info mogen ook)
  --rules-dir <map>      extra map met eigen regels van uw organisatie
  --jobs <aantal>        met zoveel tegelijk nakijken (standaard: een per kern
                         bij veel bestanden)
  --quiet                geen voortgang tonen
  --no-color             zonder kleur

Uitkomst (exit code):
  0  geen adviezen op of boven het gekozen niveau (alleen tips: 0)
  1  adviezen op of boven het gekozen niveau, of een bestand boven --max-level
  2  verkeerd gebruik, of een bestand kon niet gelezen worden
  130  gestopt met Ctrl-C (de brieven die klaar zijn, staan erboven)

Voorbeelden:
  helder check brief.txt
  helder check sjablonen/ --format json
  helder check "sjablonen/**/*.docx" --jobs 2
  helder check sjablonen/ --format html --output rapport.html
  helder check sjablonen/ --format json --output run-2026-12.json --cache
  cat brief.txt | helder check -
`;
