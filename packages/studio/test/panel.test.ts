import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {check, createNodeLoader} from '@helder/node';
import {createStudio} from '../src/app.js';
import {Auth, defaultAuthSettings} from '../src/auth.js';
import {RulesRepo} from '../src/rules-repo.js';
import {Panel} from '../src/panel.js';
import {Browser, csrfOf, freshDatabase, tempRulesRepo, testHash} from './helpers.js';

const password = 'lang-genoeg-wachtwoord-1';
const letter = readFileSync(new URL('../../../examples/brief-bijzondere-bijstand.txt', import.meta.url), 'utf8');

// Deciding runs every rule example, as `helder rules test` does: seconds on a busy machine.
describe('propose, try, decide and write the rule file', {timeout: 120_000}, () => {
  let app: FastifyInstance;
  let cleanup: () => Promise<void>;
  let rules: ReturnType<typeof tempRulesRepo>;
  let lettersDir: string;
  let cacheDir: string;

  beforeAll(async () => {
    const fresh = await freshDatabase('embedded');
    cleanup = fresh.cleanup;
    rules = tempRulesRepo();
    lettersDir = mkdtempSync(join(tmpdir(), 'helder-studio-letters-'));
    cpSync(new URL('../../../examples/brief-bijzondere-bijstand.txt', import.meta.url), join(lettersDir, 'bijstand.txt'));
    cpSync(new URL('../../../bench/inputs/brief-wmo-400.txt', import.meta.url), join(lettersDir, 'wmo.txt'));
    writeFileSync(join(lettersDir, 'stuk.txt'), new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0xd8]));
    cacheDir = mkdtempSync(join(tmpdir(), 'helder-studio-cache-'));
    const auth = new Auth(fresh.db, {...defaultAuthSettings, hashParameters: testHash});
    for (const [username, role] of [['anna', 'ervaringsdeskundige'], ['bert', 'ervaringsdeskundige'], ['rik', 'redacteur']] as const) await auth.createUser({username, displayName: username, role, password});
    app = await createStudio({db: fresh.db, rulesDir: rules.rulesDir, lettersDir, auth: {hashParameters: testHash}});
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await cleanup?.();
    rules?.cleanup();
    rmSync(lettersDir, {recursive: true, force: true});
    rmSync(cacheDir, {recursive: true, force: true});
  });

  async function login(username: string) {
    const browser = new Browser();
    const form = await app.inject({method: 'GET', url: '/inloggen'});
    browser.take(form.headers['set-cookie']);
    const response = await app.inject({method: 'POST', url: '/inloggen', headers: {cookie: browser.header}, payload: {username, password, _csrf: csrfOf(form.body)!}});
    browser.take(response.headers['set-cookie']);
    const csrf = csrfOf((await app.inject({method: 'GET', url: '/', headers: {cookie: browser.header}})).body)!;
    return {
      get: (url: string) => app.inject({method: 'GET', url, headers: {cookie: browser.header}}),
      post: (url: string, payload: Record<string, string>) => app.inject({method: 'POST', url, headers: {cookie: browser.header}, payload: {_csrf: csrf, ...payload}}),
    };
  }
  const git = (...args: string[]) => execFileSync('git', ['-C', rules.dir, ...args], {encoding: 'utf8'});
  const checkWithRules = async (text: string) => (await check(text, {loader: createNodeLoader({ruleDirs: [rules.rulesDir]})})).findings.map((finding) => finding.entryId).filter(Boolean);

  const proposal = {
    bestand: 'ambtelijke-zelfstandige-naamwoorden.yaml',
    forms: 'bewijsstukken\nbewijsstuk',
    alternatives: 'papieren\nbewijs',
    reason: "Schrijf 'papieren' of noem wat de lezer moet sturen.",
    explanation: 'Veel lezers weten niet welke papieren u bedoelt. Noem ze: loonstroken, bankafschriften of een huurcontract.',
    hit: 'Wij hebben de benodigde bewijsstukken nog niet ontvangen.',
    miss: 'Wij hebben uw loonstroken nog niet ontvangen.',
  };

  it('shows where a proposal would give advice, in the sample text and in the folder of letters, before it is filed', async () => {
    const anna = await login('anna');
    const tried = await anna.post('/voorstel', {...proposal, sample: 'Stuur de bewijsstukken voor 1 mei terug.', letters: 'ja', actie: 'proberen'});
    expect(tried.statusCode).toBe(200);
    expect(tried.body).toMatch(/Geprobeerd op de voorbeeldtekst en 2 brieven: 2 keer nieuw advies, 0 keer geen advies meer/);
    expect(tried.body).toContain('<strong>bewijsstukken</strong> in voorbeeldtekst, regel 1');
    expect(tried.body).toContain('<strong>bewijsstukken</strong> in bijstand.txt, regel 19');
    expect(tried.body).toContain('Niet te lezen: stuk.txt');
    expect((await anna.get('/voorstellen')).body).toContain('Geen voorstellen.');
  });

  it('refuses a proposal whose example sentence does not trigger it, and names the problem in plain Dutch', async () => {
    const anna = await login('anna');
    const bad = await anna.post('/voorstel', {...proposal, hit: 'Deze zin heeft het woord niet.', actie: 'indienen'});
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('In de zin &quot;Deze zin heeft het woord niet.&quot; vindt Helder het woord niet.');
    const taken = await anna.post('/voorstel', {...proposal, forms: 'middels', actie: 'indienen'});
    expect(taken.body).toContain('Het woord &quot;middels&quot; staat al in de regel &quot;middels&quot;.');
  });

  it('needs two panel members; then writes the YAML with comments kept, tests it, commits it, and the checker uses it', async () => {
    const before = readFileSync(join(rules.rulesDir, proposal.bestand), 'utf8');
    process.env.HELDER_CACHE_DIR = cacheDir;
    expect(await checkWithRules(letter)).not.toContain('bewijsstukken');
    const anna = await login('anna');
    const filed = await anna.post('/voorstel', {...proposal, note: 'Ik las dit woord in drie brieven.', actie: 'indienen'});
    expect(filed.statusCode).toBe(303);
    const url = filed.headers.location as string;
    const rik = await login('rik');
    expect((await rik.post(`${url}/reactie`, {body: 'Goed idee, dit woord staat in veel sjablonen.'})).statusCode).toBe(303);
    expect((await rik.post(`${url}/keuze`, {outcome: 'aangenomen', reason: 'Ja.'})).statusCode).toBe(403);
    const first = await anna.post(`${url}/keuze`, {outcome: 'aangenomen', reason: 'Ik kende dit woord zelf niet.'});
    expect(first.body).toContain('Uw keuze is bewaard.');
    expect(readFileSync(join(rules.rulesDir, proposal.bestand), 'utf8')).toBe(before);
    const bert = await login('bert');
    const second = await bert.post(`${url}/keuze`, {outcome: 'aangenomen', reason: 'Papieren zegt iedereen.'});
    expect(second.statusCode).toBe(200);
    expect(second.body).toContain('Het panel heeft besloten.');

    const after = readFileSync(join(rules.rulesDir, proposal.bestand), 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after.slice(before.trimEnd().length)).toMatch(/^\n\n  - id: bewijsstukken\n    forms: \[bewijsstukken, bewijsstuk\]\n    alternatives: \[papieren, bewijs\]\n/);
    expect(after).toMatch(/status: aangenomen\n\s+provenance: \{role: ervaringsdeskundige, date: "\d{4}-\d{2}-\d{2}", decision: "Aangenomen door het panel op \d{4}-\d{2}-\d{2} \(ervaringsdeskundige en ervaringsdeskundige\)\. Redenen: Ik kende dit woord zelf niet\. \/ Papieren zegt iedereen\."\}\n$/);
    await expect(new RulesRepo(rules.rulesDir).test()).resolves.toEqual([]);

    const message = git('log', '-1', '--format=%B');
    expect(message).toContain('Aangenomen: regel bewijsstukken (nieuwe regel, voorstel');
    expect(message).toContain('Voorgesteld-door: anna (ervaringsdeskundige)');
    expect(message).toContain('Besloten-door: bert (ervaringsdeskundige): aangenomen');
    expect(git('status', '--porcelain')).toBe('');
    expect(git('show', '--stat', '--format=', 'HEAD')).toContain(proposal.bestand);

    // Same loader code as the CLI, with its file cache on: the cache key is a hash of the files, so no stale rules.
    expect(await checkWithRules(letter)).toContain('bewijsstukken');
    const page = await anna.get('/regels/bewijsstukken');
    expect(page.body).toContain('aangenomen door het panel');
    expect(page.body).toContain('Aangenomen: regel bewijsstukken');
    // A rule with contexts and exceptions (rules/deftige-werkwoorden.yaml) shows them, so the panel sees all advice.
    const contexts = (await anna.get('/regels/verzoeken')).body;
    expect(contexts).toContain('Betere woorden per zin');
    expect(contexts).toContain('<li>Bij &quot;verzoek&quot;: geen advies.</li>');
    expect(contexts).toContain('<li>Bij &quot;verzoekt&quot;: &quot;vraagt&quot;.</li>');
    expect((await anna.get('/regels/plaatsvinden')).body).toContain('<h2 class="utrecht-heading-2">Hier geen advies</h2><ul class="utrecht-unordered-list"><li>een plaats</li>');
  });

  it('works through a startset rule as a queue item: accepting it changes only its status and provenance', async () => {
    const file = join(rules.rulesDir, 'beleidstaal.yaml');
    const before = readFileSync(file, 'utf8');
    const anna = await login('anna');
    const started = await anna.post('/startset/realiseren', {});
    const url = started.headers.location as string;
    expect((await anna.get('/startset')).body).toContain(`href="${url}"`);
    await anna.post(`${url}/keuze`, {outcome: 'aangenomen', reason: 'Klopt.'});
    const bert = await login('bert');
    await bert.post(`${url}/keuze`, {outcome: 'aangenomen', reason: 'Eens.'});
    const after = readFileSync(file, 'utf8');
    const changed = after.split('\n').filter((line, index) => line !== before.split('\n')[index]);
    expect(changed).toHaveLength(2);
    expect(changed[0]).toBe('    status: aangenomen');
    expect(changed[1]).toMatch(/^    provenance: \{role: ervaringsdeskundige, date: .*Aangenomen door het panel/);
    expect(after.split('\n').slice(0, 2)).toEqual(before.split('\n').slice(0, 2));
  });

  it('lets the panel withdraw a rule; the rule then stops firing', async () => {
    const anna = await login('anna');
    const url = (await anna.post('/startset/faciliteren', {})).headers.location as string;
    await anna.post(`${url}/keuze`, {outcome: 'vervallen', reason: 'Niemand schrijft dit.'});
    await (await login('bert')).post(`${url}/keuze`, {outcome: 'vervallen', reason: 'Weg ermee.'});
    expect(readFileSync(join(rules.rulesDir, 'beleidstaal.yaml'), 'utf8')).toMatch(/id: faciliteren[\s\S]*?status: vervallen/);
    expect(await checkWithRules('De gemeente faciliteert plannen van bewoners.')).not.toContain('faciliteren');
  });

  it('shows what stops firing when a change drops a form', async () => {
    const anna = await login('anna');
    const rule = (await anna.get('/voorstel/nieuw?regel=middels')).body;
    expect(rule).toContain('Wijziging voorstellen');
    const tried = await anna.post('/voorstel', {regel: 'middels', forms: 'middels dezes', alternatives: 'met\nvia', reason: 'Schrijf met.', explanation: 'Middels is een deftig woord.', hit: 'Middels dezes laten wij u weten dat het klopt.', miss: 'Met deze brief laten wij u weten dat het klopt.', sample: 'U kunt middels het formulier bezwaar maken.', actie: 'proberen'});
    expect(tried.body).toMatch(/0 keer nieuw advies, 1 keer geen advies meer/);
    expect(tried.body).toContain('<strong>middels</strong> in voorbeeldtekst, regel 1');
  });

  it('puts the old file back when the rule tests fail after writing', async () => {
    const repo = new RulesRepo(rules.rulesDir);
    const file = join(rules.rulesDir, 'beleidstaal.yaml');
    const before = readFileSync(file, 'utf8');
    const head = git('rev-parse', 'HEAD');
    const result = await repo.apply({file: 'beleidstaal.yaml', ruleId: 'implementeren', content: {forms: ['implementeren'], alternatives: ['invoeren'], reason: 'Kort.', explanation: 'Uitleg.', hit: ['Hier staat het woord niet.'], miss: ['Ook hier niet.']}, status: 'aangenomen', provenance: {role: 'ervaringsdeskundige', date: '2026-12-02', decision: 'Test.'}, commitMessage: 'Test'});
    expect(result.ok).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(git('rev-parse', 'HEAD')).toBe(head);
  });

  it('puts the old file back and keeps the work tree clean when Git refuses the commit', async () => {
    const repo = new RulesRepo(rules.rulesDir);
    const file = join(rules.rulesDir, 'beleidstaal.yaml');
    const before = readFileSync(file, 'utf8');
    const head = git('rev-parse', 'HEAD');
    const hook = join(rules.dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "vastleggen mag nu niet" >&2\nexit 1\n', {mode: 0o755});
    try {
      const result = await repo.apply({file: 'beleidstaal.yaml', ruleId: 'implementeren', status: 'aangenomen', provenance: {role: 'ervaringsdeskundige', date: '2026-12-02', decision: 'Aangenomen door het panel.'}, commitMessage: 'Test'});
      expect(result).toEqual({ok: false, problems: [expect.stringContaining('Git kon de regel niet vastleggen (vastleggen mag nu niet). Het oude bestand staat er weer.')]});
    } finally {
      rmSync(hook);
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('status', '--porcelain')).toBe('');
  });

  it('imports a feedback file from the language server and shows it under its rule, counted per month', async () => {
    const rik = await login('rik');
    const lines = [
      {ruleId: 'moeilijk-woord', entryId: 'middels', words: 'Middels', wordCount: 1, date: '2026-10-03'},
      {ruleId: 'moeilijk-woord', entryId: 'middels', words: 'middels', wordCount: 1, date: '2026-11-20'},
      {ruleId: 'moeilijk-woord', entryId: 'middels', words: 'middels', wordCount: 1, date: '2026-11-21'},
      {ruleId: 'lange-zin', words: '', wordCount: 31, date: '2026-11-21'},
    ].map((line) => JSON.stringify(line));
    const result = await rik.post('/meldingen', {inhoud: `${lines.join('\n')}\nkapot\n`});
    expect(result.body).toContain('4 meldingen toegevoegd.');
    expect(result.body).toContain('Regel 5: Helder kan deze regel niet lezen.');
    expect(result.body).toMatch(/href="\/regels\/middels">middels<\/a><\/td><td class="utrecht-table__cell">3<\/td><td class="utrecht-table__cell">2026-10: 1, 2026-11: 2/);
    expect((await rik.get('/regels/middels')).body).toContain('2026-11: 2 keer');
  });
});

describe('two decisions at the same moment', {timeout: 120_000}, () => {
  it('writes and commits the rule once when the second and third member choose together', async () => {
    const fresh = await freshDatabase('embedded');
    const rules = tempRulesRepo();
    try {
      const auth = new Auth(fresh.db, {...defaultAuthSettings, hashParameters: testHash});
      const [anna, bert, carla] = await Promise.all(['anna', 'bert', 'carla'].map((username) => auth.createUser({username, displayName: username, role: 'ervaringsdeskundige', password})));
      const repo = new RulesRepo(rules.rulesDir);
      let writes = 0;
      // A slow disk: the file write takes long enough for a second decision to start meanwhile.
      const slow = Object.assign(Object.create(repo) as RulesRepo, {
        apply: async (change: Parameters<RulesRepo['apply']>[0]) => {
          writes++;
          await new Promise((resolve) => setTimeout(resolve, 300));
          return repo.apply(change);
        },
      });
      const panel = new Panel(fresh.db, auth, slow);
      const content = {forms: ['dossierstukken'], alternatives: ['papieren'], reason: 'Schrijf papieren.', explanation: 'Veel lezers kennen dit woord niet.', hit: ['Stuur de dossierstukken op.'], miss: ['Stuur de papieren op.']};
      const id = await panel.propose(anna!, {kind: 'nieuw', ruleId: 'dossierstukken', file: 'beleidstaal.yaml', content, note: ''});
      await panel.vote(anna!, id, 'aangenomen', 'Ja.');
      const results = await Promise.all([panel.vote(bert!, id, 'aangenomen', 'Ja.'), panel.vote(carla!, id, 'aangenomen', 'Ook ja.')]);
      expect(results.filter((result) => result.decided)).toHaveLength(1);
      expect(writes).toBe(1);
      expect(readFileSync(join(rules.rulesDir, 'beleidstaal.yaml'), 'utf8').match(/- id: dossierstukken\n/g)).toHaveLength(1);
      expect(execFileSync('git', ['-C', rules.dir, 'rev-list', '--count', 'HEAD'], {encoding: 'utf8'}).trim()).toBe('2');
    } finally {
      await fresh.cleanup();
      rules.cleanup();
    }
  });
});
