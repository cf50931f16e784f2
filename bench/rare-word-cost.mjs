// Cost of the zeldzaam-woord check (issue 12) in one run: a warm check() of the one-page letter with the check on
// and off, alternating with a bare retext-dutch parse, so machine load hits all three alike. Prints medians and
// ratios; no file is written. Run: pnpm -s build && node bench/rare-word-cost.mjs [rounds]
import {readFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import {unified} from '../packages/core/node_modules/unified/index.js';
import retextDutch from '../packages/core/node_modules/retext-dutch/index.js';
import {check} from '../packages/core/dist/index.js';
import {createNodeLoader} from '../packages/node/dist/index.js';
import {median, root} from './lib.mjs';

const letter = readFileSync(`${root}bench/inputs/brief-wmo-400.txt`, 'utf8');
const rounds = Number(process.argv[2] ?? 300);
const loader = createNodeLoader();
const parser = unified().use(retextDutch);
const off = {rules: {'zeldzaam-woord': 'off'}};
// A new letter every round (every sentence changed): the per-word caches of the check still hold, as in an editor.
let round = 0;
const fresh = () => letter.replace(/\. (?=[A-Z])/g, () => ` ${++round}. `);
const variants = {
  on: (text) => check(text, {loader}),
  off: (text) => check(text, {loader, config: off}),
  parse: async (text) => parser.parse(text),
};
for (const shape of ['same letter', 'new letter']) {
  const times = {on: [], off: [], parse: []};
  for (let index = 0; index < rounds + 30; index++) {
    for (const [name, run] of Object.entries(variants)) {
      // Each variant gets its own new text: a variant that ran second on the same text would find warm caches.
      const text = shape === 'same letter' ? letter : fresh();
      const started = performance.now();
      await run(text);
      if (index >= 30) times[name].push(performance.now() - started);
    }
  }
  const [on, offTime, parse] = [median(times.on), median(times.off), median(times.parse)];
  console.log(`${shape}: check ${on.toFixed(2)} ms with zeldzaam-woord, ${offTime.toFixed(2)} ms without, parse ${parse.toFixed(2)} ms; ratio to parse ${(on / parse).toFixed(2)}x vs ${(offTime / parse).toFixed(2)}x; the check adds ${(((on - offTime) / offTime) * 100).toFixed(1)}%`);
}
console.log(`load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
