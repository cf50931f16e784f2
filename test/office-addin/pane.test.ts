import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {launchChromium, serveStatic, type StaticServer} from '../browser/chromium.js';
import {parseFeedback} from '../../packages/studio/src/panel.js';

/**
 * The real task pane (the build in packages/office-addin/dist) in headless Chromium, against the document in
 * memory: the page a clerk sees, every request it makes, its accessibility and its narrow width.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'packages/office-addin/dist');
const output = join(root, 'test/office-addin/output');
const letter = readFileSync(join(root, 'examples/brief-bijzondere-bijstand.txt'), 'utf8');
const require = createRequire(join(root, 'packages/office-addin/package.json'));
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [relative(dist, join(dir, name))]));
}

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];

async function openPane(text: string): Promise<void> {
  await page.goto(`${server.url}index.html?document=bijstand`);
  await page.waitForFunction(() => window.helder !== undefined);
  await page.evaluate((value) => window.helder!.document.open(value), text);
  await page.locator('#helder-level-value').waitFor({timeout: 20_000});
}

const item = (words: string) => page.locator('.helder-item', {has: page.locator('.helder-words', {hasText: `„${words}”`})});
const documentText = () => page.evaluate(() => window.helder!.document.text);

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('The add-in is not built: run pnpm --filter ./packages/office-addin build');
  mkdirSync(output, {recursive: true});
  server = await serveStatic(dist);
  browser = await launchChromium();
  context = await browser.newContext({viewport: {width: 320, height: 900}});
  context.on('request', (request) => requests.push(request.url()));
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await openPane(letter);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Helder task pane on a letter in memory', () => {
  it('shows the level, the B1 verdict with reasons, the summary and the findings per check', async () => {
    await expect(page.locator('#helder-level-value').textContent()).resolves.toBe('Niveau 3 van 4');
    await expect(page.locator('#helder-verdict').textContent()).resolves.toBe('B1-doel niet gehaald');
    expect(await page.locator('#helder-level li').count()).toBeGreaterThan(1);
    const summary = await page.locator('.helder-summary').innerText();
    expect(summary).toMatch(/Woorden\s+\d+/);
    expect(summary).toMatch(/Zinnen\s+\d+/);
    const hardWords = page.locator('[data-rule="moeilijk-woord"]');
    const count = await hardWords.locator('.helder-item').count();
    expect(count).toBeGreaterThan(10);
    await expect(hardWords.locator('h3').textContent()).resolves.toContain(`(${count} adviezen)`);
    expect(await page.locator('[data-rule="lijdende-vorm"] .helder-item').count()).toBe(2);
  });

  it('selects the words of a finding in the document when it is clicked', async () => {
    await item('Middels').locator('.helder-finding').click();
    const selection = await page.evaluate(() => window.helder!.document.selection);
    expect(selection?.text).toBe('Middels');
    const paragraph = (await documentText()).split('\n\n')[Number(selection!.blockId.split(':')[1])]!;
    expect(paragraph.slice(selection!.start, selection!.end)).toBe('Middels');
  });

  it('shows the explanation and the provenance, and keeps feedback without the sentence', async () => {
    const conform = item('conform');
    await conform.getByRole('button', {name: 'Uitleg'}).click();
    const detail = conform.getByRole('region', {name: 'Uitleg'});
    await expect(detail.innerText()).resolves.toContain('Deze regel is gekozen door: ontwikkelteam.');
    await conform.getByRole('button', {name: 'Dit advies helpt niet'}).click();
    const feedback = await page.evaluate(() => JSON.parse(localStorage.getItem('helder:feedback') ?? '[]'));
    expect(feedback).toEqual([{ruleId: 'moeilijk-woord', entryId: 'conform', words: 'conform', date: new Date().toISOString().slice(0, 10)}]);
    await expect(page.locator('#helder-status').textContent()).resolves.toContain('niet de zin');
  });

  it('saves the feedback as a file that the Rules Studio imports, with nothing else of the letter', async () => {
    await expect(page.locator('#helder-feedback').innerText()).resolves.toContain('1 keer gemeld');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#helder-feedback-save').click()]);
    expect(download.suggestedFilename()).toMatch(/^helder-meldingen-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const file = readFileSync((await download.path())!, 'utf8');
    const {records, problems} = parseFeedback(file);
    expect(problems).toEqual([]);
    expect(records).toEqual([{ruleId: 'moeilijk-woord', entryId: 'conform', words: 'conform', date: new Date().toISOString().slice(0, 10)}]);
    // Only the rule and the word: no other word of the sentence around "conform" is in the file.
    const values = file.replace(/"(ruleId|entryId|words|date)"|moeilijk-woord/g, '');
    for (const word of letter.match(/\p{L}{4,}/gu)!.filter((word) => word !== 'conform')) expect(values).not.toContain(word);
  });

  it('applies a suggestion to the document and checks again', async () => {
    await item('Middels').getByRole('button', {name: 'Vervang door „Met”'}).click();
    await expect.poll(documentText).toContain('Met deze brief delen wij u mede');
    expect(await documentText()).not.toContain('Middels');
    await expect.poll(() => item('Middels').count()).toBe(0);
    await expect(page.locator('#helder-status').textContent()).resolves.toBe('De woorden zijn vervangen door „Met”.');
  });

  it('checks again after typing (debounced)', async () => {
    expect(await item('spoedig').count()).toBe(0);
    const paragraphs = (await documentText()).split('\n\n').length;
    await page.evaluate((last) => window.helder!.document.type(last, ' Wij vragen u dit spoedig te doen. Stuur ook het bezwaarschirft.'), paragraphs - 1);
    await expect.poll(() => item('spoedig').count(), {timeout: 10_000}).toBe(1);
    // Spelling runs in the pane too (Hunspell in WebAssembly, hunspell.wasm beside the page).
    const typo = page.locator('[data-rule="spelling"] .helder-item', {has: page.locator('.helder-words', {hasText: '„bezwaarschirft”'})});
    await expect(typo.getByRole('button', {name: 'Vervang door „bezwaarschrift”'}).count()).resolves.toBe(1);
  });

  it('hides an ignored finding for this document, also after the pane is opened again', async () => {
    await item('onverwijld').getByRole('button', {name: 'Negeer: onverwijld'}).click();
    await expect.poll(() => item('onverwijld').count()).toBe(0);
    // Its button is gone: focus stays in the list of findings instead of falling back to the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('helder-findings-heading');
    const text = await documentText();
    await openPane(text);
    expect(await item('onverwijld').count()).toBe(0);
    expect(await item('retourneren').count()).toBe(1);
    await expect(page.locator('#helder-status').textContent()).resolves.toBe('1 advies is verborgen.');
  });

  it('can be used with the keyboard alone', async () => {
    await page.locator('body').focus();
    const reached: string[] = [];
    for (let step = 0; step < 6; step++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    expect(reached[0]).toBe('Controleer');
    expect(reached.some((text) => text.includes('„Beschikking”'))).toBe(true);
    // Enter on a focused finding selects its words, as a click does.
    await page.locator('.helder-finding').filter({hasText: '„Indien”'}).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.helder!.document.selection?.text)).toBe('Indien');
  });

  it('has no accessibility violations (axe-core) and fits in 320 pixels', async () => {
    await item('conform').getByRole('button', {name: 'Uitleg'}).click();
    await page.evaluate(axeSource);
    const result = await page.evaluate(async () => (globalThis as unknown as {axe: {run: (context: Document) => Promise<{violations: Array<{id: string; help: string; nodes: unknown[]}>}>}}).axe.run(document));
    expect(result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({path: join(output, 'pane-320.png'), fullPage: true});
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({path: join(output, 'pane-320-top.png')});
    expect(statSync(join(output, 'pane-320.png')).size).toBeGreaterThan(10_000);
  });

  it('made no request other than the add-in\'s own files, and no error', async () => {
    const own = new Set(['', 'index.html', ...files(dist)]);
    // A data: URL is the WebAssembly of Hunspell, inside the bundle: it never leaves the computer.
    const foreign = requests.filter((url) => !url.startsWith('data:') && (!url.startsWith(server.url) || !own.has(new URL(url).pathname.slice(1))));
    expect(foreign).toEqual([]);
    for (const file of ['dictionary/nl.dic', 'hunspell.wasm', 'data/lint-ii/lexicon.txt.gz']) expect(requests.some((url) => url.endsWith(file)), file).toBe(true);
    expect(errors).toEqual([]);
  });
});
