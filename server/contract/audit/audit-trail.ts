import type { DataSource, EntityManager } from 'typeorm';
import { canReadAudit, type Viewer } from '../../core/auth/viewer';
import type { RequestInfo } from '../../core/context';
import { DomainError, ErrorCode, errorText } from '../../core/errors';
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

/** What many records changed at once have in common: who changed them, how, and what they are. */
export type ManyChanges = Pick<AuditRecord, 'actor' | 'action' | 'entityType'>;

/**
 * Writes the audit entries of many records changed at once, in one statement: `changed` is a
 * query giving each record's position, entity_id, region_slug, before and after (jsonb), so
 * PostgreSQL builds the records as they are now itself, rather than each travelling there and
 * back. The entries follow the positions, so their ids do.
 */
export async function insertAuditEntriesOf(
  manager: EntityManager,
  table: string,
  change: ManyChanges,
  changed: { sql: string; params: unknown[] },
): Promise<void> {
  const at = changed.params.length;
  await manager.query(
    `INSERT INTO ${table}
       (actor, actor_name, actor_role, action, entity_type, entity_id, region_slug, before, after, request_id)
     SELECT $${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, c.entity_id, c.region_slug, c.before, c.after, $${at + 6}
     FROM (${changed.sql}) c ORDER BY c.position`,
    [
      ...changed.params,
      change.actor.viewer.subject,
      change.actor.viewer.name,
      change.actor.viewer.role,
      change.action,
      change.entityType,
      change.actor.request.requestId,
    ],
  );
}

/** The refusal of an audit trail to a role that may not read it. */
export const auditReadersOnly = () => new DomainError(ErrorCode.FORBIDDEN, errorText('auditReadersOnly'));

export function assertMayReadAudit(viewer: Viewer): void {
  if (!canReadAudit(viewer)) throw auditReadersOnly();
}

/** The most entries one request for a trail returns. */
const MOST_ENTRIES = 500;

/** A requested number of entries, brought within 1 and MOST_ENTRIES. */
export const entryLimit = (limit: number): number => Math.min(Math.max(limit, 1), MOST_ENTRIES);

/**
 * A subgraph's own audit_entry table: written in the transaction of each change, read by
 * ADMIN, ANALYST and EVALUATOR. Each subgraph's trail adds the reads its history views need.
 */
export class AuditTrail<Entry> {
  constructor(
    protected readonly db: DataSource,
    /** The schema-qualified table, e.g. "geography.audit_entry". */
    protected readonly table: string,
  ) {}

  record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    return insertAuditEntry(manager, this.table, entry);
  }

  /** The entries of many records changed at once (an import), in one statement: see insertAuditEntriesOf. */
  recordChanged(manager: EntityManager, change: ManyChanges, changed: { sql: string; params: unknown[] }): Promise<void> {
    return insertAuditEntriesOf(manager, this.table, change, changed);
  }

  /** One entry by its id, read inside the caller's transaction; null when the id names none. */
  async find(manager: EntityManager, id: string): Promise<Entry | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const [row] = await manager.query(`SELECT ${AUDIT_ENTRY_COLUMNS} FROM ${this.table} WHERE id = $1`, [id]);
    return row ?? null;
  }

  /**
   * The changes to the records of one type whose `keyField` (before or after the change) is
   * `key`, newest first: a record's whole history, across deletions and re-creations.
   */
  protected historyByKey(viewer: Viewer, entityType: string, keyField: string, key: string, limit: number): Promise<Entry[]> {
    assertMayReadAudit(viewer);
    return this.db.query(
      `SELECT ${AUDIT_ENTRY_COLUMNS} FROM ${this.table}
       WHERE entity_type = $1 AND COALESCE(after ->> $2, before ->> $2) = $3
       ORDER BY at DESC, id DESC LIMIT $4`,
      [entityType, keyField, key, entryLimit(limit)],
    );
  }
}
