// Hostile inputs for @helder/core (issue 13): each case runs at sizes n, 2n and 4n in its own process, so the peak
// memory (RSS) is that case's alone and a hang is cut off by a time-out. The time of a doubling should grow at
// most ~2.5x (linear work) and the memory per MB of text stays bounded.
// Run: node bench/adversarial.mjs [--quick] [--case name] [--timeout seconds] [--no-write]
import {spawnSync} from 'node:child_process';
import {loadavg} from 'node:os';
import {fileURLToPath} from 'node:url';
import {machineDetails, today, writeSection} from './lib.mjs';

import {cases, memoryBudget} from './adversarial-cases.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};

if (option('--run')) {
  // The child: build the text, check it once, print time and peak memory.
  const {check} = await import('../packages/core/dist/index.js');
  const {createNodeLoader} = await import('../packages/node/dist/index.js');
  const {resourceUsage} = await import('node:process');
  const spec = cases[option('--run')];
  const text = spec.make(Number(option('--size')));
  const loader = createNodeLoader();
  // Load rules, dictionary and readability data first: the case measures the hostile text, not a cold start.
  await check('Wij hebben uw brief ontvangen. Wij sturen u het besluit.', {loader});
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const result = await check(text, {loader, format: spec.format ?? 'text'});
  const elapsed = performance.now() - started;
  // Peak bytes per character: how much the process grew for this text (0 when the warm-up peaked higher).
  const bytesPerChar = Math.max(0, resourceUsage().maxRSS * 1024 - rssBefore) / Math.max(1, text.length);
  console.log(JSON.stringify({ms: elapsed, rssMb: resourceUsage().maxRSS / 1024, bytesPerChar, chars: text.length, findings: result.findings.length}));
} else {
  const startLoad = loadavg()[0].toFixed(1);
  const quick = args.includes('--quick');
  const only = option('--case');
  const timeout = Number(option('--timeout') ?? (quick ? 30 : 120)) * 1000;
  const here = fileURLToPath(import.meta.url);
  const rows = [];
  for (const [name, spec] of Object.entries(cases)) {
    if (only && only !== name) continue;
    const runs = [];
    for (const factor of [1, 2, 4]) {
      const size = Math.round((spec.n * factor) / (quick ? 4 : 1));
      const child = spawnSync(process.execPath, ['--max-old-space-size=4096', here, '--run', name, '--size', String(size)], {encoding: 'utf8', timeout});
      const line = child.stdout.trim().split('\n').pop() ?? '';
      let run = {size, ms: Number.NaN, rssMb: Number.NaN, chars: 0, failed: child.error ? `time-out after ${timeout / 1000} s` : `exit ${child.status}`};
      try {
        run = {size, ...JSON.parse(line)};
      } catch {
        if (!child.error) console.error(child.stderr.slice(-2000));
      }
      runs.push(run);
      console.log(`${name} size ${size}: ${run.failed ?? `${run.ms.toFixed(0)} ms, ${run.rssMb.toFixed(0)} MB RSS, ${run.chars} chars`}`);
      if (run.failed) break; // a bigger size will not do better
    }
    rows.push({name, spec, runs});
  }
  const cell = (run) => (run ? (run.failed ?? `${run.ms.toFixed(0)} ms, ${run.rssMb.toFixed(0)} MB, ${kb(run.chars)}, ${run.bytesPerChar.toFixed(0)} B/char`) : 'not run');
  // Time ratio of a doubling, per character: md-lists grows its text faster than n (line i has 2i spaces).
  const ratio = (runs) => {
    const values = runs.slice(1).map((run, index) => (2 * (run.ms / runs[index].ms)) / (run.chars / runs[index].chars)).filter(Number.isFinite);
    return values.length ? Math.max(...values).toFixed(2) : '-';
  };
  const kb = (chars) => (chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} M chars` : `${Math.round(chars / 1000)} K chars`);
  const table = rows.map(({name, spec, runs}) => `| ${name} | ${spec.about} | ${spec.n} | ${cell(runs[0])} | ${cell(runs[1])} | ${cell(runs[2])} | ${ratio(runs)} |`);
  const markdown = `## Hostile inputs (bench/adversarial.mjs)

${today()}, ${machineDetails()}, load average ${startLoad} at the start and ${loadavg()[0].toFixed(1)} at the end${quick ? ', --quick (sizes / 4)' : ''}. One \`check()\` per run in its own process, after a warm-up
check, so the time is that of the hostile text and the memory (peak RSS of the process, which includes about
150 MB of loaded rules, dictionary and readability data) is that case's alone; "B/char" is the growth of the peak RSS over the warm-up, per character of the text. "Worst doubling" is the largest time
ratio between size 2n and n or 4n and 2n, scaled to a doubling of the characters: linear work gives about 2.

| case | input | n | n | 2n | 4n | worst doubling |
| --- | --- | --- | --- | --- | --- | --- |
${table.join('\n')}
${only ? '' : heapSection(here)}`;
  console.log(`\n${markdown}`);
  if (!args.includes('--no-write') && !only) writeSection('adversarial', markdown);
}

/**
 * The firm memory measure: the smallest heap (--max-old-space-size, to 10 MB) with which the "letter" case still
 * finishes, at 1 and 2 MB of text. The difference is the heap per MB of text, which the budget bounds; RSS above
 * also holds garbage the collector has not taken yet.
 */
function heapSection(here) {
  const finishes = (mb, size) => spawnSync(process.execPath, [`--max-old-space-size=${mb}`, here, '--run', 'letter', '--size', String(size)], {encoding: 'utf8'}).status === 0;
  const smallest = (size) => {
    let low = 16;
    let high = 2048;
    while (high - low > 10) {
      const middle = Math.round((low + high) / 2);
      if (finishes(middle, size)) high = middle;
      else low = middle;
    }
    return high;
  };
  const one = smallest(1_000_000);
  const two = smallest(2_000_000);
  return `
Smallest heap for the "letter" case (the example letter repeated; about 27,000 findings per MB): ${one} MB at 1 MB of
text, ${two} MB at 2 MB, so about ${two - one} MB of heap per MB of text (${((two - one) * 1024 * 1024 / 1e6).toFixed(0)} bytes per
character). The budget is ${memoryBudget.mbPerMbOfText} MB per MB plus ${memoryBudget.baseMb} MB; packages/core/test/adversarial.test.ts
runs 2 MB under exactly that heap.
`;
}
