import {mkdir} from 'node:fs/promises';
import {migrations} from './migrations.js';

/** The one storage interface: plain SQL with $1 parameters, the same on PGlite and on a PostgreSQL server. */
export interface Database {
  readonly kind: 'embedded' | 'postgres';
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Run statements in one transaction; the callback gets a database bound to that transaction. */
  transaction<T>(work: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Open the database: a postgres:// URL selects a PostgreSQL server, anything else is a folder for the embedded
 * PGlite database (created on first start). Migrations run before the database is returned.
 */
export async function openDatabase(location: string): Promise<Database> {
  const db = /^postgres(ql)?:\/\//.test(location) ? await openPostgres(location) : await openEmbedded(location);
  await migrate(db);
  return db;
}

async function openEmbedded(folder: string): Promise<Database> {
  const {PGlite} = await import('@electric-sql/pglite');
  if (folder !== 'memory://') await mkdir(folder, {recursive: true});
  const pglite = new PGlite(folder === 'memory://' ? undefined : folder);
  await pglite.waitReady;
  type Tx = Parameters<Parameters<typeof pglite.transaction>[0]>[0];
  const wrap = (target: Tx | typeof pglite, inTransaction: boolean): Database => ({
    kind: 'embedded',
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await target.query<Row>(sql, params)).rows;
    },
    transaction(work) {
      // PGlite runs one statement at a time; a nested transaction simply joins the outer one.
      if (inTransaction) return work(wrap(target, true));
      return pglite.transaction((tx) => work(wrap(tx, true)));
    },
    async close() {
      if (!inTransaction) await pglite.close();
    },
  });
  return wrap(pglite, false);
}

type Client = import('pg').PoolClient;

async function openPostgres(url: string): Promise<Database> {
  const pg = (await import('pg')).default;
  const pool = new pg.Pool({connectionString: url, max: 5});
  await pool.query('select 1');
  const wrap = (target: Client | import('pg').Pool, client?: Client): Database => ({
    kind: 'postgres',
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await target.query(sql, params)).rows as Row[];
    },
    async transaction(work) {
      if (client) return work(wrap(client, client));
      const connection = await pool.connect();
      try {
        await connection.query('begin');
        const result = await work(wrap(connection, connection));
        await connection.query('commit');
        return result;
      } catch (error) {
        await connection.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    async close() {
      if (!client) await pool.end();
    },
  });
  return wrap(pool);
}

/** Apply the migrations that have not run yet, each in its own transaction, in order. */
export async function migrate(db: Database): Promise<number> {
  await db.query('create table if not exists schema_migrations (version integer primary key, applied_at timestamptz not null default now())');
  const done = new Set((await db.query<{version: number}>('select version from schema_migrations')).map((row) => Number(row.version)));
  let applied = 0;
  for (const [index, statements] of migrations.entries()) {
    const version = index + 1;
    if (done.has(version)) continue;
    await db.transaction(async (tx) => {
      for (const statement of statements) await tx.query(statement);
      await tx.query('insert into schema_migrations (version) values ($1)', [version]);
    });
    applied++;
  }
  return applied;
}
