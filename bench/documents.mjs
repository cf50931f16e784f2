// Benchmark of @helder/documents (issue 9): reading generated .docx letters against checking their text, in one
// run. The issue asks that reading costs at most a quarter of checking. Run: node bench/documents.mjs [--quick]
// Realistic letters (realisticBenchLetterDocx: 250 to 1,000 words drawn from ../shared/corpus) are the measure; the
// warm-up uses other letters than the rounds, and every round has letters of its own, so the per-sentence memo of the
// checks only helps where real letters share text. The old letters with repeated text are a comparison row.
import {loadavg} from 'node:os';
import {readDocument} from '../packages/documents/dist/index.js';
import {checkDocument, joinBlocks} from '../packages/core/dist/index.js';
import {createNodeLoader} from '../packages/node/dist/index.js';
import {realisticBenchLetterDocx, repeatedBenchLetterDocx} from '../packages/documents/test/fixtures/make-fixtures.mjs';
import {benchCorpus, median, machineDetails, today, writeSection, ms} from './lib.mjs';

const quick = process.argv.includes('--quick');
const count = quick ? 40 : 200;
const rounds = quick ? 2 : 5;
const load = () => loadavg().map((value) => value.toFixed(1)).join(' ');
const loadBefore = load();
const corpus = await benchCorpus();
const loader = createNodeLoader();

/** `count` letters numbered from `first` on. */
async function letters(make, first) {
  const files = [];
  for (let number = first; number < first + count; number++) files.push({name: `brief-${number}.docx`, bytes: new Uint8Array(await make(number))});
  return files;
}

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/**
 * Warm up on one set, then `rounds` rounds on sets of their own: each round reads all its files, then checks them.
 * Wall and CPU time (process.cpuUsage: this thread plus the garbage collector's).
 */
async function measure(make) {
  // Warm up: the rules, dictionary and readability data load once per process, and both sides get compiled code.
  for (const file of await letters(make, 100_000)) await checkDocument(await readDocument(file.bytes, file.name), {loader});
  const result = {read: [], check: [], readCpu: [], checkCpu: [], bytes: 0, words: 0, blocks: 0};
  for (let round = 0; round < rounds; round++) {
    const files = await letters(make, 1 + round * count);
    let started = performance.now();
    let cpu = cpuMs();
    const documents = [];
    for (const file of files) documents.push(await readDocument(file.bytes, file.name));
    result.read.push(performance.now() - started);
    result.readCpu.push(cpuMs() - cpu);
    started = performance.now();
    cpu = cpuMs();
    for (const document of documents) await checkDocument(document, {loader});
    result.check.push(performance.now() - started);
    result.checkCpu.push(cpuMs() - cpu);
    if (round === 0) {
      result.bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
      result.words = documents.reduce((sum, document) => sum + joinBlocks(document).text.split(/\s+/).length, 0);
      result.blocks = documents.reduce((sum, document) => sum + document.blocks.length, 0);
    }
  }
  return result;
}

const realistic = await measure((number) => realisticBenchLetterDocx(number, corpus));
const repeated = await measure(repeatedBenchLetterDocx);
const loadAfter = load();

const row = (label, result) => {
  const read = median(result.read);
  const checked = median(result.check);
  const readCpu = median(result.readCpu);
  const checkCpu = median(result.checkCpu);
  return `| ${label} | ${Math.round(result.words / count)} | ${ms(read / count)} | ${ms(checked / count)} | ${(read / checked).toFixed(2)} | ${ms(readCpu / count)} | ${ms(checkCpu / count)} | ${(readCpu / checkCpu).toFixed(2)} |`;
};
const ratio = median(realistic.read) / median(realistic.check);
const cpuRatio = median(realistic.readCpu) / median(realistic.checkCpu);

const section = `## Documents: reading .docx against checking (bench/documents.mjs)

Machine: ${machineDetails()}. Date: ${today()}. Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}.
Realistic letters: \`realisticBenchLetterDocx\` (packages/documents/test/fixtures/make-fixtures.mjs) draws 250 to
1,000 words per letter from the 44 municipal letter templates in ../shared/corpus/letters and the sentences of
../shared/corpus/pairs, with case-specific sentences (dates, amounts, numbers), merge fields (simple and complex),
an address block and a reference table, a table of amounts, a content control, sometimes a text box, a header, a
footer and a footnote; ${count} letters per round, ${Math.round(realistic.bytes / 1024)} KB, ${realistic.blocks} blocks and about
${realistic.words} words in the first round. The warm-up uses ${count} other letters, and each of the ${rounds} rounds has
letters of its own: a round reads all its files, then checks them, in one process. Median of the rounds; CPU time
from process.cpuUsage (this thread and the garbage collector). The comparison row is the old benchmark letter
(\`repeatedBenchLetterDocx\`: the same four extra paragraphs in every letter), where the per-sentence memo of the
checks finds most sentences already done.

| letters | words per letter | read, wall per file | check, wall per file | read / check, wall | read, CPU per file | check, CPU per file | read / check, CPU |
| --- | --- | --- | --- | --- | --- | --- | --- |
${row('realistic', realistic)}
${row('repeated text (old)', repeated)}

Reading / checking, realistic letters: **${ratio.toFixed(2)}** wall, **${cpuRatio.toFixed(2)}** CPU (target at most 0.25:
${ratio <= 0.25 && cpuRatio <= 0.25 ? 'met' : 'NOT met'}).

Where reading goes (CPU profile of the reader alone): about half is saxes tokenizing the XML of each letter
(document, header, footer, footnotes, endnotes, relationships; a root element carries some 35 namespace
declarations in every part), a fifth the zip directory and inflating, the rest the walkers and garbage collection.
`;
console.log(section);
if (!quick) writeSection('documents', section);
