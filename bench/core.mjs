// Benchmark of @helder/core (issue 3 and 4): warm check of a one-page letter against a bare retext-dutch parse,
// 5,000 rules against 50, and a cold `helder check` (time and peak memory). Run: pnpm bench (after pnpm install).
import {readFileSync, readdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {unified} from '../packages/core/node_modules/unified/index.js';
import retextDutch from '../packages/core/node_modules/retext-dutch/index.js';
import {check, createMemoryLoader, parseRuleFile, isActiveStatus} from '../packages/core/dist/index.js';
import {createNodeLoader} from '../packages/node/dist/index.js';
import {median, percentile, machine, today, writeSection, root, ms} from './lib.mjs';

const letter = readFileSync(`${root}bench/inputs/brief-wmo-400.txt`, 'utf8');
const quick = process.argv.includes('--quick');
const rounds = quick ? 100 : 400;

/** Run a and b alternately so both see the same machine state; returns per-run times in ms. */
async function compare(a, b, count) {
  const times = {a: [], b: []};
  for (let index = 0; index < 30; index++) {
    await a();
    await b();
  }
  for (let index = 0; index < count; index++) {
    let started = performance.now();
    await a();
    times.a.push(performance.now() - started);
    started = performance.now();
    await b();
    times.b.push(performance.now() - started);
  }
  return times;
}

// 1. Warm check with every check (spelling and readability included) vs a bare retext-dutch parse.
const loader = createNodeLoader();
const parser = unified().use(retextDutch);
const first = await check(letter, {loader});
const warm = await compare(() => check(letter, {loader}), () => parser.parse(letter), rounds);
const warmMedian = median(warm.a);
const parseMedian = median(warm.b);

// 1b. Caches (readability per sentence, spelling per word) make a repeated letter cheap. Two honest variants:
// one sentence changes every round (typing in an editor), and every sentence changes (a new letter).
let round = 0;
const typing = () => letter.replace('Op 12 januari 2026', `Op ${++round} januari 2026`);
const fresh = () => {
  round++;
  let count = 0;
  return letter.replace(/\. (?=[A-Z])/g, () => ` ${round * 100 + count++}. `);
};
const typingTimes = await compare(() => check(typing(), {loader}), () => parser.parse(typing()), rounds);
const freshTimes = await compare(() => check(fresh(), {loader}), () => parser.parse(fresh()), rounds);

// 2. The same letter with 50 rules and with 5,000 rules.
const realFiles = readdirSync(`${root}rules`).filter((name) => name.endsWith('.yaml'));
const realEntries = realFiles.flatMap((name) => parseRuleFile(readFileSync(`${root}rules/${name}`, 'utf8'), name).entries).filter((entry) => isActiveStatus(entry.status));
const yamlOf = (entries) =>
  `theme: Bench\ncheck: moeilijk-woord\nrules:\n${entries
    .map(
      (entry) =>
        `  - id: ${entry.id}\n    forms: ${JSON.stringify(entry.forms)}\n    alternatives: ${JSON.stringify(entry.alternatives)}\n    reason: ${JSON.stringify(entry.reason)}\n    explanation: ${JSON.stringify(entry.explanation)}\n    examples: ${JSON.stringify(entry.examples)}\n    status: aangenomen\n    provenance: ${JSON.stringify(entry.provenance)}`,
    )
    .join('\n')}\n`;
// Synthetic rules shaped like real ones: single words, phrases that start with common words, separable verbs.
const starters = ['de', 'het', 'een', 'u', 'wij', 'uw', 'in', 'van', 'op', 'met', 'voor', 'aan'];
function synthetic(count) {
  const entries = [];
  for (let index = 0; entries.length < count; index++) {
    const word = `woord${index.toString(36)}`;
    const shape = index % 4;
    const forms = shape === 0 ? [word] : shape === 1 ? [`${starters[index % starters.length]} ${word}`] : shape === 2 ? [`${starters[index % starters.length]} ${word} ${starters[(index + 3) % starters.length]}`] : [`maakt ... ${word}`, `${word} maken`];
    entries.push({...realEntries[0], id: `synthetisch-${index}`, forms});
  }
  return entries;
}
const fiftyEntries = realEntries.slice(0, 50);
const bigEntries = [...realEntries, ...synthetic(5000 - realEntries.length)];
const abbreviations = readFileSync(`${root}packages/core/data/afkortingen.yaml`, 'utf8');
const diskLoader = createNodeLoader();
const loaderWith = (entries) => {
  // A rule file may hold at most 1,000,000 characters, so the set is spread over files of 500 rules, as curators do.
  const files = {'data/afkortingen.yaml': abbreviations};
  for (let start = 0; start < entries.length; start += 500) files[`rules/bench-${start / 500}.yaml`] = yamlOf(entries.slice(start, start + 500));
  const memory = createMemoryLoader(files);
  return {listRuleFiles: () => memory.listRuleFiles(), readText: (name) => (name.startsWith('rules/') ? memory.readText(name) : diskLoader.readText(name)), readBinary: (name) => diskLoader.readBinary(name)};
};
const fifty = loaderWith(fiftyEntries);
const fiveThousand = loaderWith(bigEntries);
const bigResult = await check(letter, {loader: fiveThousand});
if (bigResult.ruleErrors.length > 0) throw new Error(`synthetic rules have errors: ${JSON.stringify(bigResult.ruleErrors[0])}`);
const scale = await compare(() => check(letter, {loader: fiveThousand}), () => check(letter, {loader: fifty}), rounds);
const bigMedian = median(scale.a);
const smallMedian = median(scale.b);

// 3. Cold start of the CLI: wall time and peak memory (resident set) of the whole process.
const coldRuns = [];
for (let index = 0; index < (quick ? 3 : 10); index++) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, `${root}packages/cli/dist/bin.js`, 'check', `${root}bench/inputs/brief-wmo-400.txt`], {encoding: 'utf8'});
  const [seconds, kilobytes] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  coldRuns.push({ms: seconds * 1000, mb: kilobytes / 1024});
}
// The first run after an install or a rule change parses the rule files (YAML) before it can cache them.
const uncachedRuns = [];
for (let index = 0; index < (quick ? 2 : 5); index++) {
  const empty = mkdtempSync(join(tmpdir(), 'helder-cache-'));
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, `${root}packages/cli/dist/bin.js`, 'check', `${root}bench/inputs/brief-wmo-400.txt`], {encoding: 'utf8', env: {...process.env, HELDER_CACHE_DIR: empty}});
  const [seconds, kilobytes] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  uncachedRuns.push({ms: seconds * 1000, mb: kilobytes / 1024});
  rmSync(empty, {recursive: true, force: true});
}
const coldMs = median(coldRuns.map((run) => run.ms));
const coldMb = Math.max(...coldRuns.map((run) => run.mb));

const verdict = (ok) => (ok ? 'yes' : '**no**');
const rows = [
  ['Warm `check()` of a one-page letter (392 prose words), all checks incl. spelling and readability, median', ms(warmMedian), '≤ 10 ms', verdict(warmMedian <= 10)],
  ['  p95', ms(percentile(warm.a, 95)), '', ''],
  ['Bare retext-dutch parse of the same letter, median (baseline, same run)', ms(parseMedian), '', ''],
  ['Ratio check / bare parse', `${(warmMedian / parseMedian).toFixed(2)}×`, '≤ 3×', verdict(warmMedian / parseMedian <= 3)],
  ['One sentence changed every round (typing), median, and ratio to its bare parse', ms(median(typingTimes.a)), '', `${(median(typingTimes.a) / median(typingTimes.b)).toFixed(2)}×`],
  ['Every sentence new every round (a new letter), median, and ratio to its bare parse', ms(median(freshTimes.a)), '', `${(median(freshTimes.a) / median(freshTimes.b)).toFixed(2)}×`],
  [`check() with 5,000 rules vs 50 rules, median (${ms(bigMedian)} vs ${ms(smallMedian)})`, `${(bigMedian / smallMedian).toFixed(2)}×`, '≤ 1.3×', verdict(bigMedian / smallMedian <= 1.3)],
  ['Cold `helder check` of the letter (new process), median wall time', ms(coldMs), '≤ 1000 ms', verdict(coldMs <= 1000)],
  ['Cold `helder check`, peak resident memory (max over runs)', `${coldMb.toFixed(0)} MB`, '≤ 150 MB', verdict(coldMb <= 150)],
  ['Cold `helder check` without the rule cache (first run after install or after a rule change), median / peak memory', `${ms(median(uncachedRuns.map((run) => run.ms)))} / ${Math.max(...uncachedRuns.map((run) => run.mb)).toFixed(0)} MB`, '≤ 1000 ms', verdict(median(uncachedRuns.map((run) => run.ms)) <= 1000)],
];
const section = `## Core: one letter (bench/core.mjs)

Machine: ${machine()}. Date: ${today()}. Rounds: ${rounds} (alternating, after 30 warm-up rounds each).
The cold runs use the parsed-rule cache (\`~/.cache/helder\`, keyed by a hash of the rule files) except where the row says otherwise.
Letter: bench/inputs/brief-wmo-400.txt (${first.findings.length} findings). The first rows check the same letter again and again, as an editor does between key strokes: readability caches its work per sentence and spelling per word. The typing and new-letter rows show the cost when those caches miss (the "met" column there holds the ratio). Rules: ${realEntries.length} curated rules; the 5,000-rule set adds synthetic rules shaped like real ones (single words, phrases starting with common words, separable verbs with a gap).

| measure | result | target | met |
| --- | --- | --- | --- |
${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}
`;
console.log(section);
if (!quick) writeSection('core', section);
