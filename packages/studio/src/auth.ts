import {createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions} from 'node:crypto';
import type {Database} from './db/database.js';

export const roles = ['ervaringsdeskundige', 'redacteur', 'beheerder'] as const;
export type Role = (typeof roles)[number];

export interface User {
  id: number;
  username: string;
  display_name: string;
  role: Role;
}

/**
 * scrypt with OWASP's recommended minimum (N = 2^17, r = 8, p = 1: 128 MiB and a few hundred milliseconds per
 * hash), a 16-byte salt and a 32-byte key. The parameters are stored with each hash, so they can be raised later
 * without breaking old passwords.
 */
export const passwordParameters = {N: 2 ** 17, r: 8, p: 1, keyLength: 32, saltLength: 16};

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCallback(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))));
}

const maxmem = (N: number, r: number) => 128 * N * r * 2;

export async function hashPassword(password: string, parameters = passwordParameters): Promise<string> {
  const {N, r, p, keyLength, saltLength} = parameters;
  const salt = randomBytes(saltLength);
  const key = await scrypt(password.normalize('NFC'), salt, keyLength, {N, r, p, maxmem: maxmem(N, r)});
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {N: Number(n), r: Number(r), p: Number(p), maxmem: maxmem(Number(n), Number(r))});
  return timingSafeEqual(actual, expected);
}

/** A password a person can remember but a script cannot guess quickly. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 12) return 'Kies een wachtwoord van minstens 12 tekens.';
  if (password.length > 200) return 'Kies een korter wachtwoord: hoogstens 200 tekens.';
  return undefined;
}

/** Tokens travel to the browser; only their SHA-256 is stored, so a copy of the database opens no session. */
export const newToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface AuthSettings {
  /** How long a session lasts without a new log-in. */
  sessionMinutes: number;
  inviteHours: number;
  /** Failed log-ins per user name and per address within the window before log-in is refused for a while. */
  maxFailures: number;
  throttleMinutes: number;
  /** Injected for tests of expiry; the real clock otherwise. */
  now: () => Date;
  /** scrypt cost for new hashes; tests lower it to save time, production keeps passwordParameters. */
  hashParameters: typeof passwordParameters;
}

export const defaultAuthSettings: AuthSettings = {sessionMinutes: 8 * 60, inviteHours: 72, maxFailures: 5, throttleMinutes: 15, now: () => new Date(), hashParameters: passwordParameters};

export class Auth {
  constructor(
    private readonly db: Database,
    readonly settings: AuthSettings,
  ) {}

  async createUser(input: {username: string; displayName: string; role: Role; password: string; invitedBy?: number}): Promise<User> {
    const [row] = await this.db.query<User>(
      'insert into users (username, display_name, role, password_hash, invited_by) values ($1, $2, $3, $4, $5) returning id, username, display_name, role',
      [input.username.trim().toLowerCase(), input.displayName.trim(), input.role, await hashPassword(input.password, this.settings.hashParameters), input.invitedBy ?? null],
    );
    await this.audit(row!.id, 'gebruiker-gemaakt', {username: row!.username, role: row!.role, invitedBy: input.invitedBy ?? null});
    return row!;
  }

  async userCount(): Promise<number> {
    const [row] = await this.db.query<{count: string}>('select count(*) as count from users');
    return Number(row!.count);
  }

  /** Throttled per user name and per address: too many failures refuse even a right password for a while. */
  async login(username: string, password: string, address: string): Promise<{user: User; token: string; csrf: string} | 'throttled' | 'wrong'> {
    const name = username.trim().toLowerCase();
    const since = new Date(this.settings.now().getTime() - this.settings.throttleMinutes * 60_000);
    const keys = [`user:${name}`, `address:${address}`];
    const [counts] = await this.db.query<{user_failures: string; address_failures: string}>(
      `select count(*) filter (where throttle_key = $1) as user_failures, count(*) filter (where throttle_key = $2) as address_failures
       from login_attempts where attempted_at > $3 and throttle_key in ($1, $2)`,
      [keys[0], keys[1], since],
    );
    if (Number(counts!.user_failures) >= this.settings.maxFailures || Number(counts!.address_failures) >= this.settings.maxFailures * 4) return 'throttled';
    const [row] = await this.db.query<User & {password_hash: string; disabled: boolean}>('select id, username, display_name, role, password_hash, disabled from users where username = $1', [name]);
    // Hash even for an unknown name, so the answer takes as long either way.
    const ok = row ? await verifyPassword(password, row.password_hash) : (await hashPassword(password, this.settings.hashParameters), false);
    if (!row || !ok || row.disabled) {
      for (const key of keys) await this.db.query('insert into login_attempts (throttle_key, attempted_at) values ($1, $2)', [key, this.settings.now()]);
      return 'wrong';
    }
    await this.db.query('delete from login_attempts where throttle_key = $1', [keys[0]]);
    const token = newToken();
    const csrf = newToken();
    const expires = new Date(this.settings.now().getTime() + this.settings.sessionMinutes * 60_000);
    await this.db.query('insert into sessions (token_hash, user_id, csrf_token, created_at, expires_at) values ($1, $2, $3, $4, $5)', [tokenHash(token), row.id, csrf, this.settings.now(), expires]);
    await this.audit(row.id, 'ingelogd', {});
    return {user: {id: row.id, username: row.username, display_name: row.display_name, role: row.role}, token, csrf};
  }

  async session(token: string | undefined): Promise<{user: User; csrf: string} | undefined> {
    if (!token) return undefined;
    const [row] = await this.db.query<User & {csrf_token: string}>(
      `select u.id, u.username, u.display_name, u.role, s.csrf_token from sessions s join users u on u.id = s.user_id
       where s.token_hash = $1 and s.expires_at > $2 and not u.disabled`,
      [tokenHash(token), this.settings.now()],
    );
    if (!row) return undefined;
    const {csrf_token: csrf, ...user} = row;
    return {user, csrf};
  }

  async logout(token: string): Promise<void> {
    await this.db.query('delete from sessions where token_hash = $1', [tokenHash(token)]);
  }

  async createInvite(by: User, role: Role): Promise<string> {
    const token = newToken();
    const expires = new Date(this.settings.now().getTime() + this.settings.inviteHours * 3_600_000);
    await this.db.query('insert into invites (token_hash, role, created_by, created_at, expires_at) values ($1, $2, $3, $4, $5)', [tokenHash(token), role, by.id, this.settings.now(), expires]);
    await this.audit(by.id, 'uitnodiging-gemaakt', {role});
    return token;
  }

  async openInvite(token: string): Promise<{role: Role; created_by: number} | undefined> {
    const [row] = await this.db.query<{role: Role; created_by: number}>('select role, created_by from invites where token_hash = $1 and used_at is null and expires_at > $2', [tokenHash(token), this.settings.now()]);
    return row;
  }

  /** Use an invite once: the update claims it, so two people with the same link cannot both get an account. */
  async acceptInvite(token: string, input: {username: string; displayName: string; password: string}): Promise<User | undefined> {
    return this.db.transaction(async (tx) => {
      const [invite] = await tx.query<{role: Role; created_by: number}>(
        'update invites set used_at = $2 where token_hash = $1 and used_at is null and expires_at > $2 returning role, created_by',
        [tokenHash(token), this.settings.now()],
      );
      if (!invite) return undefined;
      const auth = new Auth(tx, this.settings);
      const user = await auth.createUser({...input, role: invite.role, invitedBy: invite.created_by});
      await tx.query('update invites set used_by = $2 where token_hash = $1', [tokenHash(token), user.id]);
      return user;
    });
  }

  async users(): Promise<Array<User & {created_at: Date; disabled: boolean}>> {
    return this.db.query('select id, username, display_name, role, created_at, disabled from users order by id');
  }

  async audit(userId: number | null, action: string, detail: object): Promise<void> {
    await this.db.query('insert into audit_log (user_id, action, detail, at) values ($1, $2, $3, $4)', [userId, action, JSON.stringify(detail), this.settings.now()]);
  }
}

/** What each role may do. Checked on the server for every request, never only by hiding a button. */
export const permissions = {
  propose: ['ervaringsdeskundige', 'redacteur', 'beheerder'],
  comment: ['ervaringsdeskundige', 'redacteur', 'beheerder'],
  vote: ['ervaringsdeskundige'],
  invite: ['beheerder'],
  importFeedback: ['beheerder', 'redacteur'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;
export const may = (user: User | undefined, what: Permission): boolean => !!user && (permissions[what] as readonly Role[]).includes(user.role);
