import {lstat, mkdir, readFile, realpath, rename, rm, stat, writeFile} from 'node:fs/promises';
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path';
import {parseArgs} from 'node:util';
import {isDynamicPattern} from 'tinyglobby';
import picomatch from 'picomatch';
import {checkDocument} from '@helder/core';
import {createNodeLoader, documentFormatOf, readRegularFile, UnreadableFileError} from '@helder/node';
import type {Io} from './check-command.js';
import {UsageError} from './args.js';
import {expandInputs} from './inputs.js';
import {printablePath} from '@helder/reports';
import {docsBaseUrl} from './docs.js';
import {loadSettings} from './settings.js';

export interface AnnotateArgs {
  inputs: string[];
  output: string;
  suggestChanges: boolean;
  config?: string;
  rulesDir?: string;
}

export const annotateHelp = `helder annotate: zet de adviezen in een kopie van elk Word- en LibreOffice-bestand

Gebruik:
  helder annotate <bestanden | mappen | patronen> --output <map> [opties]

Helder maakt van elk Word-bestand (.docx, .dotx, .docm, .dotm) en elk LibreOffice-bestand (.odt, .ott) een
kopie in de map die u opgeeft. Bij elk advies staat een opmerking.
De mappen van de kopieën zijn zoals de mappen die u opgeeft. Het bestand zelf verandert nooit.

Opties:
  --output <map>         de map voor de kopieën (buiten de mappen die u opgeeft)
  --suggest-changes      zet een nieuw woord als wijziging in de tekst, als dat veilig is
                         (u neemt de wijziging aan of wijst haar af in Word of LibreOffice)
  --config <bestand>     gebruik dit bestand met instellingen
  --rules-dir <map>      extra map met eigen regels van uw organisatie

Voorbeeld:
  helder annotate sjablonen/ --output sjablonen-met-advies/ --suggest-changes
`;

export function parseAnnotateArgs(argv: string[]): AnnotateArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: {type: 'string', short: 'o'},
        'suggest-changes': {type: 'boolean'},
        config: {type: 'string', short: 'c'},
        'rules-dir': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    throw new UsageError(String((error as Error).message).replace(/^TypeError \[\w+\]: /, ''));
  }
  const {values, positionals} = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('Geef een of meer bestanden, mappen of patronen op.');
  if (!values.output) throw new UsageError('Geef met --output de map op waarin Helder de kopieën zet.');
  return {
    inputs: positionals,
    output: values.output,
    suggestChanges: values['suggest-changes'] ?? false,
    ...(values.config ? {config: values.config} : {}),
    ...(values['rules-dir'] ? {rulesDir: values['rules-dir']} : {}),
  };
}

const isInside = (child: string, parent: string) => {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path));
};

/** The real path of a place that may not exist yet: its nearest existing folder, resolved, plus the rest. */
async function realPlace(path: string): Promise<string> {
  const real = await realpath(path).catch(() => undefined);
  if (real) return real;
  const parent = dirname(path);
  return parent === path ? path : join(await realPlace(parent), relative(parent, path));
}

/** The copies Helder wrote in an output folder: only those may be replaced by a new run. */
const manifestName = '.helder-kopieen.json';

async function readManifest(output: string): Promise<Set<string>> {
  try {
    const data = JSON.parse(await readFile(join(output, manifestName), 'utf8')) as {files?: unknown};
    return new Set(Array.isArray(data.files) ? data.files.filter((file): file is string => typeof file === 'string') : []);
  } catch {
    return new Set();
  }
}

interface Job {
  path: string;
  /** The copy's path; the folders below the input are kept. */
  target: string;
  error?: string;
}

export async function runAnnotate(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseAnnotateArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`helder: ${error.message}\nZie helder annotate --help.\n`);
    return 2;
  }
  if (args === 'help') {
    await io.stdout(annotateHelp);
    return 0;
  }
  const {annotateWord, annotateOpenDocument, annotateReasons, readDocument, DocumentError, maxDocumentBytes} = await import('@helder/documents');
  const output = await realPlace(resolve(io.cwd, args.output));
  const outputInfo = await stat(output).catch(() => undefined);
  if (outputInfo && !outputInfo.isDirectory()) {
    io.stderr(`helder: ${printablePath(args.output)}: ${annotateReasons.outputIsInput(printablePath(args.output))}\n`);
    return 2;
  }
  const jobs: Job[] = [];
  const inputsReal = new Set<string>();
  for (const input of args.inputs) {
    if (input === '-') {
      jobs.push({path: '-', target: '', error: annotateReasons.notSupported});
      continue;
    }
    const info = await stat(resolve(io.cwd, input)).catch(() => undefined);
    const root = info?.isDirectory() ? await realpath(resolve(io.cwd, input)) : undefined;
    const patternBase = !info && isDynamicPattern(input) ? await realPlace(resolve(io.cwd, picomatch.scan(input).base || '.')) : undefined;
    // Copies inside a folder that is read would mix with the originals and be read again next time.
    const read = root ?? patternBase;
    if (read && isInside(output, read)) {
      io.stderr(`helder: ${printablePath(args.output)}: ${annotateReasons.outputInsideInput(printablePath(args.output))}\n`);
      return 2;
    }
    for (const item of await expandInputs([input], io.cwd)) {
      if (item.error !== undefined) {
        jobs.push({path: item.path, target: '', error: item.error});
        continue;
      }
      const real = await realpath(resolve(io.cwd, item.path)).catch(() => resolve(io.cwd, item.path));
      if (inputsReal.has(real)) continue;
      inputsReal.add(real);
      // A file from a folder keeps its place below that folder; a file named or found by a pattern, its place below the working folder.
      const base = root ?? (await realpath(io.cwd));
      const below = isInside(real, base) ? relative(base, real) : relative(dirname(real), real);
      jobs.push({path: item.path, target: join(output, below)});
    }
  }

  const loaded = await loadSettings(args, io.cwd, io.stderr);
  if (!loaded) return 2;
  const options = {loader: createNodeLoader({extraRuleDirs: loaded.extraRuleDirs}), config: loaded.config, docsBaseUrl};
  let failed = 0;
  let copies = 0;
  const written = await readManifest(output);
  const saveManifest = async () => {
    if (copies > 0) await writeFile(join(output, manifestName), `${JSON.stringify({files: [...written].sort()}, null, 2)}\n`);
  };
  for (const job of jobs) {
    const name = printablePath(job.path);
    if (job.error !== undefined) {
      failed++;
      io.stderr(`helder: ${name}: geen kopie gemaakt: ${job.error}\n`);
      continue;
    }
    const format = documentFormatOf(job.path);
    if (format !== 'word' && format !== 'opendocument') {
      io.stderr(`helder: ${name}: overgeslagen: ${annotateReasons.notSupported}\n`);
      continue;
    }
    if (inputsReal.has(job.target)) {
      failed++;
      io.stderr(`helder: ${name}: geen kopie gemaakt: ${annotateReasons.wouldOverwrite}\n`);
      continue;
    }
    const key = relative(output, job.target).split(sep).join('/');
    // A file that is there already is replaced only when it is a copy Helder made before: never someone's own file.
    if ((await lstat(job.target).catch(() => undefined)) && !written.has(key)) {
      failed++;
      io.stderr(`helder: ${name}: geen kopie gemaakt: ${annotateReasons.targetExists(printablePath(relative(io.cwd, job.target) || job.target))}\n`);
      continue;
    }
    try {
      const bytes = await readRegularFile(job.path, maxDocumentBytes);
      const document = await readDocument(bytes, job.path);
      const result = await checkDocument(document, options);
      const annotate = format === 'opendocument' ? annotateOpenDocument : annotateWord;
      const copy = await annotate(bytes, job.path, document, result.findings, {suggestChanges: args.suggestChanges});
      await mkdir(dirname(job.target), {recursive: true});
      // Written next to its place and then renamed, so a stop halfway never leaves half a file under the real name.
      const temporary = `${job.target}.helder-${process.pid}.tmp`;
      await writeFile(temporary, copy.bytes, {flag: 'wx'});
      await rename(temporary, job.target).catch(async (error: unknown) => {
        await rm(temporary, {force: true});
        throw error;
      });
      copies++;
      written.add(key);
      // Kept up to date after every copy, so a run that stops halfway still knows its own copies next time.
      await saveManifest();
      const changes = args.suggestChanges ? `, ${copy.changes} ${copy.changes === 1 ? 'wijziging' : 'wijzigingen'}` : '';
      await io.stdout(`${name}: ${copy.comments} ${copy.comments === 1 ? 'advies' : 'adviezen'}${changes} -> ${printablePath(relative(io.cwd, job.target) || job.target)}\n`);
    } catch (error) {
      failed++;
      const reason = error instanceof DocumentError || error instanceof UnreadableFileError ? error.reason : `Helder kon geen kopie maken: ${(error as Error).message}`;
      io.stderr(`helder: ${name}: geen kopie gemaakt: ${reason}\n`);
    }
  }
  await io.stdout(`${copies} ${copies === 1 ? 'kopie' : 'kopieën'} gemaakt${failed > 0 ? `, ${failed} ${failed === 1 ? 'bestand' : 'bestanden'} niet gelukt` : ''}.\n`);
  return failed > 0 ? 2 : 0;
}
