import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../../contract/audit/audit-trail';
import { entryLimit } from '../../../contract/audit/audit-trail';
import type { AccountAction, AccountAuditEntry } from './account-audit-entry';

const COLUMNS = `id::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor,
  actor_name AS "actorName", actor_role AS "actorRole", action, entity_id AS username, before, after, request_id AS "requestId"`;

/** The accounts' audit trail, written in the transaction of every change to a user. */
export class AccountAuditService {
  constructor(private readonly db: DataSource) {}

  async record(
    manager: EntityManager,
    entry: { actor: Actor; action: AccountAction; username: string; before: object | null; after: object | null },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO accounts.audit_entry (actor, actor_name, actor_role, action, entity_type, entity_id, before, after, request_id)
       VALUES ($1, $2, $3, $4, 'UserAccount', $5, $6, $7, $8)`,
      [
        entry.actor.viewer.subject,
        entry.actor.viewer.name,
        entry.actor.viewer.role,
        entry.action,
        entry.username,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
        entry.actor.request.requestId,
      ],
    );
  }

  /** The changes to one user, or to every user, newest first. */
  log(username: string | null | undefined, limit: number): Promise<AccountAuditEntry[]> {
    const params: unknown[] = [entryLimit(limit)];
    const where = username ? `WHERE entity_id = $${params.push(username)}` : '';
    return this.db.query(`SELECT ${COLUMNS} FROM accounts.audit_entry ${where} ORDER BY at DESC, id DESC LIMIT $1`, params);
  }
}
