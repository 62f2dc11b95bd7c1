import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1768300000000 implements MigrationInterface {
  name = 'Accounts1768300000000';

  async up(db: QueryRunner): Promise<void> {
    // A user is never deleted: deactivated, their name stays taken, so an old token, link or
    // audit entry can never come to mean someone else.
    await db.query(`
      CREATE TABLE accounts.user_account (
        username text PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{2,40}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        role text NOT NULL CHECK (role IN ('ADMIN', 'COORDINATOR', 'ANALYST', 'EVALUATOR', 'FUNDER')),
        regions text[] NOT NULL DEFAULT '{}',
        -- NULL until the person invited sets a password with their link.
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz,
        CHECK ((role = 'COORDINATOR') = (cardinality(regions) > 0))
      )`);
    // A one-time link to set a password: only the SHA-256 of its secret is kept, so the table
    // cannot be read back into working links.
    await db.query(`
      CREATE TABLE accounts.password_link (
        id bigserial PRIMARY KEY,
        secret_hash text NOT NULL UNIQUE,
        username text NOT NULL REFERENCES accounts.user_account (username),
        purpose text NOT NULL CHECK (purpose IN ('INVITATION', 'RESET')),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        -- A newer link for the same user, or the user's deactivation, voids it.
        voided_at timestamptz
      )`);
    await db.query('CREATE INDEX password_link_user_idx ON accounts.password_link (username) WHERE used_at IS NULL AND voided_at IS NULL');
    // Every sign-in is a session, which a token names (its sid): ending the row ends the token.
    // A session opened with a signed token (pnpm sira token) belongs to no user.
    await db.query(`
      CREATE TABLE accounts.session (
        id text PRIMARY KEY,
        username text REFERENCES accounts.user_account (username),
        subject text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz
      )`);
    await db.query('CREATE INDEX session_user_idx ON accounts.session (username) WHERE ended_at IS NULL');
    await db.query('CREATE INDEX session_expiry_idx ON accounts.session (expires_at)');
    // The same columns as the other subgraphs' audit_entry; entity_id is the user name.
    await db.query(`
      CREATE TABLE accounts.audit_entry (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        actor_name text NOT NULL,
        actor_role text NOT NULL,
        action text NOT NULL CHECK (action IN ('INVITE', 'CREATE', 'IMPORT', 'UPDATE_ACCESS', 'DEACTIVATE', 'REACTIVATE',
          'PASSWORD_LINK', 'SET_PASSWORD', 'CHANGE_PASSWORD')),
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        request_id text,
        CHECK (before IS NOT NULL OR after IS NOT NULL)
      )`);
    await db.query('CREATE INDEX audit_entry_entity_idx ON accounts.audit_entry (entity_id, at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE accounts.audit_entry');
    await db.query('DROP TABLE accounts.session');
    await db.query('DROP TABLE accounts.password_link');
    await db.query('DROP TABLE accounts.user_account');
  }
}
