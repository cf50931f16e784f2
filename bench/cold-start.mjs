// Cold start of one letter (issue 9): a whole `helder check brief.txt` process against a whole `textlint brief.txt`
// process on the same letter, alternating, in the same run; CPU time from GNU time. Also where Helder's start-up
// goes, from processes that stop after each step. textlint runs with textlint-rule-prh and a small Dutch word list
// (the closest thing to Helder's curated rules); it has no spelling check and no readability score.
// Run: node bench/cold-start.mjs [--rounds N]
import {spawnSync} from 'node:child_process';
import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {median, machineDetails, root, today, writeSection} from './lib.mjs';

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg === -1 ? 7 : Number(process.argv[roundsArg + 1]);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('cold-start.mjs: --rounds needs a whole number of at least 1 (a median of no runs is nothing).');
  process.exit(2);
}
const gnuTime = '/usr/bin/time';
if (!existsSync(gnuTime)) throw new Error('GNU time (/usr/bin/time) is needed for the CPU times.');
// The command users run: bin/helder.mjs starts the CLI bundled into one file (packages/cli/scripts/bundle.mjs).
const bin = join(root, 'packages/cli/bin/helder.mjs');
const unbundled = join(root, 'packages/cli/dist/bin.js');
const textlint = join(root, 'bench/node_modules/textlint/bin/textlint.js');

const folder = mkdtempSync(join(tmpdir(), 'helder-cold-'));
const letter = join(root, 'examples/brief-bijzondere-bijstand.txt');
copyFileSync(letter, join(folder, 'brief.txt'));
writeFileSync(
  join(folder, 'prh.yml'),
  ['version: 1', 'rules:', ...[['reeds', 'al'], ['middels', 'met'], ['indien', 'als'], ['teneinde', 'om'], ['tevens', 'ook'], ['thans', 'nu'], ['conform', 'volgens']].map(([pattern, expected]) => `  - expected: ${expected}\n    pattern: ${pattern}`)].join('\n') + '\n',
);
writeFileSync(join(folder, '.textlintrc.json'), JSON.stringify({rules: {prh: {rulePaths: ['./prh.yml']}}}));
// The same letter without the spelling check: what the dictionary costs.
const noSpelling = join(folder, 'zonder-spelling');
mkdirSync(noSpelling);
copyFileSync(letter, join(noSpelling, 'brief.txt'));
writeFileSync(join(noSpelling, 'helder.config.json'), JSON.stringify({rules: {spelling: 'off'}}));

// A cache folder of this run (not ~/.cache/helder, which other checkouts of other versions may share and empty),
// filled by one check before the rounds. The same with no compiled code in it: a first check after an update.
const cache = mkdtempSync(join(tmpdir(), 'helder-cold-cache-'));
const noCode = mkdtempSync(join(tmpdir(), 'helder-cold-nocode-'));
const warmUp = spawnSync(process.execPath, [bin, 'check', 'brief.txt'], {cwd: folder, env: {...process.env, CI: 'true', HELDER_CACHE_DIR: cache}});
if (warmUp.status !== 1) throw new Error(`warm-up: ${warmUp.stderr}`);
const dropCode = () => {
  rmSync(noCode, {recursive: true, force: true});
  cpSync(cache, noCode, {recursive: true});
  for (const name of readdirSync(noCode).filter((item) => item.startsWith('code-'))) rmSync(join(noCode, name));
};

const mainUrl = pathToFileURL(join(root, 'packages/cli/dist/main.js')).href;
const settings = {
  'helder check brief.txt': {args: [bin, 'check', 'brief.txt'], cwd: folder, ok: [1]},
  'textlint brief.txt': {args: [textlint, 'brief.txt'], cwd: folder, ok: [1, 2]},
  'helder check, spelling off': {args: [bin, 'check', 'brief.txt'], cwd: noSpelling, ok: [1]},
  // The bundle compiled as usual, and V8's code written to the cache at the end.
  'helder check, no compiled code in the cache yet': {args: [bin, 'check', 'brief.txt'], cwd: folder, ok: [1], cacheDir: noCode, before: dropCode},
  'helder check, unbundled modules (dist/bin.js)': {args: [unbundled, 'check', 'brief.txt'], cwd: folder, ok: [1]},
  'helder --version (start of the bundle only)': {args: [bin, '--version'], cwd: folder, ok: [0]},
  'helder: only import the unbundled CLI modules': {args: ['--input-type=module', '-e', `await import(${JSON.stringify(mainUrl)})`], cwd: folder, ok: [0]},
  'node -e 0': {args: ['-e', '0'], cwd: folder, ok: [0]},
  // The first run after installing: no parsed rules and lists, no snapshot of Hunspell's tables in the cache yet.
  'helder check, empty cache (first run)': {args: [bin, 'check', 'brief.txt'], cwd: folder, ok: [1], emptyCache: true},
};
const wall = Object.fromEntries(Object.keys(settings).map((name) => [name, []]));
const cpu = Object.fromEntries(Object.keys(settings).map((name) => [name, []]));

const loadBefore = loadavg().map((value) => value.toFixed(1)).join(' ');
for (let round = 0; round < rounds; round++) {
  const names = Object.keys(settings);
  if (round % 2 === 1) names.reverse();
  for (const name of names) {
    const {args, cwd, ok, emptyCache, before} = settings[name];
    before?.();
    const cacheDir = emptyCache ? mkdtempSync(join(tmpdir(), 'helder-cache-')) : undefined;
    const env = {...process.env, CI: 'true', HELDER_CACHE_DIR: cacheDir ?? settings[name].cacheDir ?? cache};
    const started = performance.now();
    const result = spawnSync(gnuTime, ['-f', 'cpu %U %S %x', process.execPath, ...args], {cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env});
    if (cacheDir) rmSync(cacheDir, {recursive: true, force: true});
    wall[name].push(performance.now() - started);
    const used = result.stderr.match(/cpu ([\d.]+) ([\d.]+) (\d+)/);
    if (!used || !ok.includes(Number(used[3]))) throw new Error(`${name}: unexpected end: ${result.stderr}`);
    cpu[name].push((Number(used[1]) + Number(used[2])) * 1000);
  }
}
// Where the start-up goes, measured inside one process (CPU time per phase), as many rounds.
const phaseRuns = [];
for (let round = 0; round < rounds; round++) {
  const result = spawnSync(process.execPath, [join(root, 'bench/cold-start-phases.mjs')], {encoding: 'utf8', env: {...process.env, CI: 'true', HELDER_CACHE_DIR: cache}});
  if (result.status !== 0) throw new Error(`cold-start-phases.mjs: ${result.stderr}`);
  phaseRuns.push(JSON.parse(result.stdout));
}
const phaseNames = Object.keys(phaseRuns[0]);
const phaseRows = phaseNames.map((name) => `| ${name} | ${median(phaseRuns.map((run) => run[name])).toFixed(0)} ms |`);
const loadAfter = loadavg().map((value) => value.toFixed(1)).join(' ');
for (const dir of [folder, cache, noCode]) rmSync(dir, {recursive: true, force: true});

const c = (name) => median(cpu[name]);
const w = (name) => median(wall[name]);
const rows = Object.keys(settings).map((name) => `| \`${name}\` | ${w(name).toFixed(0)} ms | ${c(name).toFixed(0)} ms |`);
const helder = c('helder check brief.txt');
const other = c('textlint brief.txt');
const markdown = `## Cold start of one letter against textlint (bench/cold-start.mjs)

${today()}, ${machineDetails()}. The letter \`examples/brief-bijzondere-bijstand.txt\`; each setting a whole process,
${rounds} rounds, alternating order, median. CPU time is user + system of the process (GNU time); the wall time
on this shared machine mostly measures waiting for a core. Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}.
textlint ${'15.8.0'} with textlint-rule-prh 6.1.0 and seven Dutch words (no spelling check, no readability score).

| setting | wall time | CPU time |
| --- | --- | --- |
${rows.join('\n')}

Helder / textlint (same run): CPU time **${(helder / other).toFixed(2)}**, wall time **${(w('helder check brief.txt') / w('textlint brief.txt')).toFixed(2)}** (target at most 1: ${helder <= other && w('helder check brief.txt') <= w('textlint brief.txt') ? 'met' : 'NOT met'}).

The rows use a cache folder of this run, filled by one check before the rounds (\`HELDER_CACHE_DIR\`; the default
\`~/.cache/helder\` may be shared with other versions of Helder, which would replace its entries). What the first
run after installing costs more: ${(c('helder check, empty cache (first run)') - helder).toFixed(0)} ms of CPU. It parses the rule files and
word lists (YAML), builds Hunspell's tables from the OpenTaal dictionary and decompresses the LiNT-II lexicon, and
keeps all three in the cache folder: the parsed rules and lists as JSON, Hunspell's memory as a snapshot of about
16 MB, the lexicon with its block starts (about 4 MB). At its end it also keeps the code V8 compiled for the
bundle (about 1.1 MB; the row "no compiled code in the cache yet" is that step alone: ${(c('helder check, no compiled code in the cache yet') - helder).toFixed(0)} ms more than with it).

Where the start-up goes, inside one process (bench/cold-start-phases.mjs, CPU time per phase, median of ${rounds} runs):

| phase | CPU time |
| --- | --- |
${phaseRows.join('\n')}

- *modules*: Node's own start (\`node -e 0\` above) and loading the modules of the CLI, the core, unified/retext,
  @helder/node, yaml, hyphen with its Dutch patterns. Measured here on the unbundled modules (dist/), without a
  code cache. \`helder\` itself runs them bundled into one CommonJS file by esbuild (packages/cli/scripts/bundle.mjs),
  which saves the cost of finding, reading and linking some 250 ES and CommonJS modules, and starts that file
  through \`vm.Script\` with the code V8 compiled for it in an earlier check (packages/cli/src/code-cache.ts; Node 20
  has no compile cache of its own): no parsing and compiling of 1.4 MB of JavaScript, nor of the functions a check
  runs. Compare \`helder check brief.txt\` with the row without compiled code and with \`dist/bin.js\`, and
  \`helder --version\` (Node, the bundle and its cached code) with \`node -e 0\`. piscina (the worker pool), the
  Studio and the document readers are loaded only when needed.
- *rules and lists*: the parsed rules (JSON; values that many rules share, such as the provenance, stored once) and
  the rule engine built from them, the abbreviations and word lists from the cache. The cache keys of the files
  that ship with Helder are their stamps (path, inode, size, change times): the 44 rule files and 13 lists are not
  read or hashed when the cache has them. A rule folder of the user's own is still read and hashed.
- *readability data*: the LiNT-II lexicon from the cache folder (4 MB with its block starts, keyed by the stamp of
  the gzipped file, which is not read then); only the first run does the gunzip of 1.6 MB and the pass that finds
  the blocks.
- *spelling dictionary*: hunspell-asm's runtime (780 KB of JavaScript with the WebAssembly inline, compiled and
  started) and the 16 MB snapshot read straight into the runtime's WebAssembly memory (no buffer in between); the
  .aff and .dic are not read (the key holds their stamps).
- *the check*: the check of this letter, mostly code that runs for the first time in the process (in \`helder\`
  its compiled code comes from the cache, the first run of it stays).

What was tried and left out: minifying the bundle, larger V8 young generation settings set at run time,
Liftoff-only or no tier-up for the WebAssembly (no measurable gain); V8's code made right after compiling the
bundle instead of at the end of a check (170 KB instead of 1.1 MB, but about 60 ms more CPU per check: the
functions a check runs are then compiled on every start). Still open: the garbage collector (about 30 ms, six
scavenges, mostly of the parsed rules), building the rule trie and the hyphenation patterns (about 20 ms each, on
every start), and compiling hunspell-asm's runtime (about 30 ms with its start; through a code cache of its own
about 6 ms less in a trial, not built: it would need a second way to load the runtime).
`;
writeSection('cold-start', markdown);
console.log(markdown);
