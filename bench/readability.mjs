// What readability costs inside Helder: loading the LiNT-II data once (cold, fresh processes), the warm cost per
// letter (the readability step alone, the whole check(), a bare retext-dutch parse), and a cold `helder check`.
//   node bench/readability.mjs [--quick]   print; without --quick also write docs/benchmarks.md ("Readability")
// Needs the built packages (core, node and cli).
import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync, statSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {loadavg} from 'node:os';
import {unified} from '../packages/core/node_modules/unified/index.js';
import retextDutch from '../packages/core/node_modules/retext-dutch/index.js';
import {check, loadResources, readabilityData, analyseReadability, buildModel, defaultConfig, lexiconResource} from '../packages/core/dist/index.js';
import {createNodeLoader, coreDataDir} from '../packages/node/dist/index.js';
import {median, percentile, machineDetails, today, writeSection, root, ms} from './lib.mjs';

const letterPath = `${root}bench/inputs/brief-wmo-400.txt`;
const letter = readFileSync(letterPath, 'utf8');
const quick = process.argv.includes('--quick');

const child = process.argv.find((arg) => arg.startsWith('--child'));
if (child) {
  // One cold process: rules first (as the CLI does), then the readability data, then the first analysis.
  const resources = await loadResources(createNodeLoader());
  globalThis.gc?.();
  const before = process.memoryUsage();
  let started = performance.now();
  const tagger = await readabilityData(resources);
  const loadMs = performance.now() - started;
  globalThis.gc?.();
  const after = process.memoryUsage();
  const model = buildModel(letter, resources.textLists);
  started = performance.now();
  analyseReadability(model, tagger, defaultConfig());
  const firstMs = performance.now() - started;
  console.log(
    JSON.stringify({
      loadMs,
      firstMs,
      heapMB: (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 2 ** 20,
      rssMB: (after.rss - before.rss) / 2 ** 20,
      lexiconMB: tagger.lexicon.memoryBytes / 2 ** 20,
    }),
  );
  process.exit(0);
}

const loadBefore = loadavg()[0].toFixed(1);
const coldRuns = quick ? 3 : 7;
const self = fileURLToPath(import.meta.url);
const colds = Array.from({length: coldRuns}, () => JSON.parse(execFileSync(process.execPath, ['--expose-gc', self, '--child'], {encoding: 'utf8'})));
const pick = (key) => median(colds.map((run) => run[key]));

// A cold `helder check` of the letter: wall time and peak memory of the whole process (spelling on).
const cli = Array.from({length: coldRuns}, () => {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, `${root}packages/cli/dist/bin.js`, 'check', letterPath], {encoding: 'utf8'});
  const wall = performance.now() - started;
  const maxRssKB = Number(run.stderr.trim().split('\n').at(-1));
  return {wall, maxRssMB: maxRssKB / 1024};
});

// Warm: the readability step alone, the whole check() (all checks, spelling, readability) and a bare parse.
const resources = await loadResources(createNodeLoader());
const tagger = await readabilityData(resources);
const model = buildModel(letter, resources.textLists);
const config = defaultConfig();
const rounds = quick ? 200 : 1000;
const times = {readability: [], unseen: [], check: [], parse: []};
await check(letter, {resources});
const parser = unified().use(retextDutch);
for (let round = 0; round < 50 + rounds; round++) {
  let started = performance.now();
  analyseReadability(model, tagger, config);
  const readability = performance.now() - started;
  started = performance.now();
  analyseReadability(model, tagger, config, {sentenceCache: false});
  const unseen = performance.now() - started;
  started = performance.now();
  await check(letter, {resources});
  const whole = performance.now() - started;
  started = performance.now();
  parser.parse(letter);
  const parse = performance.now() - started;
  if (round >= 50) {
    times.readability.push(readability);
    times.unseen.push(unseen);
    times.check.push(whole);
    times.parse.push(parse);
  }
}
const words = model.sentences.filter((sentence) => sentence.prose).reduce((sum, sentence) => sum + sentence.words.length, 0);
const loadAfter = loadavg()[0].toFixed(1);
const dataBytes = statSync(`${coreDataDir()}/${lexiconResource.slice('data/'.length)}`).size;

const table = [
  '| measure | result | target |',
  '| --- | --- | --- |',
  `| LiNT-II data in the repository (lexicon.txt.gz) | ${(dataBytes / 1e6).toFixed(2)} MB | well under 3 MB |`,
  `| Load the data once per process (read, gunzip, header), median | ${ms(pick('loadMs'))} | |`,
  `| Memory added by loading the data (JS heap and buffers after GC, min-max; the lexicon itself) | ${Math.min(...colds.map((run) => run.heapMB)).toFixed(1)}-${Math.max(...colds.map((run) => run.heapMB)).toFixed(1)} MB; ${pick('lexiconMB').toFixed(1)} MB | |`,
  `| First analysis of the letter in a new process (cold code, empty caches), median | ${ms(pick('firstMs'))} | |`,
  `| Warm readability step, sentences not seen before (${words} words), median / p95 | ${ms(median(times.unseen))} / ${ms(percentile(times.unseen, 95))} | |`,
  `| Warm readability step, the same letter again (sentence cache), median / p95 | ${ms(median(times.readability))} / ${ms(percentile(times.readability, 95))} | |`,
  `| Warm check() of the letter, everything on, median | ${ms(median(times.check))} | ≤ 10 ms |`,
  `| Bare retext-dutch parse of the letter, median | ${ms(median(times.parse))} | |`,
  `| check() / bare parse | ${(median(times.check) / median(times.parse)).toFixed(2)}x | ≤ 3x |`,
  `| Cold \`helder check\` of the letter (whole process, spelling on), median wall time | ${ms(median(cli.map((run) => run.wall)))} | ≤ 1 s |`,
  `| Cold \`helder check\`, peak memory (max RSS), max over runs | ${Math.max(...cli.map((run) => run.maxRssMB)).toFixed(0)} MB | ≤ 150 MB |`,
].join('\n');

const section = `## Readability (bench/readability.mjs)

Machine: ${machineDetails()}. Date: ${today()}. Load average (1 min) ${loadBefore} before, ${loadAfter} after.
Cold numbers: ${coldRuns} fresh processes each. Warm: ${rounds} rounds after 50 warm-up rounds. Letter: bench/inputs/brief-wmo-400.txt.
The readability data loads while the other checks run (the spelling dictionary too), so its load time overlaps.

${table}`;
console.log(section);
if (!quick) writeSection('readability', section);
