/**
 * The one schema, as an ordered list of migrations. Never edit a migration that has shipped: add a new one.
 * Plain PostgreSQL, so the embedded database (PGlite) and a PostgreSQL server run the same statements.
 */
export const migrations: string[][] = [
  [
    `create table users (
      id serial primary key,
      username text not null unique,
      display_name text not null,
      role text not null check (role in ('ervaringsdeskundige', 'redacteur', 'beheerder')),
      password_hash text not null,
      invited_by integer references users(id),
      created_at timestamptz not null default now(),
      disabled boolean not null default false
    )`,
    `create table invites (
      token_hash text primary key,
      role text not null check (role in ('ervaringsdeskundige', 'redacteur', 'beheerder')),
      created_by integer not null references users(id),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz,
      used_by integer references users(id)
    )`,
    `create table sessions (
      token_hash text primary key,
      user_id integer not null references users(id),
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`,
    `create table login_attempts (
      id serial primary key,
      throttle_key text not null,
      attempted_at timestamptz not null default now()
    )`,
    `create index login_attempts_key on login_attempts (throttle_key, attempted_at)`,
    `create table proposals (
      id serial primary key,
      kind text not null check (kind in ('nieuw', 'wijziging', 'beoordeling')),
      rule_id text not null,
      rule_file text not null,
      content jsonb not null,
      note text not null default '',
      state text not null default 'open' check (state in ('open', 'aangenomen', 'afgewezen', 'vervallen')),
      created_by integer not null references users(id),
      created_at timestamptz not null default now(),
      decided_at timestamptz,
      decision_text text,
      commit_id text,
      apply_error text
    )`,
    `create table comments (
      id serial primary key,
      proposal_id integer not null references proposals(id),
      user_id integer not null references users(id),
      body text not null,
      created_at timestamptz not null default now()
    )`,
    `create table votes (
      proposal_id integer not null references proposals(id),
      user_id integer not null references users(id),
      outcome text not null check (outcome in ('aangenomen', 'afgewezen', 'vervallen')),
      reason text not null,
      created_at timestamptz not null default now(),
      primary key (proposal_id, user_id)
    )`,
    `create table feedback (
      id serial primary key,
      rule_id text not null,
      entry_id text,
      words text not null default '',
      day date not null,
      source text not null,
      received_at timestamptz not null default now()
    )`,
    `create index feedback_rule on feedback (coalesce(entry_id, rule_id), day)`,
    `create table audit_log (
      id serial primary key,
      user_id integer references users(id),
      action text not null,
      detail jsonb not null default '{}'::jsonb,
      at timestamptz not null default now()
    )`,
  ],
];
