import type { DataSource, EntityManager } from 'typeorm';
import { canReadAudit, type Viewer } from '../../../core/auth/viewer';
import { badInput, DomainError, ErrorCode } from '../../../core/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

import type { AuditAction, AuditEntry } from './audit-entry';

export interface AuditRecord {
  viewer: Viewer;
  requestId?: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  regionSlug: string;
  before: object | null;
  after: object | null;
}

const COLUMNS = `id::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor, actor_name AS "actorName",
  actor_role AS "actorRole", action, entity_type AS "entityType", entity_id AS "entityId", region_slug AS "regionSlug",
  before, after, request_id AS "requestId"`;

/** The audit trail: written in the transaction of each change, read by ADMIN, ANALYST and EVALUATOR. */
export class AuditService {
  constructor(private readonly db: DataSource) {}

  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO engagement.audit_entry
         (actor, actor_name, actor_role, action, entity_type, entity_id, region_slug, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        entry.viewer.subject,
        entry.viewer.name,
        entry.viewer.role,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.regionSlug,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
        entry.requestId ?? null,
      ],
    );
  }

  async list(viewer: Viewer, filter: { entityId?: string | null; region?: string | null; limit: number }): Promise<AuditEntry[]> {
    if (!canReadAudit(viewer)) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'The audit trail is for ADMIN, ANALYST and EVALUATOR users; sign in with one of those roles.',
      );
    }
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (filter.entityId) {
      if (!UUID.test(filter.entityId)) throw badInput(`entityId must be a record id (a UUID); got "${filter.entityId}".`);
      params.push(filter.entityId);
      conditions.push(`entity_id = $${params.length}::uuid`);
    }
    if (filter.region) {
      params.push(filter.region);
      conditions.push(`region_slug = $${params.length}`);
    }
    params.push(Math.min(Math.max(filter.limit, 1), 500));
    return this.db.query(
      `SELECT ${COLUMNS} FROM engagement.audit_entry ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
  }

  async find(manager: EntityManager, id: string): Promise<AuditEntry | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const [row] = await manager.query(`SELECT ${COLUMNS} FROM engagement.audit_entry WHERE id = $1`, [id]);
    return row ?? null;
  }
}
