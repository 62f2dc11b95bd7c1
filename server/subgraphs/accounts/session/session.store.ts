import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';

/** How long an ended or expired session is kept before it is deleted. */
const KEPT_AFTER_EXPIRY = '1 day';

/**
 * Every sign-in's session: a row whose id the token names (sid). The gateway asks whether it
 * is open at every request that carries such a token, so ending the row ends the token, on
 * every tab and every script that holds it.
 */
export class SessionStore {
  constructor(private readonly db: DataSource) {}

  async open({ username, subject, expiresAt }: { username: string | null; subject: string; expiresAt: Date }): Promise<string> {
    const id = randomBytes(24).toString('base64url');
    await this.db.query(
      `WITH cleared AS (DELETE FROM accounts.session WHERE expires_at < now() - interval '${KEPT_AFTER_EXPIRY}')
       INSERT INTO accounts.session (id, username, subject, expires_at) VALUES ($1, $2, $3, $4)`,
      [id, username, subject, expiresAt],
    );
    if (username) await this.db.query('UPDATE accounts.user_account SET last_sign_in_at = now() WHERE username = $1', [username]);
    return id;
  }

  /** Open: not ended, not expired, and its user, if it has one, still active. One indexed read. */
  async isOpen(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM accounts.session s LEFT JOIN accounts.user_account u ON u.username = s.username
        WHERE s.id = $1 AND s.ended_at IS NULL AND s.expires_at > now() AND (s.username IS NULL OR u.active)`,
      [id],
    );
    return rows.length > 0;
  }

  async end(id: string): Promise<void> {
    await this.db.query('UPDATE accounts.session SET ended_at = now() WHERE id = $1 AND ended_at IS NULL', [id]);
  }

  /** Ends every open session of a user (but `except`, the one asking), in the caller's transaction. */
  async endAllOf(manager: EntityManager, username: string, except?: string): Promise<void> {
    await manager.query(
      'UPDATE accounts.session SET ended_at = now() WHERE username = $1 AND ended_at IS NULL AND id IS DISTINCT FROM $2',
      [username, except ?? null],
    );
  }
}
