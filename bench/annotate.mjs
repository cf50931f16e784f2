// Annotated copies (helder annotate): what writing a copy with comments and tracked changes costs next to reading
// and checking the same letters, in one process and the same run. CPU time per phase (process.cpuUsage), median.
// Run: node bench/annotate.mjs [--quick]
import {loadavg} from 'node:os';
import {annotateWord, readDocument} from '../packages/documents/dist/index.js';
import {checkDocument} from '../packages/core/dist/index.js';
import {createNodeLoader} from '../packages/node/dist/index.js';
import {repeatedBenchLetterDocx} from '../packages/documents/test/fixtures/make-fixtures.mjs';
import {median, machineDetails, today, writeSection} from './lib.mjs';

const quick = process.argv.includes('--quick');
const count = quick ? 40 : 200;
const rounds = quick ? 2 : 5;
const files = [];
for (let number = 1; number <= count; number++) files.push(new Uint8Array(await repeatedBenchLetterDocx(number)));
const loader = createNodeLoader();
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const loadBefore = loadavg().map((value) => value.toFixed(1)).join(' ');
// Warm-up round, then the measured rounds.
const times = {read: [], check: [], annotate: []};
let comments = 0;
let changes = 0;
for (let round = 0; round <= rounds; round++) {
  let started = cpu();
  const documents = [];
  for (const file of files) documents.push(await readDocument(file, 'brief.docx'));
  const read = cpu() - started;
  started = cpu();
  const results = [];
  for (const document of documents) results.push(await checkDocument(document, {loader}));
  const check = cpu() - started;
  started = cpu();
  comments = 0;
  changes = 0;
  for (const [index, file] of files.entries()) {
    const copy = await annotateWord(file, 'brief.docx', documents[index], results[index].findings, {suggestChanges: true});
    comments += copy.comments;
    changes += copy.changes;
  }
  const annotate = cpu() - started;
  if (round === 0) continue;
  times.read.push(read);
  times.check.push(check);
  times.annotate.push(annotate);
}
const loadAfter = loadavg().map((value) => value.toFixed(1)).join(' ');
const [read, check, annotate] = [median(times.read), median(times.check), median(times.annotate)];
const markdown = `## Annotated copies (bench/annotate.mjs)

${today()}, ${machineDetails()}. ${count} generated letters (\`repeatedBenchLetterDocx\`), ${comments} comments and ${changes} tracked
changes in all (\`--suggest-changes\`). CPU time per phase in one process, ${rounds} rounds after a warm-up round, median.
Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}.

| phase | CPU time | per letter |
| --- | --- | --- |
| read (\`readDocument\`) | ${read.toFixed(0)} ms | ${(read / count).toFixed(2)} ms |
| check (\`checkDocument\`) | ${check.toFixed(0)} ms | ${(check / count).toFixed(2)} ms |
| write the copy (\`annotateWord\`: unzip, tokenize and rewrite document.xml, comments part, zip with yazl) | ${annotate.toFixed(0)} ms | ${(annotate / count).toFixed(2)} ms |

Writing a copy costs ${(annotate / check).toFixed(2)} times the check of the same letter (same run).
`;
if (!quick) writeSection('annotate', markdown);
console.log(markdown);
