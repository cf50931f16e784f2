/**
 * VS Code itself as the client: code-server (VS Code in the browser) runs offline on 127.0.0.1, with the packaged
 * .vsix installed, driven by playwright-core with Debian's Chromium. The test opens a letter, sees Helder's advice
 * in the Problems panel, applies a quick fix and sees the status bar item.
 *
 * code-server is installed once into ~/.cache/helder-code-server/<version> by setup-code-server.sh (about 1 to 5
 * minutes; ../shared/notes/code-server-offline.md explains the steps). Needs the Debian packages chromium,
 * libkrb5-dev and ripgrep. Outside CI the test is skipped, with a hint, when Chromium is missing.
 */
import {execFileSync, spawn, type ChildProcess} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type Browser, type Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {repoRoot} from './lsp-client.mjs';

const chromiumPath = '/usr/bin/chromium';
const inCI = Boolean(process.env.CI);
const hasChromium = existsSync(chromiumPath);
const install = 'Chromium is missing, so the code-server test is skipped. Install it with: sudo apt-get install -y chromium libkrb5-dev ripgrep';
if (!hasChromium && !inCI) console.warn(install);

const letter = `Gemeente Assen
Postbus 30018
9400 RA Assen

Datum: 3 april 2026
Onderwerp: uw aanvraag voor een parkeervergunning

Beste meneer Jansen,

Wij hebben uw aanvraag voor een parkeervergunning ontvangen.
Wilt u uw kentekenbewijs onverwijld naar ons sturen? Dan kunnen wij uw aanvraag afmaken.

Hoogachtend,

Gemeente Assen
`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms`);
}

describe.skipIf(!hasChromium && !inCI)('VS Code (code-server) with the Helder extension', () => {
  let work: string;
  let codeServer: ChildProcess | undefined;
  let codeServerLog = '';
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`${install}. In CI this test must run: .ci/run installs chromium.`);
    const binary = execFileSync('bash', [join(import.meta.dirname, 'setup-code-server.sh')], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 900_000})
      .trim()
      .split('\n')
      .at(-1)!;
    // The .vsix as users get it, made by the extension's own script (the packages are built already).
    execFileSync('pnpm', ['--filter', './extension', 'run', 'vsix'], {cwd: repoRoot, stdio: 'inherit', timeout: 300_000});
    const vsix = join(repoRoot, 'extension', 'helder.vsix');

    work = mkdtempSync(join(tmpdir(), 'helder-code-server-'));
    const folder = join(work, 'brieven');
    mkdirSync(folder);
    writeFileSync(join(folder, 'parkeervergunning.txt'), letter);
    const dirs = ['--user-data-dir', join(work, 'data'), '--extensions-dir', join(work, 'extensions')];
    execFileSync(binary, [...dirs, '--install-extension', vsix], {stdio: 'inherit', timeout: 120_000});

    const port = await freePort();
    codeServer = spawn(
      binary,
      [...dirs, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', folder],
      {detached: true, stdio: ['ignore', 'pipe', 'pipe']},
    );
    codeServer.stdout?.on('data', (chunk) => (codeServerLog += chunk));
    codeServer.stderr?.on('data', (chunk) => (codeServerLog += chunk));
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);

    browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']});
    page = await browser.newPage({viewport: {width: 1400, height: 900}});
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({timeout: 60_000});
  }, 1_200_000);

  afterAll(async () => {
    await browser?.close();
    // code-server runs in its own process group (detached): end that group, and nothing else.
    if (codeServer?.pid) {
      try {
        process.kill(-codeServer.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    if (work) rmSync(work, {recursive: true, force: true});
  });

  it('shows advice in the Problems panel, applies a quick fix and shows the level in the status bar', async () => {
    try {
      // Open the letter from the Explorer.
      await page.getByRole('treeitem', {name: /parkeervergunning\.txt/}).click();
      await page.locator('.monaco-editor .view-lines').first().waitFor();

      // The status bar item appears when the server sent its first summary.
      const status = page.locator('.statusbar-item', {hasText: 'Helder:'});
      await status.first().waitFor({timeout: 90_000});
      expect(await status.first().innerText()).toMatch(/^Helder: (B1 ✓|niveau \d|\d+ advie(s|zen)|geen adviezen)$/);

      // The Problems panel lists Helder's advice.
      await page.keyboard.press('Control+Shift+M');
      const problem = page.locator('.markers-panel .monaco-list-row', {hasText: 'Onverwijld'});
      await problem.first().waitFor({timeout: 60_000});
      expect(await page.locator('.markers-panel').innerText()).toContain('Hoogachtend');

      // Go to the advice and take the first quick fix (the best suggestion).
      // Click on the message (the right side of the row holds the link to the rule page).
      await problem.first().click({position: {x: 80, y: 10}});
      await expect.poll(async () => page.locator('.tab.active').innerText(), {timeout: 10_000}).toContain('parkeervergunning.txt');
      // Ctrl+. opens the quick fixes: as a menu on the Problems row, or as the editor's action list.
      await page.keyboard.press('Control+.');
      const fix = page.locator('.context-view [role="menuitem"], .action-widget .monaco-list-row').filter({hasText: 'Vervang door'});
      await fix.first().waitFor({timeout: 30_000});
      const title = await fix.first().innerText();
      // Hover focuses the entry in both kinds of menu; Enter takes it, as a user at the keyboard would.
      await fix.first().hover();
      await page.keyboard.press('Enter');
      const replacement = /Vervang door "([^"]+)"/.exec(title)?.[1];
      expect(replacement).toBeTruthy();
      const lines = page.locator('.monaco-editor .view-lines').first();
      await expect.poll(async () => (await lines.innerText()).replace(/\u00a0/g, ' '), {timeout: 30_000}).toContain(`kentekenbewijs ${replacement} naar ons`);

      // The advice is gone from the Problems panel after the fix.
      await expect.poll(async () => page.locator('.markers-panel .monaco-list-row', {hasText: 'Onverwijld'}).count(), {timeout: 30_000}).toBe(0);
      expect(await status.first().innerText()).toMatch(/^Helder: /);
    } catch (error) {
      await page.screenshot({path: join(tmpdir(), 'helder-code-server-failure.png')}).catch(() => undefined);
      throw new Error(`${(error as Error).message}\nScreenshot: ${join(tmpdir(), 'helder-code-server-failure.png')}\ncode-server log:\n${codeServerLog.slice(-4000)}`);
    }
  }, 300_000);
});
