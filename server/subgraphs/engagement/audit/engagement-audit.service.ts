import type { DataSource, EntityManager } from 'typeorm';
import { AUDIT_ENTRY_COLUMNS, type AuditRecord, AuditTrail, auditReadersOnly, entryLimit } from '../../../contract/audit/audit-trail';
import { whereClause } from '../../../contract/regions/analytics-filter';
import { canReadAudit, Role, type Viewer } from '../../../core/auth/viewer';
import { badInput, DomainError, ErrorCode, errorText } from '../../../core/errors';
import { UUID } from '../../../core/keys';
import type { AuditEntry } from './audit-entry';

/** Engagement's records all belong to a region, so their entries always name one (the challenge taxonomy's name none). */
export type EngagementAuditRecord = AuditRecord & { regionSlug: string };

/** Engagement's audit trail: every change to a roundtable or participant, also read by a coordinator for its own regions. */
export class EngagementAuditService extends AuditTrail<AuditEntry> {
  constructor(db: DataSource) {
    super(db, 'engagement.audit_entry');
  }

  override record(manager: EntityManager, entry: EngagementAuditRecord): Promise<void> {
    return super.record(manager, entry);
  }

  /** The trail as edits of the challenge taxonomy's labels write to it: they belong to no region. */
  readonly taxonomyTrail = {
    record: (manager: EntityManager, entry: AuditRecord): Promise<void> => super.record(manager, entry),
  };

  async list(viewer: Viewer, filter: { entityId?: string | null; region?: string | null; limit: number }): Promise<AuditEntry[]> {
    const ownRegion = viewer.role === Role.COORDINATOR && Boolean(filter.region) && viewer.regions.includes(filter.region as string);
    if (!canReadAudit(viewer) && !ownRegion) {
      if (viewer.role !== Role.COORDINATOR) throw auditReadersOnly();
      throw new DomainError(ErrorCode.FORBIDDEN, errorText('historyOfOwnRegions', { regions: { or: viewer.regions } }));
    }
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (filter.entityId) {
      if (!UUID.test(filter.entityId)) throw badInput(errorText('notARecordId', { field: 'entityId', id: filter.entityId }));
      params.push(filter.entityId);
      conditions.push(`entity_id = $${params.length}::uuid`);
    }
    if (filter.region) {
      params.push(filter.region);
      conditions.push(`region_slug = $${params.length}`);
    }
    params.push(entryLimit(filter.limit));
    return this.db.query(
      `SELECT ${AUDIT_ENTRY_COLUMNS} FROM ${this.table} ${whereClause(conditions)}
       ORDER BY at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
  }
}
