// Cost of the zeldzaam-woord check (issue 12) in one run: a warm check() of the one-page letter with the check on
// and off, alternating with a bare retext-dutch parse, so machine load hits all three alike. Prints medians and
// ratios and writes its section of docs/benchmarks.md. Run: pnpm -s build && node bench/rare-word-cost.mjs [rounds]
import {readFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import {unified} from '../packages/core/node_modules/unified/index.js';
import retextDutch from '../packages/core/node_modules/retext-dutch/index.js';
import {check} from '../packages/core/dist/index.js';
import {createNodeLoader} from '../packages/node/dist/index.js';
import {median, root, machine, today, writeSection, ms} from './lib.mjs';

const letter = readFileSync(`${root}bench/inputs/brief-wmo-400.txt`, 'utf8');
const rounds = Number(process.argv[2] ?? 300);
const loader = createNodeLoader();
const parser = unified().use(retextDutch);
const off = {rules: {'zeldzaam-woord': 'off'}};
// A new letter every round (every sentence changed): the per-word caches of the check still hold, as in an editor.
let round = 0;
const fresh = () => letter.replace(/\. (?=[A-Z])/g, () => ` ${++round}. `);
// Both variants pass a config, so they differ only in the one check.
const on = {rules: {'zeldzaam-woord': 'info'}};
const variants = {
  on: (text) => check(text, {loader, config: on}),
  off: (text) => check(text, {loader, config: off}),
  parse: async (text) => parser.parse(text),
};
const rows = [];
const load = loadavg()[0];
for (const shape of ['same letter', 'new letter']) {
  const times = {on: [], off: [], parse: []};
  for (let index = 0; index < rounds + 30; index++) {
    // The order turns every round: the variant that runs first after the parse pays for more garbage collection.
    const order = Object.entries(variants);
    for (let turn = 0; turn < index % order.length; turn++) order.push(order.shift());
    for (const [name, run] of order) {
      // Each variant gets its own new text: a variant that ran second on the same text would find warm caches.
      const text = shape === 'same letter' ? letter : fresh();
      const started = performance.now();
      await run(text);
      if (index >= 30) times[name].push(performance.now() - started);
    }
  }
  const [on, offTime, parse] = [median(times.on), median(times.off), median(times.parse)];
  rows.push({shape, on, off: offTime, parse});
  console.log(`${shape}: check ${on.toFixed(2)} ms with zeldzaam-woord, ${offTime.toFixed(2)} ms without, parse ${parse.toFixed(2)} ms; ratio to parse ${(on / parse).toFixed(2)}x vs ${(offTime / parse).toFixed(2)}x; the check adds ${(((on - offTime) / offTime) * 100).toFixed(1)}%`);
}
// CPU time (process.cpuUsage) in blocks of 100 checks, on and off in turn: time the process waited for a core
// under load does not count, so this row is steadier than the medians of wall time on a busy machine.
const cpu = {on: 0, off: 0};
for (let block = 0; block < 10; block++) {
  for (const [name, config] of block % 2 ? [['on', on], ['off', off]] : [['off', off], ['on', on]]) {
    const before = process.cpuUsage();
    for (let index = 0; index < 100; index++) await check(letter, {loader, config});
    const used = process.cpuUsage(before);
    cpu[name] += (used.user + used.system) / 1000;
  }
}
const [cpuOn, cpuOff] = [cpu.on / 1000, cpu.off / 1000];
console.log(`CPU time per check of the same letter: ${cpuOn.toFixed(3)} ms with, ${cpuOff.toFixed(3)} ms without (${(((cpuOn - cpuOff) / cpuOff) * 100).toFixed(1)}%)`);
const loads = loadavg().map((value) => value.toFixed(2)).join(' ');
console.log(`load average ${loads}`);
writeSection(
  'rare-word',
  `## Rare words: the cost of zeldzaam-woord (bench/rare-word-cost.mjs)

Machine: ${machine()}. Date: ${today()}. Load average at the start ${load.toFixed(2)}, at the end ${loads} (other sessions ran on the machine: compare the ratios of one row, not times across runs). ${rounds} rounds per row after 30 warm-up rounds; the three variants alternate and their order turns every round (without that, the variant that runs first measured up to 8% slower even when zeldzaam-woord did nothing).
Letter: bench/inputs/brief-wmo-400.txt. "Same letter": the letter checked again and again, as between key strokes. "New letter": every sentence changed every round, so the per-sentence caches miss and every word is looked up (the per-word cache of the check still holds, as in an editor).

| measure | with zeldzaam-woord | without | bare parse | ratio to parse (with / without) | added by the check |
| --- | --- | --- | --- | --- | --- |
${rows.map((row) => `| ${row.shape}, median | ${ms(row.on)} | ${ms(row.off)} | ${ms(row.parse)} | ${(row.on / row.parse).toFixed(2)}× / ${(row.off / row.parse).toFixed(2)}× | ${(((row.on - row.off) / row.off) * 100).toFixed(1)}% |`).join('\n')}
| same letter, CPU time per check (1,000 checks each, blocks of 100 in turn) | ${ms(cpuOn)} | ${ms(cpuOff)} |  |  | ${(((cpuOn - cpuOff) / cpuOff) * 100).toFixed(1)}% |

The check keeps its judgement per sentence text and per word, so a warm check costs about one Map lookup per sentence; a new word costs at most 160 lexicon searches (each a binary search without allocation) for its compound split. It reads the LiNT-II lexicon that readability already loads: no new data file.`,
);
