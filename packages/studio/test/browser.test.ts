/**
 * The whole panel flow in real headless Chromium (Debian's /usr/bin/chromium, never a downloaded browser):
 * invite, propose, try, decide, the rule file committed, the checker's new advice, the feedback inbox.
 * Screenshots of the main screens go to test-output/studio/; axe-core checks every screen.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {chromium, type Browser, type Page} from 'playwright-core';
import type {FastifyInstance} from 'fastify';
import {check, createNodeLoader} from '@helder/node';
import {createStudio} from '../src/app.js';
import {openDatabase, type Database} from '../src/db/database.js';
import {runStudioCommand} from '../src/command.js';
import {tempRulesRepo, testHash} from './helpers.js';

const chromiumPath = '/usr/bin/chromium';
const outDir = fileURLToPath(new URL('../../../test-output/studio/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const letter = readFileSync(new URL('../../../examples/brief-bijzondere-bijstand.txt', import.meta.url), 'utf8');
const adminPassword = 'beheerder-wachtwoord-12345';
const memberPassword = 'panel-wachtwoord-12345';

describe('Rules Studio in a real browser', () => {
  let browser: Browser;
  let app: FastifyInstance;
  let db: Database;
  let base: string;
  let rules: ReturnType<typeof tempRulesRepo>;
  let dataDir: string;
  const violations: Record<string, unknown[]> = {};

  beforeAll(async () => {
    if (!existsSync(chromiumPath)) throw new Error('Chromium is missing: install the Debian package chromium (.ci/run does).');
    mkdirSync(outDir, {recursive: true});
    rules = tempRulesRepo();
    dataDir = mkdtempSync(join(tmpdir(), 'helder-studio-e2e-'));
    // The first beheerder comes from the command line, as on a real install.
    const output: string[] = [];
    process.env.HELDER_STUDIO_ADMIN_PASSWORD = adminPassword;
    const code = await runStudioCommand(['--create-admin', '--username', 'beheer', '--name', 'Bea Beheer', '--data', join(dataDir, 'db')], {stdout: (text) => output.push(text), stderr: (text) => output.push(text), cwd: dataDir});
    delete process.env.HELDER_STUDIO_ADMIN_PASSWORD;
    expect(code, output.join('')).toBe(0);
    db = await openDatabase(join(dataDir, 'db'));
    app = await createStudio({db, rulesDir: rules.rulesDir, auth: {hashParameters: testHash}});
    base = await app.listen({port: 0, host: '127.0.0.1'});
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.close();
    rules?.cleanup();
    if (dataDir) rmSync(dataDir, {recursive: true, force: true});
  });

  async function person() {
    // bypassCSP only so the test can inject axe-core; the Studio itself sends a strict policy.
    const context = await browser.newContext({bypassCSP: true, viewport: {width: 1100, height: 900}});
    return context.newPage();
  }
  async function login(page: Page, username: string, password: string) {
    await page.goto(`${base}/inloggen`);
    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', {name: 'Inloggen'}).click();
    await page.waitForURL(`${base}/`);
  }
  async function audit(page: Page, name: string) {
    await page.screenshot({path: join(outDir, `${name}.png`), fullPage: true});
    await page.evaluate(axeSource);
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: Array<{id: string; nodes: Array<{target: unknown}>}>}>}}).axe;
      const outcome = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
      return {violations: outcome.violations, passes: (outcome as unknown as {passes: unknown[]}).passes.length};
    });
    // axe really looked: colour contrast, labels, landmarks and the rest pass on every screen.
    expect(result.passes, name).toBeGreaterThan(10);
    violations[name] = result.violations.map((violation) => ({id: violation.id, targets: violation.nodes.slice(0, 3).map((node) => node.target)}));
  }
  async function invite(admin: Page, role: string): Promise<string> {
    await admin.goto(`${base}/beheer/gebruikers`);
    await admin.getByLabel('Rol').selectOption(role);
    await admin.getByRole('button', {name: 'Uitnodiging maken'}).click();
    return (await admin.locator('.studio-invite').textContent())!.trim();
  }
  async function acceptInvite(page: Page, link: string, name: string, username: string) {
    await page.goto(link);
    await page.getByLabel('Uw naam').fill(name);
    await page.getByLabel('Gebruikersnaam').fill(username);
    await page.getByLabel('Wachtwoord').fill(memberPassword);
    await page.getByRole('button', {name: 'Account maken'}).click();
    await page.waitForURL(`${base}/inloggen`);
  }

  it('invites two panel members, one proposes, the other approves, the rule file is committed and the checker uses it', async () => {
    const admin = await person();
    await login(admin, 'beheer', adminPassword);
    const linkAnna = await invite(admin, 'ervaringsdeskundige');
    await audit(admin, 'gebruikers-uitnodiging');
    const linkBert = await invite(admin, 'ervaringsdeskundige');
    expect(linkAnna).not.toBe(linkBert);

    const anna = await person();
    await anna.goto(linkAnna);
    await audit(anna, 'uitnodiging');
    await acceptInvite(anna, linkAnna, 'Anna de Boer', 'anna');
    await audit(anna, 'inloggen');
    await login(anna, 'anna', memberPassword);
    await audit(anna, 'welkom');

    await anna.getByRole('link', {name: 'Regels zoeken'}).click();
    await anna.getByLabel('Zoek een woord').fill('verzoeken');
    await anna.getByRole('button', {name: 'Zoeken'}).click();
    await expect.poll(() => anna.locator('table.studio-table tbody tr').count(), {timeout: 30_000}).toBeGreaterThan(0);
    await audit(anna, 'regels-zoeken');
    await anna.locator('table.studio-table tbody a').first().click();
    await audit(anna, 'regel');

    await anna.getByRole('link', {name: 'Nieuw voorstel'}).click();
    await anna.getByLabel('Thema').selectOption('ambtelijke-zelfstandige-naamwoorden.yaml');
    await anna.getByLabel('Moeilijke woorden').fill('bewijsstukken\nbewijsstuk');
    await anna.getByLabel('Betere woorden').fill('papieren\nbewijs');
    await anna.getByLabel('Waarom is het woord moeilijk? (kort)').fill("Schrijf 'papieren' of noem wat de lezer moet sturen.");
    await anna.getByLabel('Uitleg voor de schrijver').fill('Veel lezers weten niet welke papieren u bedoelt. Noem ze: loonstroken of bankafschriften.');
    await anna.getByLabel('Voorbeeldzin met het moeilijke woord').fill('Wij hebben de benodigde bewijsstukken nog niet ontvangen.');
    await anna.getByLabel('Dezelfde zin, maar beter').fill('Wij hebben uw loonstroken nog niet ontvangen.');
    await anna.getByLabel('Plak hier een tekst om het voorstel te proberen').fill(letter);
    await anna.getByRole('button', {name: 'Proberen'}).click();
    await expect.poll(() => anna.locator('.studio-tryout').textContent(), {timeout: 30_000}).toContain('1 keer nieuw advies');
    await audit(anna, 'voorstel-proberen');
    await anna.getByRole('button', {name: 'Voorstel indienen'}).click();
    await anna.waitForURL(/\/voorstellen\/\d+$/);
    const proposalUrl = anna.url();
    await anna.getByLabel('Aannemen').check();
    await anna.getByLabel('Waarom kiest u dit?').fill('Ik kende dit woord zelf niet.');
    await anna.getByRole('button', {name: 'Keuze bewaren'}).click();
    await expect.poll(() => anna.locator('[role=status]').first().textContent(), {timeout: 30_000}).toContain('Uw keuze is bewaard.');
    await audit(anna, 'voorstel');

    const bert = await person();
    await acceptInvite(bert, linkBert, 'Bert Jansen', 'bert');
    await login(bert, 'bert', memberPassword);
    await bert.goto(proposalUrl);
    // Keyboard only: tab to the choice, pick it with the arrow keys and space, type the reason, press Enter.
    await bert.getByLabel('Aannemen').focus();
    await bert.keyboard.press('Space');
    await bert.keyboard.press('Tab');
    await bert.keyboard.type('Papieren zegt iedereen.');
    await bert.getByRole('button', {name: 'Keuze bewaren'}).focus();
    await bert.keyboard.press('Enter');
    await expect.poll(() => bert.locator('body').textContent(), {timeout: 30_000}).toContain('Het panel heeft besloten.');
    await audit(bert, 'besluit');

    const file = readFileSync(join(rules.rulesDir, 'ambtelijke-zelfstandige-naamwoorden.yaml'), 'utf8');
    expect(file).toContain('  - id: bewijsstukken\n    forms: [bewijsstukken, bewijsstuk]\n    alternatives: [papieren, bewijs]');
    const log = execFileSync('git', ['-C', rules.dir, 'log', '-1', '--format=%B'], {encoding: 'utf8'});
    expect(log).toContain('Aangenomen: regel bewijsstukken');
    expect(log).toContain('Voorgesteld-door: Anna de Boer (ervaringsdeskundige)');
    expect(log).toContain('Besloten-door: Bert Jansen (ervaringsdeskundige): aangenomen');
    const report = await check(letter, {loader: createNodeLoader({ruleDirs: [rules.rulesDir]})});
    const advice = report.findings.find((finding) => finding.entryId === 'bewijsstukken');
    expect(advice?.actual).toBe('bewijsstukken');
    expect(advice?.expected).toEqual(['papieren', 'bewijs']);

    // A feedback file the language server wrote, read in through the file field (the page's script fills the text box).
    const feedbackFile = join(dataDir, 'helder-feedback.jsonl');
    writeFileSync(feedbackFile, `${JSON.stringify({ruleId: 'moeilijk-woord', entryId: 'bewijsstukken', words: 'bewijsstukken', wordCount: 1, date: '2026-12-01'})}\n`);
    await admin.goto(`${base}/meldingen`);
    await admin.getByLabel('Kies het bestand helder-feedback.jsonl').setInputFiles(feedbackFile);
    await expect.poll(() => admin.getByLabel('Of plak hier wat er in het bestand staat').inputValue(), {timeout: 30_000}).toContain('bewijsstukken');
    await admin.getByRole('button', {name: 'Toevoegen'}).click();
    await expect.poll(() => admin.locator('body').textContent(), {timeout: 30_000}).toContain('1 meldingen toegevoegd.');
    await audit(admin, 'meldingen');
    await admin.goto(`${base}/regels/bewijsstukken`);
    expect(await admin.locator('main').textContent()).toContain('2026-12: 1 keer');
    await admin.goto(`${base}/startset`);
    await audit(admin, 'startset');

    expect(Object.keys(violations)).toHaveLength(11);
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
  }, 240_000);
});
