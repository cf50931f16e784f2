/** Behind a reverse proxy the Studio counts failed log-ins per visitor (X-Forwarded-For), but only from a trusted proxy. */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {createStudio} from '../src/app.js';
import {Auth, defaultAuthSettings} from '../src/auth.js';
import {Browser, csrfOf, freshDatabase, tempRulesRepo, testHash} from './helpers.js';

const password = 'lang-genoeg-wachtwoord-1';
const users = ['anna', 'bram', 'cor', 'dirk', 'eva'];

async function studio(trustProxy: string | undefined): Promise<{app: FastifyInstance; close: () => Promise<void>}> {
  const fresh = await freshDatabase('embedded');
  const rules = tempRulesRepo();
  const auth = new Auth(fresh.db, {...defaultAuthSettings, hashParameters: testHash});
  for (const name of users) await auth.createUser({username: name, displayName: name, role: 'ervaringsdeskundige', password});
  const app = await createStudio({db: fresh.db, rulesDir: rules.rulesDir, auth: {maxFailures: 3, throttleMinutes: 15, hashParameters: testHash}, ...(trustProxy ? {trustProxy} : {})});
  return {app, close: async () => {
    await app.close();
    await fresh.cleanup();
    rules.cleanup();
  }};
}

async function login(app: FastifyInstance, username: string, from: string, secret = password) {
  const browser = new Browser();
  // The proxy (127.0.0.1, inject's own address) passes on where the visitor came from.
  const headers = {'x-forwarded-for': from};
  const form = await app.inject({method: 'GET', url: '/inloggen', headers});
  browser.take(form.headers['set-cookie']);
  return app.inject({method: 'POST', url: '/inloggen', headers: {...headers, cookie: browser.header}, payload: {username, password: secret, _csrf: csrfOf(form.body)!}});
}

/** Twelve failures (four times the limit per user) from one address, spread over four names. */
async function attack(app: FastifyInstance, from: string) {
  for (const name of users.slice(1)) for (let attempt = 0; attempt < 3; attempt++) expect((await login(app, name, from, 'fout-fout-fout-fout')).statusCode).toBe(401);
}

describe('log-in throttling behind a proxy', {timeout: 60_000}, () => {
  let trusted: Awaited<ReturnType<typeof studio>>;
  let untrusted: Awaited<ReturnType<typeof studio>>;
  beforeAll(async () => {
    trusted = await studio('127.0.0.1');
    untrusted = await studio(undefined);
  }, 120_000);
  afterAll(async () => {
    await trusted?.close();
    await untrusted?.close();
  });

  it('with --trust-proxy, blocks the attacking visitor and lets another visitor in', async () => {
    await attack(trusted.app, '203.0.113.7');
    expect((await login(trusted.app, 'anna', '203.0.113.7')).statusCode).toBe(429);
    expect((await login(trusted.app, 'anna', '198.51.100.2')).statusCode).toBe(303);
  });

  it('without it, ignores X-Forwarded-For: a visitor cannot dodge the limit by making up an address', async () => {
    await attack(untrusted.app, '203.0.113.7');
    expect((await login(untrusted.app, 'anna', '198.51.100.2')).statusCode).toBe(429);
  });
});
