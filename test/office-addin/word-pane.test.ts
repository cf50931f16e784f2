import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import type {Browser, BrowserContext} from 'playwright-core';
import {launchChromium, serveStatic, type StaticServer} from '../browser/chromium.js';
import {labels} from '../../packages/office-addin/src/labels.js';
import type {FakeWordData} from './fake-word.js';

/**
 * taskpane.html, the page Word opens, in headless Chromium. Office.js is replaced by the fake Word of fake-word.ts
 * (served at Office.js's own address), so the real pane, the Word host and the fake run together in the browser.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const officeJs = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
let browser: Browser;
let server: StaticServer;
let fakeOffice: string;

const letter: FakeWordData = {
  body: [
    {runs: [{text: 'Beste mevrouw '}, {text: 'Jansen'}, {text: ','}], contentControls: [{text: 'Jansen', tag: 'achternaam'}]},
    {runs: [{text: 'Wij sturen u '}, {text: 'middels', bold: true}, {text: ' deze brief ons besluit over uw aanvraag.'}]},
    {runs: [{text: 'Het bedrag is berekend conform de regels.'}], cell: {rowIndex: 1, cellIndex: 0}},
  ],
  headers: [[{runs: [{text: 'Gemeente Midden-Groningen'}]}]],
  footers: [[{runs: [{text: 'Postbus 15, 9600 AA Hoogezand'}]}]],
};

async function open(withOffice: boolean): Promise<{context: BrowserContext; page: import('playwright-core').Page; requests: string[]}> {
  const context = await browser.newContext({viewport: {width: 320, height: 900}, serviceWorkers: 'block'});
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route(officeJs, (route) => (withOffice ? route.fulfill({contentType: 'text/javascript', body: fakeOffice}) : route.abort()));
  const page = await context.newPage();
  await page.addInitScript((data) => ((window as unknown as {helderFakeWordData: unknown}).helderFakeWordData = data), letter);
  await page.goto(`${server.url}taskpane.html`);
  return {context, page, requests};
}

beforeAll(async () => {
  const bundle = await build({entryPoints: [join(root, 'test/office-addin/fake-office-entry.ts')], bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent'});
  fakeOffice = bundle.outputFiles[0]!.text;
  server = await serveStatic(join(root, 'packages/office-addin/dist'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the task pane in Word (taskpane.html with a fake Office.js)', () => {
  it('checks the document when the pane opens; select and replace reach Word', async () => {
    const {context, page, requests} = await open(true);
    const item = (words: string) => page.locator('.helder-item', {has: page.locator('.helder-words', {hasText: `„${words}”`})});
    await item('middels').waitFor({timeout: 20_000});
    // The content control is a placeholder: its text is never checked.
    expect(await page.locator('.helder-words', {hasText: 'Jansen'}).count()).toBe(0);
    await item('conform').getByRole('button', {name: 'Uitleg'}).click();
    await expect(item('conform').getByRole('region').innerText()).resolves.toContain('Plaats: tabel 1, rij 2, cel 1.');
    await item('middels').locator('.helder-finding').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as {fakeWord: {selection?: {text: string}}}).fakeWord.selection?.text)).toBe('middels');
    await item('middels').getByRole('button', {name: 'Vervang door „met”'}).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as {fakeWord: {data: FakeWordData}}).fakeWord.data.body[1]!.runs)).toEqual([
      {text: 'Wij sturen u '},
      {text: 'met', bold: true},
      {text: ' deze brief ons besluit over uw aanvraag.'},
    ]);
    await item('conform').getByRole('button', {name: 'Negeer: conform'}).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as {fakeOfficeDocument: {saved: Record<string, string>}}).fakeOfficeDocument.saved.genegeerd)).toBe('["moeilijk-woord/conform/conform"]');
    // Office.js itself and the add-in's own files; nothing else.
    expect(requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'))).toEqual([officeJs]);
    await context.close();
  });

  it('says so in plain Dutch when Office.js cannot load, instead of opening a document in memory', async () => {
    const {context, page} = await open(false);
    await expect.poll(() => page.locator('#helder-pane').innerText(), {timeout: 20_000}).toBe(labels.loadFailed);
    expect(await page.evaluate(() => 'helder' in window)).toBe(false);
    await context.close();
  });
});
