import type { EntityManager } from 'typeorm';
import { canReadAudit, type Viewer } from '../../core/auth/viewer';
import type { RequestInfo } from '../../core/context';
import { DomainError, ErrorCode } from '../../core/errors';
import type { AuditAction } from './audit-action';

/**
 * Who is making a change, and in which request. A subgraph's request context is one, so a
 * resolver passes its context as it is and the audit entry reads both from it here alone.
 */
export interface Actor {
  viewer: Viewer;
  request: Pick<RequestInfo, 'requestId'>;
}

/** One change to record: who made it, in which request, and the record before and after. */
export interface AuditRecord {
  actor: Actor;
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** Null only for records that belong to no region. */
  regionSlug: string | null;
  before: object | null;
  after: object | null;
}

/** The columns of an audit_entry table, named as the AuditEntry types' fields. */
export const AUDIT_ENTRY_COLUMNS = `id::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor,
  actor_name AS "actorName", actor_role AS "actorRole", action, entity_type AS "entityType", entity_id AS "entityId",
  region_slug AS "regionSlug", before, after, request_id AS "requestId"`;

/** Writes an audit entry into a subgraph's own audit_entry table, in the transaction of the change. */
export async function insertAuditEntry(manager: EntityManager, table: string, entry: AuditRecord): Promise<void> {
  await manager.query(
    `INSERT INTO ${table}
       (actor, actor_name, actor_role, action, entity_type, entity_id, region_slug, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      entry.actor.viewer.subject,
      entry.actor.viewer.name,
      entry.actor.viewer.role,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.regionSlug,
      entry.before ? JSON.stringify(entry.before) : null,
      entry.after ? JSON.stringify(entry.after) : null,
      entry.actor.request.requestId,
    ],
  );
}

/** The refusal of an audit trail to a role that may not read it. */
export const auditReadersOnly = () =>
  new DomainError(ErrorCode.FORBIDDEN, 'The audit trail is for ADMIN, ANALYST and EVALUATOR users; sign in with one of those roles.');

export function assertMayReadAudit(viewer: Viewer): void {
  if (!canReadAudit(viewer)) throw auditReadersOnly();
}
