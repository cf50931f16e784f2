/**
 * The HTML report of `helder check --format html` and the trend of `helder trend`, opened from disk in Debian's
 * Chromium as a manager would: what it shows, that it asks for nothing over the network, has no console errors
 * and no axe-core violations, fits a phone of 320 pixels and carries the municipality's logo and theme.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import type {Browser, Page} from 'playwright-core';
import {launchChromium} from '../browser/chromium.js';
import {main} from '../../packages/cli/src/main.js';
// @ts-expect-error: a plain .mjs script without types, shared with the documents package.
import {letterDocx, repeatedBenchLetterDocx} from '../../packages/documents/test/fixtures/make-fixtures.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const output = join(root, 'test-output');
const require = createRequire(join(root, 'packages/office-addin/package.json'));
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const logo = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#005a9c"/><text x="10" y="27" font-size="20" fill="#fff">Zwolle</text></svg>';

let dir: string;
let browser: Browser;

async function helder(...argv: string[]) {
  let stderr = '';
  const code = await main(argv, {stdout: () => undefined, stderr: (text) => void (stderr += text), readStdin: async () => new Uint8Array(), cwd: dir});
  return {code, stderr};
}

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(file: string, width: number): Promise<Opened> {
  const context = await browser.newContext({viewport: {width, height: 900}});
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(pathToFileURL(file).href);
  return {page, requests, errors};
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => (globalThis as unknown as {axe: {run: (context: Document) => Promise<{violations: Array<{id: string; help: string; nodes: Array<{target: unknown}>}>}>}}).axe.run(document));
  return result.violations.map((violation) => `${violation.id}: ${violation.help} (${JSON.stringify(violation.nodes.slice(0, 3).map((node) => node.target))})`);
}

let previousCwd: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'helder-html-report-'));
  previousCwd = process.cwd();
  process.chdir(dir);
  mkdirSync(output, {recursive: true});
  mkdirSync('sjablonen');
  copyFileSync(join(root, 'examples/brief-bijzondere-bijstand.txt'), 'sjablonen/bijzondere-bijstand.txt');
  copyFileSync(join(root, 'bench/inputs/brief-wmo-400.txt'), 'sjablonen/wmo.txt');
  writeFileSync('sjablonen/beschikking.docx', await letterDocx({municipality: 'Zwolle', number: 3}));
  for (const number of [4, 5, 6]) writeFileSync(`sjablonen/brief-${number}.docx`, await repeatedBenchLetterDocx(number));
  writeFileSync('sjablonen/oud.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
  writeFileSync('logo.svg', logo);
  writeFileSync('zwolle.css', '.zwolle-theme { --utrecht-heading-1-color: #005a9c; --utrecht-document-color: #1a1a1a; }');
  writeFileSync('helder.config.json', JSON.stringify({report: {organisation: 'Gemeente Zwolle', logo: 'logo.svg', logoAlt: 'Logo van de gemeente Zwolle', themeCss: 'zwolle.css', themeClass: 'zwolle-theme'}}));
  // An earlier run, then one template fixed: the report compares with it.
  expect((await helder('check', 'sjablonen', '--format', 'json', '--output', 'vorige.json')).code).toBe(2);
  const letter = readFileSync('sjablonen/bijzondere-bijstand.txt', 'utf8');
  writeFileSync('sjablonen/bijzondere-bijstand.txt', letter.replace('Middels deze brief delen wij u mede', 'Met deze brief laten wij u weten'));
  const run = await helder('check', 'sjablonen', '--format', 'html', '--output', 'rapport.html', '--baseline', 'vorige.json');
  expect(run.code).toBe(2); // the old .doc
  expect(run.stderr).toContain('oud.doc');
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  process.chdir(previousCwd);
  rmSync(dir, {recursive: true, force: true});
});

describe('the HTML report in Chromium', () => {
  it('shows the share at B1, the levels chart, the difficult words, the worst templates and their findings', async () => {
    const {page, requests, errors} = await open(join(dir, 'rapport.html'), 1024);
    await page.screenshot({path: join(output, 'html-report.png'), fullPage: true});
    expect(await page.title()).toBe('Hoe duidelijk zijn onze brieven?');
    const figures = await page.locator('.rapport-cijfers').innerText();
    expect(figures).toMatch(/Sjablonen gecontroleerd\s+6/);
    expect(figures).toMatch(/Sjablonen op het gewenste niveau \(B1\)\s+\d+,\d%/);
    expect(figures).toMatch(/Bestanden die Helder niet kon lezen\s+1/);
    // The chart is inline SVG with a title, and its numbers are also in a table.
    await expect(page.locator('section[aria-labelledby="niveaus"] svg title').textContent()).resolves.toBe('Hoeveel sjablonen hebben welk niveau?');
    expect(await page.locator('section[aria-labelledby="niveaus"] svg rect').count()).toBe(4);
    const levelRows = await page.locator('section[aria-labelledby="niveaus"] tbody tr').allInnerTexts();
    const counted = levelRows.map((row) => Number(row.split('\t')[1]));
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(6);
    // The organisation's difficult words with better words.
    const words = await page.locator('section[aria-labelledby="woorden"] tbody tr').allInnerTexts();
    expect(words.length).toBeGreaterThan(5);
    expect(words.some((row) => row.startsWith('indien\t') && row.endsWith('als'))).toBe(true);
    // The worst templates link to their findings: sentence with marked words, place and advice.
    const worst = page.locator('section[aria-labelledby="moeilijkst"] tbody tr');
    expect(await worst.count()).toBe(6);
    const wmo = page.locator('article', {has: page.locator('h3', {hasText: 'sjablonen/beschikking.docx'})});
    const table = wmo.locator('li', {hasText: 'tabel 1, rij 2, cel 1'});
    await expect(table.locator('mark').first().textContent()).resolves.toBe('middels');
    await expect(table.locator('.rapport-zin').first().textContent()).resolves.toBe('Bijzondere bijstand middels een gift');
    // The comparison with the earlier run: the fixed template is better, "Middels" is gone.
    const compare = await page.locator('section[aria-labelledby="vergelijking"]').innerText();
    expect(compare).toMatch(/Beter geworden \(1\)/);
    expect(compare).toContain('sjablonen/bijzondere-bijstand.txt');
    expect(compare).toMatch(/Adviezen die weg zijn \(\d+\)/);
    expect(compare).toContain('Middels');
    // The municipality's own logo, name and theme class.
    await expect(page.locator('img.rapport-logo').getAttribute('alt')).resolves.toBe('Logo van de gemeente Zwolle');
    expect(await page.locator('img.rapport-logo').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(120);
    expect(await page.locator('body').getAttribute('class')).toContain('zwolle-theme');
    expect(await page.locator('h1').evaluate((heading) => getComputedStyle(heading).color)).toBe('rgb(0, 90, 156)');
    expect(await page.locator('.rapport-kop').innerText()).toContain('Gemeente Zwolle');
    expect(errors).toEqual([]);
    // Nothing but the file itself (the logo is a data: URI inside it).
    expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([pathToFileURL(join(dir, 'rapport.html')).href]);
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  it('is readable on a phone of 320 pixels wide: nothing sticks out, tables scroll inside their own box', async () => {
    const {page, errors} = await open(join(dir, 'rapport.html'), 320);
    await page.screenshot({path: join(output, 'html-report-320.png')});
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const fontSize = await page.locator('.rapport-zin').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(14);
    expect(errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  it('prints to PDF', async () => {
    const {page} = await open(join(dir, 'rapport.html'), 1024);
    const pdf = await page.pdf({format: 'A4'});
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  }, 60_000);
});

describe('the trend report in Chromium', () => {
  it('draws the share at B1 and the findings per 1,000 words over three monthly runs', async () => {
    // Three runs; their dates are set to three months, as a monthly job would have made them.
    const runs = ['2026-10-01T08:00:00.000Z', '2026-11-01T08:00:00.000Z', '2026-12-01T08:00:00.000Z'];
    for (const [index, date] of runs.entries()) {
      await helder('check', 'sjablonen', '--format', 'json', '--output', `run-${index + 1}.json`);
      const json = JSON.parse(readFileSync(`run-${index + 1}.json`, 'utf8'));
      json.run.date = date;
      writeFileSync(`run-${index + 1}.json`, JSON.stringify(json));
    }
    writeFileSync('run-kapot.json', '{"files": []}');
    const trend = await helder('trend', 'run-*.json', '--output', 'trend.html');
    expect(trend.code).toBe(2);
    expect(trend.stderr).toContain('run-kapot.json: Datum en totalen ontbreken');
    const {page, requests, errors} = await open(join(dir, 'trend.html'), 320);
    await page.screenshot({path: join(output, 'trend-report-320.png'), fullPage: true});
    expect(await page.locator('svg').count()).toBe(2);
    expect(await page.locator('svg').first().locator('circle').count()).toBe(3);
    const rows = await page.locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t')[0])).toEqual(['1 oktober 2026', '1 november 2026', '1 december 2026']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([pathToFileURL(join(dir, 'trend.html')).href]);
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);
});
