import type { DataSource, EntityManager } from 'typeorm';
import { assertMayEditRegion } from '../../../core/auth/edit-access';
import { DomainError, ErrorCode, errorText } from '../../../core/errors';
import type { RestorableRecords } from '../../../core/writes/restore-from-audit';
import type { EngagementAuditService } from '../audit/engagement-audit.service';
import { type RoundtableContent, type RoundtableSnapshot, replaceChildren } from './roundtable-content';

/** Roundtables as their writes see them: audited in engagement's trail, changed by ADMIN or their region's COORDINATOR. */
export function roundtableRecords(db: DataSource, audit: EngagementAuditService): RestorableRecords<RoundtableSnapshot> {
  return {
    db,
    trail: audit,
    entityType: 'Roundtable',
    kind: 'roundtable',
    named: () => ({ kind: 'roundtable' }),
    assertMayEdit: (viewer, roundtable) => assertMayEditRegion(viewer, roundtable.regionSlug),
  };
}

/** What to say when the database finds the region's number taken by another roundtable. */
export type NumberTaken = (content: { regionSlug: string; number: number }) => DomainError;

/** The database's uniqueness of (region, number) said as a person would. */
export const numberTaken: NumberTaken = (content) =>
  new DomainError(ErrorCode.CONFLICT, errorText('roundtableNumberTaken', { region: content.regionSlug, number: content.number }));

const refusingTaken = (content: { regionSlug: string; number: number }, taken: NumberTaken) => (error: { code?: string }) => {
  throw error.code === '23505' ? taken(content) : error;
};

/** Records a new roundtable and everything hanging off it; returns its id. */
export async function insertRoundtable(manager: EntityManager, content: RoundtableContent, taken = numberTaken): Promise<string> {
  const [row] = await manager
    .query(
      `INSERT INTO engagement.roundtable (region_slug, number, date, format, duration_minutes, theme)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [content.regionSlug, content.number, content.date, content.format, content.durationMinutes, content.theme],
    )
    .catch(refusingTaken(content, taken));
  await replaceChildren(manager, row.id, content);
  return row.id;
}

/** Replaces what is recorded about a roundtable, and everything hanging off it, with `content`; its version moves on. */
export async function updateRoundtable(manager: EntityManager, id: string, content: RoundtableContent, taken = numberTaken): Promise<void> {
  await manager
    .query(
      `UPDATE engagement.roundtable SET region_slug = $2, number = $3, date = $4, format = $5, duration_minutes = $6, theme = $7,
              version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, content.regionSlug, content.number, content.date, content.format, content.durationMinutes, content.theme],
    )
    .catch(refusingTaken(content, taken));
  await replaceChildren(manager, id, content);
}

/** Writes a deleted roundtable again as it was, with its id and the version after the one it was deleted at. */
export async function reinsertRoundtable(manager: EntityManager, deleted: RoundtableSnapshot): Promise<void> {
  await manager
    .query(
      `INSERT INTO engagement.roundtable (id, region_slug, number, date, format, duration_minutes, theme, illustrative, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        deleted.id,
        deleted.regionSlug,
        deleted.number,
        deleted.date,
        deleted.format,
        deleted.durationMinutes,
        deleted.theme,
        deleted.illustrative,
        deleted.version + 1,
      ],
    )
    .catch(refusingTaken(deleted, numberTaken));
  await replaceChildren(manager, deleted.id, deleted);
}
