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
export function insertAuditEntry(manager: EntityManager, table: string, entry: AuditRecord): Promise<void> {
  return insertAuditEntries(manager, table, [entry]);
}

/**
 * Writes many audit entries in one statement, in the order given (so their ids follow it). The
 * rows travel as one JSON array read as rows of the table itself (jsonb_populate_recordset), so
 * each column takes the table's own type: entity_id is a uuid in some subgraphs and a name in others.
 */
export async function insertAuditEntries(manager: EntityManager, table: string, entries: readonly AuditRecord[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((entry) => ({
    actor: entry.actor.viewer.subject,
    actor_name: entry.actor.viewer.name,
    actor_role: entry.actor.viewer.role,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    region_slug: entry.regionSlug,
    before: entry.before ?? null,
    after: entry.after ?? null,
    request_id: entry.actor.request.requestId,
  }));
  const columns = Object.keys(rows[0] as object).join(', ');
  await manager.query(
    `INSERT INTO ${table} (${columns})
     SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb) WITH ORDINALITY AS entry ORDER BY entry.ordinality`,
    [JSON.stringify(rows)],
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

  /** Many entries in one statement, as a write of many records (an import) makes them. */
  recordMany(manager: EntityManager, entries: readonly AuditRecord[]): Promise<void> {
    return insertAuditEntries(manager, this.table, entries);
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
