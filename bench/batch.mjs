// Batch benchmark (issue 9): 1,000 generated letters as .docx (one to three pages, merge fields, tables, headers,
// footers), checked as whole `helder check <folder> --format json > /dev/null` runs with --jobs 1 and --jobs 2 in
// the same run. Targets: at most 30 s on a 2-core machine; two workers at least 1.7 times one worker.
// Then --cache (issue 9): a cold run that fills the cache, a second run with no changes (target: at most a tenth
// of the first), and a run after one letter changed. `--cache-only` runs just that part.
// Run: node bench/batch.mjs [--quick] [--rounds N] [--cache-only]
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {benchLetterDocx} from '../packages/documents/test/fixtures/make-fixtures.mjs';
import {median, machineDetails, root, today, writeSection} from './lib.mjs';

const quick = process.argv.includes('--quick');
const cacheOnly = process.argv.includes('--cache-only');
const verdict = (ok) => (ok ? 'met' : 'NOT met');
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg === -1 ? (quick ? 1 : 2) : Number(process.argv[roundsArg + 1]);
const count = quick ? 200 : 1000;
const bin = join(root, 'packages/cli/dist/bin.js');

const folder = mkdtempSync(join(tmpdir(), 'helder-batch-bench-'));
let bytes = 0;
for (let number = 1; number <= count; number++) {
  const file = await benchLetterDocx(number);
  bytes += file.length;
  writeFileSync(join(folder, `brief-${String(number).padStart(4, '0')}.docx`), file);
}

// GNU time gives the CPU time of the whole process (all threads): on a loaded machine the wall time says little,
// the CPU time still shows how much extra work a second worker costs (its own rules, word lists and JIT warm-up).
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const cpu = {1: [], 2: []};

/** One whole CLI process, as a user runs it; stdout goes nowhere, like `> /dev/null`. */
function run(jobs) {
  const command = [bin, 'check', folder, '--format', 'json', '--jobs', String(jobs)];
  const started = performance.now();
  const result = gnuTime
    ? spawnSync(gnuTime, ['-f', 'cpu %U %S', process.execPath, ...command], {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, CI: 'true'}, encoding: 'utf8'})
    : spawnSync(process.execPath, command, {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, CI: 'true'}, encoding: 'utf8'});
  const seconds = (performance.now() - started) / 1000;
  // Exit 1: the letters have advice. Anything else means the run itself went wrong.
  if (result.status !== 1 && !(gnuTime && /exit status 1\b/.test(result.stderr))) throw new Error(`helder check --jobs ${jobs} ended with ${result.status}: ${result.stderr}`);
  const used = result.stderr.match(/cpu ([\d.]+) ([\d.]+)/);
  if (used) cpu[jobs].push(Number(used[1]) + Number(used[2]));
  return seconds;
}

if (!cacheOnly) {
const loadBefore = loadavg().map((value) => value.toFixed(1)).join(' ');
const times = {1: [], 2: []};
// Alternate, so both settings see the same machine state (the machine is shared).
for (let round = 0; round < rounds; round++) {
  for (const jobs of round % 2 === 0 ? [1, 2] : [2, 1]) times[jobs].push(run(jobs));
}
const loadAfter = loadavg().map((value) => value.toFixed(1)).join(' ');

const one = median(times[1]);
const two = median(times[2]);
const speedUp = one / two;
const noisy = Math.max(...loadBefore.split(' ').map(Number), ...loadAfter.split(' ').map(Number)) > 2.5;
const cpuOne = cpu[1].length > 0 ? median(cpu[1]) : undefined;
const cpuTwo = cpu[2].length > 0 ? median(cpu[2]) : undefined;
const cpuLine =
  cpuOne && cpuTwo
    ? `CPU time (user + system, all threads, GNU time): ${cpuOne.toFixed(1)} s with one worker, ${cpuTwo.toFixed(1)} s with two. On two free cores two workers could at best be ${((2 * cpuOne) / cpuTwo).toFixed(2)}x as fast (twice the CPU, divided by the extra work).`
    : '';
const markdown = `## Batch: a folder of .docx letters through the CLI (bench/batch.mjs)

${today()}, ${machineDetails()}. ${count} generated letters (\`benchLetterDocx\`: one to three pages, merge fields,
complex fields, content controls, a table, a text box, header, footer, footnote; ${(bytes / 1024 / 1024).toFixed(1)} MB in all),
each run a whole \`helder check <folder> --format json > /dev/null\` process, ${rounds} round(s) per setting, alternating; median.
Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}.${noisy ? ' **The machine was shared and loaded during this run, so these numbers are noisy**: other processes took CPU time from both settings, the two-worker run more, as it needs both cores.' : ''}

| setting | wall time | letters per second | runs (s) |
| --- | --- | --- | --- |
| \`--jobs 1\` (in process) | ${one.toFixed(1)} s | ${(count / one).toFixed(0)} | ${times[1].map((value) => value.toFixed(1)).join(', ')} |
| \`--jobs 2\` (two worker threads) | ${two.toFixed(1)} s | ${(count / two).toFixed(0)} | ${times[2].map((value) => value.toFixed(1)).join(', ')} |

${cpuLine}

Speed-up of two workers over one: **${speedUp.toFixed(2)}x** (target at least 1.7x: ${verdict(speedUp >= 1.7)}).
${count === 1000 ? `Wall time with two workers: ${two.toFixed(1)} s (target at most 30 s for 1,000 letters: ${verdict(two <= 30)}).` : 'Quick run (200 letters): the 30 s target is for 1,000 letters; run without --quick for it.'}
`;
if (!quick) writeSection('batch', markdown);
console.log(markdown);
}

// --cache: the same folder, each run a whole process with the default --jobs, as a nightly job runs it.
{
  const cacheDir = mkdtempSync(join(tmpdir(), 'helder-batch-cache-'));
  const location = join(cacheDir, 'cache.json');
  const runCached = () => {
    const command = [bin, 'check', folder, '--format', 'json', '--cache-location', location];
    const options = {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, CI: 'true'}, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024};
    const started = performance.now();
    const result = gnuTime ? spawnSync(gnuTime, ['-f', 'cpu %U %S', process.execPath, ...command], options) : spawnSync(process.execPath, command, options);
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 1 && !(gnuTime && /exit status 1\b/.test(result.stderr))) throw new Error(`helder check --cache ended with ${result.status}: ${result.stderr}`);
    const used = result.stderr.match(/cpu ([\d.]+) ([\d.]+)/);
    return {seconds, cpu: used ? Number(used[1]) + Number(used[2]) : undefined, report: result.stdout.replace(/"date": "[^"]+"/, '')};
  };
  const loadBefore = loadavg().map((value) => value.toFixed(1)).join(' ');
  const cold = runCached();
  const cacheBytes = statSync(location).size;
  const warm = runCached();
  // One letter changed: only it is checked again.
  writeFileSync(join(folder, 'brief-0001.docx'), await benchLetterDocx(count + 1));
  const oneChanged = runCached();
  const loadAfter = loadavg().map((value) => value.toFixed(1)).join(' ');
  const same = cold.report === warm.report;
  const ratio = warm.seconds / cold.seconds;
  const cpuRatio = warm.cpu !== undefined && cold.cpu ? warm.cpu / cold.cpu : undefined;
  const cpuCell = (run) => (run.cpu === undefined ? '?' : `${run.cpu.toFixed(2)} s`);
  const temporary = existsSync(location) && readFileSync(location, 'utf8').length > 0 && !existsSync(`${location}.tmp`);
  rmSync(cacheDir, {recursive: true, force: true});
  const markdown = `## Batch with --cache (bench/batch.mjs)

${today()}, ${machineDetails()}. The same ${count} generated .docx letters, each run a whole
\`helder check <folder> --format json --cache-location <file>\` process with the default \`--jobs\`.
Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}.${Math.max(...`${loadBefore} ${loadAfter}`.split(' ').map(Number)) > 2.5 ? ' **The machine was shared and loaded during this run: the wall times are noisy, the ratio less so.**' : ''}

| run | wall time | CPU time (user + system, GNU time) |
| --- | --- | --- |
| first run, empty cache (checks every letter, writes the cache) | ${cold.seconds.toFixed(1)} s | ${cpuCell(cold)} |
| second run, nothing changed (every result from the cache) | ${warm.seconds.toFixed(2)} s | ${cpuCell(warm)} |
| third run, one letter changed (one letter checked) | ${oneChanged.seconds.toFixed(2)} s | ${cpuCell(oneChanged)} |

Second run / first run, wall time: **${ratio.toFixed(3)}** (target at most 0.1: ${verdict(ratio <= 0.1)})${cpuRatio === undefined ? '' : `; CPU time: **${cpuRatio.toFixed(3)}** (${verdict(cpuRatio <= 0.1)}). On a loaded machine the wall time of the short second run is mostly waiting for a core; the CPU time is the work it does`}. The json of the second run is
${same ? 'byte for byte the same as the first (apart from the run date)' : '**not** the same as the first'}. Cache file: ${(cacheBytes / 1024 / 1024).toFixed(1)} MB${temporary ? ', no temporary file left' : ''}.
`;
  if (!quick) writeSection('batch-cache', markdown);
  console.log(markdown);
}
rmSync(folder, {recursive: true, force: true});
