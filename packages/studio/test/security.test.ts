import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {createStudio} from '../src/app.js';
import {Auth, defaultAuthSettings, hashPassword, verifyPassword} from '../src/auth.js';
import {Browser, csrfOf, freshDatabase, startPostgres, tempRulesRepo, testHash} from './helpers.js';

const password = 'lang-genoeg-wachtwoord-1';

let postgres: Awaited<ReturnType<typeof startPostgres>>;
beforeAll(async () => {
  postgres = await startPostgres();
}, 120_000);
afterAll(() => postgres?.stop());

describe('password hashing', () => {
  it('stores scrypt with its parameters and a salt, and verifies only the right password', async () => {
    const stored = await hashPassword(password);
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(await hashPassword(password)).not.toBe(stored);
    expect(await verifyPassword(password, stored)).toBe(true);
    expect(await verifyPassword('lang-genoeg-wachtwoord-2', stored)).toBe(false);
  });
});

for (const kind of ['embedded', 'postgres'] as const) {
  describe(`security over HTTP (${kind} database)`, {timeout: 60_000}, () => {
    let app: FastifyInstance;
    let cleanup: () => Promise<void>;
    let rulesCleanup: () => void;
    let clock = new Date('2026-12-01T10:00:00Z');

    beforeAll(async () => {
      if (kind === 'postgres' && !postgres) throw new Error('PostgreSQL is missing: these tests need it.');
      const fresh = await freshDatabase(kind, postgres?.url);
      cleanup = fresh.cleanup;
      const rules = tempRulesRepo();
      rulesCleanup = rules.cleanup;
      const auth = new Auth(fresh.db, {...defaultAuthSettings, now: () => clock, hashParameters: testHash});
      await auth.createUser({username: 'beheer', displayName: 'Bea Beheer', role: 'beheerder', password});
      await auth.createUser({username: 'redactie', displayName: 'Rik Redactie', role: 'redacteur', password});
      await auth.createUser({username: 'anna', displayName: 'Anna', role: 'ervaringsdeskundige', password});
      await auth.createUser({username: 'slot', displayName: 'Sam', role: 'ervaringsdeskundige', password});
      app = await createStudio({db: fresh.db, rulesDir: rules.rulesDir, auth: {now: () => clock, sessionMinutes: 60, maxFailures: 3, throttleMinutes: 15, hashParameters: testHash}, feedbackToken: 'geheime-sleutel-voor-editors'});
    }, 120_000);
    afterAll(async () => {
      await app?.close();
      await cleanup?.();
      rulesCleanup?.();
    });

    async function login(username: string, secret = password) {
      const browser = new Browser();
      const form = await app.inject({method: 'GET', url: '/inloggen'});
      browser.take(form.headers['set-cookie']);
      const response = await app.inject({method: 'POST', url: '/inloggen', headers: {cookie: browser.header}, payload: {username, password: secret, _csrf: csrfOf(form.body)!}});
      browser.take(response.headers['set-cookie']);
      return {browser, response};
    }
    const get = (browser: Browser, url: string) => app.inject({method: 'GET', url, headers: {cookie: browser.header}});
    const post = (browser: Browser, url: string, payload: Record<string, string>) => app.inject({method: 'POST', url, headers: {cookie: browser.header}, payload});

    it('sends a visitor without a session to the log-in page', async () => {
      const response = await app.inject({method: 'GET', url: '/regels'});
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toMatch(/^\/inloggen/);
    });

    it('refuses a wrong password and gives no session', async () => {
      const {browser, response} = await login('anna', 'dit-is-niet-het-wachtwoord');
      expect(response.statusCode).toBe(401);
      expect(response.body).toContain('De naam of het wachtwoord klopt niet.');
      expect(browser.jar.has('helder_sessie')).toBe(false);
    });

    it('logs in with the right password; the cookie is HttpOnly and SameSite', async () => {
      const {browser, response} = await login('anna');
      expect(response.statusCode).toBe(303);
      expect(String(response.headers['set-cookie'])).toMatch(/helder_sessie=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=3600/);
      expect((await get(browser, '/regels')).statusCode).toBe(200);
    });

    it('refuses a log-in without the form token (login CSRF)', async () => {
      const response = await app.inject({method: 'POST', url: '/inloggen', payload: {username: 'anna', password}});
      expect(response.statusCode).toBe(403);
    });

    it('throttles log-in after repeated failures, even with the right password, until the window has passed', async () => {
      for (let attempt = 0; attempt < 3; attempt++) expect((await login('slot', 'fout-fout-fout-fout')).response.statusCode).toBe(401);
      const blocked = await login('slot');
      expect(blocked.response.statusCode).toBe(429);
      expect(blocked.response.body).toContain('Het is te vaak fout gegaan.');
      clock = new Date(clock.getTime() + 16 * 60_000);
      expect((await login('slot')).response.statusCode).toBe(303);
    });

    it('ends an expired session', async () => {
      const {browser} = await login('anna');
      expect((await get(browser, '/voorstellen')).statusCode).toBe(200);
      clock = new Date(clock.getTime() + 61 * 60_000);
      const after = await get(browser, '/voorstellen');
      expect(after.statusCode).toBe(302);
      const posted = await post(browser, '/voorstellen/1/reactie', {body: 'Hallo', _csrf: 'wat-dan-ook'});
      expect(posted.statusCode).toBe(401);
    });

    it('refuses a state-changing form without or with a wrong CSRF token', async () => {
      const {browser} = await login('anna');
      const form = await get(browser, '/startset');
      const token = csrfOf(form.body)!;
      expect((await post(browser, '/startset/middels', {})).statusCode).toBe(403);
      expect((await post(browser, '/startset/middels', {_csrf: `${token}x`})).statusCode).toBe(403);
      const ok = await post(browser, '/startset/middels', {_csrf: token});
      expect(ok.statusCode).toBe(303);
      expect(ok.headers.location).toMatch(/^\/voorstellen\/\d+$/);
    });

    it('lets no role do what it may not: a redacteur cannot vote or invite, a panel member cannot invite', async () => {
      const editor = (await login('redactie')).browser;
      const token = csrfOf((await get(editor, '/voorstellen')).body)!;
      const vote = await post(editor, '/voorstellen/1/keuze', {outcome: 'aangenomen', reason: 'Goed woord.', _csrf: token});
      expect(vote.statusCode).toBe(403);
      expect(vote.body).toContain('Met uw rol mag u dit niet doen.');
      expect((await post(editor, '/beheer/uitnodigen', {role: 'beheerder', _csrf: token})).statusCode).toBe(403);
      expect((await get(editor, '/beheer/gebruikers')).statusCode).toBe(403);
      const member = (await login('anna')).browser;
      const memberToken = csrfOf((await get(member, '/voorstellen')).body)!;
      expect((await post(member, '/beheer/uitnodigen', {role: 'beheerder', _csrf: memberToken})).statusCode).toBe(403);
      expect((await post(member, '/meldingen', {inhoud: '{"ruleId":"moeilijk-woord","entryId":"middels","words":"middels","date":"2026-11-30"}', _csrf: memberToken})).statusCode).toBe(403);
    });

    it('uses an invite link once only', async () => {
      const admin = (await login('beheer')).browser;
      const page = await get(admin, '/beheer/gebruikers');
      const created = await post(admin, '/beheer/uitnodigen', {role: 'redacteur', _csrf: csrfOf(page.body)!});
      const link = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(created.body)![1]!;
      const guest = new Browser();
      const form = await app.inject({method: 'GET', url: `/uitnodiging/${link}`});
      expect(form.statusCode).toBe(200);
      guest.take(form.headers['set-cookie']);
      const accept = await app.inject({method: 'POST', url: `/uitnodiging/${link}`, headers: {cookie: guest.header}, payload: {displayName: 'Nieuwe', username: 'nieuw', password, _csrf: csrfOf(form.body)!}});
      expect(accept.statusCode).toBe(303);
      expect((await app.inject({method: 'GET', url: `/uitnodiging/${link}`})).statusCode).toBe(410);
      expect((await login('nieuw')).response.statusCode).toBe(303);
    });

    it('takes feedback over the API only with the configured key, and keeps only rule and words', async () => {
      const record = {ruleId: 'moeilijk-woord', entryId: 'middels', words: 'middels', date: '2026-11-30', text: 'De hele brief mag hier nooit in komen.'};
      expect((await app.inject({method: 'POST', url: '/api/meldingen', payload: record})).statusCode).toBe(401);
      expect((await app.inject({method: 'POST', url: '/api/meldingen', headers: {authorization: 'Bearer fout'}, payload: record})).statusCode).toBe(401);
      const ok = await app.inject({method: 'POST', url: '/api/meldingen', headers: {authorization: 'Bearer geheime-sleutel-voor-editors'}, payload: [record]});
      expect(ok.json()).toEqual({added: 1});
      const {browser} = await login('anna');
      const inbox = await get(browser, '/meldingen');
      expect(inbox.body).toContain('/regels/middels');
      expect(inbox.body).not.toContain('De hele brief');
    });
  });
}
