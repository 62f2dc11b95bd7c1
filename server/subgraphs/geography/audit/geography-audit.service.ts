import type { DataSource } from 'typeorm';
import { AuditTrail } from '../../../contract/audit/audit-trail';
import type { Viewer } from '../../../core/auth/viewer';
import type { OrganisationAuditEntry } from './organisation-audit-entry';

/** Geography's audit trail: every change to an organisation. */
export class GeographyAuditService extends AuditTrail<OrganisationAuditEntry> {
  constructor(db: DataSource) {
    super(db, 'geography.audit_entry');
  }

  /** The changes to the organisation with this slug, newest first, across deletions and re-creations. */
  organisationLog(viewer: Viewer, slug: string, limit: number): Promise<OrganisationAuditEntry[]> {
    return this.historyByKey(viewer, 'Organisation', 'slug', slug, limit);
  }
}
