import type { DataSource, EntityManager } from 'typeorm';
import { type AuditRecord, auditReadersOnly, AUDIT_ENTRY_COLUMNS as COLUMNS, insertAuditEntry } from '../../../contract/audit/audit-trail';
import { whereClause } from '../../../contract/regions/analytics-filter';
import { canReadAudit, Role, type Viewer } from '../../../core/auth/viewer';
import { badInput, DomainError, ErrorCode } from '../../../core/errors';
import { UUID } from '../../../core/keys';
import type { AuditEntry } from './audit-entry';

/** Engagement records all belong to a region, so their entries always name one. */
export type EngagementAuditRecord = AuditRecord & { regionSlug: string };

/** The audit trail: written in the transaction of each change, read by ADMIN, ANALYST and EVALUATOR. */
export class AuditService {
  constructor(private readonly db: DataSource) {}

  record(manager: EntityManager, entry: EngagementAuditRecord): Promise<void> {
    return insertAuditEntry(manager, 'engagement.audit_entry', entry);
  }

  async list(viewer: Viewer, filter: { entityId?: string | null; region?: string | null; limit: number }): Promise<AuditEntry[]> {
    const ownRegion = viewer.role === Role.COORDINATOR && Boolean(filter.region) && viewer.regions.includes(filter.region as string);
    if (!canReadAudit(viewer) && !ownRegion) {
      if (viewer.role !== Role.COORDINATOR) throw auditReadersOnly();
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        `A coordinator reads the history of its own regions: ask with region set to ${viewer.regions.join(' or ')}.`,
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
      `SELECT ${COLUMNS} FROM engagement.audit_entry ${whereClause(conditions)}
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
