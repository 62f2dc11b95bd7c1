import type { DataSource, EntityManager } from 'typeorm';
import { AUDIT_ENTRY_COLUMNS, type AuditRecord, assertMayReadAudit, insertAuditEntry } from '../../../contract/audit/audit-trail';
import type { Viewer } from '../../../core/auth/viewer';
import type { OrganisationAuditEntry } from './organisation-audit-entry';

/** Geography's audit trail: written in the transaction of each change, read by ADMIN, ANALYST and EVALUATOR. */
export class GeographyAuditService {
  constructor(private readonly db: DataSource) {}

  record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    return insertAuditEntry(manager, 'geography.audit_entry', entry);
  }

  /** One entry by its id, read inside the caller's transaction; null when the id names none. */
  async find(manager: EntityManager, id: string): Promise<OrganisationAuditEntry | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const [row] = await manager.query(`SELECT ${AUDIT_ENTRY_COLUMNS} FROM geography.audit_entry WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** The changes to the organisation with this slug, newest first, across deletions and re-creations. */
  organisationLog(viewer: Viewer, slug: string, limit: number): Promise<OrganisationAuditEntry[]> {
    assertMayReadAudit(viewer);
    return this.db.query(
      `SELECT ${AUDIT_ENTRY_COLUMNS} FROM geography.audit_entry
       WHERE entity_type = 'Organisation' AND COALESCE(after ->> 'slug', before ->> 'slug') = $1
       ORDER BY at DESC, id DESC LIMIT $2`,
      [slug, Math.min(Math.max(limit, 1), 500)],
    );
  }
}
