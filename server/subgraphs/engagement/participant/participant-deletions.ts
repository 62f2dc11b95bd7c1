import type { DataSource } from 'typeorm';
import { AUDIT_ENTRY_COLUMNS, auditReadersOnly, entryLimit } from '../../../contract/audit/audit-trail';
import { assertMayEditRegion } from '../../../core/auth/edit-access';
import { canReadAudit, Role, type Viewer } from '../../../core/auth/viewer';
import { badInput, errorText } from '../../../core/errors';
import { UUID } from '../../../core/keys';
import type { AuditEntry } from '../audit/audit-entry';

/**
 * The participants of a roundtable that were deleted and not brought back: the latest deletion
 * of each, newest first, whose audit entry restoreParticipant takes. Read by those who read the
 * audit trail, and by the coordinator of the roundtable's region.
 */
export class ParticipantDeletions {
  constructor(private readonly db: DataSource) {}

  async of(viewer: Viewer, roundtableId: string): Promise<AuditEntry[]> {
    const coordinator = viewer.role === Role.COORDINATOR;
    if (!canReadAudit(viewer) && !coordinator) throw auditReadersOnly();
    if (!UUID.test(roundtableId)) throw badInput(errorText('notARoundtableId', { id: roundtableId }));
    const id = roundtableId.toLowerCase();
    const [roundtable]: { regionSlug: string }[] = await this.db.query(
      'SELECT region_slug AS "regionSlug" FROM engagement.roundtable WHERE id = $1',
      [id],
    );
    if (!roundtable) return [];
    if (coordinator) assertMayEditRegion(viewer, roundtable.regionSlug);
    return this.db.query(
      `SELECT ${AUDIT_ENTRY_COLUMNS} FROM (
         SELECT DISTINCT ON (entity_id) * FROM engagement.audit_entry
         WHERE entity_type = 'Participant' AND action = 'DELETE' AND region_slug = $2
           AND before -> 'participations' @> jsonb_build_array(jsonb_build_object('roundtableId', $1::text))
         ORDER BY entity_id, at DESC, id DESC
       ) latest
       WHERE NOT EXISTS (SELECT 1 FROM engagement.participant p WHERE p.id = latest.entity_id)
       ORDER BY at DESC, id DESC LIMIT $3`,
      [id, roundtable.regionSlug, entryLimit(Number.MAX_SAFE_INTEGER)],
    );
  }
}
