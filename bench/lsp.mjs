// Language server benchmark: from didChange to publishDiagnostics on a three-page letter, and memory over 5,000 edits.
// The server runs as editors run it (node packages/language-server/dist/bin.js --stdio, Helder's own rules); this
// script is the client. Build first: pnpm -s build.
//   node bench/lsp.mjs            print the numbers
//   node bench/lsp.mjs --write    also write the "lsp" section of docs/benchmarks.md
//   node bench/lsp.mjs --edits 500  fewer edits for a quick look
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {DidChangeTextDocumentNotification} from 'vscode-languageserver-protocol/node';
import {TestClient} from '../test/editors/lsp-client.mjs';
import {machineDetails, median, percentile, root, today, writeSection, ms} from './lib.mjs';

const args = process.argv.slice(2);
const write = args.includes('--write');
const editsAt = args.indexOf('--edits');
const memoryEdits = editsAt !== -1 ? Number(args[editsAt + 1]) : 5000;
const pauseSamples = 60;
const burstSamples = 300;

const letterPath = join(root, 'bench', 'inputs', 'brief-drie-paginas.txt');
const letter = readFileSync(letterPath, 'utf8');
const words = letter.split(/\s+/).filter(Boolean).length;

const folder = mkdtempSync(join(tmpdir(), 'helder-bench-lsp-'));
const uri = pathToFileURL(join(folder, 'brief-drie-paginas.txt')).href;
const loadBefore = loadavg().map((value) => value.toFixed(2)).join(', ');
// The test client (test/editors/lsp-client.mjs) with the few capabilities a minimal editor has, and no rule folder of
// its own: Helder's rules, as for a clerk.
const client = new TestClient({workspaceFolder: folder, capabilities: {workspace: {configuration: true}, textDocument: {publishDiagnostics: {versionSupport: true}}}});
const {connection} = client;

/** When the diagnostics of this version arrived (the client stamps each publishDiagnostics as it comes in). */
const diagnosticsFor = (version) =>
  client.until(() => {
    const event = client.diagnostics.get(uri);
    return event?.version === version ? {at: event.receivedAt, count: event.diagnostics.length} : undefined;
  }, `diagnostics of version ${version}`, 60_000);

function rssMB() {
  const status = readFileSync(`/proc/${client.process.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

// The clerk types at the end of a paragraph in the middle of the letter, then deletes it again.
const anchor = letter.indexOf('Het totaal van de inkomsten over de drie maanden bedraagt € 2.050,15.') + 'Het totaal van de inkomsten over de drie maanden bedraagt € 2.050,15.'.length;
const before = letter.slice(0, anchor);
const line = before.split('\n').length - 1;
const column = anchor - (before.lastIndexOf('\n') + 1);
const typed = ' Wij hebben dit bedrag nagekeken en het klopt.';
let typedLength = 0;

/** One keystroke: type the next character, or delete the last one when the sentence is complete. */
function nextEdit() {
  lastVersion++;
  let change;
  if (typedLength < typed.length && !nextEdit.deleting) {
    const character = column + typedLength;
    change = {range: {start: {line, character}, end: {line, character}}, text: typed[typedLength]};
    typedLength++;
    if (typedLength === typed.length) nextEdit.deleting = true;
  } else {
    typedLength--;
    const character = column + typedLength;
    change = {range: {start: {line, character}, end: {line, character: character + 1}}, text: ''};
    if (typedLength === 0) nextEdit.deleting = false;
  }
  return {version: lastVersion, change};
}
nextEdit.deleting = false;

async function edit() {
  const {version, change} = nextEdit();
  const sent = performance.now();
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [change]});
  const {at} = await diagnosticsFor(version);
  return at - sent;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

await client.initialize();
const opened = performance.now();
let lastVersion = 1;
await client.open(uri, letter);
const firstResult = await diagnosticsFor(1);
const firstLatency = firstResult.at - opened;

// Warm up: the JIT and the spelling cache, as after a minute of typing.
for (let index = 0; index < 200; index++) await edit();

// A keystroke after a pause (more than 300 ms): checked at once.
const afterPause = [];
for (let index = 0; index < pauseSamples; index++) {
  await sleep(350);
  afterPause.push(await edit());
}
// Keystrokes in a burst (the next one as soon as the advice is there): the adaptive debounce waits as long as
// the last check took, so this is the worst case a fast typist sees.
const inBurst = [];
for (let index = 0; index < burstSamples; index++) inBurst.push(await edit());

// Memory over many edits: RSS of the server process sampled every 10 edits; the median of the first 500 edits
// against the median of the last 500 (single samples swing with garbage collection).
const rssSamples = [];
const memoryLatencies = [];
for (let index = 0; index < memoryEdits; index++) {
  memoryLatencies.push(await edit());
  if (index % 10 === 0) rssSamples.push({index, rss: rssMB()});
}
const window = Math.min(500, Math.floor(memoryEdits / 2));
const rssStart = median(rssSamples.filter((sample) => sample.index < window).map((sample) => sample.rss));
const rssEnd = median(rssSamples.filter((sample) => sample.index >= memoryEdits - window).map((sample) => sample.rss));
const rssPeak = Math.max(...rssSamples.map((sample) => sample.rss));
const growth = ((rssEnd - rssStart) / rssStart) * 100;
const curve = [];
for (let from = 0; from < memoryEdits; from += 1000) {
  const part = rssSamples.filter((sample) => sample.index >= from && sample.index < from + 1000).map((sample) => sample.rss);
  if (part.length > 0) curve.push(`${Math.round(median(part))}`);
}

await client.close();
rmSync(folder, {recursive: true, force: true});

const all = [...afterPause, ...inBurst];
const rows = [
  ['Keystroke after a pause, median / p95', `${ms(median(afterPause))} / ${ms(percentile(afterPause, 95))}`, '≤ 30 ms / ≤ 60 ms'],
  ['Keystroke in a burst of typing, median / p95', `${ms(median(inBurst))} / ${ms(percentile(inBurst, 95))}`, '≤ 30 ms / ≤ 60 ms'],
  ['All keystrokes above, median / p95', `${ms(median(all))} / ${ms(percentile(all, 95))}`, '≤ 30 ms / ≤ 60 ms'],
  [`During the ${memoryEdits} edits, median / p95 / max`, `${ms(median(memoryLatencies))} / ${ms(percentile(memoryLatencies, 95))} / ${ms(Math.max(...memoryLatencies))}`, ''],
  ['didOpen to first diagnostics (new server, loads rules and dictionary)', ms(firstLatency), ''],
  [`Server memory (RSS), median of the first / last ${window} edits`, `${rssStart.toFixed(1)} MB / ${rssEnd.toFixed(1)} MB`, ''],
  ['Memory growth over the edits', `${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%`, '< 10%'],
  ['RSS per 1000 edits (median, MB) / peak', `${curve.join(', ')} / ${rssPeak.toFixed(1)} MB`, ''],
];
const table = ['| measure | result | target |', '| --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const section = `## Language server (bench/lsp.mjs)

Machine: ${machineDetails()}. Date: ${today()}. Load average before the run: ${loadBefore}.
Letter: bench/inputs/brief-drie-paginas.txt (${words} words, three A4 pages, ${firstResult.count} findings), Helder's own rules.
The client sends one keystroke as an incremental didChange and waits for publishDiagnostics of that version. First 200
warm-up keystrokes; then ${pauseSamples} keystrokes each after a pause of 350 ms, ${burstSamples} keystrokes in a burst, and ${memoryEdits} more
for memory (typing a sentence and deleting it again, so the letter keeps its size).

${table}
`;
console.log(section);
if (write) {
  writeSection('lsp', section);
  console.log('Written to docs/benchmarks.md');
}
