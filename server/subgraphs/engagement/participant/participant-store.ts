import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditAction } from '../../../contract/audit/audit-action';
import type { Actor } from '../../../contract/audit/audit-trail';
import { assertMayEditRegion } from '../../../core/auth/edit-access';
import { type AuditedRecords, appendAudit } from '../../../core/writes/audited-records';
import type { RestorableRecords } from '../../../core/writes/restore-from-audit';
import type { EngagementAuditService } from '../audit/engagement-audit.service';
import { assertFiguresChangeable } from '../review/record-locks';
import { lockRegions } from '../rollup/lock-regions';
import { refreshRollups } from '../rollup/refresh-rollups';
import { type ParticipantContent, type ParticipantSnapshot, readParticipantSnapshots, touchedRoundtables } from './participant-content';

// Derived from the id, so it is unique without a retry, and carries nothing about the person.
export const pseudonymFor = (id: string) => `P-${id.replace(/-/g, '').toUpperCase()}`;

/** Participant records as every write of them audits and guards them. */
export function participantRecords(db: DataSource, audit: EngagementAuditService): RestorableRecords<ParticipantSnapshot> {
  return {
    db,
    trail: audit,
    entityType: 'Participant',
    kind: 'participant',
    named: () => ({ kind: 'participant' }),
    assertMayEdit: (viewer, participant) => assertMayEditRegion(viewer, participant.regionSlug),
  };
}

/**
 * Records many participants, already checked, inside the caller's transaction: the roundtables
 * they attend must be open to change (neither approved nor in a closed period), then one INSERT
 * of the participants, one of their participations, one refresh of the rollups they change and
 * an audit entry for each. Returns their ids, in the order given.
 */
export async function recordParticipants(
  manager: EntityManager,
  records: AuditedRecords<ParticipantSnapshot>,
  actor: Actor,
  contents: readonly ParticipantContent[],
  action: AuditAction,
): Promise<string[]> {
  if (contents.length === 0) return [];
  const touched = touchedRoundtables(...contents);
  await lockRegions(
    manager,
    contents.map((content) => content.regionSlug),
  );
  await assertFiguresChangeable(manager, touched, contents.length === 1 ? 'participant' : 'participants');
  const ids = contents.map(() => randomUUID());
  const column = <T>(pick: (content: ParticipantContent) => T) => contents.map(pick);
  await manager.query(
    `INSERT INTO engagement.participant (id, region_slug, pseudonym, category_code, newcomer, gender, age_band, organisation_slug)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::text[], $8::text[])`,
    [
      ids,
      column((content) => content.regionSlug),
      ids.map(pseudonymFor),
      column((content) => content.categoryCode),
      column((content) => content.newcomer),
      column((content) => content.gender),
      column((content) => content.ageBand),
      column((content) => content.organisationSlug),
    ],
  );
  const participations = contents.flatMap((content, index) => content.participations.map((p) => ({ ...p, participantId: ids[index] })));
  if (participations.length > 0) {
    await manager.query(
      `INSERT INTO engagement.participation (participant_id, roundtable_id, mode)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`,
      [participations.map((p) => p.participantId), participations.map((p) => p.roundtableId), participations.map((p) => p.mode)],
    );
  }
  await refreshRollups(manager, touched);
  for (const snapshot of await readParticipantSnapshots(manager, ids)) {
    await appendAudit(manager, records, actor, action, null, snapshot);
  }
  return ids;
}
