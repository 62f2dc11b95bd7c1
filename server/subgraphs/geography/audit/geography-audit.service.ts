import type { DataSource } from 'typeorm';
import { AUDIT_ENTRY_COLUMNS, AuditTrail, auditReadersOnly, entryLimit } from '../../../contract/audit/audit-trail';
import { canReadAudit, Role, type Viewer } from '../../../core/auth/viewer';
import { DomainError, ErrorCode, errorText } from '../../../core/errors';
import type { OrganisationAuditEntry } from './organisation-audit-entry';

/** Whose changes a viewer reads: every region's (null), a coordinator's own regions', or none (refused). */
function readableRegions(viewer: Viewer): string[] | null {
  if (canReadAudit(viewer)) return null;
  if (viewer.role === Role.COORDINATOR) return viewer.regions;
  throw auditReadersOnly();
}

/**
 * Geography's audit trail: every change to an organisation. ADMIN, ANALYST and EVALUATOR read
 * all of it; a COORDINATOR the changes made to organisations of its own regions, whose
 * organisations it keeps (an organisation that works across regions is ADMIN's).
 */
export class GeographyAuditService extends AuditTrail<OrganisationAuditEntry> {
  constructor(db: DataSource) {
    super(db, 'geography.audit_entry');
  }

  /** The changes to the organisation with this slug, newest first, across deletions and re-creations. */
  async organisationLog(viewer: Viewer, slug: string, limit: number): Promise<OrganisationAuditEntry[]> {
    const regions = readableRegions(viewer);
    if (regions === null) return this.historyByKey(viewer, 'Organisation', 'slug', slug, limit);
    const entries: OrganisationAuditEntry[] = await this.db.query(
      `SELECT ${AUDIT_ENTRY_COLUMNS} FROM ${this.table}
       WHERE entity_type = 'Organisation' AND COALESCE(after ->> 'slug', before ->> 'slug') = $1
       ORDER BY at DESC, id DESC LIMIT $2`,
      [slug, entryLimit(limit)],
    );
    // Where the organisation is, or was when it was deleted, decides whether it is the coordinator's.
    const [current] = await this.db.query('SELECT region_slug AS "regionSlug" FROM geography.organisation WHERE slug = $1', [slug]);
    const where: string | null | undefined = current ? current.regionSlug : entries[0]?.regionSlug;
    if (where !== undefined && (where === null || !regions.includes(where))) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        where === null
          ? errorText('organisationHistoryAcrossRegions', { regions: regions.join(', '), slug })
          : errorText('organisationHistoryElsewhere', { regions: regions.join(', '), slug, region: where }),
      );
    }
    return entries.filter((entry) => entry.regionSlug !== null && regions.includes(entry.regionSlug));
  }

  /**
   * The organisations deleted and not recorded again since, each by its latest deletion, newest
   * first: what may be restored. A coordinator sees its own regions' only; `region` narrows it.
   */
  async organisationDeletions(viewer: Viewer, region: string | null | undefined, limit: number): Promise<OrganisationAuditEntry[]> {
    const regions = readableRegions(viewer);
    if (region && regions && !regions.includes(region)) {
      throw new DomainError(ErrorCode.FORBIDDEN, errorText('notYourRegion', { regions: regions.join(', '), region }));
    }
    const shown = region ? [region] : regions;
    const params: unknown[] = [entryLimit(limit)];
    if (shown) params.push(shown);
    return this.db.query(
      `WITH latest AS (
         SELECT DISTINCT ON (a.before ->> 'slug') a.* FROM ${this.table} a
          WHERE a.entity_type = 'Organisation' AND a.action = 'DELETE'
            AND NOT EXISTS (SELECT 1 FROM geography.organisation o WHERE o.slug = a.before ->> 'slug')
          ORDER BY a.before ->> 'slug', a.at DESC, a.id DESC
       )
       SELECT ${AUDIT_ENTRY_COLUMNS} FROM latest ${shown ? 'WHERE latest.region_slug = ANY($2::text[])' : ''}
       ORDER BY latest.at DESC, latest.id DESC LIMIT $1`,
      params,
    );
  }
}
