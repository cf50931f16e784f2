import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync, chmodSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createServer} from 'node:net';
import {openDatabase, type Database} from '../src/db/database.js';

export const repoRules = fileURLToPath(new URL('../../../rules/', import.meta.url));

/** A copy of Helder's rules in a fresh Git repository, so a test may change and commit them. */
export function tempRulesRepo(): {dir: string; rulesDir: string; cleanup: () => void} {
  const dir = mkdtempSync(join(tmpdir(), 'helder-studio-rules-'));
  const rulesDir = join(dir, 'rules');
  cpSync(repoRules, rulesDir, {recursive: true, filter: (source) => !source.includes('node_modules')});
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=Test', '-c', 'user.email=test@helder.invalid', ...args], {stdio: 'pipe'});
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'Regels van Helder');
  return {dir, rulesDir, cleanup: () => rmSync(dir, {recursive: true, force: true})};
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A PostgreSQL server for the tests: HELDER_TEST_PG_URL when set (CI starts one), else a throwaway cluster
 * made with initdb in a temp folder. Returns undefined only when PostgreSQL is not installed and CI is not set.
 */
export async function startPostgres(): Promise<{url: string; stop: () => void} | undefined> {
  if (process.env.HELDER_TEST_PG_URL) return {url: process.env.HELDER_TEST_PG_URL, stop: () => undefined};
  const bin = ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin'].find((path) => existsSync(join(path, 'initdb')));
  if (!bin) {
    if (process.env.CI) throw new Error('PostgreSQL is not installed, and CI is set: install postgresql or set HELDER_TEST_PG_URL.');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'helder-studio-pg-'));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const result = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], {encoding: 'utf8'}) : spawnSync(command, args, {encoding: 'utf8'});
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  const data = join(dir, 'data');
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'helder', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  return {
    url: `postgres://helder@127.0.0.1:${port}/postgres`,
    stop: () => {
      spawnSync(asRoot ? 'runuser' : join(bin, 'pg_ctl'), asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop'] : ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, {recursive: true, force: true});
    },
  };
}

/** An empty database: a fresh PGlite folder, or a fresh schema-less database on the server. */
export async function freshDatabase(kind: 'embedded' | 'postgres', pgUrl?: string): Promise<{db: Database; cleanup: () => Promise<void>}> {
  if (kind === 'embedded') {
    const dir = mkdtempSync(join(tmpdir(), 'helder-studio-db-'));
    const db = await openDatabase(join(dir, 'db'));
    return {db, cleanup: async () => {
      await db.close();
      rmSync(dir, {recursive: true, force: true});
    }};
  }
  const pg = (await import('pg')).default;
  const name = `studio_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({connectionString: pgUrl});
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = pgUrl!.replace(/\/[^/]*$/, `/${name}`);
  const db = await openDatabase(url);
  return {db, cleanup: async () => {
    await db.close();
    const again = new pg.Client({connectionString: pgUrl});
    await again.connect();
    await again.query(`drop database if exists ${name}`);
    await again.end();
  }};
}

/** A tiny cookie jar over fastify.inject or fetch responses. */
export class Browser {
  jar = new Map<string, string>();
  take(setCookie: string | string[] | undefined) {
    for (const line of [setCookie ?? []].flat()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at);
      const value = pair!.slice(at + 1);
      if (/Max-Age=0/.test(line) || value === '') this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }
  get header() {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export const csrfOf = (page: string) => /name="_csrf" value="([^"]+)"/.exec(page)?.[1];

/** Cheaper scrypt for tests that log in many times; the hashing test itself uses the production cost. */
export const testHash = {N: 2 ** 14, r: 8, p: 1, keyLength: 32, saltLength: 16};
