// Budget of the Office add-in's task pane (issue 10), in headless Chromium (Debian's /usr/bin/chromium) against the
// document in memory: what the pane loads (gzipped), the first check of a two-page letter after the pane opens,
// and a re-check after one typed word. `node bench/office-addin.mjs --write` puts the numbers in docs/benchmarks.md.
// Needs the build: pnpm --filter ./packages/office-addin build.
import {createServer} from 'node:http';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {loadavg} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';
import {createRequire} from 'node:module';
import {machineDetails, median, percentile, root, today, writeSection, ms} from './lib.mjs';

const require = createRequire(join(root, 'test/package.json'));
const {chromium} = require('playwright-core');
const write = process.argv.includes('--write');
const dist = join(root, 'packages/office-addin/dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error('Build the add-in first: pnpm --filter ./packages/office-addin build');

// A two-page letter: the first two of the three pages of bench/inputs/brief-drie-paginas.txt.
const three = readFileSync(join(root, 'bench/inputs/brief-drie-paginas.txt'), 'utf8').split('\n\n');
let letter = '';
for (const paragraph of three) {
  if (letter.split(/\s+/).length > 880) break;
  letter += (letter ? '\n\n' : '') + paragraph;
}
const words = letter.split(/\s+/).filter(Boolean).length;

const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.wasm': 'application/wasm'};
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const file = normalize(join(dist, path === '/' ? 'index.html' : path));
  if (!file.startsWith(dist) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;
const loadBefore = loadavg()[0].toFixed(1);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Open the pane in a fresh browser context (nothing cached) with the letter; time until its findings are shown. */
async function openCold() {
  const context = await browser.newContext({viewport: {width: 320, height: 900}, serviceWorkers: 'block'});
  const loaded = new Set();
  context.on('request', (request) => {
    if (request.url().startsWith(base)) loaded.add(new URL(request.url()).pathname.slice(1) || 'index.html');
  });
  const page = await context.newPage();
  await page.addInitScript((text) => (window.helderInitialText = text), letter);
  await page.goto(`${base}index.html`);
  await page.waitForFunction(() => performance.getEntriesByName('helder-checked').length > 0, null, {timeout: 60_000});
  const firstCheck = await page.evaluate(() => performance.getEntriesByName('helder-checked')[0].startTime);
  const findings = await page.locator('.helder-item').count();
  return {context, page, firstCheck, loaded, findings};
}

const firstChecks = [];
let last;
for (let run = 0; run < 5; run++) {
  if (last) await last.context.close();
  last = await openCold();
  firstChecks.push(last.firstCheck);
}
const {page, loaded, findings} = last;

// Everything the pane loaded, gzipped as a web server would send it (lexicon.txt.gz is gzip already).
let gzipped = 0;
let raw = 0;
for (const name of loaded) {
  const bytes = readFileSync(join(dist, name));
  raw += bytes.length;
  gzipped += name.endsWith('.gz') ? bytes.length : gzipSync(bytes, {level: 9}).length;
}

// The service worker (blocked above, so the timing is cold) fetches every file of the build once: count those too.
let wholeBuild = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else wholeBuild += entry.name.endsWith('.gz') ? statSync(path).size : gzipSync(readFileSync(path), {level: 9}).length;
  }
};
walk(dist);

// Re-check after one typed word: type, then run the pane's check (readBlocks, core check, render) at once.
const recheck = await page.evaluate(async () => {
  const {document: memory, pane} = window.helder;
  const last = memory.text.split('\n\n').length - 2;
  const times = [];
  for (let round = 0; round < 60; round++) {
    const start = performance.now();
    memory.type(last, round % 2 ? ' snel' : ' zo');
    await pane.check();
    times.push(performance.now() - start);
  }
  return times.slice(10);
});
await browser.close();
server.close();

// Both units: the budget says "3 MB", and 3 MiB (3,145,728 bytes) and 3,000,000 bytes differ by 5%.
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB (${(bytes / 1e6).toFixed(2)} million bytes)`;
const rows = [
  [`Everything the pane loads (${loaded.size} files), gzipped / as files`, `${mb(gzipped)} / ${mb(raw)}`, '≤ 3 MB gzipped'],
  ['The whole build folder, gzipped (what the service worker keeps)', mb(wholeBuild), ''],
  ['Pane opened to first findings on screen, two-page letter, cold (median of 5 / max)', `${ms(median(firstChecks))} / ${ms(Math.max(...firstChecks))}`, '≤ 1500 ms'],
  ['Re-check after one typed word (read, check, render), median / p95 of 50', `${ms(median(recheck))} / ${ms(percentile(recheck, 95))}`, '≤ 50 ms median'],
];
const table = ['| measure | result | target |', '| --- | --- | --- |', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const section = `## Office add-in task pane (bench/office-addin.mjs)

Machine: ${machineDetails()}. Date: ${today()}. Load average before the run: ${loadBefore}. Browser: Debian's Chromium, headless.
Letter: the first two pages of bench/inputs/brief-drie-paginas.txt (${words} words, ${findings} findings), the document in memory
(no Office.js: Word itself was not measured). "Cold" is a new browser context each run, with no cache and no service
worker; the time counts from the start of the page load (performance.timeOrigin) until the findings are on screen.

${table}
`;
console.log(section);
if (write) {
  writeSection('office-addin', section);
  console.log('Written to docs/benchmarks.md');
}
